"""Stations: clones for other laptops, one identity per laptop, copies noticed."""

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from helpers import FakeClock

from checkin.core import journal as j
from checkin.core import reception, stations, storage
from checkin.core.errors import CheckinError, EventFileError
from checkin.core.event import Event
from checkin.core.stations import StationConflictError


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "organiser-laptop")


def on_machine(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, name)


def test_clone_is_the_same_event_as_a_new_named_station(event: Event, tmp_path: Path) -> None:
    reception.walk_in(event, {"last_name": "Durand"}, check_in_now=False)
    target = stations.clone(event, tmp_path / "salle-a.checkin", "  Salle   A ")
    with Event.open(target) as copy:
        assert (copy.event_id, copy.secret) == (event.event_id, event.secret)
        assert copy.station_id != event.station_id and len(copy.station_id) == 12
        assert copy.station_name == "Salle A"
        assert [r.last_name for r in copy.registrations()] == ["Durand"]
        named = copy.entries(copy.station_id)
        assert [(e.kind, e.payload["name"], e.seq) for e in named] == [
            (j.STATION_NAMED, "Salle A", 1)]
        assert named[0].payload["from"] == event.station_id
        assert named[0].clock > max(e.clock for e in event.entries()
                                    if e.station == event.station_id)
        assert {s["name"] for s in copy.stations()} == {"Accueil 1", "Salle A"}
    # The original keeps its own identity, and knows the new station's name is taken.
    assert event.station_name == "Accueil 1"
    assert {s["name"] for s in event.stations()} == {"Accueil 1", "Salle A"}


def test_clone_opened_on_its_laptop_records_there(event: Event, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    reg, _ = reception.walk_in(event, {"last_name": "Petit"}, check_in_now=False)
    target = stations.clone(event, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(target) as here:  # a look on the organiser's laptop claims nothing
        assert not stations.station_conflict(here)
    on_machine(monkeypatch, "reception-2")
    with Event.open(target) as there:
        assert not stations.station_conflict(there)
        assert reception.check_in(there, reg).outcome is reception.Outcome.CHECKED_IN


@pytest.mark.parametrize("name", ["", "   "])
def test_clone_needs_a_name(event: Event, tmp_path: Path, name: str) -> None:
    with pytest.raises(CheckinError, match="needs a name"):
        stations.clone(event, tmp_path / "x.checkin", name)
    assert not (tmp_path / "x.checkin").exists()


def test_clone_refuses_an_existing_file_and_a_name_in_use(event: Event, tmp_path: Path) -> None:
    existing = tmp_path / "there.checkin"
    existing.write_bytes(b"keep me")
    with pytest.raises(EventFileError, match="already exists"):
        stations.clone(event, existing, "Salle B")
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(CheckinError, match="already named 'Accueil 1'"):
        stations.clone(event, tmp_path / "dup.checkin", "Accueil 1")
    assert not (tmp_path / "dup.checkin").exists()


def test_file_copied_to_another_laptop_records_nothing_until_named(
        event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reg, _ = reception.walk_in(event, {"last_name": "Copie"}, check_in_now=False)
    old_station = event.station_id
    event.close()
    copy_path = tmp_path / "usb" / "copie.checkin"
    copy_path.parent.mkdir()
    shutil.copy(event.path, copy_path)
    on_machine(monkeypatch, "other-laptop")
    with Event.open(copy_path) as copy:
        assert stations.station_conflict(copy)
        before = [e.id for e in copy.entries()]
        with pytest.raises(StationConflictError, match="another computer"):
            reception.check_in(copy, reg)
        assert [e.id for e in copy.entries()] == before
        new_id = stations.adopt_new_station(copy, "Accueil 3")
        assert not stations.station_conflict(copy)
        assert (copy.station_id, copy.station_name) == (new_id, "Accueil 3")
        assert new_id != old_station
        result = reception.check_in(copy, reg)
        assert result.outcome is reception.Outcome.CHECKED_IN
        (checkin,) = [e for e in copy.entries(reg.id) if e.kind == j.CHECKIN_RECORDED]
        assert (checkin.station, checkin.seq) == (new_id, 2)  # after its STATION_NAMED
    with Event.open(copy_path) as again:  # the new identity is this laptop's now
        assert not stations.station_conflict(again)
        assert again.station_id == new_id


def test_file_moved_on_the_same_laptop_stays_the_same_station(event: Event,
                                                               tmp_path: Path) -> None:
    station = event.station_id
    event.close()
    moved = tmp_path / "elsewhere" / "moved.checkin"
    moved.parent.mkdir()
    shutil.move(event.path, moved)
    with Event.open(moved) as ev:
        assert not stations.station_conflict(ev)
        reception.walk_in(ev, {"last_name": "Déplacé"})
        assert ev.station_id == station
    recorded = sqlite3.connect(moved).execute(
        "SELECT value FROM meta WHERE key = 'station_path'").fetchone()[0]
    assert recorded == str(moved.resolve())


def test_second_copy_beside_the_original_is_noticed(event: Event, tmp_path: Path) -> None:
    reception.walk_in(event, {"last_name": "Original"})
    event.close()
    twin = tmp_path / "twin.checkin"
    shutil.copy(event.path, twin)
    with Event.open(twin) as copy:
        assert stations.station_conflict(copy)
        with pytest.raises(StationConflictError, match="a copy of"):
            reception.walk_in(copy, {"last_name": "Refusé"})
    with Event.open(event.path) as original:
        assert not stations.station_conflict(original)
        reception.walk_in(original, {"last_name": "Accepté"})


def test_open_event_names_the_station_only_when_asked(event: Event, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    reception.walk_in(event, {"last_name": "Nom"})
    event.close()
    on_machine(monkeypatch, "laptop-b")
    with pytest.raises(StationConflictError):
        stations.open_event(event.path)
    with stations.open_event(event.path, station="Salle C") as ev:
        assert ev.station_name == "Salle C"
        assert "Salle C" in {s["name"] for s in ev.stations()}


def test_machine_id_is_stable_and_overridable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(stations.MACHINE_ENV)
    first = stations.machine_id()
    assert first and first == stations.machine_id()
    monkeypatch.setenv(stations.MACHINE_ENV, "kiosk-7")
    assert stations.machine_id() == "kiosk-7"


def test_station_status_shows_last_entry_when_and_how_many(event: Event, tmp_path: Path,
                                                           clock: FakeClock) -> None:
    target = stations.clone(event, tmp_path / "a.checkin", "Salle A")
    with Event.open(target, now=clock) as room:
        for n in range(3):
            clock.advance(minutes=1)
            reception.walk_in(room, {"last_name": f"Salle{n}"}, check_in_now=False)
        theirs = [e for e in room.entries() if e.station == room.station_id]
    # Entries 1, 2 and 4 arrive; 3 is still on its way.
    assert event.merge([e for e in theirs if e.seq != 3]) == 2  # seq 1 came at the clone
    status = {s.name: s for s in stations.station_status(event)}
    room_status = status["Salle A"]
    assert (room_status.entries, room_status.last_seq, room_status.missing) == (3, 4, 1)
    assert room_status.last_at == clock()
    assert not room_status.is_this_station and status["Accueil 1"].is_this_station
    assert event.merge(theirs) == 1
    assert {s.name: s.missing for s in stations.station_status(event)}["Salle A"] == 0


def test_old_files_migrate_and_then_keep_entries_sharing_a_sequence_number(
        tmp_path: Path, programme) -> None:
    # A file of schema 1, where (station, seq) was unique.
    path = tmp_path / "v1.checkin"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {storage.APPLICATION_ID}")
    storage.MIGRATIONS[0](sqlite_utils.Database(conn))
    conn.execute("PRAGMA user_version = 1")
    meta = {"event_id": "e" * 32, "secret": "s" * 32, "station_id": "a" * 12,
            "station_name": "Vieux"}
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    named = j.Entry("1" * 32, "a" * 12, 1, j.format_clock(1, 0), j.STATION_NAMED, "a" * 12,
                    {"name": "Vieux"})
    conn.execute("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)", named.row())
    conn.close()
    with Event.open(path) as ev:
        assert ev.conn.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert [e.id for e in ev.entries()] == [named.id]
        # Another copy of the same station wrote a different entry as its seq 1.
        fork = j.Entry("2" * 32, "a" * 12, 1, j.format_clock(2, 0), j.STATION_NAMED, "a" * 12,
                       {"name": "Vieux bis"})
        assert ev.merge([fork]) == 1
        assert [e.id for e in ev.entries()] == [named.id, fork.id]
        (status,) = stations.station_status(ev)
        assert (status.entries, status.last_seq) == (2, 1)


def test_a_cloned_station_name_stays_taken_after_the_original_is_reopened(
        event: Event, tmp_path: Path) -> None:
    stations.clone(event, tmp_path / "salle-a.checkin", "Salle A")
    path = event.path
    event.close()
    with Event.open(path) as again:
        assert "Salle A" in {s["name"] for s in again.stations()}
        with pytest.raises(CheckinError, match="already named"):
            stations.clone(again, tmp_path / "other.checkin", "Salle A")
