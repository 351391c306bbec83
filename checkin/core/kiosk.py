"""The self check-in kiosk's search: "I don't have my ticket".

A visitor types their own name; the kiosk must not become a directory of the event. So
nothing is searched under `MIN_LETTERS` letters, at most `MAX_SHOWN` people are listed
(more matches: type more), cancelled registrations are left out, and the people listed
carry only their name and organisation: no e-mail, phone, code or anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from checkin.core.event import Event
from checkin.core.model import Registration

MIN_LETTERS = 3
MAX_SHOWN = 6


class Found(StrEnum):
    TOO_SHORT = "too-short"  # fewer than MIN_LETTERS letters typed: nothing searched
    NOBODY = "nobody"
    PEOPLE = "people"
    TOO_MANY = "too-many"  # the first MAX_SHOWN are listed: the name should go on


@dataclass(frozen=True)
class KioskSearch:
    found: Found
    people: tuple[Registration, ...] = ()


def letters(query: str) -> int:
    return sum(ch.isalpha() for ch in query)


def shown(reg: Registration) -> Registration:
    """The registration as the kiosk may hold it: its id, name, organisation and state."""
    return Registration(id=reg.id, code="", last_name=reg.last_name,
                        first_name=reg.first_name, organisation=reg.organisation,
                        status=reg.status, checked_in_at=reg.checked_in_at)


def search(event: Event, query: str) -> KioskSearch:
    if letters(query) < MIN_LETTERS:
        return KioskSearch(Found.TOO_SHORT)
    regs = [r for r in event.search(query, MAX_SHOWN * 3) if not r.cancelled]
    if not regs:
        return KioskSearch(Found.NOBODY)
    found = Found.TOO_MANY if len(regs) > MAX_SHOWN else Found.PEOPLE
    return KioskSearch(found, tuple(shown(r) for r in regs[:MAX_SHOWN]))

