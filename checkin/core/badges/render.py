"""Drawing badges into a PDF with reportlab, as a layout says.

Every text is fitted to its box by `fitting` (shrink, then two lines, else squeezed to
the box's width at the smallest readable size and reported), so nothing is ever drawn
outside its box. Glyphs the embedded font lacks (CJK) are reported, not fatal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from checkin.core import codes, fonts, hours, names
from checkin.core.badges import fitting
from checkin.core.badges.fitting import Fit
from checkin.core.badges.layouts import Box, Layout, load_layout
from checkin.core.badges.qr import draw_qr
from checkin.core.model import Registration
from checkin.core.programme import Programme
from checkin.core.progress import SILENT, Progress, Stage

QrDrawer = Callable[[Canvas, str, float, float, float], None]
PERSON_FIELDS = ("first_name", "last_name", "organisation", "role")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


class BadgeSource(Protocol):
    """What badges need of an event: its programme and each badge's QR payload
    (an open `Event` is one)."""

    @property
    def programme(self) -> Programme: ...

    def qr(self, reg: Registration) -> str: ...


@dataclass(frozen=True)
class BadgeData:
    """A BadgeSource made of plain values, for rendering away from the event's thread."""

    programme: Programme
    secret: str

    def qr(self, reg: Registration) -> str:
        return codes.payload(self.secret, self.programme.short, reg.code)


@dataclass(frozen=True)
class Problem:
    """A text that did not fit its box at the smallest readable size, or that holds
    characters the embedded font cannot draw (`missing`)."""

    code: str
    name: str
    field: str
    text: str
    missing: str = ""

    def as_json(self) -> dict[str, str]:
        data = {"code": self.code, "name": self.name, "field": self.field, "text": self.text}
        if self.missing:
            data["missing"] = self.missing
        return data


@dataclass(frozen=True)
class Placed:
    """One line of text as drawn: baseline origin, size and horizontal scale in points,
    and the box (x0, y0, x1, y1, points, PDF coordinates) it had to stay in."""

    page: int
    code: str
    field: str
    text: str
    font: str
    x: float
    y: float
    size: float
    scale: float
    box: tuple[float, float, float, float]

    def extent(self) -> tuple[float, float, float, float]:
        """The ink's bounding box: advance widths across, font extents up and down."""
        w = fitting.width(self.text, self.font) * self.size * self.scale
        return (self.x, self.y - fitting.DESCENT * self.size, self.x + w,
                self.y + fitting.ascent(self.text) * self.size)


@dataclass
class BadgeReport:
    media: str
    pages: int = 0
    badges: int = 0
    not_fitting: list[Problem] = field(default_factory=list)
    missing_glyphs: list[Problem] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)  # only when asked to trace

    @property
    def ok(self) -> bool:
        return not self.not_fitting and not self.missing_glyphs

    def as_json(self) -> dict[str, Any]:
        return {"media": self.media, "pages": self.pages, "badges": self.badges,
                "not_fitting": [p.as_json() for p in self.not_fitting],
                "missing_glyphs": [p.as_json() for p in self.missing_glyphs]}

    def summary(self) -> str:
        lines = [f"{self.badges} badge(s) on {self.pages} page(s), media {self.media}"]
        lines += [f"  does not fit ({p.field}): {p.code} {p.name}: {p.text}"
                  for p in self.not_fitting]
        lines += [f"  the font cannot draw {p.missing!r} ({p.field}): {p.code} {p.name}"
                  for p in self.missing_glyphs]
        return "\n".join(lines)


def render_badges(source: BadgeSource, registrations: Iterable[Registration], media: str,
                  out: Path | BinaryIO, offset_mm: tuple[float, float] = (0.0, 0.0),
                  cut_marks: bool = False, *, trace: bool = False,
                  qr_drawer: QrDrawer = draw_qr, progress: Progress = SILENT,
                  compress: bool = True) -> BadgeReport:
    """Draw one badge per registration, in the order given, into the PDF `out`.

    `offset_mm` shifts every page's drawing right and down (mm) to correct a printer's
    offset; `cut_marks` marks the cutting lines of sheets. `progress` hears each badge
    drawn and may stop the drawing (Cancelled: write through a temporary file).
    `compress=False` leaves the streams (page, fonts) as they are: for a PDF read back
    at once from memory, where deflating them is only time lost."""
    registrations = list(registrations)
    fonts.register_fonts()
    layout = load_layout(media)
    report = BadgeReport(layout.name)
    canvas = Canvas(str(out) if isinstance(out, Path) else out,
                    pagesize=(layout.page_width * mm, layout.page_height * mm),
                    pageCompression=int(compress))
    programme = source.programme
    canvas.setTitle(f"Badges — {programme.title}")
    canvas.setAuthor(programme.organiser or "checkin")
    canvas.setCreator("checkin")
    painter = _BadgePainter(canvas, layout, programme, report, trace, qr_drawer)
    slot = 0
    for reg in registrations:
        if slot == 0:
            painter.begin_page(offset_mm, cut_marks)
        progress.step(report.badges, len(registrations), Stage.BADGES)
        painter.draw(reg, source.qr(reg), slot)
        report.badges += 1
        slot += 1
        if slot == layout.per_page:
            painter.end_page()
            slot = 0
    if slot:
        painter.end_page()
    progress.step(report.badges, len(registrations), Stage.BADGES)
    canvas.save()
    return report


def french_date(iso: str) -> str:
    """`2022-12-08` as `jeudi 8 décembre 2022`."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def chosen_sessions(programme: Programme,
                    sessions: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """(time, code, title, room) of each chosen session, in programme order."""
    chosen = set(sessions)
    return [(hours.french(slot.start), s.code, s.title, s.room)
            for slot in programme.slots for s in slot.sessions if s.code in chosen]


def _room(room: str) -> str:
    return f" · {room}" if room else ""


class _BadgePainter:
    """Draws badges on the canvas's current page, one cell at a time."""

    def __init__(self, canvas: Canvas, layout: Layout, programme: Programme,
                 report: BadgeReport, trace: bool, qr_drawer: QrDrawer) -> None:
        self.c = canvas
        self.layout = layout
        self.programme = programme
        self.report = report
        self.trace = trace
        self.qr_drawer = qr_drawer
        self.date = french_date(programme.date)
        self.page_h = layout.page_height * mm
        self.offset = (0.0, 0.0)

    def begin_page(self, offset_mm: tuple[float, float], cut_marks: bool) -> None:
        self.report.pages += 1
        self.offset = (offset_mm[0] * mm, -offset_mm[1] * mm)
        self.c.saveState()
        self.c.translate(*self.offset)
        if cut_marks and self.layout.is_sheet:
            _cut_marks(self.c, self.layout)

    def end_page(self) -> None:
        self.c.restoreState()
        self.c.showPage()

    def draw(self, reg: Registration, payload: str, slot: int) -> None:
        cx, cy = self.layout.cell(slot)
        free = 0.0  # points the previous box left empty below its text
        for box in self.layout.boxes:
            # The box in PDF points: (x0, y0) bottom-left; a box that `follows` moves up.
            x0 = (cx + box.x) * mm
            y0 = self.page_h - (cy + box.y + box.h) * mm + (free if box.follows else 0.0)
            rect = (x0, y0, box.w * mm, box.h * mm)
            used = rect[3]
            if box.kind == "text":
                used = self._text(reg, box, rect, self._value(reg, box.field))
            elif box.kind == "band":
                self._band(reg, box, rect)
            elif box.kind == "workshops":
                used = self._workshops(reg, box, rect)
            else:
                self.qr_drawer(self.c, payload, x0, y0, box.w * mm)
            moved = free if box.follows else 0.0
            free = moved + (rect[3] - used if box.valign == "top" else 0.0)

    def _value(self, reg: Registration, name: str) -> str:
        if name == "event_title":
            return self.programme.title
        if name == "event_date":
            return self.date
        if name in ("first_name", "last_name"):
            return names.tidy(getattr(reg, name))  # "marie" printed "Marie"
        return str(getattr(reg, name))

    def _text(self, reg: Registration, box: Box, rect: tuple[float, float, float, float],
              text: str) -> float:
        """Draw `text` fitted to `rect`; the height its lines took."""
        text = " ".join(text.split())
        if not text:
            return 0.0
        fit = fitting.fit_text(text, box.font, rect[2], rect[3], box.size, box.min_size,
                               box.lines)
        self._check(reg, box.field, text, box.font, fit)
        return self._lines(reg, box, rect, fit, box.colour)

    def _check(self, reg: Registration, name: str, text: str, font: str, fit: Fit) -> None:
        if name not in PERSON_FIELDS:
            return
        if not fit.fits:
            self.report.not_fitting.append(Problem(reg.code, reg.full_name, name, text))
        missing = _missing(text, font)
        if missing:
            self.report.missing_glyphs.append(
                Problem(reg.code, reg.full_name, name, text, "".join(sorted(missing))))

    def _lines(self, reg: Registration, box: Box, rect: tuple[float, float, float, float],
               fit: Fit, colour: str) -> float:
        x0, y0, w, h = rect
        used = fitting.line_height(fit.lines) * fit.size
        slack = h - used
        top = y0 + h - {"top": 0.0, "middle": slack / 2, "bottom": slack}[box.valign]
        c = self.c
        c.setFillColor(_colour(colour))
        for line in fit.lines:
            baseline = top - fitting.ascent(line) * fit.size
            top = baseline - fitting.DESCENT * fit.size
            line_w = fitting.width(line, box.font) * fit.size * fit.scale
            x = x0 + {"left": 0.0, "center": (w - line_w) / 2, "right": w - line_w}[box.align]
            if fit.scale < 1.0:
                t = c.beginText(x, baseline)
                t.setFont(box.font, fit.size)
                t.setHorizScale(fit.scale * 100)
                t.textOut(line)
                c.drawText(t)
            else:
                c.setFont(box.font, fit.size)
                c.drawString(x, baseline, line)
            if self.trace:
                self.report.placed.append(Placed(
                    self.report.pages, reg.code, box.field or box.kind, line, box.font,
                    x + self.offset[0], baseline + self.offset[1], fit.size, fit.scale,
                    (x0 + self.offset[0], y0 + self.offset[1],
                     x0 + w + self.offset[0], y0 + h + self.offset[1])))
        return used

    def _band(self, reg: Registration, box: Box,
              rect: tuple[float, float, float, float]) -> None:
        category = self.layout.category(reg.category)
        colour = "#000000" if self.layout.monochrome else category.colour
        c = self.c
        c.setFillColor(_colour(colour))
        if box.radius:
            c.roundRect(*rect, radius=box.radius * mm, stroke=0, fill=1)
        else:
            c.rect(*rect, stroke=0, fill=1)
        # The word sits inside the band with a margin of a fifth of its height.
        pad = rect[3] * 0.2
        inner = (rect[0] + pad, rect[1] + pad * 0.5, rect[2] - 2 * pad, rect[3] - pad)
        fit = fitting.fit_text(category.label, box.font, inner[2], inner[3], box.size,
                               box.min_size)
        self._lines(reg, box, inner, fit, "#ffffff")

    def _workshops(self, reg: Registration, box: Box,
                   rect: tuple[float, float, float, float]) -> float:
        chosen = chosen_sessions(self.programme, reg.sessions)
        if not chosen:
            return 0.0
        _, _, w, h = rect
        room_for = max(1, int(h / (fitting.line_height(["Ag"]) * box.min_size)))
        if len(chosen) > room_for:
            # More sessions than lines: short items (time, code, room), several a line.
            items = [f"{t} {c}{_room(r)}" for t, c, _, r in chosen]
            n = len(items)
            packed = tuple("   ".join(items[i * n // room_for:(i + 1) * n // room_for])
                           for i in range(room_for))
            fit = fitting.fit_lines(packed, box.font, w, h, box.size, box.min_size)
            return self._lines(reg, box, rect, fit, box.colour)
        if box.style == "compact":
            lines = tuple(f"{c}{_room(r)}" for _, c, _, r in chosen)
            fit = fitting.fit_lines(lines, box.font, w, h, box.size, box.min_size)
            return self._lines(reg, box, rect, fit, box.colour)
        parts = [(f"{t}  {c} · ", title, _room(r)) for t, c, title, r in chosen]
        whole = tuple(a + b + c for a, b, c in parts)
        size = min(box.size, h / fitting.line_height(whole))
        widest = max(fitting.width(line, box.font) for line in whole)
        # Shrink at most half-way to the smallest size, then shorten the titles still
        # too wide: the time, code and room matter more than the title's end.
        size = min(size, max(w / widest, (box.size + box.min_size) / 2))
        lines = tuple(a + fitting.shorten(b, box.font, size,
                                          w - fitting.width(a + c, box.font) * size) + c
                      for a, b, c in parts)
        fit = fitting.fit_lines(lines, box.font, w, h, size, min(box.min_size, size))
        return self._lines(reg, box, rect, fit, box.colour)


@cache
def _colour(hex_colour: str) -> Color:
    """Parsed once: reportlab parses colour strings by evaluating them, slowly."""
    colour: Color = HexColor(hex_colour)
    return colour


@cache
def _glyphs(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def _missing(text: str, font: str) -> set[str]:
    covered = _glyphs(font)
    return {ch for ch in text if ord(ch) not in covered and ch.isprintable()}


def _cut_marks(c: Canvas, layout: Layout) -> None:
    """Hairlines along the cutting lines: in the page margin where there is one, else
    short ticks and crosses on the cutting lines themselves (inside badges' padding)."""
    page_w, page_h = layout.page_width, layout.page_height
    xs = sorted({layout.left + col * (layout.badge_width + layout.gap_x) + edge
                 for col in range(layout.columns) for edge in (0, layout.badge_width)})
    ys = sorted({layout.top + row * (layout.badge_height + layout.gap_y) + edge
                 for row in range(layout.rows) for edge in (0, layout.badge_height)})
    grid = (xs[0], ys[0], xs[-1], ys[-1])
    margins = (grid[0], grid[1], page_w - grid[2], page_h - grid[3])  # left top right bottom
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.3)
    segments: list[tuple[float, float, float, float]] = []
    for x in xs:
        if 0.5 < x < page_w - 0.5:
            segments += _ticks(x, grid[1], grid[3], margins[1], margins[3], vertical=True)
    for y in ys:
        if 0.5 < y < page_h - 0.5:
            segments += _ticks(y, grid[0], grid[2], margins[0], margins[2], vertical=False)
    if min(margins) < 3:  # no room outside: small crosses where inner lines meet
        for x in xs[1:-1]:
            for y in ys[1:-1]:
                segments += [(x - 2, y, x + 2, y), (x, y - 2, x, y + 2)]
    for x1, y1, x2, y2 in segments:
        c.line(x1 * mm, (page_h - y1) * mm, x2 * mm, (page_h - y2) * mm)


def _ticks(at: float, start: float, end: float, before: float, after: float,
           vertical: bool) -> list[tuple[float, float, float, float]]:
    """Ticks on the line `at` beyond both ends of the grid (from `start` to `end`)."""
    found = []
    for edge, room, sign in ((start, before, -1), (end, after, 1)):
        if room >= 3:
            a, b = edge + sign * 1, edge + sign * min(6, room - 1)
        else:
            a, b = edge, edge - sign * 3
        found.append((at, a, at, b) if vertical else (a, at, b, at))
    return found
