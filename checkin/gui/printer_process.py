"""The program that talks to printers, run as its own process by `printing`.

Qt's printing asks the print server (CUPS) for its printers while holding Python's
lock: a server that accepts the connection and never answers would freeze a whole
desk, GUI thread included. Run here, such a wait only stalls this process, which the
desk stops at its deadline and reports.

    python -m checkin.gui.printer_process list
    python -m checkin.gui.printer_process print BADGES.pdf --printer NAME --media MEDIA
        [--copies N] [--output FILE.pdf]
    python -m checkin.gui.printer_process serve

Prints one JSON object on stdout: the printers, or the pages printed; on failure the
exit status is 2 and the object names the problem (`problem`, `detail`).

`serve` keeps the process alive for the desk (`printing.PrinterService`), so that a print
costs no interpreter, Qt or reportlab start (0.5 s or more): each line read on stdin is
`{"id": N, "argv": [...]}` (the arguments above), each line written back is
`{"id": N, "status": 0 or 2, "answer": {...}}`. A hung job is the desk's to stop.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TextIO

MAX_DPI = 600
FAILED = 2
# Writing into a PDF file needs no print server: point CUPS at nothing so that a server
# that does not answer cannot hold the file up.
NO_SERVER = "/nonexistent/checkin-no-print-server"


class PrinterProblem(Exception):
    """What went wrong, as a problem name the desk words in its own language."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


# -- which printers -----------------------------------------------------------------------

def cups_queues(lpstat: str = "lpstat", timeout: float = 10) -> list[str]:
    """CUPS queues accepting jobs; none where CUPS is not installed or does not answer."""
    if shutil.which(lpstat) is None:
        return []
    try:
        done = subprocess.run([lpstat, "-e"], capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return []
    return done.stdout.split() if done.returncode == 0 else []


def list_printers() -> dict[str, object]:
    from PySide6.QtPrintSupport import QPrinterInfo
    return {"qt": list(QPrinterInfo.availablePrinterNames()),
            "default": str(QPrinterInfo.defaultPrinterName()),
            "cups": cups_queues()}


# -- printing through Qt ----------------------------------------------------------------------

def page_layout(width_mm: float, height_mm: float, name: str):  # type: ignore[no-untyped-def]
    """The badge's exact page, no margins. Label drivers describe media upright (54 × 101
    mm for a Dymo 99014), so a wide page is that upright size turned landscape."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize
    wide = width_mm > height_mm
    size = QPageSize(QSizeF(min(width_mm, height_mm), max(width_mm, height_mm)),
                     QPageSize.Unit.Millimeter, name, QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (QPageLayout.Orientation.Landscape if wide
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def print_pdf_qt(pdf_path: Path, printer_name: str, media: str, *,
                 output_file: Path | None = None, copies: int = 1) -> int:
    """Print a badge PDF on `printer_name` at the media's exact size, never scaled;
    returns the number of pages. With `output_file`, Qt writes what it would print into
    that PDF instead. Each page is rendered by QtPdf at the printer's resolution (capped
    at 600 dpi: a QR module is still 14 dots)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from checkin.core.badges import load_layout
    layout = load_layout(media)
    document = QPdfDocument()
    if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
        raise PrinterProblem("unreadable_pdf", str(pdf_path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if output_file is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output_file))
    else:
        printer.setPrinterName(printer_name)
        if not printer.isValid() or printer.printerName() != printer_name:
            raise PrinterProblem("no_printer", printer_name)
    where = printer_name or str(output_file)
    printer.setResolution(min(printer.resolution(), MAX_DPI))
    printer.setFullPage(True)
    if not printer.setPageLayout(page_layout(layout.page_width, layout.page_height,
                                             layout.name)):
        raise PrinterProblem("page_size", f"{where}: {media}")
    printer.setDocName(pdf_path.stem)
    printer.setCopyCount(copies)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterProblem("cannot_start", where)
    try:
        for index in range(pages):
            if index and not printer.newPage():
                raise PrinterProblem("cannot_start", f"{where}: page {index + 1}")
            _paint_page(painter, printer, document, index)
    finally:
        painter.end()
        document.close()
    return pages


def _paint_page(painter, printer, document, index: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor
    from PySide6.QtPrintSupport import QPrinter
    # The whole paper in device pixels: the PDF page maps onto it one to one.
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    image = document.render(index, QSize(round(paper.width()), round(paper.height())))
    target = QRectF(0, 0, paper.width(), paper.height())
    painter.fillRect(target, QColor("white"))  # QtPdf renders on transparency
    painter.drawImage(target, image)


# -- the program ------------------------------------------------------------------------------

def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="checkin.gui.printer_process")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="the printers Qt and CUPS know")
    job = commands.add_parser("print", help="print a badge PDF through Qt")
    job.add_argument("pdf", type=Path)
    job.add_argument("--printer", default="")
    job.add_argument("--media", required=True)
    job.add_argument("--copies", type=int, default=1)
    job.add_argument("--output", type=Path, help="write what would be printed to this PDF")
    commands.add_parser("serve", help="answer requests read on stdin, one per line")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict[str, object]:
    if args.command == "list":
        return list_printers()
    pages = print_pdf_qt(args.pdf, args.printer, args.media, output_file=args.output,
                         copies=args.copies)
    return {"pages": pages}


def answer(args: argparse.Namespace) -> tuple[int, dict[str, object]]:
    """The exit status and the JSON object of one command."""
    try:
        return 0, run(args)
    except PrinterProblem as problem:
        return FAILED, {"problem": problem.problem, "detail": problem.detail}
    except Exception as exc:  # a medium we do not know, a file gone: said, not a trace
        return FAILED, {"problem": "failed", "detail": str(exc)}


def serve(lines: TextIO, out: TextIO) -> None:
    """Answer one request per line until stdin closes (the desk has gone)."""
    _warm_up()
    for line in lines:
        try:
            request = json.loads(line)
            argv = [str(a) for a in request["argv"]]
        except (ValueError, KeyError, TypeError):
            continue  # not a request of ours: nothing to answer
        said: dict[str, object]
        try:
            args = parse(argv)
        except SystemExit:  # argparse said why on stderr
            status, said = FAILED, {"problem": "failed", "detail": " ".join(argv)}
        else:
            status, said = answer(args)
        out.write(json.dumps({"id": request.get("id"), "status": status, "answer": said},
                             ensure_ascii=False) + "\n")
        out.flush()


def _warm_up() -> None:
    """What a print needs, loaded before the first one is asked for."""
    from PySide6 import QtPdf, QtPrintSupport  # noqa: F401

    from checkin.core.badges import layouts  # noqa: F401


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window: only printers and pages
    if args.command == "print" and args.output is not None:
        os.environ["CUPS_SERVER"] = NO_SERVER
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["checkin-printer"])  # noqa: F841
    if args.command == "serve":
        serve(sys.stdin, sys.stdout)
        return 0
    status, said = answer(args)
    print(json.dumps(said, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main())
