"""A big import's pages go to the disk while it runs (writeback.early): the file's data
synced by a thread of its own, SQLite's lock on the file kept all along, nothing left
running once the write is over."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from helpers import DATA, FakeClock, make_registrations

from checkin.core import writeback
from checkin.core.event import Event
from checkin.core.importing import ImportStream
from checkin.core.programme import load_programme
from checkin.core.progress import Stage

pytestmark = pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="no fdatasync here")


def _synced(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The descriptors os.fdatasync is asked to sync from now on (it still syncs them)."""
    asked: list[int] = []
    real = os.fdatasync

    def counted(fd: int) -> None:
        asked.append(fd)
        real(fd)
    monkeypatch.setattr(os, "fdatasync", counted)
    return asked


def test_a_long_transaction_s_file_is_synced_as_it_goes_and_keeps_its_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "file.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    asked = _synced(monkeypatch)
    threads = threading.active_count()
    with writeback.early(path, every=0.01):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO t VALUES (?)", ((str(n) * 50,) for n in range(20_000)))
        while not asked:  # a sync of the file's own, inside the transaction
            threading.Event().wait(0.01)
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")  # the writer's lock held, syncs or not
        conn.execute("COMMIT")
    assert threading.active_count() == threads  # its thread ended with the context
    other.execute("BEGIN IMMEDIATE")
    assert other.execute("SELECT count(*) FROM t").fetchone() == (20_000,)
    other.execute("COMMIT")
    other.close()
    conn.close()


def test_a_big_stream_syncs_the_event_file_as_it_goes_and_leaves_no_thread(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Event.append_stream (what `checkin import` does into a new event) runs it."""
    monkeypatch.setattr(writeback, "EVERY", 0.001)
    monkeypatch.setattr("checkin.core.event.STREAM_CACHE_KB", 256)  # pages spilled early
    occ = load_programme(DATA / "occitanie-2022.toml")
    export = make_registrations(2500, tmp_path / "export.csv", "--seed", "5")
    path = tmp_path / "ev.checkin"
    with Event.create(path, occ, now=FakeClock()) as event:
        threads = threading.active_count()
        inode = path.stat().st_ino
        asked = _synced(monkeypatch)
        seen: list[int] = []

        class Watch:
            def step(self, done: int, total: int, what: Stage) -> None:
                if what is Stage.ROWS:  # inside the transaction: the file's inode synced
                    seen.extend(fd for fd in asked if os.fstat(fd).st_ino == inode)

        stream = ImportStream(export, occ)
        event.append_stream(stream.batches(100), stream.report.rows, stream.revised,
                            progress=Watch())
        assert seen
        assert threading.active_count() == threads
        assert event.conn.execute("SELECT count(*) FROM registrations").fetchone()[0] > 2000
