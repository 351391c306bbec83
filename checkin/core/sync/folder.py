"""Shared-folder sync: each station appends only its own file, and reads everyone else's.

`DIR/<station id>.jsonl` starts with a header line naming the event and the station,
then holds one sealed entry per line (JSON, tab, CRC-32). Nothing but appending ever
happens to another station's file, so the folder can be a USB key, an SMB share or a
Syncthing or Nextcloud folder. A line is merged only once complete and intact: a file
still being copied is read up to its last good line and read again later from there.
Besides its own entries, a station relays those of stations that have no file in the
folder (say, brought on a USB key), so that they reach everyone too; not those that came
with the clone that made it, which every station of the event has already.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from checkin.core import journal as j
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.stations import RELAY_AFTER_KEY, StationConflictError
from checkin.core.sync import lines
from checkin.core.transaction import transaction

FORMAT = "checkin-folder"
VERSION = 1
SUFFIX = ".jsonl"
_COLUMNS = "id, station, seq, clock, kind, subject, payload"


class FolderError(CheckinError):
    """The shared folder cannot be used; its message names the folder."""


@dataclass(frozen=True)
class FileStatus:
    """One other station's file, as this run found it."""

    name: str
    station: str = ""
    station_name: str = ""
    read: int = 0  # intact entries read this run
    pending: int = 0  # lines incomplete or damaged: read again next time
    problem: str = ""  # why the file was skipped, for the user


@dataclass(frozen=True)
class SyncReport:
    new: int = 0  # entries that were new to this event
    written: int = 0  # entries appended to this station's own file
    files: tuple[FileStatus, ...] = ()

    @property
    def problems(self) -> list[str]:
        return [f.problem for f in self.files if f.problem]

    @property
    def pending(self) -> int:
        return sum(f.pending for f in self.files)


@dataclass(frozen=True)
class Outgoing:
    """The lines our own file lacks, and the ids it holds once they are appended."""

    text: str
    ids: set[str]


@dataclass
class _Read:
    status: FileStatus
    entries: list[j.Entry] = field(default_factory=list)
    state: dict[str, int] | None = None  # where to resume, once merged


class FolderSync:
    """Sync `event` through `folder`; keep one per event and folder to repeat cheaply.

    A run is four steps, so that the folder's input and output (a USB key, a network
    share that may stall) can run on another thread than the one that owns the event:
    `plan()` and `merge()` on the event's thread, `read()` and `write()` anywhere (one
    step at a time). `run_once()` does the four in a row, on the event's thread."""

    def __init__(self, event: Event, folder: Path) -> None:
        self.event = event
        self.folder = Path(folder)
        self._key = "sync.folder." + hashlib.sha256(
            str(self.folder.resolve()).encode()).hexdigest()[:12] + "."
        self._own_cache: tuple[str, int, int, set[str]] | None = None  # name, size, mtime, ids
        # plain values copied from the event by plan(), for the steps that may run elsewhere
        self._ids = (event.event_id, event.programme.short, event.station_id,
                     event.station_name)
        self._states: dict[str, dict[str, int]] = {}

    def run_once(self) -> SyncReport:
        self.plan()
        reads, have = self.read()
        outgoing, report = self.merge(reads, have)
        self.write(outgoing)
        return report

    def plan(self) -> None:
        """Event thread: what the folder's steps need to know of the event."""
        if self.event.identity.conflict:
            raise StationConflictError(self.event.identity.conflict)
        event = self.event
        self._ids = (event.event_id, event.programme.short, event.station_id,
                     event.station_name)
        rows = event.conn.execute("SELECT key, value FROM meta WHERE key LIKE ? || '%'",
                                  (self._key,)).fetchall()
        self._states = {key[len(self._key):]: json.loads(value) for key, value in rows}

    def read(self) -> tuple[list[_Read], set[str]]:
        """Any thread: the other stations' files from where reading stopped, and the ids
        our own file holds."""
        if not self.folder.is_dir():
            raise FolderError(f"{self.folder}: no such folder")
        reads = [self._read(p) for p in sorted(self.folder.glob("*" + SUFFIX))
                 if p.name != self._own_name and not p.name.startswith(".")]
        own = self.folder / self._own_name
        try:
            return reads, self._own_ids(own)
        except OSError as exc:
            raise FolderError(f"{own}: cannot be written ({exc.strerror})") from None

    def merge(self, reads: list[_Read], have: set[str]) -> tuple[Outgoing, SyncReport]:
        """Event thread: fold what was read, and make the lines our own file lacks."""
        entries = [e for r in reads for e in r.entries]
        new = self.event.merge(entries) if entries else 0
        self._save_states(reads)
        present = {r.status.station for r in reads if r.status.station}
        rows = self._missing(self.event.conn, have, present - {self.event.station_id})
        entries = [j.Entry.from_row(r) for r in rows]
        outgoing = Outgoing("".join(lines.sealed(lines.encode(e)) for e in entries),
                            have | {e.id for e in entries})
        return outgoing, SyncReport(new=new, written=len(rows),
                                    files=tuple(r.status for r in reads))

    def write(self, outgoing: Outgoing) -> None:
        """Any thread: append the lines that `merge` made to our own file."""
        if not outgoing.text:
            return
        path = self.folder / self._own_name
        try:
            _append(path, outgoing.text.encode())
            stat = path.stat()
        except OSError as exc:
            raise FolderError(f"{path}: cannot be written ({exc.strerror})") from None
        self._own_cache = (path.name, stat.st_size, stat.st_mtime_ns, outgoing.ids)

    @property
    def _own_name(self) -> str:
        return self._ids[2] + SUFFIX

    # -- reading the others ---------------------------------------------------------------

    def _read(self, path: Path) -> _Read:
        try:
            with path.open("rb") as handle:
                return self._read_from(path.name, handle)
        except OSError as exc:
            return _Read(FileStatus(path.name, problem=f"{path}: cannot be read"
                                                       f" ({exc.strerror})"))

    def _read_from(self, name: str, handle: BinaryIO) -> _Read:
        head = handle.readline()
        if not head.endswith(b"\n"):
            return _Read(FileStatus(name, pending=1))  # its header is still being written
        try:
            header = json.loads(lines.unseal(head[:-1]))
        except (lines.BadLine, ValueError):
            return _Read(FileStatus(name, problem=f"{self.folder / name}: not a checkin"
                                                  " station file"))
        problem = self._header_problem(name, header)
        if problem:
            return _Read(FileStatus(name, problem=problem))
        base, data = self._unread_part(name, handle, len(head))
        entries, pending, good_end = _entries_in(data, 0)
        # A few bytes before the resume point, to tell next time that the file still
        # holds what was read (and was not replaced by something else).
        handle.seek(max(0, base + good_end - 64))
        tail = handle.read(base + good_end - handle.tell())
        state = {"offset": base + good_end, "tail": zlib.crc32(tail), "tail_len": len(tail)}
        status = FileStatus(name, str(header.get("station", "")),
                            str(header.get("station_name", "")), len(entries), pending)
        return _Read(status, entries, state)

    def _header_problem(self, name: str, header: object) -> str:
        path = self.folder / name
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            return f"{path}: not a checkin station file"
        if not isinstance(header.get("version"), int) or header["version"] > VERSION:
            return f"{path}: made by a newer version of checkin"
        if header.get("event_id") != self._ids[0]:
            return (f"{path}: belongs to another event ({header.get('event', '?')}),"
                    f" not to {self._ids[1]}; skipped")
        return ""

    def _unread_part(self, name: str, handle: BinaryIO, first: int) -> tuple[int, bytes]:
        """From where reading stopped last time, if the file still holds what was read
        then; else from the first entry (merging again is harmless)."""
        state = self._states.get(name)
        if state is not None:
            offset, tail_len = int(state["offset"]), int(state["tail_len"])
            if offset > first:
                handle.seek(offset - tail_len)
                if zlib.crc32(handle.read(tail_len)) == state["tail"]:
                    return offset, handle.read()
        handle.seek(first)
        return first, handle.read()

    def _save_states(self, reads: list[_Read]) -> None:
        rows = [(self._key + r.status.name, json.dumps(r.state)) for r in reads if r.state]
        self._states.update({r.status.name: r.state for r in reads if r.state})
        if not rows:
            return
        with transaction(self.event.conn, self.event.path):
            self.event.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", rows)

    # -- appending our own -----------------------------------------------------------------

    def _missing(self, conn: sqlite3.Connection, have: set[str],
                 stations_with_files: set[str]) -> list[tuple[Any, ...]]:
        """What our file lacks: our entries, and those of stations without a file,
        except what came with the copy of the event that made this station (everyone
        has that already)."""
        relay_after = conn.execute("SELECT coalesce(max(value), '') FROM meta"
                                   " WHERE key = ?", (RELAY_AFTER_KEY,)).fetchone()[0]
        wanted = conn.execute(
            "SELECT id FROM journal WHERE station = ? OR (clock > ? AND station NOT IN"
            " (SELECT value FROM json_each(?)))",
            (self.event.station_id, relay_after,
             json.dumps(sorted(stations_with_files)))).fetchall()
        missing = [i for (i,) in wanted if i not in have]
        rows: list[tuple[Any, ...]] = conn.execute(
            f"SELECT {_COLUMNS} FROM journal WHERE id IN (SELECT value FROM json_each(?))"
            " ORDER BY clock, station, id", (json.dumps(missing),)).fetchall()
        return rows

    def _own_ids(self, path: Path) -> set[str]:
        """The ids our file holds, repairing it first if a write was cut short."""
        try:
            stat = path.stat()
        except FileNotFoundError:
            self._start_own(path)
            return set()
        cache = self._own_cache
        if cache and cache[:3] == (path.name, stat.st_size, stat.st_mtime_ns):
            return cache[3]
        data = path.read_bytes()
        head, newline, _ = data.partition(b"\n")
        try:
            header = json.loads(lines.unseal(head)) if newline else None
        except (lines.BadLine, ValueError):
            header = None
        if header is None:  # never completed its header: ours to start again
            self._start_own(path)
            return set()
        problem = self._header_problem(path.name, header)
        if problem:
            raise FolderError(problem)
        end = data.rfind(b"\n") + 1
        if end < len(data):  # a line cut short by a crash: drop it, it is written again
            os.truncate(path, end)
        entries, _, _ = _entries_in(data[:end], len(head) + 1)
        return {e.id for e in entries}

    def _start_own(self, path: Path) -> None:
        event_id, short, station, station_name = self._ids
        header = {"format": FORMAT, "version": VERSION, "event_id": event_id,
                  "event": short, "station": station, "station_name": station_name}
        with path.open("wb") as handle:
            handle.write(lines.sealed(json.dumps(header, ensure_ascii=False)).encode())
            handle.flush()
            os.fsync(handle.fileno())
        self._own_cache = None


def _entries_in(data: bytes, start: int) -> tuple[list[j.Entry], int, int]:
    """The intact entries of the complete lines from `start`, how many lines are not
    (yet) intact, and the end of the last line before the first one that is not."""
    entries: list[j.Entry] = []
    pending = 0
    good_end = pos = start
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            pending += 1
            break
        try:
            entries.append(lines.decode(lines.unseal(data[pos:end])))
            if not pending:
                good_end = end + 1
        except lines.BadLine:
            pending += 1
        pos = end + 1
    return entries, pending, good_end


def _append(path: Path, data: bytes) -> None:
    with path.open("ab") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
