"""The kiosk's rules in core: the organiser's PIN (salted hash, slowed guessing) and the
"I don't have my ticket" search (three letters, a few names, nothing private)."""

from __future__ import annotations

import dataclasses

import pytest

from checkin.core import kiosk, pin, reception
from checkin.core.event import Event
from checkin.core.kiosk import Found
from checkin.core.pin import PinCheck, PinProblem


def test_a_pin_is_kept_as_a_salted_hash() -> None:
    one, two = pin.hash_pin("4821"), pin.hash_pin("4821")
    assert one != two  # salted: the same PIN never gives the same value
    assert "4821" not in one
    assert pin.verify("4821", one) and pin.verify("4821", two)
    assert not pin.verify("4822", one)
    assert not pin.verify("", one)


@pytest.mark.parametrize("stored", ["", "4821", "md5$1$00$00", "pbkdf2_sha256$x$zz$00"])
def test_a_damaged_stored_value_lets_nobody_in(stored: str) -> None:
    assert not pin.verify("4821", stored)


@pytest.mark.parametrize(("typed", "again", "why"), [
    ("12a4", None, PinProblem.NOT_DIGITS), ("１２３４", None, PinProblem.NOT_DIGITS),
    ("123", None, PinProblem.TOO_SHORT), ("123456789", None, PinProblem.TOO_LONG),
    ("1234", "1243", PinProblem.MISMATCH), ("1234", "1234", None), ("12345678", None, None)])
def test_what_a_new_pin_may_be(typed: str, again: str | None, why: PinProblem | None) -> None:
    assert pin.problem(typed, again) == why


def test_the_guard_makes_a_guesser_wait() -> None:
    now = [100.0]
    guard = pin.PinGuard(pin.hash_pin("4821"), clock=lambda: now[0])
    assert [guard.check(f"000{n}") for n in range(pin.TRIES)] == \
        [PinCheck.WRONG] * (pin.TRIES - 1) + [PinCheck.LOCKED]
    assert guard.check("4821") is PinCheck.LOCKED  # even the right one, while locked
    now[0] += pin.LOCK_SECONDS - 1
    assert guard.check("4821") is PinCheck.LOCKED
    now[0] += 1
    assert guard.check("4821") is PinCheck.RIGHT
    assert guard.check("0000") is PinCheck.WRONG  # the count starts again


@pytest.fixture
def people(event: Event) -> Event:
    for last, first, org, mail in [
            ("Dupré", "Élodie", "Mairie de Sète", "elodie.dupre@sete.fr"),
            ("Dupont", "Jean", "Ville de Nîmes", "jdupont@nimes.fr"),
            ("Annulé", "Cécile", "Ville de Nîmes", "cecile@nimes.fr")]:
        reg, _ = reception.walk_in(event, {"last_name": last, "first_name": first,
                                           "organisation": org, "email": mail,
                                           "phone": "06 12 34 56 78"}, check_in_now=False)
        if last == "Annulé":
            reception.set_cancelled(event, reg, True)
    for n in range(kiosk.MAX_SHOWN + 2):
        reception.walk_in(event, {"last_name": "Martin", "first_name": f"Paul{n}",
                                  "organisation": "Régie"}, check_in_now=False)
    return event


@pytest.mark.parametrize("query", ["", "d", "du", "d u", "12", "dû "])
def test_fewer_than_three_letters_search_nothing(people: Event, query: str) -> None:
    assert kiosk.search(people, query) == kiosk.KioskSearch(Found.TOO_SHORT)


def test_names_and_organisations_only(people: Event) -> None:
    result = kiosk.search(people, "dupre")
    assert result.found is Found.PEOPLE
    first = result.people[0]
    assert (first.full_name, first.organisation) == \
        ("Élodie Dupré", "Mairie de Sète")
    for reg in result.people:
        private = {f.name: getattr(reg, f.name) for f in dataclasses.fields(reg)
                   if f.name in ("email", "phone", "code", "extra", "sessions", "needs")}
        assert not any(private.values()), private


def test_never_the_whole_list(people: Event) -> None:
    result = kiosk.search(people, "martin")
    assert result.found is Found.TOO_MANY
    assert len(result.people) == kiosk.MAX_SHOWN
    assert kiosk.search(people, "zzzyx").found is Found.NOBODY


def test_cancelled_registrations_are_not_listed(people: Event) -> None:
    assert kiosk.search(people, "cecile annule").found is Found.NOBODY
