"""Shared-folder sync: each station appends only its own file, and reads everyone else's.

`DIR/<station id>.jsonl` starts with a header line naming the event and the station,
then holds one sealed entry per line (JSON, tab, HMAC under the event's sync key: see
`lines`). Nothing but appending ever happens to another station's file, so the folder can
be a USB key, an SMB share or a Syncthing or Nextcloud folder. A line is merged only once
complete and sealed by a station of the event: a file still being copied is read up to its
last good line and read again later from there; a file or a line whose seal does not
verify (forged, or damaged) is reported and never merged. A sealed entry that fails its
checks is refused alone, and the lines after it are merged all the same.
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from checkin.core import files
from checkin.core import journal as j
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.progress import SILENT, Progress
from checkin.core.reports.attendance import purged_at
from checkin.core.stations import RELAY_AFTER_KEY, StationConflictError
from checkin.core.sync import lines, written
from checkin.core.sync.bundle import other_event
from checkin.core.sync.merging import Refusal, merge_entries
from checkin.core.transaction import transaction

FORMAT = "checkin-folder"
VERSION = 2  # 2: lines sealed under the sync key (1: a bare CRC-32)
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
    problem: str = ""  # why the file was skipped, or lines of it not merged (English)
    # the same as values, for the GUI's words (see `error`); plain data for `--json`
    code: Problem | None = None
    details: dict[str, str] = field(default_factory=dict)

    def with_problem(self, error: FolderError) -> FileStatus:
        return replace(self, problem=str(error), code=error.problem, details=error.details)

    def error(self, folder: Path) -> FolderError | None:
        """The problem as an error of `folder`, for the GUI to word it, or None."""
        if not self.problem:
            return None
        return FolderError(self.problem, self.code, folder / self.name, details=self.details)


@dataclass(frozen=True)
class SyncReport:
    new: int = 0  # entries that were new to this event
    written: int = 0  # entries appended to this station's own file
    files: tuple[FileStatus, ...] = ()
    refused: tuple[Refusal, ...] = ()  # entries sealed, but failing their checks

    @property
    def problems(self) -> list[str]:
        return [f.problem for f in self.files if f.problem] + [str(r) for r in self.refused]

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
    refused: list[Refusal] = field(default_factory=list)


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
        self._sync_key = event.sync_key
        self._remembered = False  # our own file noted for the purge

    def run_once(self, progress: Progress = SILENT) -> SyncReport:
        self.plan()
        reads, have = self.read()
        outgoing, report = self.merge(reads, have, progress)
        self.write(outgoing)
        return report

    def plan(self) -> None:
        """Event thread: what the folder's steps need to know of the event."""
        if self.event.identity.conflict:
            raise StationConflictError(self.event.identity.conflict, self.event.path)
        when = purged_at(self.event)
        if when:  # its own file was emptied by the purge: it stays so
            raise FolderError(f"{self.event.path}: purged of personal data on {when[:10]};"
                              " it syncs nothing more", Problem.SYNC_PURGED, self.event.path,
                              details={"date": when[:10]})
        event = self.event
        self._sync_key = event.sync_key
        self._ids = (event.event_id, event.programme.short, event.station_id,
                     event.station_name)
        rows = event.conn.execute("SELECT key, value FROM meta WHERE key LIKE ? || '%'",
                                  (self._key,)).fetchall()
        self._states = {key[len(self._key):]: json.loads(value) for key, value in rows}

    def read(self) -> tuple[list[_Read], set[str]]:
        """Any thread: the other stations' files from where reading stopped, and the ids
        our own file holds."""
        if not self.folder.is_dir():
            raise FolderError(f"{self.folder}: no such folder", Problem.SYNC_FOLDER_GONE,
                              self.folder)
        reads = [self._read(p) for p in sorted(self.folder.glob("*" + SUFFIX))
                 if p.name != self._own_name and not p.name.startswith(".")]
        own = self.folder / self._own_name
        try:
            return reads, self._own_ids(own)
        except OSError as exc:
            raise FolderError(f"{own}: cannot be written ({exc.strerror})",
                              Problem.CANNOT_WRITE, own,
                              details={"reason": str(exc.strerror or exc)}) from None

    def merge(self, reads: list[_Read], have: set[str],
              progress: Progress = SILENT) -> tuple[Outgoing, SyncReport]:
        """Event thread: fold what was read, and make the lines our own file lacks.
        `progress` steps inside the merge's one transaction: a stop there merges nothing,
        and the files' read positions are not saved either (they are read again)."""
        entries = [e for r in reads for e in r.entries]
        merged = merge_entries(self.event, entries, progress)
        self._save_states(reads)
        if not self._remembered:  # for the purge to find it again
            written.remember(self.event, self.folder / self._own_name, written.FOLDER_FILE)
            self._remembered = True
        present = {r.status.station for r in reads if r.status.station}
        rows = self._missing(self.event.conn, have, present - {self.event.station_id})
        entries = [j.Entry.from_row(r) for r in rows]
        key = self._sync_key
        outgoing = Outgoing("".join(lines.sealed(key, lines.encode(e)) for e in entries),
                            have | {e.id for e in entries})
        refused = tuple(x for r in reads for x in r.refused) + merged.refused
        return outgoing, SyncReport(new=merged.new, written=len(rows),
                                    files=tuple(r.status for r in reads), refused=refused)

    def write(self, outgoing: Outgoing) -> None:
        """Any thread: append the lines that `merge` made to our own file."""
        if not outgoing.text:
            return
        path = self.folder / self._own_name
        try:
            _append(path, outgoing.text.encode())
            stat = path.stat()
        except OSError as exc:
            raise FolderError(f"{path}: cannot be written ({exc.strerror})",
                              Problem.CANNOT_WRITE, path,
                              details={"reason": str(exc.strerror or exc)}) from None
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
            return _Read(FileStatus(path.name).with_problem(FolderError(
                f"{path}: cannot be read ({exc.strerror})", Problem.UNREADABLE, path)))

    def _read_from(self, name: str, handle: BinaryIO) -> _Read:
        head = handle.readline()
        if not head.endswith(b"\n"):
            return _Read(FileStatus(name, pending=1))  # its header is still being written
        refused = self._header_problem(name, head[:-1])
        if refused:
            return _Read(FileStatus(name).with_problem(refused))
        header = _header(head[:-1]) or {}
        base, data = self._unread_part(name, handle, len(head))
        found = _entries_in(data, 0, self._sync_key)
        entries, pending, good_end = found.entries, found.pending, found.good_end
        # A few bytes before the resume point, to tell next time that the file still
        # holds what was read (and was not replaced by something else).
        handle.seek(max(0, base + good_end - 64))
        tail = handle.read(base + good_end - handle.tell())
        state = {"offset": base + good_end, "tail": zlib.crc32(tail), "tail_len": len(tail)}
        status = FileStatus(name, str(header.get("station", "")),
                            str(header.get("station_name", "")), len(entries), pending)
        if found.unsealed:
            status = status.with_problem(FolderError(
                f"{self.folder / name}: {found.unsealed} lines not sealed by a station of"
                " this event (forged, or damaged); not merged", Problem.UNSEALED_LINES,
                self.folder / name, details={"count": str(found.unsealed)}))
        return _Read(status, entries, state, found.refused)

    def _header_problem(self, name: str, line: bytes) -> FolderError | None:
        """Why a file whose first line is `line` cannot be read, or None."""
        path = self.folder / name
        header = _header(line)
        if header is None or header.get("format") != FORMAT:
            return FolderError(f"{path}: not a checkin station file",
                               Problem.NOT_A_STATION_FILE, path)
        if not isinstance(header.get("version"), int) or header["version"] > VERSION:
            return FolderError(f"{path}: made by a newer version of checkin",
                               Problem.NEWER_VERSION, path)
        if header.get("event_id") != self._ids[0]:
            return FolderError(f"{path}: belongs to {other_event(header, self.event)};"
                               " skipped", Problem.OTHER_EVENT, path,
                               details=self._other_event(header))
        if header["version"] < VERSION:
            return FolderError(f"{path}: made by an older version of checkin, without seals;"
                               " skipped", Problem.OLD_UNSEALED, path)
        if not lines.verifies(self._sync_key, *lines.split(line)):
            return FolderError(f"{path}: not sealed by a station of this event (forged?);"
                               " skipped", Problem.NOT_SEALED, path)
        return None

    def _other_event(self, header: dict[str, Any]) -> dict[str, str]:
        """Whose file this is, as values (bundle.other_event says it in English)."""
        return {"event": str(header.get("event", "?")), "ours": self._ids[1],
                "event_id": str(header.get("event_id"))[:8], "our_id": self._ids[0][:8]}

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
        header = _header(head) if newline else None
        if header is None:  # never completed its header: ours to start again
            self._start_own(path)
            return set()
        problem = self._header_problem(path.name, head)
        if problem and header.get("event_id") == self._ids[0]:
            self._start_own(path)  # ours, but older or not sealed as it should: write anew
            return set()
        if problem:
            raise problem
        end = data.rfind(b"\n") + 1
        if end < len(data):  # a line cut short by a crash: drop it, it is written again
            os.truncate(path, end)
        found = _entries_in(data[:end], len(head) + 1, self._sync_key)
        return {e.id for e in found.entries}

    def empty_own_file(self) -> None:
        """Cut this station's file down to its header (the purge): its entries leave the
        folder, and the file stays, so no other station relays them back in."""
        self._start_own(self.folder / self._own_name)

    def _start_own(self, path: Path) -> None:
        event_id, short, station, station_name = self._ids
        header = {"format": FORMAT, "version": VERSION, "event_id": event_id,
                  "event": short, "station": station, "station_name": station_name}
        with files.open_private(path) as handle:  # the entries hold personal data
            handle.write(lines.sealed(self._sync_key,
                                      json.dumps(header, ensure_ascii=False)).encode())
            handle.flush()
            os.fsync(handle.fileno())
        self._own_cache = None


def _header(line: bytes) -> dict[str, Any] | None:
    """A file's header line as a dict (its seal not verified), or None."""
    try:
        body, _ = lines.split(line)
        header = json.loads(body)
    except (lines.BadLine, ValueError):
        return None
    return header if isinstance(header, dict) else None


@dataclass
class _Found:
    entries: list[j.Entry] = field(default_factory=list)
    pending: int = 0  # lines not (yet) whole and sealed: read again next time
    good_end: int = 0  # the end of the last line before the first pending one
    unsealed: int = 0  # whole lines whose seal does not verify
    refused: list[Refusal] = field(default_factory=list)  # sealed, but not an entry


def _entries_in(data: bytes, start: int, key: str) -> _Found:
    """The sealed entries of the complete lines of `data` from `start`."""
    found = _Found(good_end=start)
    pos = start
    while pos < len(data):
        end = data.find(b"\n", pos)
        if end < 0:
            found.pending += 1
            break
        try:
            text = lines.unseal(key, data[pos:end])
        except lines.BadLine:
            found.pending += 1
            found.unsealed += 1
            pos = end + 1
            continue
        try:
            found.entries.append(lines.decode(text))
        except lines.BadLine as exc:  # sealed, so not damaged: refused, not read again
            found.refused.append(Refusal("?", "?", "?", f"{exc} (a line of the folder)",
                                         Problem.ENTRY_NOT_READ, (("reason", str(exc)),)))
        if not found.pending:
            found.good_end = end + 1
        pos = end + 1
    return found


def _append(path: Path, data: bytes) -> None:
    with files.open_private(path, append=True) as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
