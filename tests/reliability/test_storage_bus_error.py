"""A file turning read-only right after a write must not kill the desk (SIGBUS).

SQLite keeps a WAL's index in `<file>-shm`, mapped into memory shared between the
processes that have the file open. A read after another commit writes into that map; once
the kernel refuses writes to the file (`chattr +i`, a disk remounted read-only after an
error), that store is answered by SIGBUS, which no Python code can catch: the desk dies
and its session with it. A write not followed by a read (an undo, a cancel, a merge...)
left such a store for the next read.

Each scenario runs in a desk process of its own (write_then_trouble.py): the write, then,
behind a barrier, the trouble made by this test, then a read and one more walk-in. The
desk must live on, say the file is read-only when it is, and lose nothing acknowledged.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import ROOT

from checkin.core import reception
from checkin.core.errors import EventFileError
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.core.reception import Outcome

SCENARIO = Path(__file__).with_name("write_then_trouble.py")
KINDS = ("undo", "cancel", "walk-in", "edit", "merge", "programme")
SIDES = ("", "-journal", "-wal", "-shm")  # a disk turning read-only takes them all


def _chattr(flag: str, *paths: Path) -> None:
    if os.geteuid() != 0 or not shutil.which("chattr"):
        pytest.skip("chattr +i needs root and chattr (e2fsprogs)")
    existing = [str(p) for p in paths if p.exists()]
    done = subprocess.run(["chattr", flag, *existing], capture_output=True, text=True)
    if done.returncode and flag == "+i":
        pytest.skip(f"this filesystem has no immutable attribute ({done.stderr.strip()})")


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in SIDES]


def _three_checked_in(path: Path, programme) -> list[str]:
    with Event.create(path, programme, station_name="Accueil 1") as event:
        ids = []
        for name in ("BERNARD", "DURAND", "PETIT"):
            reg, result = reception.walk_in(event, {"last_name": name})
            assert result is not None and result.outcome is Outcome.CHECKED_IN
            ids.append(reg.id)
    return ids


def _run(path: Path, kind: str, trouble: Callable[[], None],
         repair: Callable[[], None]) -> list[str]:
    """The desk's lines after `written`; it must have ended by itself, with status 0."""
    env = os.environ | {"PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    desk = subprocess.Popen([sys.executable, str(SCENARIO), str(path), kind], cwd=ROOT,
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert desk.stdout is not None and desk.stdin is not None
    try:
        assert desk.stdout.readline() == "written\n", desk.communicate()[1]
        trouble()  # the desk waits on its stdin meanwhile: the barrier
        out, err = desk.communicate("go\n", timeout=120)
    finally:
        repair()
        if desk.poll() is None:
            desk.kill()
            desk.wait()
    assert desk.returncode != -signal.SIGBUS, f"the desk died of SIGBUS:\n{err}"
    assert desk.returncode == 0, err
    return out.splitlines()


# What each write of write_then_trouble.py leaves, about the first person or the event.
WRITTEN: dict[str, Callable[[Event, Registration], bool]] = {
    "undo": lambda event, first: not first.checked_in_at,
    "cancel": lambda event, first: first.status == "cancelled",
    "walk-in": lambda event, first: any(r.last_name == "MOREAU" for r in event.registrations()),
    "edit": lambda event, first: first.last_name == "BERNARD-PETIT",
    "merge": lambda event, first: "Salle A" in {s["name"] for s in event.stations()},
    "programme": lambda event, first: event.programme.venue == "Salle des fêtes",
}


def _still_there(path: Path, kind: str, ids: list[str]) -> None:
    """The desk's write and everything before it: the others still checked in."""
    with Event.open(path) as event:  # integrity checked at open
        first = event.registration(ids[0])
        assert first is not None and WRITTEN[kind](event, first)
        for reg_id in ids[1:]:
            reg = event.registration(reg_id)
            assert reg is not None and reg.checked_in_at


@pytest.mark.parametrize("kind", KINDS)
def test_file_turning_read_only_after_a_write(tmp_path: Path, programme, kind: str) -> None:
    path = tmp_path / "event.checkin"
    ids = _three_checked_in(path, programme)
    _chattr("-i", path)  # skips where chattr cannot run

    lines = _run(path, kind, lambda: _chattr("+i", *_sides(path)),
                 lambda: _chattr("-i", *_sides(path)))
    assert lines[0] == lines[2]  # read before and after the refused walk-in: the same
    assert lines[0].startswith("read ")
    assert lines[1] == (f"refused {path}: the event file is read-only; this was not"
                        " recorded (check the disk and the file's permissions)")
    _still_there(path, kind, ids)


def test_folder_turning_read_only_after_a_write(tmp_path: Path, programme) -> None:
    folder = tmp_path / "key"
    folder.mkdir()
    path = folder / "event.checkin"
    ids = _three_checked_in(path, programme)
    _chattr("-i", folder)

    lines = _run(path, "undo", lambda: _chattr("+i", folder), lambda: _chattr("-i", folder))
    # The file itself can still be written: the walk-in is recorded, and kept.
    assert lines[1].startswith("recorded ")
    _still_there(path, "undo", [*ids, lines[1].split()[1]])


def test_shm_removed_after_a_write(tmp_path: Path, programme) -> None:
    path = tmp_path / "event.checkin"
    ids = _three_checked_in(path, programme)
    shm = path.with_name(path.name + "-shm")

    lines = _run(path, "undo", lambda: shm.unlink(missing_ok=True), lambda: None)
    assert lines[1].startswith("recorded ")
    _still_there(path, "undo", [*ids, lines[1].split()[1]])


def test_wal_file_of_an_older_version_already_read_only_still_opens(
        tmp_path: Path, programme) -> None:
    """It cannot be turned over to a rollback journal: it stays WAL, read through a
    private copy of its index (SQLite's way with a read-only -shm), and refuses writes."""
    path = tmp_path / "event.checkin"
    ids = _three_checked_in(path, programme)
    old = sqlite3.connect(path)
    old.execute("PRAGMA journal_mode = WAL")
    old.close()
    _chattr("+i", path)
    try:
        with Event.open(path) as event:
            assert event.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert len(event.registrations()) == 3
            with pytest.raises(EventFileError, match="the event file is read-only"):
                reception.walk_in(event, {"last_name": "MOREAU"})
    finally:
        _chattr("-i", *_sides(path))
    with Event.open(path) as event:  # writable again: turned over now, all three there
        assert event.conn.execute("PRAGMA journal_mode").fetchone()[0] == "truncate"
        assert all(r.checked_in_at for r in event.registrations_by_ids(ids))
        assert len(event.registrations_by_ids(ids)) == 3
