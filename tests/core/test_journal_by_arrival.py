"""The journal kept in arrival order (schema 5): a file made by schema 4, whose journal was
ordered by entry id, opens migrated with the same entries, the same projections, and
merges as before; entries merged later go at the table's end."""

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock

from checkin.core import reception, rooms, stations, storage
from checkin.core.event import Event
from checkin.core.sync import merge_bundles, write_bundle

# The journal as schemas 2 to 4 made it (`storage._journal_seq_not_unique_v2`).
_JOURNAL_V4 = """
    CREATE TABLE journal (
        id TEXT PRIMARY KEY, station TEXT NOT NULL, seq INTEGER NOT NULL,
        clock TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
        payload TEXT NOT NULL) WITHOUT ROWID"""
_INDEXES_V4 = ("CREATE INDEX journal_subject ON journal (subject)",
               "CREATE INDEX journal_clock ON journal (clock)",
               "CREATE INDEX journal_station ON journal (station, seq)")


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture
def day(event: Event, clock: FakeClock) -> Iterator[Event]:
    """An event with people checked in, one undone, and a workshop attended."""
    people = [reception.walk_in(event, {"last_name": name, "first_name": "Éloïse"},
                                sessions=("A", "D"), check_in_now=False)[0]
              for name in ("Garcia", "Nguyễn", "Łukasiewicz")]
    for who in people:
        clock.advance(minutes=1)
        reception.check_in(event, event.registration(who.id))
    reception.undo_check_in(event, event.registration(people[1].id))
    rooms.attend(event, "A", event.registration(people[0].id))
    yield event


def _as_schema_4(path: Path) -> None:
    """Turn the file at `path` into what schema 4 made: its journal ordered by id."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    rows = conn.execute("SELECT * FROM journal").fetchall()
    conn.execute("DROP TABLE journal")
    conn.execute(_JOURNAL_V4)
    for sql in _INDEXES_V4:
        conn.execute(sql)
    conn.executemany("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("PRAGMA user_version = 4")
    conn.execute("COMMIT")
    conn.close()


def _journal_sql(conn: sqlite3.Connection) -> str:
    return str(conn.execute(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'journal'").fetchone()[0])


def test_a_schema_4_file_opens_with_the_same_entries_and_projections(
        day: Event, clock: FakeClock) -> None:
    entries, digest, path = day.entries(), day.digest(), day.path
    day.close()
    _as_schema_4(path)
    with sqlite3.connect(path) as conn:
        assert "WITHOUT ROWID" in _journal_sql(conn)
    with Event.open(path, now=clock) as again:
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert "WITHOUT ROWID" not in _journal_sql(again.conn)
        assert again.entries() == entries
        assert again.digest() == digest
        again.rebuild()  # the projections, folded again from the migrated journal
        assert again.digest() == digest
        # the rows keep the table's order: by id
        ids = [r[0] for r in again.conn.execute("SELECT id FROM journal ORDER BY rowid")]
        assert ids == sorted(ids)


def test_entries_merged_later_go_at_the_end_and_a_merge_stays_a_set_union(
        day: Event, tmp_path: Path, clock: FakeClock) -> None:
    path = stations.clone(day, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as room:
        clock.advance(minutes=5)
        walk_in, _ = reception.walk_in(room, {"last_name": "Martin", "first_name": "Zoé"},
                                       sessions=("B",))
        write_bundle(room, tmp_path / "room.ckb")
        room_digest = room.digest()
    before = {r[0] for r in day.conn.execute("SELECT id FROM journal")}
    report = merge_bundles(day, [tmp_path / "room.ckb"])
    assert report.new >= 2  # the walk-in, its check-in, the station's name
    assert merge_bundles(day, [tmp_path / "room.ckb"]).new == 0  # nothing twice
    assert day.digest() == room_digest
    order = [r[0] for r in day.conn.execute("SELECT id FROM journal ORDER BY rowid")]
    assert set(order[:len(before)]) == before  # what was there stays first
    assert day.registration(walk_in.id).checkin_count == 1


def test_a_merge_of_known_and_new_entries_returns_the_new_ones_in_their_order(
        day: Event, tmp_path: Path, clock: FakeClock) -> None:
    path = stations.clone(day, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as room:
        for name in ("Martin", "Zoé", "Ana"):
            clock.advance(minutes=1)
            reception.walk_in(room, {"last_name": name, "first_name": "X"})
        theirs = room.entries()
    known = {e.id for e in day.entries()}
    new = [e for e in theirs if e.id not in known]
    assert known & {e.id for e in theirs} and len(new) >= 6
    mixed = [*reversed(theirs[:3]), *theirs]  # some known, some twice, any order
    expected = list({e.id: e for e in mixed if e.id not in known}.values())
    assert day.merge_new(mixed) == expected
    assert day.merge_new(mixed) == []


def test_an_entry_with_a_field_missing_is_an_error_not_passed_over(day: Event) -> None:
    bad = dataclasses.replace(day.entries()[-1], id="e" * 32, station=None)
    with pytest.raises(sqlite3.IntegrityError):
        day.merge_new([bad])
    assert "e" * 32 not in {e.id for e in day.entries()}
