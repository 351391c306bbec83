"""Workshop rooms: each attendance rule on its own, the room's session by the clock, rosters."""

import datetime as dt
import json
import subprocess
import sys

import pytest
from helpers import ROOT, FakeClock

from checkin.core import journal as j
from checkin.core import reception, rooms
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.programme import load_programme
from checkin.core.rooms import SessionOutcome as S
from checkin.resources import resource


def person(event: Event, last: str, sessions: tuple[str, ...], arrived: bool = True):
    reg, _ = reception.walk_in(event, {"last_name": last, "first_name": "Léa"}, sessions,
                               check_in_now=arrived)
    return event.registration(reg.id)


@pytest.fixture
def afternoon(clock: FakeClock) -> FakeClock:
    clock.set(14, 5)
    return clock


def test_attended_when_chosen_checked_in_and_on_time(event: Event, afternoon) -> None:
    reg = person(event, "Martin", ("A", "D"))
    result = rooms.scan(event, "A", event.qr(reg))
    assert (result.outcome, result.flags, result.recorded) == (S.ATTENDED, (), True)
    assert rooms.attendance_of(event, reg.id) == {"A": "2022-12-08T14:05:00+01:00"}


def test_second_scan_is_already_attended_and_not_recorded_twice(event: Event, afternoon) -> None:
    reg = person(event, "Martin", ("A",))
    rooms.scan(event, "A", reg.code)
    afternoon.advance(minutes=10)
    again = rooms.scan(event, "A", reg.code)
    assert again.outcome is S.ALREADY_ATTENDED and not again.recorded
    assert again.first_attended_at == "2022-12-08T14:05:00+01:00"
    assert rooms.present_count(event, "A") == 1


def test_moving_from_a_to_b_in_the_same_slot_is_recorded_and_flagged(event: Event,
                                                                      afternoon) -> None:
    reg = person(event, "Dubois", ("A", "E"))
    result = rooms.scan(event, "B", event.qr(reg))
    assert result.outcome is S.OTHER_SESSION and result.recorded
    assert result.chosen == ("A",)
    stored = [e for e in event.entries(reg.id) if e.kind == j.ATTENDANCE_RECORDED]
    assert stored[-1].payload["flags"] == ["other_session"]
    assert rooms.roster(event, "B").walked_over[0].registration.id == reg.id
    assert all(line.registration.id != reg.id for line in rooms.roster(event, "A").registered
               if line.present_at)


def test_no_choice_in_the_slot_is_not_a_change_of_workshop(event: Event, afternoon) -> None:
    reg = person(event, "Petit", ("D",))
    assert rooms.scan(event, "B", reg.code).outcome is S.ATTENDED


def test_full_session_is_not_recorded_unless_the_host_admits(event: Event, afternoon,
                                                             tmp_path) -> None:
    from checkin.core import programme as prog
    small = prog.Programme.from_dict({**event.programme.to_dict()})
    slots = [dict(s) for s in small.to_dict()["slots"]]
    slots[2]["sessions"][0]["capacity"] = 2
    event.append([j.NewEntry(j.PROGRAMME_SET, j.PROGRAMME_SUBJECT,
                             {**small.to_dict(), "slots": slots})])
    first, second, third = (person(event, n, ("A",)) for n in ("Un", "Deux", "Trois"))
    rooms.scan(event, "A", first.code)
    rooms.scan(event, "A", second.code)
    refused = rooms.scan(event, "A", third.code)
    assert (refused.outcome, refused.recorded) == (S.FULL, False)
    assert rooms.present_count(event, "A") == 2
    admitted = rooms.scan(event, "A", third.code, admit_when_full=True)
    assert admitted.recorded and S.FULL in admitted.flags
    assert rooms.present_count(event, "A") == 3


def test_not_checked_in_at_reception_is_checked_in_too(event: Event, afternoon) -> None:
    reg = person(event, "Roux", ("C",), arrived=False)
    result = rooms.scan(event, "C", event.qr(reg))
    assert result.outcome is S.NOT_CHECKED_IN and result.recorded
    assert result.registration.checked_in_at == "2022-12-08T14:05:00+01:00"
    assert event.stats()["checked_in"] == 1


def test_scan_at_13h55_for_the_14h00_session_is_on_time(event: Event, clock: FakeClock) -> None:
    reg = person(event, "Faure", ("A",))
    clock.set(13, 55)
    assert rooms.scan(event, "A", reg.code).outcome is S.ATTENDED


@pytest.mark.parametrize(("hour", "minute"), [(10, 0), (13, 30), (15, 20), (16, 30)])
def test_scan_outside_the_slot_hours_is_recorded_with_a_warning(event: Event, clock: FakeClock,
                                                                hour: int, minute: int) -> None:
    reg = person(event, "Blanc", ("A",))
    clock.set(hour, minute)
    result = rooms.scan(event, "A", reg.code)
    assert (result.outcome, result.recorded) == (S.OUTSIDE_HOURS, True)


def test_lunch_has_no_competing_choice(event: Event, clock: FakeClock) -> None:
    reg = person(event, "Garnier", ())
    clock.set(12, 40)
    assert rooms.scan(event, "DEJ", reg.code).outcome is S.ATTENDED


def test_invalid_scans_keep_the_reception_outcomes(event: Event, afternoon) -> None:
    assert rooms.scan(event, "A", "CK1+BFC22+ABCDEF+AAAAAAAAAA").outcome is S.OTHER_EVENT
    assert rooms.scan(event, "A", "nonsense!").outcome is S.UNKNOWN
    reg = person(event, "Annulé", ("A",))
    reception.set_cancelled(event, reg, True)
    assert rooms.scan(event, "A", reg.code).outcome is S.CANCELLED


def test_unknown_session_code_is_an_error_naming_it(event: Event) -> None:
    with pytest.raises(CheckinError, match="no session Z"):
        rooms.scan(event, "Z", "whatever")


def test_undo_removes_the_attendance(event: Event, afternoon) -> None:
    reg = person(event, "Moreau", ("A",))
    rooms.scan(event, "A", reg.code)
    assert rooms.undo(event, "A", reg)
    assert rooms.attendance_of(event, reg.id) == {}
    assert not rooms.undo(event, "A", reg)
    assert rooms.scan(event, "A", reg.code).outcome is S.ATTENDED


def test_roster_ticks_those_present(event: Event, afternoon) -> None:
    came, absent = person(event, "Venu", ("A",)), person(event, "Absent", ("A",))
    rooms.attend(event, "A", came)
    roster = rooms.roster(event, "A")
    assert {line.registration.last_name: bool(line.present_at) for line in roster.registered} \
        == {"Venu": True, "Absent": False}
    assert roster.present == 1 and absent.id in {ln.registration.id for ln in roster.registered}


def test_lines_say_who_came_among_search_results(event: Event, afternoon) -> None:
    came, absent = person(event, "Venu", ("A",)), person(event, "Absent", ("B",))
    rooms.attend(event, "A", came)
    rooms.attend(event, "B", absent)
    found = rooms.lines(event, "a", [absent, came])
    assert [(ln.registration.id, ln.present_at) for ln in found] == [
        (absent.id, None), (came.id, "2022-12-08T14:05:00+01:00")]


@pytest.mark.parametrize(("now", "room", "expected"), [
    ("14:10", "Salle Mosson 1", "A"),  # in progress
    ("13:45", "Salle Mosson 2", "B"),  # a little before it starts
    ("15:05", "Salle Mosson 3", "F"),  # between slots: C is over (with margin 15:15), F next
    ("10:00", "Salle Mosson 1", "A"),  # morning: the first one to come
    ("18:00", "Salle Mosson 1", "D"),  # evening: the last one of the day
    ("12:45", "Salons du stade", "DEJ"),
])
def test_room_station_opens_on_the_session_by_the_clock(now: str, room: str,
                                                        expected: str) -> None:
    programme = load_programme(resource("demo", "programme.toml"))
    session = rooms.current_session(programme, room, dt.time.fromisoformat(now))
    assert session is not None and session.code == expected


def test_scan_command_with_session_gives_json_outcomes(tmp_path) -> None:
    path = tmp_path / "e.checkin"
    run = [sys.executable, "-m", "checkin"]
    subprocess.run([*run, "new", path, "--programme", resource("demo", "programme.toml")],
                   check=True, capture_output=True, cwd=ROOT)
    with Event.open(path) as event:
        reg, _ = reception.walk_in(event, {"last_name": "Lambert"}, ("A",), check_in_now=False)
        qr = event.qr(reg)
    done = subprocess.run([*run, "scan", path, qr, "--session", "b", "--json"],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    data = json.loads(done.stdout)
    assert data["session"] == "B" and data["recorded"] is True
    assert set(data["flags"]) >= {"not_checked_in", "other_session"}
    assert data["attendee"]["last_name"] == "Lambert"


def test_undoing_a_scan_of_someone_not_checked_in_undoes_its_check_in_too(
        event: Event, afternoon) -> None:
    reg = person(event, "Mauvais-Badge", ("A",), arrived=False)
    rooms.scan(event, "A", reg.code)  # the wrong badge: they are not here at all
    assert event.registration(reg.id).checked_in_at is not None
    assert rooms.undo(event, "A", event.registration(reg.id))
    assert event.registration(reg.id).checked_in_at is None
    assert event.stats()["checked_in"] == 0


def test_undoing_an_attendance_keeps_a_check_in_made_at_reception(event: Event,
                                                                   afternoon) -> None:
    reg = person(event, "Arrivé", ("A",), arrived=True)
    rooms.scan(event, "A", reg.code)
    assert rooms.undo(event, "A", event.registration(reg.id))
    assert event.registration(reg.id).checked_in_at is not None
