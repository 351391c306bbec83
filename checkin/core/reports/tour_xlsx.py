"""The tour's report as a workbook: the meetings side by side, workshops, breakdowns, and
(for the organiser only) the people who came to several meetings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from checkin.core.hours import french_span
from checkin.core.reports.pdfkit import french_date
from checkin.core.reports.spreadsheet import Row, _save, check_destination, new_workbook
from checkin.core.reports.tour import Tour
from checkin.core.reports.xlsx_stream import Share

EVENT_HEADERS = ("Rencontre", "Date", "Lieu", "Inscrits", "Présents", "Sur place",
                 "Absents", "Taux de présence")


def write_xlsx(tour: Tour, out: Path) -> Path:
    check_destination(out)

    def save(tmp: str) -> None:
        with new_workbook(tmp) as wb:
            wb.add_sheet("Rencontres", list(EVENT_HEADERS), _events(tour),
                         widths={0: 16, 1: 26, 2: 50})
            wb.add_sheet("Ensemble de la tournée", [], _overall(tour), widths={0: 52, 1: 14})
            wb.add_sheet("Ateliers", ["Rencontre", "Session", "Titre", "Créneau", "Capacité",
                                      "Inscrits", "Présents"],
                         _sessions(tour), widths={0: 12, 2: 60, 3: 14})
            for title, column, rows in (
                    ("Types de structure", "Type de structure", tour.by_org_type),
                    ("Départements", "Département", tour.by_department)):
                wb.add_sheet(title, [column, "Inscrits", "Présents"],
                             ([b.label or "(non renseigné)", b.registered, b.arrived]
                              for b in rows), widths={0: 40})
            wb.add_sheet("Venus plusieurs fois", ["Nom", "Prénom", "Structure", "Rencontres"],
                         ([r.last_name, r.first_name, r.organisation, ", ".join(r.events)]
                          for r in tour.returning), widths={0: 22, 1: 18, 2: 36, 3: 24})
    _save(out, save)
    return out


def _events(tour: Tour) -> Iterator[Row]:
    for e in tour.events:
        yield [e.short, french_date(e.date), e.venue, e.registered, e.present, e.walk_ins,
               e.no_shows, _rate(e.present, e.registered)]
    registered, present = tour.total("registered"), tour.total("present")
    yield ["Total", "", "", registered, present, tour.total("walk_ins"),
           tour.total("no_shows"), _rate(present, registered)]


def _rate(present: int, registered: int) -> Share | None:
    return Share(present / registered) if registered else None


def _overall(tour: Tour) -> Iterator[Row]:
    yield ["Organisateur", tour.organiser]
    yield ["Rencontres", len(tour.events)]
    yield ["Personnes distinctes inscrites", tour.people_registered]
    yield ["Personnes distinctes présentes", tour.people_present]
    yield ["Structures distinctes présentes", tour.organisations_present]
    yield ["Personnes venues à plusieurs rencontres", len(tour.returning)]
    purged = [e.short for e in tour.events if e.purged]
    if purged:
        yield ["Rencontres sans données personnelles (purgées), hors décompte des"
               " personnes", ", ".join(purged)]


def _sessions(tour: Tour) -> Iterator[Row]:
    for e in tour.events:
        for s in e.sessions:
            yield [e.short, s.code, s.title, french_span(s.start, s.end),
                   s.capacity, s.registered, s.present]
