"""The desk's counters are kept, not counted over every registration after each change:
they must stay what a full count says through check-ins, undos, walk-ins, cancellations,
a merge from another station and a write from another program."""

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock

from checkin.core import desk_stats, reception, stations
from checkin.core.desk_stats import Counters
from checkin.core.event import Event


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


def counted(event: Event) -> Counters:
    """The counters as a full count over the table gives them (what the desk did)."""
    expected, arrived, walk_ins = event.conn.execute("""
        SELECT count(*), coalesce(sum(checkin_count > 0), 0),
               coalesce(sum(source = 'walkin'), 0)
        FROM registrations WHERE status = 'active'""").fetchone()
    return Counters(arrived=arrived, expected=expected, walk_ins=walk_ins)


def reads(event: Event) -> list[str]:
    """The statements one `counters` call runs."""
    seen: list[str] = []
    event.conn.set_trace_callback(seen.append)
    try:
        desk_stats.counters(event)
    finally:
        event.conn.set_trace_callback(None)
    return seen


@pytest.fixture
def room(imported_event: Event, tmp_path: Path, clock: FakeClock) -> Iterator[Event]:
    path = stations.clone(imported_event, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as ev:
        yield ev


def test_counters_follow_checkins_undos_walk_ins_and_a_merge(imported_event: Event,
                                                             room: Event) -> None:
    event = imported_event
    assert desk_stats.counters(event) == counted(event)
    people = event.registrations()
    steps = [
        lambda: reception.scan(event, event.qr(people[0])),
        lambda: reception.scan(event, event.qr(people[0])),  # already in: nothing moves
        lambda: reception.check_in(event, event.registration(people[1].id)),
        lambda: reception.undo_check_in(event, event.registration(people[0].id)),
        lambda: reception.walk_in(event, {"last_name": "Sur place"}),
        lambda: reception.walk_in(event, {"last_name": "Plus tard"}, check_in_now=False),
        lambda: reception.set_cancelled(event, event.registration(people[1].id), True),
        lambda: reception.set_cancelled(event, event.registration(people[2].id), True),
        lambda: reception.set_cancelled(event, event.registration(people[2].id), False),
    ]
    for step in steps:
        step()
        assert desk_stats.counters(event) == counted(event)
    # Meanwhile, another station checked people in and registered a walk-in: merged here.
    for reg in people[3:8]:
        reception.check_in(room, reg)
    reception.walk_in(room, {"last_name": "Autre accueil"})
    reception.check_in(room, room.registration(people[1].id))  # cancelled here
    event.merge(room.entries())
    assert desk_stats.counters(event) == counted(event)
    final = desk_stats.counters(event)
    # the walk-in checked in here, the five and the walk-in there (the first undone, the
    # second cancelled); three walk-ins, one not yet in
    assert (final.arrived, final.walk_ins) == (1 + 5 + 1, 3)


def test_a_check_in_reads_the_person_not_the_whole_table(imported_event: Event) -> None:
    event = imported_event
    desk_stats.counters(event)  # the first: a full count
    reception.scan(event, event.qr(event.registrations()[0]))
    statements = reads(event)
    assert not any("status != 'active'" in s for s in statements), statements
    assert any("json_each" in s for s in statements), statements
    assert desk_stats.counters(event) == counted(event)


def test_another_programs_write_is_counted_again(imported_event: Event) -> None:
    event = imported_event
    desk_stats.counters(event)
    other = sqlite3.connect(event.path)  # a repair by hand, say: no listener hears it
    other.execute("UPDATE registrations SET status = 'cancelled' WHERE id = ?",
                  (event.registrations()[0].id,))
    other.commit()
    other.close()
    assert desk_stats.counters(event) == counted(event)


def test_a_write_no_listener_heard_is_counted_again(imported_event: Event) -> None:
    event = imported_event
    reception.scan(event, event.qr(event.registrations()[0]))
    desk_stats.counters(event)
    event.conn.execute("UPDATE registrations SET checkin_count = 0")  # heard by none
    assert desk_stats.counters(event) == counted(event)
