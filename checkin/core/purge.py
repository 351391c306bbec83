"""The data-protection purge: the personal data leave the event file, the figures stay.

What it does, in one transaction, then on disk:
- stores the figures of the day (`reports.figures`) in meta as `purged_figures`, with
  `purged_at`: dashboards and exports show them from then on;
- rewrites every journal entry about a registration down to what carries no identity: the
  registration keeps only its origin (import or walk-in), its status, its session choices,
  and the times and stations of its check-ins, attendance and badge prints; names, e-mail,
  organisation, role, phone, type of organisation, département, needs, extra answers,
  badge code and form timestamp are gone. Entries of kinds it does not know are deleted.
  The programme, the station names and the funders' logos are kept;
- refolds the projections from that journal, so `checkin stats` still counts;
- installs a trigger that refuses any new journal entry: a purged file records nothing more;
- VACUUMs with secure_delete on, and truncates the WAL, so no old page survives on disk;
- deletes the file's rotating backups (`<file>.backups/`), which hold the same data;
- deletes the bundles this station wrote that are still where it wrote them, and empties
  its own files in the shared folders it synced through (down to their header, so that
  other stations do not relay its entries back in).
What it cannot reach it lists (`PurgeReport.beyond`): the event files of the other
stations, the other stations' files in the shared folders, bundles moved or copied
elsewhere (a USB key, another laptop). Purge those where they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from checkin.core import journal as j
from checkin.core import projection
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.reports import figures as figures_
from checkin.core.reports.attendance import purged_at
from checkin.core.reports.logos import LOGOS_SET
from checkin.core.sync import bundle, folder, written

_KEPT_KINDS = (j.PROGRAMME_SET, j.STATION_NAMED, LOGOS_SET)
# What each kind of registration entry keeps: none of it tells who the person is.
_KEPT_KEYS: dict[str, tuple[str, ...]] = {
    j.REGISTRATION_CREATED: ("source", "sessions"),
    j.REGISTRATION_UPDATED: ("sessions",),
    j.REGISTRATION_EDITED: ("sessions",),
    j.REGISTRATION_CANCELLED: ("at",),
    j.REGISTRATION_RESTORED: ("at",),
    j.CHECKIN_RECORDED: ("at", "station_name", "via"),
    j.CHECKIN_UNDONE: ("entry",),
    j.ATTENDANCE_RECORDED: ("session", "at", "station_name", "flags"),
    j.ATTENDANCE_UNDONE: ("entry",),
    j.BADGE_PRINTED: ("at", "station_name"),
}
_TRIGGER = "purged_journal_is_closed"


class Beyond(StrEnum):
    """Kinds of copy that the purge cannot reach from this laptop."""

    STATION = "station"  # another station's event file (where: its name)
    FOLDER_FILE = "folder_file"  # another station's file in a shared folder (its path)
    BUNDLE_MOVED = "bundle_moved"  # a bundle written here, no longer where it was (path)
    COPIES = "copies"  # bundles copied to USB keys or other laptops, backups of clones


@dataclass(frozen=True)
class PurgeReport:
    purged_at: str
    registrations: int
    entries_rewritten: int
    entries_deleted: int
    backups_deleted: int
    wal_truncated: bool  # False if another program held the file open meanwhile
    figures: figures_.Figures
    bundles_deleted: tuple[Path, ...] = ()
    folder_files_emptied: tuple[Path, ...] = ()
    beyond: tuple[tuple[Beyond, str], ...] = ()  # what still holds the data, and where

    def beyond_lines(self) -> list[str]:
        """What the purge could not reach, one line each (English, for the CLI)."""
        words = {Beyond.STATION: "the event file of station {}, on its laptop",
                 Beyond.FOLDER_FILE: "another station's file in a shared folder: {}",
                 Beyond.BUNDLE_MOVED: "a bundle written here, moved or deleted since: {}",
                 Beyond.COPIES: "copies of bundles on USB keys or other laptops{}"}
        return [words[kind].format(where) for kind, where in self.beyond]


def anonymous(kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
    """The payload an entry keeps after the purge; None if the entry must go."""
    if kind in _KEPT_KINDS:
        return payload
    keys = _KEPT_KEYS.get(kind)
    if keys is None:
        return None
    kept = {k: payload[k] for k in keys if k in payload}
    if kind == j.REGISTRATION_CREATED:
        kept.update(code="", fields={}, extra={})
    elif kind in (j.REGISTRATION_UPDATED, j.REGISTRATION_EDITED):
        kept["fields"] = {}
    return kept


def purge(event: Event, confirm: str) -> PurgeReport:
    """Purge the event's personal data. `confirm` must be the event's short name: a guard
    against a call that nobody meant."""
    when = purged_at(event)
    if when:
        raise CheckinError(f"{event.path}: already purged on {when}", Problem.ALREADY_PURGED,
                           event.path, details={"date": when[:10]})
    if confirm.strip().upper() != event.programme.short:
        raise CheckinError(f"not confirmed: type the event's short name, "
                           f"{event.programme.short}, to purge it",
                           Problem.PURGE_NOT_CONFIRMED, event.path,
                           details={"short": event.programme.short})
    stamp = event.timestamp()
    conn = event.conn
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        figures = figures_.compute(event)
        figures = figures_.Figures.from_json({**figures.as_json(), "purged_at": stamp})
        rewritten, deleted = _rewrite_journal(event)
        projection.rebuild(conn)
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            ("purged_at", stamp), ("purged_figures", json.dumps(figures.as_json(),
                                                                ensure_ascii=False))])
        message = f"this event was purged of personal data on {stamp[:10]}: it records" \
                  " nothing more"
        conn.execute(f"CREATE TRIGGER {_TRIGGER} BEFORE INSERT ON journal"
                     f" BEGIN SELECT RAISE(ABORT, '{message}'); END")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("VACUUM")
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    backups = _delete_backups(event)
    bundles, moved = _delete_bundles(event)
    emptied, others = _empty_folder_files(event)
    _forget_cached(event)
    stations = [(Beyond.STATION, s["name"]) for s in event.stations()
                if s["id"] != event.station_id]
    beyond = (*stations, *others, *moved, (Beyond.COPIES, ""))
    return PurgeReport(stamp, figures.registered + figures.cancelled, rewritten, deleted,
                       backups, not busy, figures, bundles, emptied, tuple(beyond))


def _rewrite_journal(event: Event) -> tuple[int, int]:
    rewritten = deleted = 0
    rows = event.conn.execute("SELECT id, kind, payload FROM journal").fetchall()
    for entry_id, kind, payload in rows:
        before = json.loads(payload)
        after = anonymous(kind, before)
        if after is None:
            event.conn.execute("DELETE FROM journal WHERE id = ?", (entry_id,))
            deleted += 1
        elif after != before:
            event.conn.execute("UPDATE journal SET payload = ? WHERE id = ?",
                               (j.dump(after), entry_id))
            rewritten += 1
    return rewritten, deleted


def _delete_backups(event: Event) -> int:
    folder = event.path.with_name(event.path.name + ".backups")
    if not folder.is_dir():
        return 0
    found = [p for p in folder.iterdir() if p.is_file()]
    for path in found:
        path.unlink()
    folder.rmdir() if not any(folder.iterdir()) else None
    return len(found)


def _delete_bundles(event: Event) -> tuple[tuple[Path, ...], list[tuple[Beyond, str]]]:
    """Delete the bundles this station wrote, if still there and still ours."""
    deleted, moved = [], []
    for path in written.recalled(event, written.BUNDLE):
        header = bundle.peek_header(path)
        if header and (header.get("event_id"), header.get("station")) == (
                event.event_id, event.station_id):
            path.unlink()
            deleted.append(path)
        else:
            moved.append((Beyond.BUNDLE_MOVED, str(path)))
    return tuple(deleted), moved


def _empty_folder_files(event: Event) -> tuple[tuple[Path, ...], list[tuple[Beyond, str]]]:
    """Cut this station's shared-folder files down to their header; list the others'."""
    emptied, others = [], []
    for path in written.recalled(event, written.FOLDER_FILE):
        if not path.parent.is_dir():
            others.append((Beyond.FOLDER_FILE, str(path)))
            continue
        folder.FolderSync(event, path.parent).empty_own_file()
        emptied.append(path)
        others += [(Beyond.FOLDER_FILE, str(p)) for p in sorted(
            path.parent.glob("*" + folder.SUFFIX)) if p.name != path.name]
    return tuple(emptied), others


def _forget_cached(event: Event) -> None:
    """The open Event keeps names in memory (search index): drop them, tell listeners."""
    event._index = None  # the Event has no public way to drop its caches yet
    event._programme = None
    event._changed({r[0] for r in event.conn.execute("SELECT id FROM registrations")})
