"""What every document of the organisers shares: fonts, French dates, fitted text, logos,
the event's header block and the footer, and writing a PDF safely."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from checkin.core import files, fonts, hours
from checkin.core.errors import CheckinError, Problem
from checkin.core.programme import Programme
from checkin.core.reports.logos import Logo

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6673")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8edf2")
LOGO_HEIGHT = 14 * mm
LOGO_GAP = 4 * mm
LOGOS_MAX_WIDTH = 70 * mm

_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")


def french_date(iso: str, weekday: bool = True) -> str:
    """ "2022-12-08" -> "jeudi 8 décembre 2022" (the text itself if it is not a date)."""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    text = f"{'1er' if day.day == 1 else day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_DAYS[day.weekday()]} {text}" if weekday else text


french_time = hours.french  # "09:30" -> "9h30": one rule with the interface's


def fit(text: str, font: str, size: float, width: float,
        smallest: float = 6.5) -> tuple[str, float]:
    """`text` at the largest size down to `smallest` that fits `width`, else cut with '…'."""
    text = " ".join(text.split())
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is cut."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return [fit(x, font, size, width, size)[0] for x in lines]


def two_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` wrapped on at most two lines, the second cut with '…' if the rest is
    longer: a title or a label kept readable rather than shrunk to fit one line."""
    lines = wrap(text, font, size, width)
    if len(lines) > 2:
        lines = [lines[0], fit(" ".join(lines[1:]), font, size, width, size)[0]]
    return lines


def logos_layout(logos: Sequence[Logo], height: float = LOGO_HEIGHT,
                 max_width: float = LOGOS_MAX_WIDTH) -> list[tuple[Logo, float, float]]:
    """Each logo with its drawn (width, height): all of one height, scaled down together
    if side by side they would be wider than `max_width`."""
    sizes = []
    for logo in logos:
        iw, ih = logo.image().getSize()
        sizes.append((logo, height * iw / ih, height))
    total = sum(w for _, w, _ in sizes) + LOGO_GAP * max(len(sizes) - 1, 0)
    scale = min(1.0, max_width / total) if total else 1.0
    return [(logo, w * scale, h * scale) for logo, w, h in sizes]


def logos_width(layout: Sequence[tuple[Logo, float, float]]) -> float:
    return float(sum(w for _, w, _ in layout) + LOGO_GAP * max(len(layout) - 1, 0))


def draw_logos(c: Canvas, logos: Sequence[Logo], right: float, top: float,
               height: float = LOGO_HEIGHT, max_width: float = LOGOS_MAX_WIDTH) -> float:
    """The logos side by side, right-aligned at `right`, their tops at `top`; returns the
    width they take."""
    layout = logos_layout(logos, height, max_width)
    x = right - logos_width(layout)
    for logo, w, h in layout:
        c.drawImage(logo.image(), x, top - height + (height - h) / 2, w, h, mask="auto")
        x += w + LOGO_GAP
    return logos_width(layout)


def draw_event_header(c: Canvas, programme: Programme, logos: Sequence[Logo]) -> float:
    """Event title, date, venue and organiser at the top of the page, logos on the right;
    returns the y below the block."""
    top = PAGE_HEIGHT - MARGIN
    right = PAGE_WIDTH - MARGIN
    if logos:
        right -= draw_logos(c, logos, right, top) + 6 * mm
    width = right - MARGIN
    y = top - 11
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 11.5)
    for line in wrap(programme.title, fonts.BOLD, 11.5, width):
        c.drawString(MARGIN, y, line)
        y -= 14
    details = [french_date(programme.date).capitalize(), programme.venue,
               f"Organisation : {programme.organiser}" if programme.organiser else ""]
    c.setFillColor(MUTED)
    c.setFont(fonts.REGULAR, 8.5)
    for line in (x for d in details if d for x in wrap(d, fonts.REGULAR, 8.5, width)):
        c.drawString(MARGIN, y, line)
        y -= 11
    bottom = min(y + 4, top - LOGO_HEIGHT - 2 * mm) if logos else y + 4
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, bottom - 3, PAGE_WIDTH - MARGIN, bottom - 3)
    return float(bottom - 3)


def draw_footer(c: Canvas, left: str, page: int, pages: int, middle: str = "") -> None:
    y = MARGIN - 6 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y + 10, PAGE_WIDTH - MARGIN, y + 10)
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, 8.5)
    c.drawString(MARGIN, y, left)
    c.setFont(fonts.REGULAR, 8.5)
    number = f"Page {page} / {pages}"
    c.drawRightString(PAGE_WIDTH - MARGIN, y, number)
    if middle:  # right-aligned before the page number, in the room the left text leaves
        end = PAGE_WIDTH - MARGIN - stringWidth(number, fonts.REGULAR, 8.5) - 6 * mm
        room = end - MARGIN - stringWidth(left, fonts.BOLD, 8.5) - 8 * mm
        c.setFillColor(MUTED)
        text, size = fit(middle, fonts.REGULAR, 7.5, room)
        c.setFont(fonts.REGULAR, size)
        c.drawRightString(end, y, text)


def new_canvas(path: str, title: str, programme: Programme) -> Canvas:
    fonts.register_fonts()
    c = Canvas(path, pagesize=A4, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(programme.organiser or "checkin")
    c.setSubject(programme.title)
    c.setCreator("checkin")
    return c


def save_pdf(out: Path, build: Callable[[str], None]) -> Path:
    """Run `build(temporary path)` and move the result to `out`, or leave nothing."""
    if out.suffix.lower() != ".pdf":
        raise CheckinError(f"{out}: the document must end in .pdf")
    if not out.parent.is_dir():
        raise CheckinError(f"{out}: no such folder {out.parent}", Problem.NO_SUCH_FOLDER,
                           out.parent)
    files.write_through_temp(out, lambda tmp: build(str(tmp)))
    return out
