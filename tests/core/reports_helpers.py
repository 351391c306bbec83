"""Building a day's records for the report tests: registrations, check-ins, attendance.

Entries are appended directly, as the import, the desk and the workshop rooms would.
"""

from __future__ import annotations

from typing import Any

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.codes import new_code
from checkin.core.event import Event


def add_person(event: Event, last: str, first: str, organisation: str = "",
               sessions: tuple[str, ...] = (), source: str = "import", **fields: str) -> str:
    """A registration as the import writes it; returns its id."""
    reg_id = j.new_id()
    payload: dict[str, Any] = {
        "code": new_code(event.codes_in_use()), "source": source,
        "fields": {"last_name": last, "first_name": first, "organisation": organisation,
                   **fields},
        "extra": {}, "sessions": sorted(sessions), "submitted_at": "2022-10-03T15:52:41"}
    event.append([j.NewEntry(j.REGISTRATION_CREATED, reg_id, payload)])
    return reg_id


def check_in(event: Event, reg_id: str) -> None:
    reg = event.registration(reg_id)
    assert reg is not None
    reception.check_in(event, reg)


def attend(event: Event, reg_id: str, session: str, flags: tuple[str, ...] = ()) -> str:
    """Record presence at a session, as a workshop room's laptop does; returns the entry id."""
    (entry,) = event.append([j.NewEntry(j.ATTENDANCE_RECORDED, reg_id, {
        "session": session, "at": event.timestamp(), "station_name": "Salle Mosson 1",
        "flags": list(flags)})])
    return entry.id


def small_day(event: Event, clock: Any) -> dict[str, str]:
    """Six people on the Occitanie day: arrivals, a walk-in, workshops, a change, a no-show."""
    ids = {
        "durand": add_person(event, "Durand", "Julien", "Université de Lunel", ("A", "DEJ", "E"),
                             email="julien.durand@example.org", org_type="Autre",
                             department="34 - Hérault", phone="+33 6 12 34 56 78",
                             role="\tChargé de mission"),
        "lefevre": add_person(event, "Lefèvre", "Hélène", "=1+1", ("B", "F"),
                              email="helene.lefevre@example.org", org_type="Entreprise",
                              department="30 - Gard"),
        "ndiaye": add_person(event, "N'Diaye", "Aïcha", "Mairie de Nîmes", ("A", "D"),
                             org_type="Collectivité territoriale / EPCI",
                             department="30 - Gard"),
        "absent": add_person(event, "Martin", "Noémie", "@SUM(A1:A9)", ("C", "F"),
                             org_type="Entreprise", department="34 - Hérault",
                             needs="-végétarien"),
        "cancel": add_person(event, "Zidane", "Yazid", "Préfecture", ("A",),
                             org_type="Service de l'État", department="34 - Hérault"),
    }
    reg = event.registration(ids["cancel"])
    assert reg is not None
    reception.set_cancelled(event, reg, True)
    clock.set(9, 35)
    check_in(event, ids["durand"])
    clock.set(9, 50)
    check_in(event, ids["lefevre"])
    clock.set(10, 20)
    walk_in, _ = reception.walk_in(event, {"last_name": "Ébrard", "first_name": "Élodie",
                                           "organisation": "Régie de quartier",
                                           "org_type": "Autre"}, ("B",))
    ids["walkin"] = walk_in.id
    clock.set(13, 40)
    check_in(event, ids["ndiaye"])
    clock.set(14, 5)
    attend(event, ids["durand"], "A")
    attend(event, ids["ndiaye"], "B", ("other_session",))  # chose A, went to B
    attend(event, ids["walkin"], "B")
    clock.set(15, 20)
    attend(event, ids["durand"], "E")
    undone = attend(event, ids["lefevre"], "D")
    event.append([j.NewEntry(j.ATTENDANCE_UNDONE, ids["lefevre"], {"entry": undone})])
    attend(event, ids["lefevre"], "F")
    return ids
