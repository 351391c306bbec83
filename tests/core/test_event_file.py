"""The event file: SQLite settings, identity, integrity, migrations, journal and projections."""

import sqlite3
from pathlib import Path

import pytest
from helpers import FakeClock

from checkin.core import journal as j
from checkin.core import reception, storage
from checkin.core.errors import EventFileError
from checkin.core.event import Event


def test_new_file_is_journaled_synchronous_full_and_versioned(event: Event) -> None:
    q = event.conn.execute
    assert q("PRAGMA journal_mode").fetchone()[0] == "truncate"  # not WAL: storage._no_wal
    assert q("PRAGMA mmap_size").fetchone()[0] == 0  # nothing of the file mapped
    assert q("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert q("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
    assert q("PRAGMA application_id").fetchone()[0] == storage.APPLICATION_ID


def test_a_wal_file_of_an_older_version_is_turned_over_whole(event: Event) -> None:
    reg, _ = reception.walk_in(event, {"last_name": "Ancien"})
    path = event.path
    event.close()
    wal = path.with_name(path.name + "-wal")
    old = sqlite3.connect(path, isolation_level=None)  # as versions before _no_wal left it
    old.execute("PRAGMA journal_mode = WAL")
    old.execute("UPDATE meta SET value = 'Accueil 9' WHERE key = 'station_name'")
    left = {p: p.read_bytes() for p in (path, wal)}  # that commit only in the WAL: a crash
    old.close()
    for side, data in left.items():
        side.write_bytes(data)
    with Event.open(path) as again:
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "truncate"
        assert again.station_name == "Accueil 9"
        found = again.registration(reg.id)
        assert found is not None and found.checked_in_at
    assert not wal.exists()
    assert not path.with_name(path.name + "-shm").exists()


def test_closing_leaves_only_the_event_file(event: Event) -> None:
    """The rollback journal stays between commits (truncated), never after closing: users
    would copy or delete a `.checkin-journal` they find beside their event."""
    path = event.path
    journal = path.with_name(path.name + "-journal")
    reception.walk_in(event, {"last_name": "Présent"})
    assert journal.exists() and journal.stat().st_size == 0  # kept between commits
    event.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    first, second = Event.open(path), Event.open(path)  # two programs on one file
    reception.walk_in(first, {"last_name": "Premier"})
    first.close()  # deletes the journal: the other one is not writing
    reception.walk_in(second, {"last_name": "Second"})  # makes it anew
    assert journal.exists()
    second.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    with Event.open(path) as again:
        assert {r.last_name for r in again.registrations()} == {"Présent", "Premier", "Second"}
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "truncate"


def test_closing_never_deletes_the_journal_of_a_write_under_way(event: Event) -> None:
    path = event.path
    journal = path.with_name(path.name + "-journal")
    other = sqlite3.connect(path, isolation_level=None)  # another program, mid-write
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE meta SET value = 'Accueil 9' WHERE key = 'station_name'")
    event.close()
    assert journal.stat().st_size > 0  # still there for that write to roll back
    other.execute("ROLLBACK")
    other.close()
    with Event.open(path) as again:
        assert again.station_name == "Accueil 1"


def test_closing_leaves_the_journal_of_a_file_put_in_its_place(event: Event, programme,
                                                              tmp_path: Path) -> None:
    """The event file replaced while open (a backup copied over it): the journal now at
    its path is the other file's, and closing neither deletes nor plays it back."""
    path = event.path
    other = tmp_path / "other.checkin"
    Event.create(other, programme, station_name="Accueil 2").close()
    other.replace(path)
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"the other file's journal")
    event.close()
    assert journal.read_bytes() == b"the other file's journal"


def test_reopened_file_keeps_programme_identity_and_station(event: Event) -> None:
    path, event_id, station = event.path, event.event_id, event.station_id
    event.close()
    with Event.open(path) as again:
        assert (again.event_id, again.station_id) == (event_id, station)
        assert again.station_name == "Accueil 1"
        assert again.programme.short == "OCC22"


def test_creating_over_an_existing_file_is_refused(event: Event, programme) -> None:
    with pytest.raises(EventFileError, match="already exists"):
        Event.create(event.path, programme)


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"PK\x03\x04zip"])
def test_a_file_that_is_not_an_event_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.checkin"
    path.write_bytes(content)
    with pytest.raises(EventFileError, match="not a checkin event file"):
        Event.open(path)


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(EventFileError, match="not a checkin event file"):
        Event.open(path)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(EventFileError, match="no such event file"):
        Event.open(tmp_path / "absent.checkin")


def test_file_from_a_newer_version_is_refused(event: Event) -> None:
    event.conn.execute(f"PRAGMA user_version = {storage.SCHEMA_VERSION + 1}")
    event.close()
    with pytest.raises(EventFileError, match="newer version"):
        Event.open(event.path)


def test_damaged_file_is_refused_by_the_integrity_check(event: Event) -> None:
    for i in range(300):
        reception.walk_in(event, {"last_name": f"Nom{i}", "first_name": "Prénom"},
                          check_in_now=False)
    event.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (root,) = event.conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'registrations'").fetchone()
    (page,) = event.conn.execute("PRAGMA page_size").fetchone()
    event.close()
    data = bytearray(event.path.read_bytes())
    start = (root - 1) * page
    data[start:start + 64] = b"\x5a" * 64  # scribble over the table's b-tree page header
    event.path.write_bytes(bytes(data))
    with pytest.raises(EventFileError, match=r"damaged|cannot be opened"):
        Event.open(event.path)


def test_migrations_bring_an_old_file_up_to_date(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "old.checkin"
    storage.connect(path, create=True).close()
    added = []

    def step_two(db) -> None:
        db.execute("CREATE TABLE later (x)")
        added.append(True)

    monkeypatch.setattr(storage, "MIGRATIONS", [*storage.MIGRATIONS, step_two])
    monkeypatch.setattr(storage, "SCHEMA_VERSION", len(storage.MIGRATIONS))
    conn = storage.connect(path)
    assert added == [True]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(storage.MIGRATIONS)
    conn.close()


def test_entries_get_station_sequence_and_increasing_clocks(event: Event, clock: FakeClock) -> None:
    reg, _ = reception.walk_in(event, {"last_name": "Dupont"})
    clock.current = clock.current.replace(hour=8)  # the laptop's clock jumps back
    reception.undo_check_in(event, reg)
    entries = [e for e in event.entries() if e.station == event.station_id]
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    clocks = [e.clock for e in entries]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)


def test_clock_stays_ahead_of_merged_entries_from_a_fast_laptop(event: Event) -> None:
    two_hours_ahead = event.now_millis() + 2 * 3600 * 1000
    future = j.Entry("f" * 32, "otherstation", 1, j.format_clock(two_hours_ahead, 0),
                     j.STATION_NAMED, "otherstation", {"name": "Salle A"})
    assert event.merge([future]) == 1
    reg, _ = reception.walk_in(event, {"last_name": "Après"})
    assert all(e.clock > future.clock for e in event.entries(reg.id))


def test_rebuilding_projections_from_the_journal_gives_the_same_digest(event: Event) -> None:
    people = [reception.walk_in(event, {"last_name": n, "first_name": "Éloïse"})[0]
              for n in ("Garcia", "Nguyễn", "Łukasiewicz")]
    reception.undo_check_in(event, people[0])
    reception.edit(event, people[1], {"organisation": "Mairie de Sète"}, sessions=("A", "D"))
    reception.set_cancelled(event, people[2], True)
    before = event.digest()
    event.conn.execute("UPDATE registrations SET last_name = 'corrupted'")
    assert event.digest() != before
    event.rebuild()
    assert event.digest() == before
    assert event.registration(people[1].id).sessions == ("A", "D")


def test_merge_is_idempotent(event: Event) -> None:
    reception.walk_in(event, {"last_name": "Roux"})
    entries = event.entries()
    before = event.digest()
    assert event.merge(entries) == 0
    assert event.digest() == before


def test_journal_rows_are_never_rewritten_by_projection_work(event: Event) -> None:
    reg, _ = reception.walk_in(event, {"last_name": "Blanc"})
    snapshot = [e.row() for e in event.entries()]
    reception.edit(event, reg, {"last_name": "Blanc-Martin"})
    event.rebuild()
    assert [e.row() for e in event.entries()][: len(snapshot)] == snapshot


def test_backup_copies_are_consistent_and_rotated(event: Event) -> None:
    reception.walk_in(event, {"last_name": "Sauvé"})
    made = [storage.backup(event.conn, event.path, keep=3) for _ in range(5)]
    kept = sorted(made[0].parent.glob("*.checkin"))
    assert kept == sorted(made[-3:])
    with Event.open(made[-1]) as copy:
        assert [r.last_name for r in copy.registrations()] == ["Sauvé"]


def test_registrations_come_in_the_order_people_read_a_list(event: Event) -> None:
    for last, first in [("ROY", "Aurélie"), ("Barbier", "Léa"), ("Écuyer", "Paul"),
                        ("Łukasiewicz", "Zoë"), ("bertrand", "Noé"), ("Zidane", "Ali")]:
        reception.walk_in(event, {"last_name": last, "first_name": first}, check_in_now=False)
    assert [r.last_name for r in event.registrations()] == [
        "Barbier", "bertrand", "Écuyer", "Łukasiewicz", "ROY", "Zidane"]
