"""Sign-in sheets ("feuilles d'émargement"): one for the morning, one for the afternoon and
one per session, alphabetical, with a signature column.

Before the day they are the paper fallback: blank, with empty lines at the end for people
who come unregistered. Once anything has been recorded they show, beside each name, the time
the person was first recorded in that half-day or session (see `attendance` for the rule
that splits the day). Walk-ins are listed like everyone else, marked "sur place"; people
recorded at a session they had not chosen are added to its sheet, marked "ajout".
Each sheet numbers its own pages ("Page 2 / 3") and states its totals on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from checkin.core import fonts, hours, names
from checkin.core.badges import fitting
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.programme import Programme
from checkin.core.progress import SILENT, Progress, Stage
from checkin.core.reports import attendance, pdfkit
from checkin.core.reports.logos import Logo, logos
from checkin.core.reports.pdfkit import MARGIN, PAGE_WIDTH

ROW_HEIGHT = 9 * mm
HEAD_HEIGHT = 6.5 * mm
BLANK_LINES = 5  # at least this many empty lines at the end of a blank sheet
WALK_IN = "sur place"
ADDED = "ajout"
# (heading, width): N°, last name, first name, organisation, time, signature.
# N° holds four digits at NUMBER_SIZE: a sheet of the 400 people of a big meeting, or more.
COLUMNS = (("N°", 10 * mm), ("Nom", 36 * mm), ("Prénom", 28 * mm), ("Structure", 48 * mm),
           ("Heure", 15 * mm), ("Signature", 43 * mm))
NUMBER_SIZE = 7.5
NAME_SIZE = 9.5
NAME_SMALLEST = 7.5  # below it, a name goes on two lines (then is squeezed, never cut)
NAME_BOX_HEIGHT = ROW_HEIGHT - 1.5 * mm


@dataclass(frozen=True)
class SheetRow:
    last_name: str
    first_name: str
    organisation: str
    time: str | None  # ISO local time recorded, None if nobody recorded them
    tag: str = ""  # WALK_IN, ADDED or ""


@dataclass(frozen=True)
class Sheet:
    key: str  # "morning", "afternoon" or a session code
    name: str  # "Matinée", "A — Innover avec la clause sociale"
    details: str  # hours, slot, room
    rows: tuple[SheetRow, ...]
    registered: int  # rows of people registered for it (everyone, for a half-day)

    @property
    def label(self) -> str:
        """Short name for the footer: "Matinée", "Après-midi", "Session B"."""
        return self.name if self.key in ("morning", "afternoon") else f"Session {self.key}"

    @property
    def present(self) -> int:
        return sum(r.time is not None for r in self.rows)

    @property
    def added(self) -> int:
        return len(self.rows) - self.registered

    def total(self, filled: bool) -> str:
        text = f"Total : {_count(self.registered, 'inscrit')}"
        if self.added:
            text += f" + {_count(self.added, 'ajout')}"
        if filled:
            text += f" · {_count(self.present, 'présent')}"
        return text


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def has_records(event: Event) -> bool:
    """Whether anything of the day was recorded: sheets are then filled in."""
    row = event.conn.execute("SELECT EXISTS (SELECT 1 FROM checkins WHERE undone = 0)"
                             " OR EXISTS (SELECT 1 FROM attendance WHERE undone = 0)").fetchone()
    return bool(row[0])


def plan(event: Event, only: Sequence[str] = ()) -> list[Sheet]:
    """The sheets, in order: morning, afternoon, then each session of the programme.
    `only` keeps the sheets whose key ("morning", "afternoon", a session code) it names."""
    attendance.refuse_if_purged(event, "sign-in sheets", Problem.PURGED_NO_SHEETS)
    programme = event.programme
    records = attendance.records(event)
    sheets = [_half_day_sheet(programme, records, half)
              for half in attendance.half_days(programme)]
    for slot in programme.slots:
        for s in slot.sessions:
            span = ("" if hours.names_its_hours(slot.name) else
                    hours.french_span(slot.start, slot.end))
            details = [slot.name, span, s.room,
                       f"capacité {s.capacity}" if s.capacity is not None else ""]
            sheets.append(_session_sheet(s.code, f"{s.code} — {s.title}",
                                         " · ".join(d for d in details if d), records))
    if only:
        wanted = {k if k in ("morning", "afternoon") else k.upper() for k in only}
        unknown = wanted - {s.key for s in sheets}
        if unknown:
            raise CheckinError(f"no sheet {sorted(unknown)[0]}: give morning, afternoon or"
                               " a session code of the programme")
        sheets = [s for s in sheets if s.key in wanted]
    return sheets


def _half_day_sheet(programme: Programme, records: Sequence[attendance.Record],
                    half: attendance.HalfDay) -> Sheet:
    starts = [sl.start for sl in programme.slots if half.start <= sl.start < half.end]
    ends = [sl.end for sl in programme.slots if half.start <= sl.start < half.end]
    span = hours.french_span(min(starts), max(ends)) if starts else ""
    name = "Matinée" if half.key == "morning" else "Après-midi"
    rows = tuple(_row(r, r.time_in(half)) for r in records)
    return Sheet(half.key, name, span, rows, len(rows))


def _session_sheet(code: str, name: str, details: str,
                   records: Sequence[attendance.Record]) -> Sheet:
    rows = []
    registered = 0
    for r in records:
        chose = code in r.reg.sessions
        present = r.attended.get(code)
        if chose or present:
            registered += chose
            rows.append(_row(r, present.at if present else None, "" if chose else ADDED))
    return Sheet(code, name, details, tuple(rows), registered)


def _row(record: attendance.Record, time: str | None, tag: str = "") -> SheetRow:
    reg = record.reg
    if not tag and reg.source == "walkin":
        tag = WALK_IN
    return SheetRow(reg.last_name, reg.first_name, reg.organisation, time, tag)


# -- drawing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SheetsReport:
    path: Path
    sheets: int
    pages: int
    filled: bool


def write(event: Event, out: Path, filled: bool | None = None,
          only: Sequence[str] = (), progress: Progress = SILENT) -> SheetsReport:
    """Write the sign-in sheets to `out`; `filled` None means: filled once the day began.
    A stop (Cancelled from `progress`, stepped at each sheet) leaves no file behind."""
    sheets = plan(event, only)
    if filled is None:
        filled = has_records(event)
    programme = event.programme
    images = logos(event)
    pages = 0

    def build(path: str) -> None:
        nonlocal pages
        c = pdfkit.new_canvas(path, "Feuilles d’émargement", programme)
        for done, sheet in enumerate(sheets):
            progress.step(done, len(sheets), Stage.PAGES)
            pages += _draw_sheet(c, programme, images, sheet, filled)
        progress.step(len(sheets), len(sheets), Stage.PAGES)
        c.save()
    pdfkit.save_pdf(out, build)
    return SheetsReport(out, len(sheets), pages, filled)


def _draw_sheet(c: Canvas, programme: Programme, images: Sequence[Logo], sheet: Sheet,
                filled: bool) -> int:
    top = _draw_page_head(c, programme, images, sheet)  # the same on every page of the sheet
    per_page = max(1, int((top - HEAD_HEIGHT - MARGIN - 2 * mm) // ROW_HEIGHT))
    lines: list[SheetRow | None] = list(sheet.rows)
    if not filled:  # empty lines for those who come unregistered, to the end of the page
        spare = -len(lines) % per_page
        lines += [None] * (spare if spare >= BLANK_LINES else spare + per_page)
    pages = max(1, -(-len(lines) // per_page))
    for page in range(pages):
        if page:
            _draw_page_head(c, programme, images, sheet)
        _draw_table(c, top, lines[page * per_page:(page + 1) * per_page], page * per_page,
                    filled)
        pdfkit.draw_footer(c, sheet.total(filled), page + 1, pages,
                           f"Feuille d’émargement — {sheet.label}")
        c.showPage()
    return pages


def _draw_page_head(c: Canvas, programme: Programme, images: Sequence[Logo],
                    sheet: Sheet) -> float:
    y = pdfkit.draw_event_header(c, programme, images) - 16
    c.setFillColor(pdfkit.ACCENT)
    c.setFont(fonts.BOLD, 9)
    c.drawString(MARGIN, y, "FEUILLE D’ÉMARGEMENT")
    y -= 17
    c.setFillColor(pdfkit.INK)
    for line in pdfkit.wrap(sheet.name, fonts.BOLD, 14, PAGE_WIDTH - 2 * MARGIN)[:2]:
        c.setFont(fonts.BOLD, 14)
        c.drawString(MARGIN, y, line)
        y -= 17
    if sheet.details:
        c.setFillColor(pdfkit.MUTED)
        text, size = pdfkit.fit(sheet.details, fonts.REGULAR, 9, PAGE_WIDTH - 2 * MARGIN)
        c.setFont(fonts.REGULAR, size)
        c.drawString(MARGIN, y + 2, text)
        y -= 12
    return y - 4


def _draw_table(c: Canvas, top: float, lines: Sequence[SheetRow | None], first: int,
                filled: bool) -> None:
    right = MARGIN + sum(w for _, w in COLUMNS)
    c.setFillColor(pdfkit.SHADE)
    c.rect(MARGIN, top - HEAD_HEIGHT, right - MARGIN, HEAD_HEIGHT, stroke=0, fill=1)
    c.setFillColor(pdfkit.INK)
    c.setFont(fonts.BOLD, 8.5)
    x = MARGIN
    for heading, width in COLUMNS:
        c.drawString(x + 1.5 * mm, top - HEAD_HEIGHT + 2.2 * mm, heading)
        x += width
    y = top - HEAD_HEIGHT
    c.setStrokeColor(pdfkit.RULE)
    c.setLineWidth(0.5)
    for n, line in enumerate(lines, first + 1):
        if line is not None:
            _draw_row(c, y, n, line, filled)
        y -= ROW_HEIGHT
        c.line(MARGIN, y, right, y)
    x = MARGIN  # vertical rules frame every column
    for _, width in (*COLUMNS, ("", 0.0)):
        c.line(x, top, x, y)
        x += width
    c.line(MARGIN, top, right, top)


def _draw_row(c: Canvas, y: float, n: int, row: SheetRow, filled: bool) -> None:
    base = y - ROW_HEIGHT / 2 - 1.2 * mm
    x = MARGIN
    _draw_number(c, x, base, n)
    x += COLUMNS[0][1]
    cells = ((row.last_name.upper(), fonts.CONDENSED_BOLD),
             (names.tidy(row.first_name), fonts.CONDENSED))  # "marie" signs as "Marie"
    for (_, width), (text, font) in zip(COLUMNS[1:], cells, strict=False):
        _draw_name(c, x + 1.5 * mm, base, " ".join(text.split()), font, width - 3 * mm)
        x += width
    _draw_organisation(c, x + 1.5 * mm, base, row.organisation, COLUMNS[3][1] - 3 * mm)
    time_x = MARGIN + sum(w for _, w in COLUMNS[:4]) + COLUMNS[4][1] / 2
    if filled and row.time:
        c.setFillColor(pdfkit.INK)
        c.setFont(fonts.BOLD, 9)
        c.drawCentredString(time_x, base + (1.3 * mm if row.tag else 0),
                            pdfkit.french_time(attendance.clock_time(row.time)))
    if row.tag:
        c.setFillColor(pdfkit.MUTED)
        c.setFont(fonts.CONDENSED, 6.5)
        c.drawCentredString(time_x, base - (2.2 * mm if filled and row.time else 0), row.tag)


def _draw_name(c: Canvas, x: float, base: float, text: str, font: str, width: float) -> None:
    """A name whole, never cut: smaller down to NAME_SMALLEST, then on two lines (at a
    space or after a hyphen), then squeezed across (as badges do)."""
    fit = fitting.fit_text(text, font, width, NAME_BOX_HEIGHT, NAME_SIZE, NAME_SMALLEST,
                           max_lines=2)
    if not fit.fits:  # squeezed: two lines only if they squeeze it less than one would
        one = fitting.fit_text(text, font, width, NAME_BOX_HEIGHT, NAME_SIZE, NAME_SMALLEST)
        fit = one if one.scale >= fit.scale else fit
    step = fit.size * (fitting.ASCENT + fitting.DESCENT)
    top = base + step * (len(fit.lines) - 1) / 2
    c.setFillColor(pdfkit.INK)
    c.setFont(font, fit.size)
    for i, line in enumerate(fit.lines):
        if fit.scale < 1.0:
            c.saveState()  # the horizontal scale is text state: it would stay after
            t = c.beginText(x, top - i * step)
            t.setFont(font, fit.size)
            t.setHorizScale(fit.scale * 100)
            t.textOut(line)
            c.drawText(t)
            c.restoreState()
        else:
            c.drawString(x, top - i * step, line)


def _draw_number(c: Canvas, x: float, base: float, n: int) -> None:
    """The row number, whole: it shrinks rather than lose a digit to an ellipsis."""
    text, width = str(n), COLUMNS[0][1] - 3 * mm
    size = min(NUMBER_SIZE, NUMBER_SIZE * width / stringWidth(text, fonts.REGULAR, NUMBER_SIZE))
    c.setFillColor(pdfkit.MUTED)
    c.setFont(fonts.REGULAR, size)
    c.drawString(x + 1.5 * mm, base, text)


def _draw_organisation(c: Canvas, x: float, base: float, text: str, width: float) -> None:
    """On one line if it fits, else on two smaller ones (the rest cut with '…')."""
    c.setFillColor(pdfkit.INK)
    if stringWidth(text, fonts.CONDENSED, 8.5) <= width:
        c.setFont(fonts.CONDENSED, 8.5)
        c.drawString(x, base, text)
        return
    lines = pdfkit.wrap(text, fonts.CONDENSED, 7.5, width)
    if len(lines) > 2:
        lines = [lines[0], pdfkit.fit(" ".join(lines[1:]), fonts.CONDENSED, 7.5, width,
                                      smallest=7.5)[0]]
    c.setFont(fonts.CONDENSED, 7.5)
    for i, line in enumerate(lines):
        c.drawString(x, base + (1.6 * mm if len(lines) == 2 else 0) - i * 3.2 * mm, line)
