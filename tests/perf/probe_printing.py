"""Where a badge's print goes in the printer process: the badge order drawn (reportlab)
and printed through Qt into a PDF file, as `printer_process serve` does for Ctrl+P,
under cProfile; the functions that took the most time, their own and below them.
Printed, never asserted.

    uv run python tests/perf/probe_printing.py [MEDIA] [PRINTS]

MEDIA: a badge layout (brother-ql-62x100 by default: the benchmark's); PRINTS: how
many badges, one a print (40). The renderer is warmed up first, as the process does.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path


def main(media: str = "brother-ql-62x100", prints: int = 40) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["CUPS_SERVER"] = "/nonexistent/probe"  # a file output asks no server
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["probe"])  # noqa: F841

    from checkin.core.badges.order import badge_order
    from checkin.core.badges.render import BadgeData
    from checkin.core.model import Registration
    from checkin.core.programme import Programme
    from checkin.gui import printer_process as pp

    pp.warm_up(media)
    source = BadgeData(Programme("Rencontre régionale des services techniques", "RRST",
                                 "2026-12-08"), "00" * 32)
    orders = [badge_order(source, [Registration(
        f"r{n}", f"C{n:05d}", last_name=f"Łukasiewicz-Nguyễn {n}", first_name="Zoë",
        organisation="Ville de Sète", category="speaker")]) for n in range(prints)]
    out = Path(tempfile.mkdtemp(prefix="probe-print-")) / "printed.pdf"
    profile = cProfile.Profile()
    wall, cpu = time.perf_counter(), time.process_time()
    profile.enable()
    for order in orders:
        name, pdf = pp.draw_order(order, media)
        pp.print_pdf_qt(Path(name), "", media, output_file=out, pdf_bytes=pdf)
    profile.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{media}: {prints} prints, {wall / prints * 1000:.1f} ms wall and"
          f" {cpu / prints * 1000:.1f} ms CPU each (under cProfile);"
          f" load {os.getloadavg()[0]:.2f}")
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(15)
    stats.sort_stats("cumulative").print_stats(15)


if __name__ == "__main__":
    main(*sys.argv[1:2], *(int(a) for a in sys.argv[2:3]))
