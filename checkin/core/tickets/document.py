"""The one-page PDF ticket attached to the e-mail: QR code, name, event, date, venue,
and the person's workshops with their rooms. Drawn with the reports' PDF kit."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from checkin.core import fonts
from checkin.core.badges.qr import draw_qr
from checkin.core.programme import Programme
from checkin.core.reports import pdfkit
from checkin.core.reports.pdfkit import ACCENT, INK, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE
from checkin.core.tickets.plan import Ticket
from checkin.core.tickets.templates import LABELS, Template

QR_SIZE = 70 * mm
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def event_date(iso: str, lang: str) -> str:
    """ "2022-12-08" -> "jeudi 8 décembre 2022" or "Thursday 8 December 2022"."""
    if lang == "fr":
        return pdfkit.french_date(iso)
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{_EN_DAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def hour(hhmm: str, lang: str) -> str:
    return pdfkit.french_time(hhmm) if lang == "fr" else hhmm


def ticket_pdf(ticket: Ticket, programme: Programme, template: Template) -> bytes:
    """The ticket as the bytes of a one-page A4 PDF."""
    fonts.register_fonts()
    out = io.BytesIO()
    labels = LABELS[template.lang]
    c = Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    c.setTitle(f"{labels['ticket']} — {ticket.full_name} — {programme.title}")
    c.setAuthor(programme.organiser or "checkin")
    c.setCreator("checkin")
    y = _header(c, programme, template)
    y = _person(c, ticket, y - 12 * mm)
    _code_and_details(c, ticket, programme, template, y - 8 * mm)
    c.setFillColor(MUTED)
    c.setFont(fonts.REGULAR, 8.5)
    footer = f"{programme.short}-{ticket.code}"
    if programme.contact:
        colon = "\u00a0:" if template.lang == "fr" else ":"  # French: a non-breaking space
        footer += f"   ·   {labels['contact']}{colon} {programme.contact}"
    c.drawString(MARGIN, MARGIN, footer)
    c.showPage()
    c.save()
    return out.getvalue()


def _header(c: Canvas, programme: Programme, template: Template) -> float:
    top = PAGE_HEIGHT - MARGIN
    right = PAGE_WIDTH - MARGIN
    if template.logo:
        image = ImageReader(io.BytesIO(template.logo))
        iw, ih = image.getSize()
        scale = min(16 * mm / ih, 60 * mm / iw)  # 16 mm high, 60 mm wide at most
        w, h = iw * scale, ih * scale
        c.drawImage(image, right - w, top - h, w, h, mask="auto")
        right -= w + 6 * mm
    width = right - MARGIN
    c.setFillColor(ACCENT)
    c.setFont(fonts.BOLD, 10)
    c.drawString(MARGIN, top - 10, LABELS[template.lang]["ticket"].upper())
    y = top - 28
    c.setFillColor(INK)
    for line in pdfkit.wrap(programme.title, fonts.BOLD, 15, width):
        c.setFont(fonts.BOLD, 15)
        c.drawString(MARGIN, y, line)
        y -= 18
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y + 4, PAGE_WIDTH - MARGIN, y + 4)
    return float(y)


def _person(c: Canvas, ticket: Ticket, y: float) -> float:
    width = PAGE_WIDTH - 2 * MARGIN
    name, size = pdfkit.fit(ticket.full_name, fonts.BOLD, 26, width, 12)
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, size)
    c.drawString(MARGIN, y, name)
    y -= 18
    if ticket.organisation:
        text, size = pdfkit.fit(ticket.organisation, fonts.REGULAR, 13, width)
        c.setFillColor(MUTED)
        c.setFont(fonts.REGULAR, size)
        c.drawString(MARGIN, y, text)
        y -= 16
    return y


def _code_and_details(c: Canvas, ticket: Ticket, programme: Programme, template: Template,
                      top: float) -> None:
    labels = LABELS[template.lang]
    draw_qr(c, ticket.qr, MARGIN - 4, top - QR_SIZE, QR_SIZE)
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 14)
    c.drawCentredString(MARGIN - 4 + QR_SIZE / 2, top - QR_SIZE - 14, ticket.code)
    c.setFont(fonts.REGULAR, 8.5)
    c.setFillColor(MUTED)
    for n, line in enumerate(pdfkit.wrap(labels["show"], fonts.REGULAR, 8.5, QR_SIZE - 8)):
        c.drawCentredString(MARGIN - 4 + QR_SIZE / 2, top - QR_SIZE - 27 - 11 * n, line)
    x = MARGIN + QR_SIZE + 8 * mm
    width = PAGE_WIDTH - MARGIN - x
    y = top - 12
    rows = [(labels["date"], event_date(programme.date, template.lang).capitalize()),
            (labels["venue"], programme.venue)]
    if programme.organiser:
        rows.append((labels["organiser"], programme.organiser))
    for label, value in rows:
        y = _labelled(c, x, y, width, label, value)
    if ticket.workshops:
        c.setFillColor(ACCENT)
        c.setFont(fonts.BOLD, 10)
        c.drawString(x, y, labels["workshops"])
        y -= 14
        for w in ticket.workshops:
            when = f"{hour(w.start, template.lang)}–{hour(w.end, template.lang)}"
            y = _labelled(c, x, y, width, when, f"{w.title}" + (f" — {w.room}" if w.room
                                                                  else ""))


def _labelled(c: Canvas, x: float, y: float, width: float, label: str, value: str) -> float:
    c.setFillColor(MUTED)
    c.setFont(fonts.BOLD, 8.5)
    c.drawString(x, y, label)
    y -= 12
    c.setFillColor(INK)
    for line in pdfkit.wrap(value, fonts.REGULAR, 10.5, width):
        c.setFont(fonts.REGULAR, 10.5)
        c.drawString(x, y, line)
        y -= 13
    return y - 6
