"""The tour's report for funders, in French: key figures, the meetings side by side
(table and bars), arrivals through the morning, who came (types of organisation,
départements) and the workshops. Counts only: no one is named."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.core import fonts
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
    wrap,
)
from checkin.core.reports.tour import Tour, arrivals_by_time

PALETTE = [colors.HexColor(c) for c in ("#1f4e79", "#e07b39", "#3a9d5d", "#8e5ea2",
                                        "#c9a227", "#5b6673")]
WIDTH = PAGE_WIDTH - 2 * MARGIN
TOP_N = 10  # rows of a breakdown chart; the rest are summed as "Autres"


def write_pdf(tour: Tour, out: Path) -> Path:
    def build(path: str) -> None:
        fonts.register_fonts()
        c = Canvas(path, pageCompression=1)
        c.setTitle(f"Bilan de la tournée — {tour.organiser}")
        c.setAuthor(tour.organiser or "checkin")
        c.setCreator("checkin")
        pages = [_page_summary, _page_arrivals_and_public, _page_workshops]
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


def _page_workshops(c: Canvas, tour: Tour) -> None:
    y = _title(c, "Ateliers", _span(tour))
    for e in tour.events:
        y = _section(c, f"{e.short} — {french_date(e.date)}", y - 4 * mm)
        if not e.sessions:
            y = _note(c, "Journée plénière, sans atelier.", y - 2 * mm)
            continue
        rows = [[s.code, s.title, f"{french_time(s.start)}-{french_time(s.end)}"
                 if s.start else "", str(s.capacity or "—"), str(s.registered),
                 str(s.present)] for s in e.sessions]
        y = _table(c, ["", "Atelier", "Horaire", "Places", "Inscrits", "Présents"], rows,
                   [8, 98, 26, 14, 17, 19], y - 2 * mm)
        if y < 60 * mm:
            break


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
        for n, line in enumerate(wrap(label, fonts.REGULAR, 7.5, width - 6 * mm)[:2]):
            c.drawString(x + 3 * mm, top - 12.5 * mm - n * 9, line)
    rows = (len(tiles) + per_row - 1) // per_row
    return float(y - rows * (height + gap))


def _table(c: Canvas, headers: Sequence[str], rows: Sequence[Sequence[str]],
           widths_mm: Sequence[float], y: float) -> float:
    widths = [w * mm for w in widths_mm]
    line = 5.2 * mm

    def draw_row(cells: Sequence[str], top: float, bold: bool) -> None:
        x = MARGIN
        for n, (text, w) in enumerate(zip(cells, widths, strict=True)):
            font = fonts.BOLD if bold else fonts.REGULAR
            fitted, size = fit(text, font, 8.5, w - 2 * mm)
            c.setFont(font, size)
            if (n >= len(cells) - 4 and text.replace(" ", "").isdigit()) or text == "—":
                c.drawRightString(x + w - 1.5 * mm, top - line + 1.6 * mm, fitted)
            else:
                c.drawString(x + 1 * mm, top - line + 1.6 * mm, fitted)
            x += w

    c.setFillColor(SHADE)
    c.rect(MARGIN, y - line, sum(widths), line, stroke=0, fill=1)
    c.setFillColor(INK)
    draw_row(headers, y, True)
    y -= line
    for n, row in enumerate(rows):
        last = n == len(rows) - 1 and row[0] == "Total"
        c.setFillColor(INK)
        draw_row(row, y, last)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(MARGIN, y - line, MARGIN + sum(widths), y - line)
        y -= line
    return float(y)


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
    chart.valueAxis.valueMin = 0
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
    label_width = 62
    chart.x, chart.y = label_width + 4, 6
    chart.width, chart.height = width - label_width - 24, height - 12
    chart.data = [[v for _, v in reversed(items)]]
    chart.categoryAxis.categoryNames = [_short(k, 24) for k, _ in reversed(items)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dx = -2
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 7
    d.add(chart)
    renderPDF.draw(d, c, x, top - height)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _meetings(count: int) -> str:
    return "rencontre" if count == 1 else "rencontres"  # French: 0 and 1 take the singular
