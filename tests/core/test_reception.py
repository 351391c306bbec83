"""Check-in rules: every outcome, undo, walk-ins, edits, and durability before the answer."""

import sqlite3

import pytest
from helpers import FakeClock

from checkin.core import codes, reception
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.reception import Outcome


@pytest.fixture
def clara(event: Event):
    reg, _ = reception.walk_in(event, {"last_name": "GIMÉNEZ", "first_name": "Clara",
                                       "organisation": "Montpellier Méditerranée Métropole"},
                               check_in_now=False)
    return reg


def test_scan_checks_in_and_is_durable_before_the_outcome(event: Event, clara) -> None:
    result = reception.scan(event, event.qr(clara))
    assert result.outcome is Outcome.CHECKED_IN
    other = sqlite3.connect(event.path)  # another process's view of the file
    row = other.execute("SELECT checked_in_at, checked_in_station FROM registrations"
                        " WHERE id = ?", (clara.id,)).fetchone()
    assert row == ("2022-12-08T09:30:00+01:00", "Accueil 1")
    other.close()


def test_second_scan_says_when_and_where(event: Event, clara, clock: FakeClock) -> None:
    reception.scan(event, event.qr(clara))
    clock.advance(minutes=12)
    result = reception.scan(event, event.qr(clara))
    assert result.outcome is Outcome.ALREADY_CHECKED_IN
    assert result.first_checkin == reception.FirstCheckin("2022-12-08T09:30:00+01:00", "Accueil 1")


def test_typed_short_code_checks_in(event: Event, clara) -> None:
    assert reception.scan(event, clara.code.lower()).outcome is Outcome.CHECKED_IN


def test_unknown_code_and_garbage(event: Event, clara) -> None:
    assert reception.scan(event, codes.new_code({clara.code})).outcome is Outcome.UNKNOWN
    assert reception.scan(event, "%%%###").outcome is Outcome.UNKNOWN
    assert reception.scan(event, "").outcome is Outcome.UNKNOWN


def test_badge_of_another_event_names_it(event: Event, clara) -> None:
    foreign = codes.payload(codes.new_secret(), "BFC22", clara.code)
    result = reception.scan(event, foreign)
    assert (result.outcome, result.other_event) == (Outcome.OTHER_EVENT, "BFC22")
    assert event.registration(clara.id).checked_in_at is None


def test_forged_signature_is_refused(event: Event, clara) -> None:
    forged = codes.payload(codes.new_secret(), "OCC22", clara.code)
    assert reception.scan(event, forged).outcome is Outcome.INVALID_SIGNATURE
    assert event.registration(clara.id).checked_in_at is None


def test_cancelled_registration_is_not_checked_in(event: Event, clara) -> None:
    reception.set_cancelled(event, clara, True)
    assert reception.scan(event, event.qr(clara)).outcome is Outcome.CANCELLED
    assert event.registration(clara.id).checked_in_at is None


def test_code_shared_by_two_registrations_is_ambiguous(event: Event, clara) -> None:
    twin, _ = reception.walk_in(event, {"last_name": "Giménez", "first_name": "Clément"},
                                check_in_now=False)
    event.conn.execute("UPDATE registrations SET code = ? WHERE id = ?", (clara.code, twin.id))
    result = reception.scan(event, clara.code)
    assert result.outcome is Outcome.AMBIGUOUS
    assert {c.id for c in result.candidates} == {clara.id, twin.id}


def test_undo_is_journaled_and_allows_a_new_check_in(event: Event, clara, clock: FakeClock) -> None:
    reception.scan(event, event.qr(clara))
    assert reception.undo_check_in(event, event.registration(clara.id))
    assert event.registration(clara.id).checked_in_at is None
    assert not reception.undo_check_in(event, event.registration(clara.id))
    clock.advance(minutes=3)
    assert reception.scan(event, event.qr(clara)).outcome is Outcome.CHECKED_IN
    assert event.registration(clara.id).checked_in_at == "2022-12-08T09:33:00+01:00"
    kinds = [e.kind for e in event.entries(clara.id)]
    assert kinds == ["registration.created", "checkin.recorded", "checkin.undone",
                     "checkin.recorded"]


def test_walk_in_is_registered_and_checked_in_at_once(event: Event) -> None:
    reg, result = reception.walk_in(event, {"last_name": "N'Diaye", "first_name": "Aïcha",
                                            "organisation": "PLIE de Sète"})
    assert result.outcome is Outcome.CHECKED_IN
    stored = event.registration(reg.id)
    assert (stored.source, stored.first_name, stored.last_name) == ("walkin", "Aïcha", "N'Diaye")
    assert event.stats()["walk_ins"] == 1 and event.stats()["checked_in"] == 1


def test_walk_in_needs_a_name(event: Event) -> None:
    with pytest.raises(CheckinError, match="name"):
        reception.walk_in(event, {"organisation": "Mairie"})


def test_edit_corrects_a_name_and_keeps_the_old_one_in_the_journal(event: Event, clara) -> None:
    fixed = reception.edit(event, clara, {"last_name": "GIMENEZ-ROCA", "email": "C.G@EX.FR"})
    assert (fixed.last_name, fixed.email) == ("GIMENEZ-ROCA", "c.g@ex.fr")
    created = event.entries(clara.id)[0]
    assert created.payload["fields"]["last_name"] == "GIMÉNEZ"


def test_edit_rejects_unknown_fields_and_categories(event: Event, clara) -> None:
    with pytest.raises(CheckinError, match="unknown field"):
        reception.edit(event, clara, {"password": "x"})
    with pytest.raises(CheckinError, match="category"):
        reception.edit(event, clara, {"category": "vip"})


def test_two_desks_racing_on_one_person_record_one_check_in(event: Event, clara) -> None:
    seen_by_desk_one = event.registration(clara.id)  # read before desk two acts
    with Event.open(event.path) as desk_two:
        desk_two.station_name = "Accueil 2"
        assert reception.check_in(desk_two, seen_by_desk_one).outcome is Outcome.CHECKED_IN
    late = reception.check_in(event, seen_by_desk_one)
    assert late.outcome is Outcome.ALREADY_CHECKED_IN
    assert late.first_checkin.station == "Accueil 2"
    assert event.registration(clara.id).checkin_count == 1


def test_a_bare_code_is_never_taken_for_a_signed_badge(event: Event) -> None:
    r = reception
    typed, _ = r.walk_in(event, {"last_name": "Tapé"}, check_in_now=False)
    badge, _ = r.walk_in(event, {"last_name": "Badgé"}, check_in_now=False)
    by_code = r.scan(event, typed.code.lower())
    by_badge = r.scan(event, event.qr(badge))
    assert by_code.outcome is by_badge.outcome is r.Outcome.CHECKED_IN
    assert (by_code.by_code, by_badge.by_code) == (True, False)
    assert by_code.as_json(event)["via"] == "code" and by_badge.as_json(event)["via"] is None
    vias = {e.subject: e.payload.get("via") for e in event.entries()
            if e.kind == "checkin.recorded"}
    assert vias == {typed.id: r.VIA_CODE, badge.id: r.VIA_BADGE}
    assert r.scan(event, typed.code).by_code  # already checked in: still said


def test_the_person_a_check_in_returns_is_the_one_the_file_holds(event: Event, clara,
                                                                 clock: FakeClock) -> None:
    """The check-in's outcome names the person as its write left them (not read back
    after the commit): the same as a fresh read, after an undo too, and when another desk
    edited them between the scan's look-up and its write."""
    clara = reception.edit(event, clara, {"role": "Chargée de mission"}, sessions=("A", "E"))
    result = reception.scan(event, event.qr(clara))
    assert result.registration == event.registration(clara.id)
    assert result.registration.checked_in_at and result.registration.sessions == ("A", "E")
    reception.undo_check_in(event, result.registration)
    clock.advance(minutes=3)
    seen = event.registration(clara.id)
    with Event.open(event.path) as desk_two:  # an edit the first desk has not seen
        reception.edit(desk_two, seen, {"organisation": "Région Occitanie"}, sessions=("B",))
    again = reception.check_in(event, seen)
    assert again.outcome is Outcome.CHECKED_IN
    assert again.registration == event.registration(clara.id)
    assert (again.registration.organisation, again.registration.sessions) == (
        "Région Occitanie", ("B",))
    assert again.registration.checked_in_at == "2022-12-08T09:33:00+01:00"
