"""The event file's disk filling up, the file turning read-only or vanishing while the
desk works: the very next write fails with one clear line, and everything acknowledged
before is still there.

Simulations, from the most real to the most portable:
- disk full: a 1 MB tmpfs filled by another file (needs root to mount; skipped
  otherwise) and SQLite's own `max_page_count`, which takes the same SQLITE_FULL path;
- read-only: `chattr +i` on the open file and its journal (needs root on ext4/xfs/btrfs;
  the kernel then refuses writes even through descriptors already open — a chmod
  would not, and root ignores modes anyway); and a file already read-only when
  opened (chmod for a normal user, chattr for root);
- vanished: the file deleted while open (on Linux the open descriptor keeps writing
  into the deleted inode: silent loss, unless the desk notices).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.core import reception, storage
from checkin.core.errors import EventFileError
from checkin.core.event import Event
from checkin.core.reception import Outcome

SIDE = ("", "-journal", "-wal", "-shm")


def _desk_with_three_checked_in(path: Path, programme) -> tuple[Event, list[str]]:
    event = Event.create(path, programme, station_name="Accueil 1")
    ids = []
    for name in ("BERNARD", "DURAND", "PETIT"):
        reg, result = reception.walk_in(event, {"last_name": name})
        assert result is not None and result.outcome is Outcome.CHECKED_IN
        ids.append(reg.id)
    return event, ids


def _all_still_there(path: Path, ids: list[str]) -> None:
    """Reopened by a new desk: integrity checked at open, every check-in present."""
    with Event.open(path) as event:
        for reg_id in ids:
            reg = event.registration(reg_id)
            assert reg is not None and reg.checked_in_at


def _one_line(exc: pytest.ExceptionInfo[EventFileError], path: Path, words: str) -> None:
    message = str(exc.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert words in message


# --- disk full ---------------------------------------------------------------------------


@contextlib.contextmanager
def _small_disk(where: Path) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == 28  # ENOSPC: the disk is really full now
    finally:
        os.close(fd)
    return filler


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("mount"), reason="mounting needs root")
def test_disk_full_on_a_real_small_disk(tmp_path: Path, programme) -> None:
    with _small_disk(tmp_path / "usb") as disk:
        path = disk / "event.checkin"
        event, ids = _desk_with_three_checked_in(path, programme)
        try:
            filler = _fill(disk)
            before = event.digest()
            for _ in range(3):  # and again: the desk keeps saying it, nothing half-written
                with pytest.raises(EventFileError) as exc:
                    reception.walk_in(event, {"last_name": "MOREAU"})
                _one_line(exc, path, "the disk is full")
            assert event.digest() == before
            filler.unlink()  # space freed: the same desk goes on
            reg, result = reception.walk_in(event, {"last_name": "MOREAU"})
            assert result is not None and result.outcome is Outcome.CHECKED_IN
        finally:
            event.close()
        _all_still_there(path, [*ids, reg.id])


def test_disk_full_as_sqlite_reports_it(tmp_path: Path, programme) -> None:
    path = tmp_path / "event.checkin"
    event, ids = _desk_with_three_checked_in(path, programme)
    with event:
        (pages,) = event.conn.execute("PRAGMA page_count").fetchone()
        event.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(EventFileError) as exc:  # within a few dozen, pages run out
            for i in range(200):
                reception.walk_in(event, {"last_name": f"M{i}" * 200})
        _one_line(exc, path, "the disk is full")
        ids += [r.id for r in event.registrations() if r.checked_in_at]
    _all_still_there(path, ids)


# --- read-only ---------------------------------------------------------------------------


def _chattr(flag: str, *paths: Path) -> bool:
    if os.geteuid() != 0 or not shutil.which("chattr"):
        return False
    existing = [str(p) for p in paths if p.exists()]
    return subprocess.run(["chattr", flag, *existing], capture_output=True).returncode == 0


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDE]


def test_file_turning_read_only_while_open(tmp_path: Path, programme) -> None:
    path = tmp_path / "event.checkin"
    event, ids = _desk_with_three_checked_in(path, programme)
    try:
        if not _chattr("+i", *_sides(path)):
            pytest.skip("chattr +i needs root and a filesystem with attributes")
        try:
            with pytest.raises(EventFileError) as exc:
                reception.walk_in(event, {"last_name": "MOREAU"})
            _one_line(exc, path, "the event file is read-only")
            assert len(event.registrations()) == 3  # still readable, nothing half-done
        finally:
            _chattr("-i", *_sides(path))
    finally:
        event.close()
    _all_still_there(path, ids)


def test_file_already_read_only_when_opened(tmp_path: Path, programme) -> None:
    path = tmp_path / "event.checkin"
    event, ids = _desk_with_three_checked_in(path, programme)
    event.close()
    if os.geteuid() == 0:
        if not _chattr("+i", path):
            pytest.skip("as root only chattr +i makes a file read-only; not supported here")
    else:
        path.chmod(0o444)
    try:
        with Event.open(path) as event:
            first = event.registrations()[0]  # it can still be looked at and scanned
            assert reception.scan(event, first.code).outcome is Outcome.ALREADY_CHECKED_IN
            with pytest.raises(EventFileError) as exc:
                reception.walk_in(event, {"last_name": "MOREAU"})
            _one_line(exc, path, "the event file is read-only")
    finally:
        _chattr("-i", path)
        path.chmod(0o644)
    _all_still_there(path, ids)


# --- vanished ----------------------------------------------------------------------------


def test_file_deleted_while_open_refuses_to_record_and_can_be_rescued(
        tmp_path: Path, programme) -> None:
    path = tmp_path / "event.checkin"
    event, ids = _desk_with_three_checked_in(path, programme)
    with event:
        for side in _sides(path):  # a USB key pulled out takes the journal too
            side.unlink(missing_ok=True)
        with pytest.raises(EventFileError) as exc:
            reception.walk_in(event, {"last_name": "MOREAU"})
        _one_line(exc, path, "the event file is gone")
        # What was acknowledged is still readable through the open file: a copy saves it.
        rescue = tmp_path / "rescued.checkin"
        storage.copy_file(event.conn, rescue)
    _all_still_there(rescue, ids)


def test_file_moved_and_replaced_while_open_is_not_written_blindly(tmp_path: Path,
                                                                  programme) -> None:
    path = tmp_path / "event.checkin"
    event, ids = _desk_with_three_checked_in(path, programme)
    with event:
        path.rename(tmp_path / "moved.checkin")
        path.write_bytes(b"someone else's file")
        with pytest.raises(EventFileError) as exc:
            reception.walk_in(event, {"last_name": "MOREAU"})
        _one_line(exc, path, "the event file is gone")
        # The open connection still reads the file under its old name, beside someone
        # else's file.
        storage.copy_file(event.conn, tmp_path / "rescued.checkin")
    assert path.read_bytes() == b"someone else's file"
    _all_still_there(tmp_path / "rescued.checkin", ids)
