"""Attendance certificates ("attestations de présence"): one page per person present,
with the sessions they attended and the times recorded there.

Present means checked in at reception or recorded at a session (cancelled registrations
excepted). The certificate is dated the day it is made, at the town of the venue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from checkin.core import fonts, hours, names
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.progress import SILENT, Progress, Stage
from checkin.core.reports import attendance, pdfkit
from checkin.core.reports.logos import Logo, logos
from checkin.core.reports.pdfkit import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from checkin.core.text import fold

TITLE = "Attestation de présence"
_TOWN = re.compile(r"\b\d{5}\s+(.+)$")
_WIDTH = PAGE_WIDTH - 2 * MARGIN - 10 * mm


@dataclass(frozen=True)
class Certificate:
    record: attendance.Record
    number: str  # "OCC22-K7F3QZ": the event and the badge code


def plan(event: Event, only: Sequence[str] = ()) -> list[Certificate]:
    """A certificate for each active registration recorded present (`only`: badge codes)."""
    attendance.refuse_if_purged(event, "certificates", Problem.PURGED_NO_CERTIFICATES)
    wanted = {c.upper() for c in only}
    short = event.programme.short
    found = [Certificate(r, f"{short}-{r.reg.code}") for r in attendance.records(event)
             if r.present() and (not wanted or r.reg.code in wanted)]
    if wanted - {c.record.reg.code for c in found}:
        missing = sorted(wanted - {c.record.reg.code for c in found})[0]
        raise CheckinError(f"no one present has the badge code {missing}")
    if not found:
        raise CheckinError("nobody was recorded present: there is no certificate to make",
                           Problem.NOBODY_PRESENT)
    return found


def write(event: Event, out: Path, only: Sequence[str] = (),
          progress: Progress = SILENT) -> list[Certificate]:
    """All the certificates in one PDF, one page each; a stop (Cancelled from
    `progress`) leaves no file behind."""
    certificates = plan(event, only)
    context = _Context(event)

    def build(path: str) -> None:
        c = pdfkit.new_canvas(path, TITLE, context.programme)
        for done, certificate in enumerate(certificates):
            progress.step(done, len(certificates), Stage.CERTIFICATES)
            context.draw(c, certificate)
            c.showPage()
        progress.step(len(certificates), len(certificates), Stage.CERTIFICATES)
        c.save()
    pdfkit.save_pdf(out, build)
    return certificates


def write_each(event: Event, folder: Path, only: Sequence[str] = (),
               progress: Progress = SILENT) -> list[Path]:
    """One PDF per person in `folder`, named after them (ASCII, so any disk takes it).
    A stop keeps the files already whole and leaves no half-written one."""
    if not folder.is_dir():
        raise CheckinError(f"{folder}: no such folder", Problem.NO_SUCH_FOLDER, folder)
    context = _Context(event)
    paths = []
    certificates = plan(event, only)
    for done, certificate in enumerate(certificates):
        progress.step(done, len(certificates), Stage.CERTIFICATES)
        path = folder / file_name(certificate)

        def build(tmp: str, certificate: Certificate = certificate) -> None:
            c = pdfkit.new_canvas(tmp, f"{TITLE} — {certificate.record.reg.full_name}",
                                  context.programme)
            context.draw(c, certificate)
            c.save()
        paths.append(pdfkit.save_pdf(path, build))
    return paths


def file_name(certificate: Certificate) -> str:
    reg = certificate.record.reg
    words = re.sub(r"[^a-z0-9]+", "-", fold(f"{reg.last_name} {reg.first_name}")).strip("-")
    return f"attestation-{words or 'sans-nom'}-{reg.code}.pdf"


def town(venue: str) -> str:
    """The town of a French postal address ("..., 34080 Montpellier" -> "Montpellier")."""
    match = _TOWN.search(venue.split(",")[-1].strip())
    return match.group(1).strip() if match else ""


class _Context:
    """What every certificate of one event shares."""

    def __init__(self, event: Event) -> None:
        fonts.register_fonts()
        self.programme = event.programme
        self.logos: Sequence[Logo] = logos(event)
        self.issued = pdfkit.french_date(event.now().date().isoformat(), weekday=False)
        self.town = town(self.programme.venue)
        self.body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=11, leading=16,
                                   textColor=pdfkit.INK)
        self.cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=9, leading=11.5,
                                   textColor=pdfkit.INK)

    def draw(self, c: Canvas, certificate: Certificate) -> None:
        p, reg = self.programme, certificate.record.reg
        y = self._head(c)
        y = self._paragraph(c, y, "L’organisateur de la rencontre, "
                            f"<b>{escape(p.organiser or p.title)}</b>, atteste que")
        y = self._person(c, y - 8 * mm, certificate.record)
        place = f", à {escape(p.venue)}" if p.venue else ""
        y = self._paragraph(c, y - 6 * mm, f"a participé à la rencontre « <b>{escape(p.title)}"
                            f"</b> », le <b>{pdfkit.french_date(p.date)}</b>{place}.")
        if reg.checked_in_at:
            arrival = pdfkit.french_time(attendance.clock_time(reg.checked_in_at))
            y = self._paragraph(c, y - 2 * mm, f"Arrivée enregistrée à l’accueil : <b>{arrival}"
                                "</b>.")
        y = self._sessions(c, y - 7 * mm, certificate.record)
        y = self._paragraph(c, y - 8 * mm, "Cette attestation est délivrée pour servir et "
                            "valoir ce que de droit.")
        where = f"Fait à {escape(self.town)}, le" if self.town else "Fait le"
        y = self._paragraph(c, y - 4 * mm, f"{where} {self.issued}.")
        self._signature(c, y - 8 * mm)
        self._footer(c, certificate)

    def _head(self, c: Canvas) -> float:
        top = PAGE_HEIGHT - MARGIN
        if self.logos:
            pdfkit.draw_logos(c, self.logos, PAGE_WIDTH - MARGIN, top, 18 * mm, 100 * mm)
        c.setFillColor(pdfkit.ACCENT)
        c.setFont(fonts.BOLD, 11)
        c.drawString(MARGIN, top - 12, self.programme.organiser)
        c.setFillColor(pdfkit.MUTED)
        c.setFont(fonts.REGULAR, 8.5)
        c.drawString(MARGIN, top - 24, self.programme.contact)
        y = top - 52 * mm
        c.setFillColor(pdfkit.ACCENT)
        c.setFont(fonts.BOLD, 24)
        c.drawCentredString(PAGE_WIDTH / 2, y, TITLE.upper())
        c.setStrokeColor(pdfkit.ACCENT)
        c.setLineWidth(1.2)
        c.line(PAGE_WIDTH / 2 - 30 * mm, y - 5 * mm, PAGE_WIDTH / 2 + 30 * mm, y - 5 * mm)
        return float(y - 18 * mm)

    def _paragraph(self, c: Canvas, y: float, markup: str) -> float:
        para = Paragraph(markup, self.body)
        _, height = para.wrap(_WIDTH, PAGE_HEIGHT)
        para.drawOn(c, MARGIN + 5 * mm, y - height)
        return float(y - height)

    def _person(self, c: Canvas, y: float, record: attendance.Record) -> float:
        reg = record.reg
        name = names.shown(reg.first_name, reg.last_name)  # "Jean-Pierre LE GOFF"
        text, size = pdfkit.fit(name, fonts.BOLD, 18, _WIDTH)
        c.setFillColor(pdfkit.INK)
        c.setFont(fonts.BOLD, size)
        c.drawCentredString(PAGE_WIDTH / 2, y - size, text)
        y -= size + 6
        line = " — ".join(x for x in (reg.role, reg.organisation) if x)
        if line:
            text, size = pdfkit.fit(line, fonts.REGULAR, 11, _WIDTH)
            c.setFillColor(pdfkit.MUTED)
            c.setFont(fonts.REGULAR, size)
            c.drawCentredString(PAGE_WIDTH / 2, y - size - 2, text)
            y -= size + 6
        return float(y)

    def _sessions(self, c: Canvas, y: float, record: attendance.Record) -> float:
        rows = self._session_rows(record)
        if not rows:
            return y
        c.setFillColor(pdfkit.INK)
        c.setFont(fonts.BOLD, 11)
        c.drawString(MARGIN + 5 * mm, y - 11, "Sessions suivies")
        y -= 11 + 3 * mm
        head = [Paragraph(f"<b>{h}</b>", self.cell)
                for h in ("Horaire", "Session", "Salle", "Heure")]
        table = Table([head, *rows], colWidths=[28 * mm, 84 * mm, 32 * mm, 26 * mm],
                      repeatRows=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), pdfkit.SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, pdfkit.RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        _, height = table.wrap(_WIDTH, PAGE_HEIGHT)
        table.drawOn(c, MARGIN + 5 * mm, y - height)
        return float(y - height)

    def _session_rows(self, record: attendance.Record) -> list[list[Paragraph]]:
        rows = []
        for a in sorted(record.attended.values(), key=lambda a: (self._slot_start(a), a.at)):
            session = self.programme.session(a.session)
            slot = self.programme.slot_of(a.session)
            span = hours.french_span(slot.start, slot.end) if slot else ""
            title = f"{a.session} — {session.title}" if session else a.session
            rows.append([Paragraph(escape(x), self.cell) for x in (
                span, title, session.room if session else "",
                pdfkit.french_time(attendance.clock_time(a.at)))])
        return rows

    def _slot_start(self, a: attendance.Attended) -> str:
        slot = self.programme.slot_of(a.session)
        return slot.start if slot else "99:99"

    def _signature(self, c: Canvas, y: float) -> None:
        x = PAGE_WIDTH - MARGIN - 75 * mm
        c.setFillColor(pdfkit.INK)
        c.setFont(fonts.REGULAR, 10)
        who = self.programme.organiser or "l’organisateur"
        c.drawString(x, y - 10, pdfkit.fit(f"Pour {who},", fonts.REGULAR, 10, 75 * mm)[0])
        c.setStrokeColor(pdfkit.RULE)
        c.setDash(2, 2)
        c.rect(x, y - 10 - 32 * mm, 75 * mm, 28 * mm)
        c.setDash()
        c.setFillColor(pdfkit.MUTED)
        c.setFont(fonts.REGULAR, 7.5)
        c.drawString(x + 2 * mm, y - 10 - 32 * mm + 2 * mm, "Signature et cachet")

    def _footer(self, c: Canvas, certificate: Certificate) -> None:
        y = MARGIN - 6 * mm
        c.setStrokeColor(pdfkit.RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN, y + 10, PAGE_WIDTH - MARGIN, y + 10)
        c.setFillColor(pdfkit.MUTED)
        c.setFont(fonts.REGULAR, 7.5)
        c.drawString(MARGIN, y, f"Attestation n° {certificate.number}")
        c.drawRightString(PAGE_WIDTH - MARGIN, y, pdfkit.fit(
            self.programme.title, fonts.REGULAR, 7.5, 120 * mm)[0])
