"""The two real events of the tour (Occitanie, Bourgogne-Franche-Comté), imported from
their registration exports, with a morning at each and people made to attend both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import DATA, PARIS, FakeClock

from checkin.core import reception, rooms
from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme

BY_EMAIL = 5  # Occitanie people who also came to Dijon, registered there on the spot
BY_NAME = 3  # the same, typed at the Dijon desk without e-mail, case and accents changed


def _event(path: Path, toml: str, export: str, clock: FakeClock) -> Event:
    programme = load_programme(DATA / toml)
    event = Event.create(path, programme, station_name="Accueil", now=clock)
    event.append(plan_import(DATA / export, programme, []).entries)
    return event


def _shout(text: str) -> str:
    """The name as another desk typed it: capitals, accents lost."""
    return text.upper().translate(str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇ", "EEEEAAIIOUUC"))


def two_events(folder: Path) -> tuple[Event, Event, list[str]]:
    """Occitanie (8 Dec 2022) with 150 people checked in, some at workshops, and
    Bourgogne-Franche-Comté (10 May 2022) with 90 checked in plus 8 Occitanie people
    (5 recognised by e-mail, 3 by name only). Returns both and those 8 last names."""
    occ_clock = FakeClock()
    bfc_clock = FakeClock(dt.datetime(2022, 5, 10, 9, 10, tzinfo=PARIS))
    occ = _event(folder / "occitanie.checkin", "occitanie-2022.toml",
                 "occitanie-2022-inscriptions.csv", occ_clock)
    bfc = _event(folder / "bfc.checkin", "bfc-2022.toml", "bfc-2022-inscriptions-excel.csv",
                 bfc_clock)
    bfc_names = {(r.first_name.lower(), r.last_name.lower()) for r in bfc.registrations()}
    people = [r for r in occ.registrations()
              if r.email and (r.first_name.lower(), r.last_name.lower()) not in bfc_names]
    for n, reg in enumerate(people[:150]):
        occ_clock.advance(seconds=37)
        reception.check_in(occ, reg)
        if n % 3 == 0 and reg.sessions:
            rooms.attend(occ, reg.sessions[0], reg, admit_when_full=True)
    for n, reg in enumerate(bfc.registrations()[:90]):
        bfc_clock.advance(seconds=41 + n % 5)
        reception.check_in(bfc, reg)
    both = people[:BY_EMAIL + BY_NAME]
    for n, reg in enumerate(both):
        bfc_clock.advance(minutes=2)
        if n < BY_EMAIL:
            fields = {"first_name": reg.first_name, "last_name": reg.last_name,
                      "email": reg.email.upper(), "organisation": reg.organisation}
        else:
            fields = {"first_name": _shout(reg.first_name), "last_name": _shout(reg.last_name)}
        reception.walk_in(bfc, fields)
    return occ, bfc, [r.last_name for r in both]
