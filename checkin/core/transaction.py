"""Write transactions on the event file, and what went wrong with the file, in words.

SQLite reports a full disk, a read-only file or a vanished USB key as codes and terse
texts ("disk I/O error"); the desk must say at once what happened, and must never
report as recorded what a failed COMMIT did not write.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from checkin.core.errors import EventFileError, Problem

FileId = tuple[int, int]  # (device, inode): which file a path named when it was opened

# Programming errors (a bad statement, a broken constraint) are not trouble with the file.
_NOT_FILE_TROUBLE = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)


def file_id(path: Path) -> FileId:
    st = os.stat(path)
    return st.st_dev, st.st_ino


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, path: Path,
                opened: FileId | None = None) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error. Failures of the file come
    out as EventFileError; with `opened`, a file no longer at `path` refuses the write."""
    if opened is not None:
        _check_still_there(path, opened)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CONSTRAINT_TRIGGER":  # a refusal
            raise EventFileError(f"{path}: {exc}", Problem.PURGED, path) from None
        if isinstance(exc, _NOT_FILE_TROUBLE):
            raise
        raise write_error(path, exc) from None


def _rollback(conn: sqlite3.Connection) -> None:
    # A failed COMMIT (disk full, I/O error) may already have rolled back; a ROLLBACK
    # failing in turn must not hide the error that matters.
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _check_still_there(path: Path, opened: FileId) -> None:
    try:
        same = file_id(path) == opened
    except OSError:
        same = False
    if not same:
        raise _gone(path)


def _gone(path: Path) -> EventFileError:
    return EventFileError(
        f"{path}: the event file is gone (deleted, moved, or its disk removed);"
        " nothing more can be recorded in it", Problem.GONE, path)


def write_error(path: Path, exc: sqlite3.Error) -> EventFileError:
    """What a failed write means for the user, in one line naming the file."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not path.exists():
        return _gone(path)
    if name.startswith("SQLITE_FULL") or _disk_full(path):
        return EventFileError(
            f"{path}: the disk is full; this was not recorded: free some space and retry",
            Problem.DISK_FULL, path)
    if name.startswith("SQLITE_READONLY") or not _writable(path):
        return EventFileError(
            f"{path}: the event file is read-only; this was not recorded"
            " (check the disk and the file's permissions)", Problem.READ_ONLY, path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return EventFileError(
            f"{path}: the event file is held by another program; this was not recorded:"
            " retry", Problem.BUSY, path)
    if name.startswith("SQLITE_CORRUPT") or type(exc) is sqlite3.DatabaseError:
        return EventFileError(f"{path}: the file is damaged ({exc}); open a backup",
                              Problem.DAMAGED, path)
    return EventFileError(f"{path}: could not record ({exc})", Problem.NOT_RECORDED, path)


def _disk_full(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def _writable(path: Path) -> bool:
    """Whether the file and its WAL can be opened for writing now (open descriptors
    keep writing after a chmod, so ask the system afresh)."""
    for target in (path, path.with_name(path.name + "-wal")):
        try:
            fd = os.open(target, os.O_WRONLY)
        except FileNotFoundError:
            continue
        except OSError:
            return False
        os.close(fd)
    return True
