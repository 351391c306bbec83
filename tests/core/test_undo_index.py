"""The journal's undos in an index of their own (schema 9): a merge matches every undo of
the journal against the check-ins and attendance it adds (an undo may come before its
target) and reads them there, not in a pass over the whole journal. Files made before are
migrated, their state unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA, FakeClock, day_with_undos, schema_before

from checkin.core import journal as j
from checkin.core import projection_delta, stations, storage
from checkin.core.event import Event
from checkin.core.importing import plan_import


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")



def _undos(event: Event, how: str, params: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return sorted(event.conn.execute(f"SELECT id, kind FROM journal {how}", params))


def test_a_file_of_schema_8_migrates_with_its_undos_indexed(
        tmp_path: Path, programme, clock: FakeClock) -> None:
    path = tmp_path / "old.checkin"
    older = schema_before(storage._undos_indexed_v9)
    with older, Event.create(path, programme, now=clock) as old:
        old.append(plan_import(DATA / "occitanie-2022-inscriptions.csv", programme,
                               []).entries)
        day_with_undos(old, clock, 4, 2)
        digest, entries = old.digest(), old.entries()
    with Event.open(path, now=clock) as event:
        assert event.conn.execute("PRAGMA user_version").fetchone()[0] == len(
            storage.MIGRATIONS)
        indexed = _undos(event, f"INDEXED BY journal_undos WHERE {storage.UNDOS}")
        scanned = _undos(event, "NOT INDEXED WHERE kind IN (?, ?)",
                         (j.CHECKIN_UNDONE, j.ATTENDANCE_UNDONE))
        assert sorted(k for _, k in indexed) == [j.ATTENDANCE_UNDONE, j.CHECKIN_UNDONE]
        assert indexed == scanned
        assert event.digest() == digest and event.entries() == entries
        event.rebuild()
        assert event.digest() == digest


def test_a_merge_reads_the_undos_through_their_index(
        imported_event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The statement that gathers them names the index's own values (a partial index
    serves no bound parameters): SQLite reads the index, not the journal."""
    monkeypatch.setattr(projection_delta, "SQL_FROM", 0)  # members added by SQLite
    event = imported_event
    path = stations.clone(event, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as room:
        day_with_undos(room, clock, 4, 2)
        theirs = [e for e in room.entries() if e.station == room.station_id]
    seen: list[str] = []
    event.conn.set_trace_callback(seen.append)
    assert event.merge(theirs) == len(theirs) - 1  # its name: clone() merged it
    event.conn.set_trace_callback(None)
    (gather,) = [s for s in seen if "INTO undo_targets SELECT" in s]
    plan = " ".join(r[3] for r in event.conn.execute(
        "EXPLAIN QUERY PLAN " + gather.split("undo_targets ", 1)[1]))
    assert "journal_undos" in plan, plan
    assert [r.checkin_count for r in event.registrations() if r.checkin_count] == [1, 1, 1]
