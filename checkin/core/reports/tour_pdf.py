"""The tour's report for funders, in French: key figures, the meetings side by side
(table and bars), arrivals through the morning, who came (types of organisation,
départements) and the workshops. Counts only: no one is named."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.core import fonts
from checkin.core.hours import french_span
from checkin.core.reports.figures import SessionFigures
from checkin.core.reports.pdfkit import (
    ACCENT,
    INK,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SHADE,
    draw_footer,
    fit,
    french_date,
    french_time,
    save_pdf,
    two_lines,
)
from checkin.core.reports.tour import EventLine, Tour, arrivals_by_time

PALETTE = [colors.HexColor(c) for c in ("#1f4e79", "#e07b39", "#3a9d5d", "#8e5ea2",
                                        "#c9a227", "#5b6673")]
WIDTH = PAGE_WIDTH - 2 * MARGIN
TOP_N = 10  # rows of a breakdown chart; the rest are summed as "Autres"
_TEXT = 8.5  # a table's text size
_LINE = 5.2 * mm  # a table row of one line
_EXTRA_LINE = 3.6 * mm  # each further line of a wrapped cell
_SECTION = 4 * mm + 15 + 2 * mm  # a section title and the gaps around it
_NOTE = 2 * mm + 14
_WORKSHOP_COLUMNS = (8, 98, 26, 14, 17, 19)
_WORKSHOPS_ROOM = PAGE_HEIGHT - 2 * MARGIN - 14 - 24 - 20 * mm  # below the title, above
#                                                                 the footer


def write_pdf(tour: Tour, out: Path) -> Path:
    def build(path: str) -> None:
        fonts.register_fonts()
        c = Canvas(path, pageCompression=1)
        c.setTitle(f"Bilan de la tournée — {tour.organiser}")
        c.setAuthor(tour.organiser or "checkin")
        c.setCreator("checkin")
        pages = [_page_summary, _page_arrivals_and_public,
                 *(_workshops_page(part) for part in _workshop_pages(tour))]
        for number, page in enumerate(pages, 1):
            page(c, tour)
            draw_footer(c, f"Bilan de la tournée — {tour.organiser}", number, len(pages))
            c.showPage()
        c.save()
    return save_pdf(out, build)


# -- pages ------------------------------------------------------------------------------

def _page_summary(c: Canvas, tour: Tour) -> None:
    y = _title(c, "Bilan consolidé de la tournée", _span(tour))
    registered, present = tour.total("registered"), tour.total("present")
    rate = f"{present / registered:.0%}".replace("%", " %") if registered else "—"
    count = len(tour.events)
    tiles = [(str(count), _meetings(count)), (str(registered), "inscriptions"),
             (str(present), "présences"), (rate, "taux de présence"),
             (str(tour.people_present), "personnes distinctes présentes"),
             (str(tour.organisations_present), "structures distinctes présentes"),
             (str(len(tour.returning)), "personnes venues à plusieurs rencontres"),
             (str(tour.total("walk_ins")), "inscrits sur place")]
    y = _tiles(c, tiles, y - 6 * mm)
    y = _section(c, "Les rencontres", y - 4 * mm)
    rows = [[e.short, french_date(e.date, weekday=False), e.venue.split(",")[-1].strip(),
             str(e.registered), str(e.present), str(e.walk_ins), str(e.no_shows)]
            for e in tour.events]
    rows.append(["Total", "", "", str(registered), str(present),
                 str(tour.total("walk_ins")), str(tour.total("no_shows"))])
    y = _table(c, ["Rencontre", "Date", "Lieu", "Inscrits", "Présents", "Sur place",
                   "Absents"], rows, [22, 34, 52, 17, 17, 19, 19], y - 2 * mm)
    y = _section(c, "Inscrits et présents par rencontre", y - 6 * mm)
    series = [[e.registered for e in tour.events], [e.present for e in tour.events],
              [e.walk_ins for e in tour.events], [e.no_shows for e in tour.events]]
    _bars(c, [e.short for e in tour.events], series,
          ["Inscrits", "Présents", "Sur place", "Absents"], y - 2 * mm, 70 * mm)
    if any(e.purged for e in tour.events):
        c.setFont(fonts.REGULAR, 7.5)
        c.setFillColor(MUTED)
        c.drawString(MARGIN, MARGIN + 4 * mm, "Rencontres purgées de leurs données"
                     " personnelles : comptées par rencontre, pas dans les personnes"
                     " distinctes.")


def _page_arrivals_and_public(c: Canvas, tour: Tour) -> None:
    y = _title(c, "Arrivées et publics", _span(tour))
    y = _section(c, "Arrivées à l’accueil, par quart d’heure", y - 4 * mm)
    labels, counts = arrivals_by_time(tour)
    if labels:
        _bars(c, [french_time(x) if x.endswith(":00") or len(labels) < 14 else ""
                  for x in labels], list(counts.values()), list(counts), y - 2 * mm,
              62 * mm)
    else:
        _note(c, "Aucune arrivée enregistrée.", y - 6 * mm)
    y -= 72 * mm
    half = (WIDTH - 8 * mm) / 2
    for n, (title, rows) in enumerate((("Types de structure", tour.by_org_type),
                                       ("Départements", tour.by_department))):
        x = MARGIN + n * (half + 8 * mm)
        _section(c, title + " (présents)", y, x=x, width=half)
        _hbars(c, rows, x, y - 6 * mm, half, 110 * mm)


def _workshop_pages(tour: Tour) -> list[list[tuple[EventLine, list[list[str]]]]]:
    """The events' workshop tables spread over as many pages as they need: an event
    starts a new page when its table does not fit what is left (a table longer than a
    whole page goes on over the next ones)."""
    pages: list[list[tuple[EventLine, list[list[str]]]]] = [[]]
    room = _WORKSHOPS_ROOM
    for e in tour.events:
        rows = [_workshop_row(s) for s in e.sessions]
        while True:
            need = _SECTION + (_table_height(rows, _WORKSHOP_COLUMNS, 1) if rows else _NOTE)
            if need > room and pages[-1]:
                pages.append([])
                room = _WORKSHOPS_ROOM
            fitting = _rows_fitting(rows, room - _SECTION)
            pages[-1].append((e, rows[:fitting]))
            room -= _SECTION + (_table_height(rows[:fitting], _WORKSHOP_COLUMNS, 1)
                                if rows else _NOTE)
            rows = rows[fitting:]
            if not rows:
                break
            pages.append([])
            room = _WORKSHOPS_ROOM
    return pages


def _workshops_page(part: list[tuple[EventLine, list[list[str]]]]
                    ) -> Callable[[Canvas, Tour], None]:
    def page(c: Canvas, tour: Tour) -> None:
        y = _title(c, "Ateliers", _span(tour))
        for e, rows in part:
            y = _section(c, f"{e.short} — {french_date(e.date)}", y - 4 * mm)
            if not e.sessions:
                y = _note(c, "Journée plénière, sans atelier.", y - 2 * mm)
                continue
            y = _table(c, ["", "Atelier", "Horaire", "Places", "Inscrits", "Présents"],
                       rows, _WORKSHOP_COLUMNS, y - 2 * mm, wrapped=1)
    return page


def _workshop_row(s: SessionFigures) -> list[str]:
    return [s.code, s.title, french_span(s.start, s.end), str(s.capacity or "—"), str(s.registered),
            str(s.present)]


def _rows_fitting(rows: list[list[str]], room: float) -> int:
    """How many of `rows` fit in `room` below the header (at least one: no blank page)."""
    for n in range(len(rows), 0, -1):
        if _table_height(rows[:n], _WORKSHOP_COLUMNS, 1) <= room:
            return n
    return min(1, len(rows))


# -- drawing helpers --------------------------------------------------------------------

def _span(tour: Tour) -> str:
    if not tour.events:
        return tour.organiser
    first, last = tour.events[0].date, tour.events[-1].date
    when = french_date(first, False) if first == last else \
        f"du {french_date(first, False)} au {french_date(last, False)}"
    return f"{tour.organiser} · {len(tour.events)} {_meetings(len(tour.events))}, {when}"


def _title(c: Canvas, title: str, subtitle: str) -> float:
    y = PAGE_HEIGHT - MARGIN - 14
    c.setFillColor(ACCENT)
    c.setFont(fonts.BOLD, 17)
    c.drawString(MARGIN, y, title)
    c.setFillColor(MUTED)
    c.setFont(fonts.REGULAR, 9.5)
    text, size = fit(subtitle, fonts.REGULAR, 9.5, WIDTH)
    c.setFont(fonts.REGULAR, size)
    c.drawString(MARGIN, y - 16, text)
    c.setStrokeColor(RULE)
    c.line(MARGIN, y - 24, PAGE_WIDTH - MARGIN, y - 24)
    return float(y - 24)


def _section(c: Canvas, title: str, y: float, x: float = MARGIN,
             width: float = WIDTH) -> float:
    c.setFillColor(INK)
    text, size = fit(title, fonts.BOLD, 11, width)
    c.setFont(fonts.BOLD, size)
    c.drawString(x, y - 11, text)
    return y - 15


def _note(c: Canvas, text: str, y: float) -> float:
    c.setFillColor(MUTED)
    c.setFont(fonts.REGULAR, 9)
    c.drawString(MARGIN, y - 9, text)
    return y - 14


def _tiles(c: Canvas, tiles: Sequence[tuple[str, str]], y: float) -> float:
    per_row, gap, height = 4, 3 * mm, 19 * mm
    width = (WIDTH - (per_row - 1) * gap) / per_row
    for i, (value, label) in enumerate(tiles):
        x = MARGIN + (i % per_row) * (width + gap)
        top = y - (i // per_row) * (height + gap)
        c.setFillColor(SHADE)
        c.roundRect(x, top - height, width, height, 2 * mm, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.setFont(fonts.BOLD, 16)
        c.drawString(x + 3 * mm, top - 8 * mm, value)
        c.setFillColor(INK)
        c.setFont(fonts.REGULAR, 7.5)
        for n, line in enumerate(two_lines(label, fonts.REGULAR, 7.5, width - 6 * mm)):
            c.drawString(x + 3 * mm, top - 12.5 * mm - n * 9, line)
    rows = (len(tiles) + per_row - 1) // per_row
    return float(y - rows * (height + gap))


def _table(c: Canvas, headers: Sequence[str], rows: Sequence[Sequence[str]],
           widths_mm: Sequence[float], y: float, wrapped: int | None = None) -> float:
    """A table from `y` down; returns the y below it. Column `wrapped` (a title) takes
    up to two lines rather than shrinking to an unreadable size."""
    widths = [w * mm for w in widths_mm]

    def draw_row(cells: Sequence[str], top: float, bold: bool) -> float:
        font = fonts.BOLD if bold else fonts.REGULAR
        lines = _cell_lines(cells, widths, wrapped, font)
        height = _LINE + (len(lines) - 1) * _EXTRA_LINE
        x = MARGIN
        for n, (text, w) in enumerate(zip(cells, widths, strict=True)):
            base = top - _LINE + 1.6 * mm
            if n == wrapped:
                c.setFont(font, _TEXT)
                for k, line in enumerate(lines):
                    c.drawString(x + 1 * mm, base - k * _EXTRA_LINE, line)
            else:
                fitted, size = fit(text, font, _TEXT, w - 2 * mm)
                c.setFont(font, size)
                if (n >= len(cells) - 4 and text.replace(" ", "").isdigit()) or text == "—":
                    c.drawRightString(x + w - 1.5 * mm, base, fitted)
                else:
                    c.drawString(x + 1 * mm, base, fitted)
            x += w
        return float(height)

    c.setFillColor(SHADE)
    c.rect(MARGIN, y - _LINE, sum(widths), _LINE, stroke=0, fill=1)
    c.setFillColor(INK)
    y -= draw_row(headers, y, True)
    for n, row in enumerate(rows):
        last = n == len(rows) - 1 and row[0] == "Total"
        c.setFillColor(INK)
        y -= draw_row(row, y, last)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, y, MARGIN + sum(widths), y)
    return float(y)


def _cell_lines(cells: Sequence[str], widths: Sequence[float], wrapped: int | None,
                font: str) -> list[str]:
    """The wrapped cell's lines (two at most, the second cut with '…'), or one."""
    if wrapped is None:
        return [""]
    return two_lines(cells[wrapped], font, _TEXT, widths[wrapped] - 2 * mm) or [""]


def _table_height(rows: Sequence[Sequence[str]], widths_mm: Sequence[float],
                  wrapped: int | None) -> float:
    """What `_table` takes, header included."""
    widths = [w * mm for w in widths_mm]
    lines = [len(_cell_lines(r, widths, wrapped, fonts.REGULAR)) for r in rows]
    return float(_LINE + sum(_LINE + (n - 1) * _EXTRA_LINE for n in lines))


def _bars(c: Canvas, labels: Sequence[str], series: Sequence[Sequence[int]],
          names: Sequence[str], top: float, height: float) -> None:
    d = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 30
    chart.width, chart.height = WIDTH - 40, height - 45
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    _count_axis(chart.valueAxis, max((max(s, default=0) for s in chart.data), default=0))
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for n in range(len(chart.data)):
        chart.bars[n].fillColor = PALETTE[n % len(PALETTE)]
        chart.bars[n].strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 28, 10
    legend.dx, legend.dy = 7, 7
    legend.fontName, legend.fontSize = fonts.REGULAR, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 80
    legend.colorNamePairs = [(PALETTE[n % len(PALETTE)], name) for n, name in enumerate(names)]
    d.add(legend)
    renderPDF.draw(d, c, MARGIN, top - height)


def _hbars(c: Canvas, rows: Sequence[object], x: float, top: float, width: float,
           height: float) -> None:
    items = [(getattr(b, "label", "") or "(non renseigné)", int(getattr(b, "arrived", 0)))
             for b in rows]
    items.sort(key=lambda kv: -kv[1])
    if len(items) > TOP_N:
        items = [*items[:TOP_N - 1], ("Autres", sum(v for _, v in items[TOP_N - 1:]))]
    if not items:
        return
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    label_width = 78
    chart.x, chart.y = label_width + 4, 6
    chart.width, chart.height = width - label_width - 24, height - 12
    chart.data = [[v for _, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [  # "Service public de l'emploi" whole on two lines
        "\n".join(two_lines(k, fonts.REGULAR, 6.5, label_width)) for k, _ in reversed(items)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dx = -2
    chart.categoryAxis.labels.textAnchor = "end"  # a two-line label ends at the axis
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    _count_axis(chart.valueAxis, max(v for _, v in items))
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 7
    d.add(chart)
    renderPDF.draw(d, c, x, top - height)


def _count_axis(axis: Any, top: int) -> None:
    """An axis of people counted: whole numbers only (never "2.5 personnes"), written
    the French way ("1 200"), about six ticks whatever the largest count."""
    step = 1
    for factor in itertools.cycle((2, 2.5, 2)):  # 1, 2, 5, 10, 20, 50, 100…
        if top <= 6 * step:
            break
        step = int(step * factor)
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = max(step, -(-top // step) * step)
    axis.labelTextFormat = french_count


def french_count(value: float) -> str:
    return f"{int(value):,}".replace(",", "\u00a0")


def _meetings(count: int) -> str:
    return "rencontre" if count == 1 else "rencontres"  # French: 0 and 1 take the singular
