"""Stations: one laptop's identity within an event, clones for other laptops, copy detection.

A station is owned by the computer that first records under it: the file's meta keeps
that computer's id and the file's path. Opened on another computer, or as a second copy
beside the original on the same one, the file is in conflict: it may be read and may
take other stations' entries, but records nothing until the user names a new station
(`adopt_new_station`). A file moved (not copied) on the same computer stays the same
station.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from checkin import __version__
from checkin.core import journal as j
from checkin.core import storage
from checkin.core.errors import CheckinError, Problem
from checkin.core.transaction import transaction

if TYPE_CHECKING:
    from checkin.core.event import Clock, Event

MACHINE_ENV = "CHECKIN_MACHINE_ID"  # overrides the computer's id (tests, kiosks)
_MACHINE_KEY = "station_machine"
_PATH_KEY = "station_path"
RELAY_AFTER_KEY = "sync.relay_after"  # entries up to this clock came with the copy
_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


class StationConflictError(CheckinError):
    """The file's station belongs to another computer or another copy: name a new one."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        # the file is named in the interface's words (gui/errors.py), so it travels apart
        super().__init__(message, Problem.STATION_CONFLICT, path)


def machine_id() -> str:
    """A stable id of this computer (not of its user, not of the file)."""
    return os.environ.get(MACHINE_ENV) or _system_machine_id()


@cache
def _system_machine_id() -> str:
    for path in _MACHINE_ID_FILES:
        try:
            text = path.read_text().strip()
        except OSError:
            continue
        if text:
            return hashlib.sha256(text.encode()).hexdigest()[:16]
    import socket  # here: most machines have a machine-id (uuid, with platform, and
    import uuid  # socket: 5 ms of every command's start)

    node = uuid.getnode()
    random_node = bool(node >> 40 & 1)  # getnode() falls back to a random, multicast id
    seed = socket.gethostname() + ("" if random_node else f"/{node:012x}")
    return hashlib.sha256(seed.encode()).hexdigest()[:16]


@dataclass
class Identity:
    """Whether this computer may record under the file's station, found at open."""

    conflict: str = ""  # why not, for the user; empty when it may
    claimed: bool = False  # meta already names this computer and path

    @classmethod
    def at_open(cls, conn: sqlite3.Connection, path: Path, meta: dict[str, str]) -> Identity:
        owner, recorded = meta.get(_MACHINE_KEY), meta.get(_PATH_KEY)
        if not owner:  # a new file or a fresh clone: the first computer to record owns it
            return cls()
        name = meta.get("station_name", "")
        if owner != machine_id():
            return cls(f"{path}: station '{name}' was set up on another computer; name a"
                       " new station for this one before recording")
        here = str(path.resolve())
        if recorded in (None, here):
            return cls(claimed=recorded == here)
        if _same_station_elsewhere(Path(recorded), path, meta):
            return cls(f"{path}: a copy of {recorded}, which is station '{name}'; name a"
                       " new station for this copy before recording")
        return cls()  # moved: same station, the path is updated at the next write

    def before_write(self, conn: sqlite3.Connection, path: Path) -> None:
        """Refuse to record under a station in conflict; claim an unclaimed one.
        Runs inside the writer's transaction."""
        if self.conflict:
            raise StationConflictError(self.conflict, path)
        if not self.claimed:
            _set_meta(conn, {_MACHINE_KEY: machine_id(), _PATH_KEY: str(path.resolve())})
            self.claimed = True


def _same_station_elsewhere(other: Path, path: Path, meta: dict[str, str]) -> bool:
    """Whether `other` is another file holding the same event and station."""
    try:
        if not other.exists() or other.samefile(path):
            return False
        conn = sqlite3.connect(f"{other.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    except (OSError, sqlite3.Error):
        return False
    try:
        theirs = dict(conn.execute("SELECT key, value FROM meta WHERE key IN"
                                   " ('event_id', 'station_id')").fetchall())
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return (theirs.get("event_id"), theirs.get("station_id")) == (
        meta.get("event_id"), meta.get("station_id"))


def _set_meta(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())


def named(station_id: str, name: str, previous: str | None = None) -> j.NewEntry:
    """The entry naming a station; it carries the version of checkin that wrote it, so
    that the organiser sees which version each station runs (older versions read only
    "name" and ignore the rest)."""
    payload = {"name": name, "version": __version__}
    if previous is not None:
        payload["from"] = previous
    return j.NewEntry(j.STATION_NAMED, station_id, payload)


def version_update(event: Event, new: Sequence[j.NewEntry]) -> list[j.NewEntry]:
    """The entry to write before `new` when this station's recorded version is not the
    one running (a file made by an older checkin, or checkin updated since): the station
    named again, same name, this version. Runs inside the writer's transaction."""
    if any(e.kind == j.STATION_NAMED and e.subject == event.station_id for e in new):
        return []
    row = event.conn.execute(
        "SELECT json_extract(payload, '$.version') FROM journal WHERE kind = ? AND subject = ?"
        " ORDER BY clock DESC, id DESC LIMIT 1", (j.STATION_NAMED, event.station_id)).fetchone()
    if row is not None and row[0] == __version__:
        return []
    return [named(event.station_id, event.station_name)]


def station_conflict(event: Event) -> bool:
    return bool(event.identity.conflict)


def new_station_id() -> str:
    return j.random_id()[:12]


def adopt_new_station(event: Event, name: str) -> str:
    """Give this file a new station identity named `name`, owned by this computer;
    returns the new station id. Entries already in the journal keep their station."""
    name = _checked_name(name)
    station_id = new_station_id()
    with transaction(event.conn, event.path):
        _set_meta(event.conn, {"station_id": station_id, "station_name": name,
                               RELAY_AFTER_KEY: _last_clock(event.conn)})
        event.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (_MACHINE_KEY, _PATH_KEY))
    previous = event.station_id
    event.station_id, event.station_name = station_id, name
    event.identity = Identity()
    event.append([named(station_id, name, previous)])
    return station_id


def open_event(path: Path, station: str | None = None, now: Clock | None = None) -> Event:
    """Open an event file to record on it: in conflict, a new station named `station`
    is adopted, and without `station` StationConflictError is raised."""
    from checkin.core.event import Event, local_now
    event = Event.open(path, now=now or local_now)
    if event.identity.conflict:
        if not station:
            event.close()
            raise StationConflictError(event.identity.conflict, path)
        adopt_new_station(event, station)
    return event


def clone(event: Event, target: Path, station_name: str) -> Path:
    """A copy of the event for another laptop, as a new station named `station_name`.

    The clone is claimed by no computer until it records (so looking at it here
    does not tie it to this one)."""
    from checkin.core.event import Event
    station_name = _checked_name(station_name)
    if any(s["name"] == station_name for s in event.stations()):
        raise CheckinError(f"a station is already named '{station_name}'",
                           Problem.STATION_NAME_TAKEN, details={"name": station_name})
    storage.copy_file(event.conn, target)
    try:
        conn = storage.connect(target)
        with transaction(conn, target):
            _set_meta(conn, {"station_id": new_station_id(), "station_name": station_name})
            conn.execute("DELETE FROM meta WHERE key IN (?, ?) OR key LIKE 'sync.%'",
                         (_MACHINE_KEY, _PATH_KEY))
            _set_meta(conn, {RELAY_AFTER_KEY: _last_clock(conn)})
        with Event(conn, target, event.now) as copy:
            # Merged rather than appended: naming the station is no claim on this computer.
            naming = copy._stamp([named(copy.station_id, station_name, event.station_id)])
            copy.merge(naming)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    event.merge(naming)  # the original knows the name is taken (the same entry: no double)
    return target


def _last_clock(conn: sqlite3.Connection) -> str:
    (clock,) = conn.execute("SELECT coalesce(max(clock), '') FROM journal").fetchone()
    return str(clock)


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise CheckinError("a station needs a name", Problem.STATION_NO_NAME)
    return name


@dataclass(frozen=True)
class StationStatus:
    """What the organiser sees of one station: its last entry, when, how many."""

    id: str
    name: str
    entries: int  # entries of this station held here
    last_seq: int  # its latest sequence number held here
    missing: int  # sequence numbers below last_seq not (yet) arrived here
    last_clock: str
    last_at: dt.datetime | None  # the station's own clock at its last entry
    is_this_station: bool
    version: str = ""  # of checkin, as the station last named itself; "" if older than 0.1


def station_status(event: Event) -> list[StationStatus]:
    """Every station known to the event (named, or seen in the journal), by name."""
    rows = event.conn.execute("""
        SELECT j.station, coalesce(s.name, ''), count(*), max(j.seq),
               count(DISTINCT j.seq), max(j.clock)
        FROM journal j LEFT JOIN stations s ON s.id = j.station
        GROUP BY j.station""").fetchall()
    versions = _versions(event.conn)
    result = [StationStatus(id=sid, name=name, entries=count, last_seq=last,
                            missing=max(0, last - distinct), last_clock=clock,
                            last_at=_clock_time(clock), is_this_station=sid == event.station_id,
                            version=versions.get(sid, ""))
              for sid, name, count, last, distinct, clock in rows]
    return sorted(result, key=lambda s: (s.name.casefold(), s.id))


def _versions(conn: sqlite3.Connection) -> dict[str, str]:
    """Each station's version of checkin, from its latest station.named entry."""
    rows = conn.execute("SELECT subject, json_extract(payload, '$.version') FROM journal"
                        " WHERE kind = ? ORDER BY clock, id", (j.STATION_NAMED,)).fetchall()
    return {subject: str(version or "") for subject, version in rows}


def _clock_time(clock: str) -> dt.datetime | None:
    try:
        millis, _ = j.parse_clock(clock)
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(millis / 1000, dt.UTC).astimezone()
