"""Commands on the event file itself: new, import, list, scan, stats."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin.commands.common import (
    claim_station,
    emit,
    held_until_exit,
    open_event,
    open_for_recording,
)
from checkin.commands.progress import shown
from checkin.core.errors import CheckinError
from checkin.core.progress import Progress

if TYPE_CHECKING:
    from checkin.core.event import Event
    from checkin.core.importing import ImportPlan
    from checkin.core.model import Registration


def register(sub: Any) -> None:
    p = sub.add_parser("new", help="create an event file from a programme")
    p.add_argument("event", type=Path)
    p.add_argument("--programme", type=Path, required=True, help="programme (TOML)")
    p.add_argument("--station", default="Organisation", help="this laptop's station name")
    p.set_defaults(handler=_new)

    p = sub.add_parser("import", help="import registrations from CSV or XLSX")
    p.add_argument("event", type=Path)
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="report only, change nothing")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="force a column's meaning (a field, extra, ignore, session:CODE)")
    p.add_argument("--sheet", help="XLSX sheet name (default: the first)")
    p.add_argument("--station", help="on a file copied from another laptop: the name of"
                   " this new station")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import)

    p = sub.add_parser("list", help="search as the desk does")
    p.add_argument("event", type=Path)
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)

    p = sub.add_parser("scan", help="check in (or record attendance) from a scan or code")
    p.add_argument("event", type=Path)
    p.add_argument("payload")
    p.add_argument("--station", help="station name recorded with the check-in (on a file"
                   " copied from another laptop: the name of this new station)")
    p.add_argument("--session", metavar="CODE",
                   help="record attendance of this session instead of a reception check-in")
    p.add_argument("--admit", action="store_true",
                   help="with --session: let them in even when the session is full")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_scan)

    p = sub.add_parser("stats", help="counts, and a digest of the projected state")
    p.add_argument("event", type=Path)
    p.add_argument("--rebuild", action="store_true",
                   help="rebuild the projections from the journal first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_stats)


def _new(args: argparse.Namespace) -> int:
    from checkin.core.event import Event
    from checkin.core.programme import load_programme
    programme = load_programme(args.programme)
    with Event.create(args.event, programme, station_name=args.station):
        pass
    print(f"created {args.event}: {programme.title} ({programme.date})")
    return 0


def _import(args: argparse.Namespace) -> int:
    from checkin.core.bulk import gc_paused
    overrides = {}
    for item in args.map:
        column, sep, field = item.partition("=")
        if not sep:
            raise CheckinError(f"--map {item}: expected COLUMN=FIELD")
        overrides[column.strip()] = field.strip()
    with open_event(args.event) as event, shown(args) as progress, gc_paused():
        existing = event.registrations()
        if existing or args.dry_run:
            plan, written = _plan_then_append(args, event, existing, overrides, progress)
        else:  # the first import: written while it is planned, on both cores
            plan, written = _planned_as_written(args, event, overrides, progress)
    prefix = "dry run, nothing written: " if args.dry_run else ""
    emit(args, plan.report.as_json(), prefix + plan.report.summary())
    held_until_exit(plan, written)  # freed by the process's end (cli.run), not here
    return 0


def _plan_then_append(args: argparse.Namespace, event: Event, existing: list[Registration],
                      overrides: dict[str, str], progress: Progress
                      ) -> tuple[ImportPlan, Sequence[object]]:
    from checkin.core.importing import plan_import
    plan = plan_import(args.file, event.programme, existing, overrides=overrides,
                       sheet=args.sheet, progress=progress)
    _check_rows(args, plan.report.rows)
    written: Sequence[object] = ()
    if not args.dry_run:
        claim_station(event, args.station)  # only once the file has proved readable
        event.backup()
        written = event.append(plan.entries, progress=progress)
    return plan, written


def _planned_as_written(args: argparse.Namespace, event: Event, overrides: dict[str, str],
                        progress: Progress) -> tuple[ImportPlan, Sequence[object]]:
    """The same import and report as `_plan_then_append`'s (importing.ImportStream)."""
    from checkin.core.batch_writer import CHUNK
    from checkin.core.importing import ImportStream
    stream = ImportStream(args.file, event.programme, overrides=overrides, sheet=args.sheet)
    _check_rows(args, stream.report.rows)  # the file read: it has proved readable
    claim_station(event, args.station)
    event.backup()
    written = event.append_stream(stream.batches(CHUNK), stream.report.rows, stream.revised,
                                  progress=progress)
    return stream.plan(), written


def _check_rows(args: argparse.Namespace, rows: int) -> None:
    if not rows:  # the wrong export (made before anyone answered?)
        raise CheckinError(f"{args.file.name}: a header row but no registrations under it")


def _list(args: argparse.Namespace) -> int:
    with open_event(args.event) as event:
        found = event.search(args.query, args.limit) if args.query else event.registrations()
        rows = [r.as_json(event.qr(r)) for r in found]
    lines = [f"{r['code']}  {r['last_name'].upper()} {r['first_name']}  {r['organisation']}"
             + ("  ✓ " + r["checked_in_at"] if r["checked_in_at"] else "") for r in rows]
    emit(args, rows, "\n".join(lines) or "no match")
    return 0


def _scan(args: argparse.Namespace) -> int:
    from checkin.core import reception, rooms
    with open_for_recording(args.event, args.station) as event:
        if args.station:
            event.station_name = args.station
        if args.session:
            result: Any = rooms.scan(event, args.session, args.payload, args.admit)
        else:
            result = reception.scan(event, args.payload)
        data = result.as_json(event)
    who = data["attendee"]
    name = f" {who['first_name']} {who['last_name']}" if who else ""
    unsigned = " (named by a bare code, not a signed badge)" if data.get("via") == "code" \
        else ""
    emit(args, data, f"{result.outcome.value}{name}{unsigned}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    with open_event(args.event) as event:
        if args.rebuild:
            event.rebuild()
        data = event.stats()
    text = "\n".join(f"{k}: {v}" for k, v in data.items() if k not in ("stations", "sessions"))
    for code, n in data["sessions"].items():
        places = "no limit" if n["capacity"] is None else f"{n['capacity']} places"
        text += (f"\nsession {code}: {n['registered']} registered, {n['attended']} attended,"
                 f" {places}")
    emit(args, data, text)
    return 0
