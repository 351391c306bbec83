"""Benchmark: 1,000 badges on A4 sheets, and one badge on demand, beside a baseline.

The baseline draws the very same badges but each QR code with reportlab's
`QrCodeWidget` (the common approach: automatic version and mask, one rectangle per
module); ours uses a fixed version and mask and one path of merged runs. Run:

    uv run python tests/perf/bench_badges.py [COUNT]
    uv run python tests/perf/run.py --only badges    (with every other benchmark: no --only)

Prints times only; nothing here asserts on time.
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Fixtures, Row
from helpers import DATA

from checkin.core import codes
from checkin.core.badges import BadgeData, render_badges
from checkin.core.badges.qr import QUIET_ZONE
from checkin.core.model import CATEGORIES, Registration
from checkin.core.programme import load_programme

FIRST = ["Élodie", "Jean-Baptiste", "Zoë", "Minh Khai", "Γιώργος", "Марина", "Chloé",
         "Marie-Christine", "Søren", "Łucja", "François", "Aïcha"]
LAST = ["Dupré-Lefèvre", "Łukasiewicz", "Nguyễn Thị", "Παπαδόπουλος", "Кузнецова", "Martin",
        "de La Tour d'Auvergne", "Benoît", "Ødegård", "N'Diaye", "García Márquez", "Moreau"]
ORGS = ["Ville de Montpellier", "Maison de l'emploi du Grand Narbonne Méditerranée",
        "Conseil départemental de l'Hérault", "Régie de quartier", "Kraków Consulting"]


def widget_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The common approach: a QrCodeWidget in a Drawing, rendered per badge."""
    widget = QrCodeWidget(text, barLevel="M", barBorder=QUIET_ZONE)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def people(count: int) -> list[Registration]:
    rng = random.Random(7)
    taken: set[str] = set()
    regs = []
    for i in range(count):
        code = codes.new_code(taken)
        taken.add(code)
        regs.append(Registration(
            id=f"r{i}", code=code, first_name=rng.choice(FIRST), last_name=rng.choice(LAST),
            organisation=rng.choice(ORGS), role="Chargé·e de mission",
            category=rng.choice(CATEGORIES), sessions=tuple(rng.sample("ABC", 1) +
                                                            rng.sample("DEF", 1))))
    return regs


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def measure(count: int, singles: int = 100) -> dict[str, float]:
    """Seconds for `count` badges on A4 and median seconds for one label, ours and base."""
    data = BadgeData(load_programme(DATA / "occitanie-2022.toml"), codes.new_secret())
    regs = people(count)
    render_badges(data, regs[:20], "a4-2x5", io.BytesIO())  # fonts, layouts, caches
    render_badges(data, regs[:20], "a4-2x5", io.BytesIO(), qr_drawer=widget_qr)

    ours = timed(lambda: render_badges(data, regs, "a4-2x5", io.BytesIO()))
    base = timed(lambda: render_badges(data, regs, "a4-2x5", io.BytesIO(),
                                       qr_drawer=widget_qr))

    def one(drawer: Callable[..., None] | None, reg: Registration) -> float:
        kwargs = {"qr_drawer": drawer} if drawer else {}
        return timed(lambda: render_badges(data, [reg], "brother-ql-62x100", io.BytesIO(),
                                           **kwargs))
    sample = (regs * singles)[:singles]
    return {"ours": ours, "base": base,
            "single": statistics.median(one(None, r) for r in sample),
            "single_base": statistics.median(one(widget_qr, r) for r in sample)}


def rows(fixtures: Fixtures) -> list[Row]:
    count = fixtures.sizes.badges
    m = measure(count, singles=20 * fixtures.sizes.rounds)
    widget = "the same badges, QR by reportlab's QrCodeWidget"
    return [
        Row("badges", f"{count:,} badges, A4 sheets", m["ours"], "s", widget, m["base"],
            f"{count:,} badges, a4-2x5, {-(-count // 10)} pages, names in 6 scripts"),
        Row("badges", "one badge on demand, median", m["single"] * 1000, "ms", widget,
            m["single_base"] * 1000, f"Brother QL 62x100 label, {20 * fixtures.sizes.rounds}"
            " badges one at a time"),
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    m = measure(count)
    ours, base = m["ours"], m["base"]
    print(f"{count} badges, A4 2×5 ({-(-count // 10)} pages)")
    print(f"  checkin (fixed-version QR path): {ours:7.2f} s  {ours / count * 1000:6.2f} ms/badge")
    print(f"  baseline (QrCodeWidget):         {base:7.2f} s  {base / count * 1000:6.2f} ms/badge")
    print(f"  speed-up: {base / ours:.1f}×")

    single, single_base = m["single"], m["single_base"]
    print("one badge on demand (Brother QL label, median of 100)")
    print(f"  checkin:  {single * 1000:6.2f} ms")
    print(f"  baseline: {single_base * 1000:6.2f} ms")


if __name__ == "__main__":
    main()
