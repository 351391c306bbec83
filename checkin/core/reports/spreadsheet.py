"""Spreadsheet exports: XLSX (registrations, one sheet per session, a summary) and CSV.

Formula neutralisation. A text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage
return would be run by a spreadsheet as a formula. In XLSX such a cell is written as a
string with Excel's own "quote prefix" (what Excel stores when someone types an apostrophe
before a value): it shows and keeps the exact value ("+33 6 12 34 56 78") and is never
evaluated. CSV has no types, so there the value gets a leading apostrophe, as OWASP
recommends. Every text cell of every export goes through this.

CSV is the registrations sheet in UTF-8 with a BOM and `;` separators: what French Excel
opens by double-click with accents intact. After the data-protection purge the exports hold
only the anonymous figures.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from checkin.core import files
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.hours import french_span
from checkin.core.programme import Session
from checkin.core.progress import EVERY, SILENT, Progress, Stage, counted
from checkin.core.reports import attendance, registration_csv, xlsx_stream
from checkin.core.reports.figures import Figures, compute

Value = str | int | float | dt.datetime | None
Row = Sequence[Value]

_RISKY = registration_csv.RISKY  # = + - @ tab return
_SHEET_NAME_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})
_STATUS = {"active": "inscrit", "cancelled": "annulé"}
_SOURCE = {"import": "inscription", "walkin": "sur place"}
# The words of the import form and of the badge band, not the internal keys.
_CATEGORY = {"participant": "Participant", "speaker": "Intervenant",
             "organiser": "Organisation", "press": "Presse"}
REGISTRATION_HEADERS = (
    "Code", "Nom", "Prénom", "E-mail", "Structure", "Fonction", "Téléphone",
    "Type de structure", "Département", "Besoins spécifiques", "Catégorie",
    "Ateliers choisis", "Statut", "Origine", "Inscrit le", "Arrivée", "Poste d'accueil",
    "Passages à l'accueil", "Sessions suivies",
)
SESSION_HEADERS = ("Nom", "Prénom", "Structure", "Type de structure", "Inscrit à la session",
                   "Présent", "Heure", "Poste", "Signalement")


def is_risky(text: str) -> bool:
    """Would a spreadsheet run this text as a formula?"""
    return text.startswith(_RISKY)


def neutralise(text: str) -> str:
    """The CSV form of a text cell: risky ones get a leading apostrophe."""
    return "'" + text if is_risky(text) else text


# -- rows, shared by both formats ---------------------------------------------------------

def registration_table(event: Event, records: Sequence[attendance.Record] | None = None,
                       ) -> tuple[list[str], Iterator[list[Value]]]:
    """The registrations sheet; `records` (cancelled ones included) when already read."""
    if records is None:
        records = attendance.records(event, include_cancelled=True)
    extras = sorted({k for r in records for k in r.reg.extra})
    headers = [*REGISTRATION_HEADERS, *extras]
    return headers, (_registration_row(r, extras) for r in records)


def _registration_row(record: attendance.Record, extras: Sequence[str]) -> list[Value]:
    reg = record.reg
    attended = ", ".join(f"{a.session} ({attendance.clock_time(a.at)})"
                         for a in sorted(record.attended.values(), key=lambda a: a.at))
    return [reg.code, reg.last_name, reg.first_name, reg.email, reg.organisation, reg.role,
            reg.phone, reg.org_type, reg.department, reg.needs,
            _CATEGORY.get(reg.category, reg.category),
            ", ".join(reg.sessions), _STATUS.get(reg.status, reg.status),
            _SOURCE.get(reg.source, reg.source), _when(reg.submitted_at),
            _when(reg.checked_in_at), reg.checked_in_station or "", reg.checkin_count,
            attended, *(str(reg.extra.get(k, "")) for k in extras)]


def session_rows(records: Iterable[attendance.Record], code: str) -> Iterator[list[Value]]:
    for r in records:
        present = r.attended.get(code)
        chose = code in r.reg.sessions
        if not (present or chose):
            continue
        yield [r.reg.last_name, r.reg.first_name, r.reg.organisation, r.reg.org_type,
               "oui" if chose else "non", "oui" if present else "non",
               _when(present.at) if present else None, present.station if present else "",
               _flags(present.flags) if present else ""]


# What a room's host was warned of, as the French sheet says it (the journal keeps codes).
FLAG_WORDS = {"full": "admis, session complète", "not_checked_in": "pas passé à l'accueil",
              "other_session": "inscrit à une autre session du créneau",
              "outside_hours": "hors des horaires de la session"}


def _flags(flags: Iterable[str]) -> str:
    return ", ".join(FLAG_WORDS.get(f, f) for f in flags)


def summary_rows(event: Event, figures: Figures) -> Iterator[Row]:
    p = event.programme
    yield ["Rencontre", p.title]
    yield ["Date", p.date]
    yield ["Lieu", p.venue]
    yield ["Organisateur", p.organiser]
    if figures.purged_at:
        yield ["Données personnelles supprimées le", _when(figures.purged_at)]
    yield []
    yield ["Indicateur", "Nombre"]
    halves = {h.key: h.present for h in figures.half_days}
    counts: tuple[tuple[str, int], ...] = (
        ("Inscrits (sur place compris)", figures.registered), ("Arrivés", figures.arrived),
        ("Inscrits sur place", figures.walk_ins), ("Absents", figures.no_shows),
        ("Annulés", figures.cancelled), ("Passages multiples à l'accueil",
                                         figures.double_checkins),
        ("Présents le matin", halves.get("morning", 0)),
        ("Présents l'après-midi", halves.get("afternoon", 0)))
    for label, value in counts:
        yield [label, value]
    yield []
    yield ["Session", "Titre", "Salle", "Créneau", "Capacité", "Inscrits", "Présents",
           "dont inscrits", "Changements de session"]
    for s in figures.sessions:
        yield [s.code, s.title, s.room, french_span(s.start, s.end), s.capacity,
               s.registered, s.present, s.present_registered, s.changed]
    yield []
    yield ["Arrivées par quart d'heure", "Arrivées"]
    yield from ([_when(b.start), b.count] for b in figures.arrivals)
    for title, rows in (("Type de structure", figures.by_org_type),
                        ("Département", figures.by_department)):
        yield []
        yield [title, "Inscrits", "Arrivés"]
        for b in rows:
            yield [b.label or "(non renseigné)", b.registered, b.arrived]


def _when(iso: str | None) -> dt.datetime | str | None:
    """A recorded local time as a spreadsheet date-time (wall clock as recorded)."""
    if not iso:
        return None
    try:
        return dt.datetime.fromisoformat(iso).replace(tzinfo=None)
    except ValueError:
        return iso


# -- writing ---------------------------------------------------------------------------------

def export(event: Event, out: Path, progress: Progress = SILENT) -> Path:
    """Write `out` as XLSX or CSV according to its suffix; a stop (Cancelled from
    `progress`, which counts the registrations read) leaves no file behind."""
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        writer = write_xlsx
    elif suffix == ".csv":
        writer = write_csv
    else:
        raise CheckinError(f"{out}: the export must end in .xlsx or .csv")
    check_destination(out)
    writer(event, out, progress)
    return out


def write_xlsx(event: Event, out: Path, progress: Progress = SILENT) -> None:
    """Each row goes to disk as it is written (`xlsx_stream`: a row's XML made in one go,
    where XlsxWriter spent 85% of the export's time on its cells)."""
    figures = compute(event)

    def save(tmp: str) -> None:
        everyone = [] if figures.purged_at else attendance.records(event, True)
        sessions = event.programme.sessions()
        groups = _by_session(r for r in everyone if r.reg.status == "active")
        people = [groups.get(s.code, []) for s in sessions]  # one pass, not one per sheet
        total = len(everyone) + sum(map(len, people))  # records written, sheet by sheet
        progress.step(0, total, Stage.REGISTRATIONS)
        with new_workbook(tmp) as wb:
            if not figures.purged_at:
                headers, rows = registration_table(event, everyone)
                wb.add_sheet("Inscriptions", headers,
                             counted(rows, progress, total, Stage.REGISTRATIONS),
                             widths={1: 22, 2: 18, 3: 28, 4: 30})
            wb.add_sheet("Synthèse", [], summary_rows(event, figures), widths={0: 34, 1: 40})
            if not figures.purged_at:
                _session_sheets(wb, sessions, people, progress, total, start=len(everyone))
        progress.step(total, total, Stage.REGISTRATIONS)
    _save(out, save)


def _session_sheets(wb: xlsx_stream.Workbook, sessions: Sequence[Session],
                    people: Sequence[list[attendance.Record]], progress: Progress, total: int,
                    start: int) -> None:
    """A sheet per session of those who chose or attended it (`people`, session by session)."""
    used: set[str] = {"Inscriptions", "Synthèse"}
    for s, group in zip(sessions, people, strict=True):
        read = counted(group, progress, total, Stage.REGISTRATIONS, start=start)
        start += len(group)
        wb.add_sheet(_sheet_name(f"{s.code} - {s.title}", used), list(SESSION_HEADERS),
                     session_rows(read, s.code), widths={0: 22, 1: 18, 2: 30, 3: 24})


def _by_session(records: Iterable[attendance.Record]) -> dict[str, list[attendance.Record]]:
    """Per session code, who chose or attended it, in the order of `records`."""
    found: dict[str, list[attendance.Record]] = defaultdict(list)
    for r in records:
        for code in {*r.reg.sessions, *r.attended}:
            found[code].append(r)
    return found


def write_csv(event: Event, out: Path, progress: Progress = SILENT) -> None:
    if attendance.purged_at(event):  # only then are the figures needed
        headers: list[str] = []
        rows = list(map(_csv_row, summary_rows(event, compute(event))))
        lines: list[bytes] = []
    else:  # whole lines straight from SQL, as csv.writer writes _csv_row's cells
        headers, lines = registration_csv.registration_lines(
            event, REGISTRATION_HEADERS, _CATEGORY, _STATUS, _SOURCE)
        rows = []

    def save(tmp: str) -> None:
        total = len(lines)
        progress.step(0, total, Stage.REGISTRATIONS)
        head = io.StringIO()
        writer = csv.writer(head, delimiter=";")
        if headers:
            writer.writerow(headers)
        writer.writerows(rows)
        with open(tmp, "wb") as handle:  # the lines come in UTF-8: written as they are
            handle.write(head.getvalue().encode("utf-8-sig"))
            for start in range(0, total, EVERY):
                handle.write(b"\r\n".join(lines[start:start + EVERY]) + b"\r\n")
                progress.step(min(start + EVERY, total), total, Stage.REGISTRATIONS)
        progress.step(total, total, Stage.REGISTRATIONS)  # a stop asked now still holds
    _save(out, save)


def new_workbook(path: str) -> xlsx_stream.Workbook:
    """A workbook written row by row, whose text cells stay text (never formulas or links)."""
    return xlsx_stream.Workbook(path)


def _csv_row(row: Row) -> list[str]:
    return [_csv_value(v) for v in row]


def _csv_value(value: Value) -> str:
    if isinstance(value, str):  # most cells: tested first
        if "\0" in value:  # shown as in the XLSX, not cut there by Excel
            value = value.replace("\0", xlsx_stream.SHOWN_FOR_NUL)
        return "'" + value if value.startswith(_RISKY) else value
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "seconds")  # "2022-12-08 09:35:00", faster than strftime
    return str(value)


def _sheet_name(text: str, used: set[str]) -> str:
    base = " ".join(text.translate(_SHEET_NAME_BAD).split())[:31].strip(" '")
    name, n = base, 2
    while name.lower() in {u.lower() for u in used}:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def check_destination(out: Path) -> None:
    if not out.parent.is_dir():
        raise CheckinError(f"{out}: no such folder {out.parent}", Problem.NO_SUCH_FOLDER,
                           out.parent)


def _save(out: Path, save: Any) -> None:
    """Write through a temporary file so that a failure leaves no half-written export."""
    check_destination(out)
    files.write_through_temp(out, lambda tmp: save(str(tmp)))
