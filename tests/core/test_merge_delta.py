"""Merging a station's day adds projection rows for the people it only checked in, sent to
a workshop or printed a badge for, without reading back and folding again what the event
already held about them; the state is the one a full refold gives."""

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock

from checkin.cli import main
from checkin.core import journal as j
from checkin.core import projection_delta, reception, rooms, stations
from checkin.core.event import Event
from checkin.core.storage import PROJECTION_TABLES

REFOLD_READ = "ORDER BY clock, station, id"  # how projection.refold reads entries back


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture(autouse=True, params=["subject index", "one pass"])
def journal_reading(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of reading stored undos and changes (a pass is for thousands of people)."""
    if request.param == "one pass":
        monkeypatch.setattr(projection_delta, "_SCAN_FROM", 0)


@pytest.fixture(autouse=True, params=["python", "sql"])
def members_folded_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of adding a merge's set members (from SQL_FROM entries: by SQLite)."""
    if request.param == "sql":
        monkeypatch.setattr(projection_delta, "SQL_FROM", 0)


@pytest.fixture
def people(event: Event) -> list:
    return [reception.walk_in(event, {"last_name": name, "first_name": "Éloïse"},
                              sessions=("A", "D"), check_in_now=False)[0]
            for name in ("Garcia", "Nguyễn", "Łukasiewicz", "Martin")]


@pytest.fixture
def room(event: Event, people: list, tmp_path: Path, clock: FakeClock) -> Iterator[Event]:
    path = stations.clone(event, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as ev:
        event.merge(ev.entries(ev.station_id))  # its name
        yield ev


def _statements(event: Event) -> list[str]:
    seen: list[str] = []
    event.conn.set_trace_callback(seen.append)
    return seen


def test_a_day_of_checkins_merges_without_refolding(event: Event, room: Event, people: list,
                                                    clock: FakeClock) -> None:
    for who in people[:3]:
        clock.advance(minutes=1)
        reception.check_in(room, room.registration(who.id))
    reception.undo_check_in(room, room.registration(people[1].id))
    rooms.attend(room, "A", room.registration(people[0].id))
    clock.advance(minutes=1)
    reception.check_in(event, event.registration(people[0].id))  # a double check-in
    seen = _statements(event)
    assert event.merge(room.entries()) == 5
    event.conn.set_trace_callback(None)
    assert not [s for s in seen if REFOLD_READ in s]
    first = event.registration(people[0].id)
    assert (first.checked_in_station, first.checkin_count) == ("Accueil 2", 2)
    assert event.registration(people[1].id).checkin_count == 0
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_edits_after_the_stored_ones_fold_onto_the_rows(event: Event, room: Event,
                                                        people: list, clock: FakeClock
                                                        ) -> None:
    who = people[2]
    reception.check_in(room, room.registration(who.id))
    reception.edit(room, room.registration(who.id), {"organisation": "Mairie d'Albi"},
                   sessions=("B", "E"))
    reception.set_cancelled(room, room.registration(who.id), True)
    seen = _statements(event)
    assert event.merge(room.entries()) == 3
    event.conn.set_trace_callback(None)
    assert not [s for s in seen if REFOLD_READ in s]
    got = event.registration(who.id)
    assert (got.organisation, got.sessions, got.status, got.checkin_count) == (
        "Mairie d'Albi", ("B", "E"), "cancelled", 1)
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_an_edit_older_than_a_stored_one_loses_to_it(event: Event, room: Event,
                                                     people: list, clock: FakeClock) -> None:
    who = people[3]
    clock.advance(minutes=1)
    reception.edit(room, room.registration(who.id), {"organisation": "Ancienne"})
    clock.advance(minutes=1)
    reception.edit(event, event.registration(who.id), {"organisation": "Récente"})
    assert event.merge(room.entries()) == 1
    assert event.registration(who.id).organisation == "Récente"
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_an_undo_merged_before_its_checkin(event: Event, room: Event, people: list) -> None:
    who = people[1]
    reception.check_in(room, room.registration(who.id))
    reception.undo_check_in(room, room.registration(who.id))
    checkin, undo = [e for e in room.entries(who.id) if e.station == room.station_id]
    assert event.merge([undo]) == 1
    assert event.merge([checkin]) == 1
    reg = event.registration(who.id)
    assert (reg.checked_in_at, reg.checkin_count) == (None, 0)
    assert [c["undone"] for c in event.checkins(who.id)] == [True]
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_the_digest_is_the_hash_of_each_rows_json(event: Event, room: Event,
                                                  people: list) -> None:
    """The digest compares across versions: still sha256 over each table's name and each
    row's `json.dumps`."""
    reception.check_in(room, room.registration(people[0].id))
    event.merge(room.entries())
    h = hashlib.sha256()
    for table in PROJECTION_TABLES:
        h.update(table.encode())
        for row in event.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(json.dumps(row, ensure_ascii=False).encode())
    assert event.digest() == h.hexdigest()


def test_sync_in_reports_the_digest_with_json(event: Event, room: Event, people: list,
                                              tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    reception.check_in(room, room.registration(people[0].id))
    bundle = tmp_path / "b.ckb"
    room.close()
    assert main(["sync", str(room.path), "--out", str(bundle)]) == 0
    event.close()
    capsys.readouterr()
    assert main(["sync", str(event.path), "--in", str(bundle), "--json"]) == 0
    merged = json.loads(capsys.readouterr().out)
    assert main(["stats", str(event.path), "--json"]) == 0
    assert merged["digest"] == json.loads(capsys.readouterr().out)["digest"]


def test_edits_among_the_stored_ones_fold_the_row_again_without_a_refold(
        event: Event, room: Event, people: list, clock: FakeClock) -> None:
    """A laptop whose clock was behind: its edits come before stored ones (or before the
    creation itself). The row folds again from its changes; its check-ins are added."""
    first, second = people[:2]
    clock.advance(minutes=1)
    reception.edit(room, room.registration(first.id), {"organisation": "Ancienne"},
                   sessions=("B",))
    reception.edit(room, room.registration(first.id), {"role": "Élue"})
    reception.check_in(room, room.registration(first.id))
    reception.set_cancelled(room, room.registration(second.id), True)
    clock.advance(minutes=1)
    reception.edit(event, event.registration(first.id), {"organisation": "Récente"})
    reception.set_cancelled(event, event.registration(second.id), False)
    seen = _statements(event)
    assert event.merge(room.entries()) == 4
    event.conn.set_trace_callback(None)
    assert not [s for s in seen if REFOLD_READ in s]
    got, other = event.registration(first.id), event.registration(second.id)
    assert (got.organisation, got.role, got.sessions, got.checkin_count) == (
        "Récente", "Élue", ("B",), 1)
    assert other.status == "active"  # restored after the cancellation
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_edits_fold_onto_stored_rows_without_reading_the_choices(
        event: Event, room: Event, people: list, clock: FakeClock) -> None:
    """An edit that sets sessions replaces the stored choices whole; one that does not
    leaves them: the stored choices are not read (nor their registrations' other
    columns), yet both people end with what a full rebuild gives."""
    kept, replaced = people[:2]
    clock.advance(minutes=1)
    reception.edit(room, room.registration(kept.id), {"organisation": "Mairie"})
    reception.edit(room, room.registration(replaced.id), {"role": "Élue"}, sessions=("B",))
    seen = _statements(event)
    assert event.merge(room.entries()) == 2
    event.conn.set_trace_callback(None)
    assert not [s for s in seen if s.startswith("SELECT") and ("FROM choices" in s
                                                             or "SELECT *" in s)]
    assert (event.registration(kept.id).organisation,
            event.registration(kept.id).sessions) == ("Mairie", ("A", "D"))
    assert (event.registration(replaced.id).role,
            event.registration(replaced.id).sessions) == ("Élue", ("B",))
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_a_persons_extra_columns_are_kept_by_an_edit_and_replaced_by_a_reimport(
        event: Event, room: Event, clock: FakeClock) -> None:
    extra = {"Régime": "végétarien", "Nombre": 2, "Vide": None}
    kept, replaced = (j.new_id(), j.new_id())
    event.append([j.NewEntry(j.REGISTRATION_CREATED, who, {
        "code": code, "fields": {"last_name": name}, "extra": extra})
        for who, code, name in ((kept, "EXT001", "Gardée"), (replaced, "EXT002", "Remplacée"))])
    room.merge(event.entries())
    clock.advance(minutes=1)
    reception.edit(room, room.registration(kept), {"organisation": "Mairie"})
    room.append([j.NewEntry(j.REGISTRATION_UPDATED, replaced,
                            {"extra": {"Régime": "sans gluten"}})])
    seen = _statements(event)
    assert event.merge(room.entries()) == 2
    event.conn.set_trace_callback(None)
    assert not [s for s in seen if REFOLD_READ in s]
    assert event.registration(kept).extra == extra
    assert event.registration(replaced).extra == {"Régime": "sans gluten"}
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_people_new_to_the_event_fold_from_the_entries_merged(event: Event, room: Event,
                                                              clock: FakeClock) -> None:
    """A walk-in at another station (or a hub's pull of a whole event): folded from the
    entries in hand, not read back from the journal."""
    clock.advance(minutes=1)
    reg, _ = reception.walk_in(room, {"last_name": "Nouvelle", "first_name": "Zoé"},
                               sessions=("A",))
    rooms.attend(room, "A", room.registration(reg.id))
    seen = _statements(event)
    assert event.merge(room.entries()) == 3
    event.conn.set_trace_callback(None)
    assert not [s for s in seen if REFOLD_READ in s]
    got = event.registration(reg.id)
    assert (got.last_name, got.sessions, got.checkin_count) == ("Nouvelle", ("A",), 1)
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


def test_a_new_persons_checkin_merged_beside_known_peoples(event: Event, room: Event,
                                                          people: list, clock: FakeClock
                                                          ) -> None:
    """The set members of people already here are added onto their rows; those of a person
    created in the same merge come with their fold, once (not also added by SQLite)."""
    clock.advance(minutes=1)
    reception.check_in(room, room.registration(people[0].id))
    new, _ = reception.walk_in(room, {"last_name": "Nouvelle", "first_name": "Zoé"},
                               sessions=("A",))
    rooms.attend(room, "A", room.registration(new.id))
    assert event.merge(room.entries()) == 4
    assert [r.checkin_count for r in (event.registration(people[0].id),
                                      event.registration(new.id))] == [1, 1]
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged
