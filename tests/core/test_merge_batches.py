"""Merging several bundles: each is stored as it is read, all in one transaction, then
folded at once; a stop or a bad bundle merges nothing, and the projections are those a
full rebuild gives."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock

from checkin.core import event as event_module
from checkin.core import merge_batch, projection_delta, reception, stations
from checkin.core.event import Event
from checkin.core.progress import Cancelled, Stage, Stoppable
from checkin.core.sync import bundle, merge_bundles, write_bundle


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture(autouse=True, params=["python", "sql"])
def members_folded_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.param == "sql":
        monkeypatch.setattr(projection_delta, "SQL_FROM", 0)


@pytest.fixture(params=["here", "beside"])
def bundles_read(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each bundle read whole on this thread, or in chunks of 2 lines by a worker."""
    monkeypatch.setattr(bundle, "THREADED", request.param == "beside")
    monkeypatch.setattr(bundle, "FROM", 1)
    monkeypatch.setattr(bundle, "CHUNK", 2)


@pytest.fixture
def rooms(event: Event, tmp_path: Path, clock: FakeClock) -> Iterator[list[Event]]:
    """Three stations cloned from the organiser's file, which knows nobody yet."""
    opened = [Event.open(stations.clone(event, tmp_path / f"room{k}.checkin", f"Salle {k}"),
                         now=clock) for k in range(3)]
    yield opened
    for ev in opened:
        ev.close()


def _bundles(rooms: list[Event], tmp_path: Path) -> list[Path]:
    paths = []
    for k, ev in enumerate(rooms):
        paths.append(tmp_path / f"room{k}.ckb")
        write_bundle(ev, paths[-1], station=ev.station_id)  # its own entries only
    return paths


def _a_day_across_stations(rooms: list[Event], tmp_path: Path, clock: FakeClock) -> None:
    """A person walks in at room 0; rooms 1 and 2 learn of them, then check them in,
    undo, edit: each bundle holds only its station's entries about them."""
    first, second, third = rooms
    who, _ = reception.walk_in(first, {"last_name": "Nouvelle", "first_name": "Inès"},
                               sessions=("A",), check_in_now=False)
    reception.walk_in(first, {"last_name": "Autre", "first_name": "Paul"}, sessions=("B",),
                      check_in_now=True)
    path = tmp_path / "first.ckb"
    write_bundle(first, path)
    for ev in (second, third):
        merge_bundles(ev, [path])
    clock.advance(minutes=1)
    reception.check_in(second, second.registration(who.id))
    clock.advance(minutes=1)
    reception.check_in(third, third.registration(who.id))  # checked in twice
    reception.undo_check_in(third, third.registration(who.id))
    reception.edit(third, third.registration(who.id), {"organisation": "Mairie"})


@pytest.mark.usefixtures("bundles_read")
@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2)])
def test_a_person_new_to_the_event_folds_from_every_bundle(
        event: Event, rooms: list[Event], tmp_path: Path, clock: FakeClock,
        order: tuple[int, ...]) -> None:
    _a_day_across_stations(rooms, tmp_path, clock)
    paths = _bundles(rooms, tmp_path)
    report = merge_bundles(event, [paths[k] for k in order])
    assert report.new >= 7 and not report.refused
    merged = event.digest()
    nouvelle = event.by_code(rooms[0].search("Nouvelle")[0].code)[0]
    assert nouvelle.organisation == "Mairie" and nouvelle.checkin_count == 1
    event.rebuild()
    assert event.digest() == merged


@pytest.mark.usefixtures("bundles_read")
def test_a_stop_after_some_bundles_went_in_merges_nothing(
        event: Event, rooms: list[Event], tmp_path: Path, clock: FakeClock) -> None:
    _a_day_across_stations(rooms, tmp_path, clock)
    paths = _bundles(rooms, tmp_path)
    before = (len(event.entries()), event.digest())
    stored: list[int] = []

    def stop_at_the_third_bundle(done: int, total: int, what: Stage) -> None:
        if what is Stage.BUNDLES and done == 2:
            stored.append(len(event.entries()))  # inside the merge's transaction
            progress.stop()

    progress = Stoppable(stop_at_the_third_bundle)
    with pytest.raises(Cancelled):
        merge_bundles(event, paths, progress)
    assert stored and stored[0] > before[0]  # two bundles had gone in, then were undone
    assert (len(event.entries()), event.digest()) == before
    assert merge_bundles(event, paths).new > 0  # and the event is merged into as before


@pytest.mark.usefixtures("bundles_read")
def test_an_undo_in_a_bundle_before_its_checkins(event: Event, rooms: list[Event],
                                                 tmp_path: Path, clock: FakeClock) -> None:
    """A person the event knows is checked in at room 0; room 1 learns of it and undoes
    it. Room 1's bundle comes first: its undo marks the check-in of the bundle after."""
    who, _ = reception.walk_in(event, {"last_name": "Connue", "first_name": "Léa"},
                               sessions=("A",), check_in_now=False)
    first, second, _third = rooms
    home = tmp_path / "event.ckb"
    write_bundle(event, home)
    for ev in (first, second):
        merge_bundles(ev, [home])
    clock.advance(minutes=1)
    reception.check_in(first, first.registration(who.id))
    theirs = tmp_path / "first-all.ckb"
    write_bundle(first, theirs)
    merge_bundles(second, [theirs])
    clock.advance(minutes=1)
    reception.undo_check_in(second, second.registration(who.id))
    paths = _bundles([first, second], tmp_path)
    assert merge_bundles(event, [paths[1], paths[0]]).new == 2
    assert event.registration(who.id).checkin_count == 0
    assert [c["undone"] for c in event.checkins(who.id)] == [True]
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged


@pytest.mark.parametrize("statements", [True, False])
@pytest.mark.parametrize("searched", [True, False])
@pytest.mark.parametrize("known", [(), (0,), (0, 1), (5,), (39,), (3, 17, 38), (39, 0),
                                   tuple(range(0, 40, 2))])
def test_entries_held_already_are_told_from_the_new(event: Event, rooms: list[Event],
                                                    known: tuple[int, ...], searched: bool,
                                                    statements: bool,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The entries a merge stores are told from those the journal held already (the
    rows past its last one, found by rowid) wherever these fall among the others."""
    monkeypatch.setattr(event_module, "_SEARCHED_UP_TO", 0 if searched else 10**9)
    for n in range(40):
        reception.walk_in(rooms[0], {"last_name": f"Nom{n}", "first_name": "Inès"},
                          sessions=("A",), check_in_now=False)
    entries = sorted((e for e in rooms[0].entries() if e.station == rooms[0].station_id),
                     key=lambda e: e.id)
    event.merge([entries[k] for k in known])
    held = {e.id for e in event.entries()}
    new = event.merge_batches([merge_batch.from_entries(entries)], len(entries),
                              statements=statements)
    assert [r[0] for r in new] == [e.id for e in entries if e.id not in held]
    assert {e.id for e in event.entries()} == held | {e.id for e in entries}
