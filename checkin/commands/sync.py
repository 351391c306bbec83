"""Commands between stations: clone (a copy for another laptop), sync, stations."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from checkin.commands.common import counted, emit, open_event
from checkin.commands.hub import add_sync_option as add_hub_option
from checkin.commands.progress import shown
from checkin.core.errors import CheckinError
from checkin.core.progress import LongOnly

_STATION_HELP = ("name a new station for this laptop: needed once when the file was"
                 " copied from another laptop (or is a second copy on this one); without"
                 " it, recording on such a copy is refused")


def register(sub: Any) -> None:
    p = sub.add_parser("clone", help="a copy of the event for another laptop (a new station)")
    p.add_argument("event", type=Path)
    p.add_argument("new", type=Path, help="the copy to make")
    p.add_argument("--station", required=True, help="the new station's name, e.g. 'Salle A'")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_clone)

    p = sub.add_parser(
        "sync", help="exchange journal entries with other stations",
        description="Merging is a union of entries: it can be repeated, in any order.")
    p.add_argument("event", type=Path)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--out", type=Path, metavar="BUNDLE",
                     help="write the event's entries (all it knows) to a bundle file")
    how.add_argument("--in", dest="bundles", type=Path, action="append", metavar="BUNDLE",
                     help="merge a bundle (repeatable); a damaged or foreign bundle is"
                          " refused whole and nothing is merged")
    how.add_argument("--folder", type=Path, metavar="DIR",
                     help="sync through a shared folder (USB key, SMB, Syncthing, Nextcloud)")
    add_hub_option(how)
    p.add_argument("--own", action="store_true",
                   help="with --out: only this station's entries (a smaller bundle)")
    p.add_argument("--every", type=float, metavar="SECONDS",
                   help="with --folder or --hub: keep syncing every SECONDS until"
                        " interrupted (with --hub, at once when another station pushes)")
    p.add_argument("--station", metavar="NAME", help=_STATION_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_sync)

    p = sub.add_parser("stations", help="every station: last entry, when, how many;"
                                        " and people checked in twice")
    p.add_argument("event", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_stations)


def _clone(args: argparse.Namespace) -> int:
    from checkin.core import stations
    with open_event(args.event) as event:
        stations.clone(event, args.new, args.station)
    with open_event(args.new) as copy:
        data = {"path": str(args.new), "station_id": copy.station_id,
                "station_name": copy.station_name}
    emit(args, data, f"created {args.new}: station '{copy.station_name}'"
                     f" ({copy.station_id}); copy it to its laptop")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from checkin.core import stations
    if args.own and not args.out:
        raise CheckinError("--own goes with --out")
    if args.every is not None and not args.folder and args.hub is None:
        raise CheckinError("--every goes with --folder or --hub")
    with open_event(args.event) as event:
        if event.identity.conflict and args.station:
            stations.adopt_new_station(event, args.station)
        if args.out:
            return _bundle_out(args, event)
        if args.bundles:
            return _bundles_in(args, event)
        if event.identity.conflict:
            raise CheckinError(f"{event.identity.conflict} (--station NAME)")
        if args.hub is not None:
            from checkin.commands.hub import sync_through_hub
            return sync_through_hub(args, event)
        return _folder(args, event)


def _bundle_out(args: argparse.Namespace, event: Any) -> int:
    from checkin.core.sync import write_bundle
    report = write_bundle(event, args.out, station=event.station_id if args.own else None)
    emit(args, {"bundle": str(args.out), "entries": report.entries},
         f"wrote {counted(report.entries, 'entry', 'entries')} to {args.out}")
    return 0


def _bundles_in(args: argparse.Namespace, event: Any) -> int:
    from checkin.core.sync import merge_bundles
    with shown(args) as progress:
        report = merge_bundles(event, args.bundles, progress)
    names = event.station_names()
    by_station = {names.get(k, k): v for k, v in sorted((report.new_by_station or {}).items())}
    refused = [str(r) for r in report.refused]
    for problem in refused:
        print(f"checkin: warning: {problem}", file=sys.stderr)
    data = {"bundles": [str(p) for p in args.bundles], "entries": report.entries,
            "new": report.new, "new_by_station": by_station, "refused": refused}
    if getattr(args, "json", False):  # only JSON shows it: a second or more at 50,000
        data["digest"] = event.digest()
    detail = "".join(f"\n  {name}: {n}" for name, n in by_station.items())
    detail += f"\n  refused: {len(refused)}" if refused else ""
    emit(args, data, f"merged {report.new} new entries of {report.entries}{detail}")
    return 0


def _folder(args: argparse.Namespace, event: Any) -> int:
    from checkin.core.sync import FolderSync
    sync = FolderSync(event, args.folder)
    while True:
        with shown(args) as progress:  # one bar per run, for a run of thousands only
            report = sync.run_once(LongOnly(progress))
        for problem in report.problems:
            print(f"checkin: warning: {problem}", file=sys.stderr)
        data = {"folder": str(args.folder), "new": report.new, "written": report.written,
                "pending": report.pending, "problems": report.problems,
                "files": [asdict(f) for f in report.files], "digest": event.digest()}
        pending = f", {report.pending} incomplete lines to read again" if report.pending else ""
        emit(args, data, f"{args.folder}: {report.new} new entries merged,"
                         f" {report.written} written{pending}")
        if args.every is None:
            return 0
        time.sleep(max(args.every, 0.5))


def _stations(args: argparse.Namespace) -> int:
    from checkin.core.stations import station_status
    from checkin.core.sync import double_checkins
    with open_event(args.event) as event:
        status = station_status(event)
        doubles = double_checkins(event)
    data = {"stations": [dict(asdict(s), last_at=s.last_at.isoformat(timespec="seconds")
                              if s.last_at else None) for s in status],
            "double_checkins": [asdict(d) for d in doubles]}
    lines = [f"{'*' if s.is_this_station else ' '} {s.name or s.id:<20} {s.entries:>6} entries"
             f"  last #{s.last_seq} at {s.last_at:%Y-%m-%d %H:%M:%S}"
             + (f"  ({s.missing} not arrived yet)" if s.missing else "")
             + f"  checkin {s.version or '< 0.1'}"
             for s in status if s.last_at]
    for d in doubles:
        where = ", ".join(f"{c.station} {c.at}" for c in d.checkins)
        lines.append(f"checked in twice: {d.code} {d.last_name.upper()} {d.first_name}: {where}")
    emit(args, data, "\n".join(lines))
    return 0
