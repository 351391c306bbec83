"""The program that talks to printers, run as its own process by `printing`.

Qt's printing asks the print server (CUPS) for its printers while holding Python's
lock: a server that accepts the connection and never answers would freeze a whole
desk, GUI thread included. Run here, such a wait only stalls this process, which the
desk stops at its deadline and reports.

    python -m checkin.gui.printer_process list
    python -m checkin.gui.printer_process print BADGES.pdf --printer NAME --media MEDIA
        [--copies N] [--output FILE.pdf]
    python -m checkin.gui.printer_process serve [--media MEDIA]

Prints one JSON object on stdout: the printers, or the pages printed; on failure the
exit status is 2 and the object names the problem (`problem`, `detail`).

`serve` keeps the process alive for the desk (`printing.PrinterService`), so that a print
costs no interpreter, Qt or reportlab start (0.5 s or more): each line read on stdin is
`{"id": N, "argv": [...]}` (the arguments above), each line written back is
`{"id": N, "status": 0 or 2, "answer": {...}}`, after one `{"ready": true}` once warmed
up. A hung job is the desk's to stop.
With `"order": {...}` (a badge order, `checkin.core.badges.order`) and `-` for the PDF,
the badges are drawn here, in memory, by a renderer warmed up when the process started
(reportlab, the fonts, the QR encoder, QtPdf and Qt's PDF writer): the desk's process
neither draws them nor loads reportlab to print. `draw --media M --to FILE.pdf` with an
order writes its PDF for a CUPS queue (the desk then runs `lp`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

MAX_DPI = 600
FAILED = 2
# Writing into a PDF file needs no print server: point CUPS at nothing so that a server
# that does not answer cannot hold the file up.
NO_SERVER = "/nonexistent/checkin-no-print-server"
ORDERED = "-"  # in place of the PDF: the badges of the request's order, drawn here


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
                 output_file: Path | None = None, copies: int = 1,
                 pdf_bytes: bytes | None = None) -> int:
    """Print a badge PDF on `printer_name` at the media's exact size, never scaled;
    returns the number of pages. With `output_file`, Qt writes what it would print into
    that PDF instead; with `pdf_bytes`, the PDF is those bytes (`pdf_path` names the job).
    Each page is rendered by QtPdf at the printer's resolution (capped at 600 dpi: a QR
    module is still 14 dots; at a label printer's 300 dpi, 7)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from checkin.core.badges import load_layout
    layout = load_layout(media)
    document = QPdfDocument()
    buffer = _reading(pdf_bytes) if pdf_bytes is not None else None
    if buffer is not None:
        document.load(buffer)  # said by its status: the device overload returns nothing
        loaded = document.status() == QPdfDocument.Status.Ready
    else:
        loaded = document.load(str(pdf_path)) == QPdfDocument.Error.None_
    if not loaded:
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
    # Rendered no finer than the device prints: a queue's resolution comes from its PPD;
    # a file stands in for the medium's printer (a label printer's 300 dpi).
    device = printer.resolution() if output_file is None else layout.dpi
    printer.setResolution(min(device, MAX_DPI))
    if layout.monochrome:  # its printers print black: one gray byte a pixel to hand over
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
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


def _reading(data: bytes):  # type: ignore[no-untyped-def]
    """A QBuffer open on `data`: QtPdf reads a PDF held in memory from it. (setData
    copies the bytes: a buffer made on a temporary QByteArray reads freed memory.)"""
    from PySide6.QtCore import QBuffer
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    return buffer


def _paint_page(painter, printer, document, index: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtPrintSupport import QPrinter
    # The whole paper in device pixels: the PDF page maps onto it one to one.
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    image = document.render(index, QSize(round(paper.width()), round(paper.height())))
    _paint_image(painter, QRectF(0, 0, paper.width(), paper.height()), image)


def _paint_image(painter, target, image) -> None:  # type: ignore[no-untyped-def]
    """The page handed to Qt's PDF writer opaque (QtPdf renders on transparency: an
    alpha mask to compute and write) and losslessly compressed: Flate, where JPEG blurs
    a QR's edges and takes longer to encode (docs/performance.md, Printing)."""
    from PySide6.QtGui import QPainter
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    painter.drawImage(target, _on_white(image))


def _on_white(image: QImage) -> QImage:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


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
    draw = commands.add_parser("draw", help="draw a badge order into a PDF (serve only)")
    draw.add_argument("--media", required=True)
    draw.add_argument("--to", type=Path, required=True)
    serve = commands.add_parser("serve", help="answer requests read on stdin, one per line")
    serve.add_argument("--media", default="", help="the medium to warm the renderer up on")
    return parser.parse_args(argv)


def run(args: argparse.Namespace, order: object = None) -> dict[str, object]:
    if args.command == "list":
        return list_printers()
    if args.command == "draw":  # for lp: the PDF itself is what CUPS is given
        args.to.write_bytes(draw_order(order, args.media, compress=True)[1])
        return {"written": str(args.to)}
    if str(args.pdf) != ORDERED:
        pages = print_pdf_qt(args.pdf, args.printer, args.media, output_file=args.output,
                             copies=args.copies)
        return {"pages": pages}
    if order is None:
        raise PrinterProblem("unreadable_pdf", "no badge order")
    name, pdf = draw_order(order, args.media)
    pages = print_pdf_qt(Path(name), args.printer, args.media, output_file=args.output,
                         copies=args.copies, pdf_bytes=pdf)
    return {"pages": pages}


def draw_order(order: object, media: str, compress: bool = False) -> tuple[str, bytes]:
    """The job's name and the PDF of a badge order's badges, drawn in memory; its
    streams deflated only when asked (`compress`: a file CUPS spools), not when QtPdf
    reads it back at once (about a third of the drawing's time)."""
    import io

    from checkin.core.badges.order import read_order
    from checkin.core.badges.render import render_badges
    try:
        badges = read_order(order)
    except ValueError as exc:
        raise PrinterProblem("unreadable_pdf", str(exc)) from exc
    out = io.BytesIO()
    render_badges(badges, badges.registrations, media, out, compress=compress)
    return f"badge-{badges.registrations[0].code}", out.getvalue()


def answer(args: argparse.Namespace, order: object = None) -> tuple[int, dict[str, object]]:
    """The exit status and the JSON object of one command."""
    try:
        return 0, run(args, order)
    except PrinterProblem as problem:
        return FAILED, {"problem": problem.problem, "detail": problem.detail}
    except Exception as exc:  # a medium we do not know, a file gone: said, not a trace
        return FAILED, {"problem": "failed", "detail": str(exc)}


def serve(lines: TextIO, out: TextIO, media: str = "") -> None:
    """Answer one request per line until stdin closes (the desk has gone)."""
    try:
        warm_up(media)
    except Exception as exc:  # only time is lost: the prints will say what is wrong
        print(f"warm-up failed: {exc!r}", file=sys.stderr)
    out.write(json.dumps({"ready": True}) + "\n")  # warm: what a print costs from now
    out.flush()
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
            status, said = answer(args, request.get("order"))
        out.write(json.dumps({"id": request.get("id"), "status": status, "answer": said},
                             ensure_ascii=False) + "\n")
        out.flush()


def warm_up(media: str = "") -> None:
    """A badge drawn and painted into a PDF in memory, before the first print is asked
    for: the first print then costs what the others do, with reportlab and the fonts
    loaded, the QR encoder, QtPdf and Qt's PDF writer started. No print server is asked
    (QPdfWriter, not QPrinter): a hung one cannot hold this up."""
    from PySide6.QtCore import QBuffer, QMarginsF, QRectF, QSize
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter  # noqa: F401  (its library, loaded)

    from checkin.core.badges import load_layout
    from checkin.core.badges.order import badge_order
    from checkin.core.badges.render import BadgeData
    from checkin.core.badges.selection import DEFAULT_MEDIA
    from checkin.core.model import Registration
    from checkin.core.programme import Programme

    source = BadgeData(Programme("Rencontre régionale", "WARM", "2022-12-08"), "00" * 32)
    reg = Registration("warm-up", "WARMUP", last_name="Łukasiewicz-Nguyễn",
                       first_name="Zoë", organisation="Ville de Sète")
    media = media or DEFAULT_MEDIA
    _, pdf = draw_order(badge_order(source, [reg]), media)
    reading = _reading(pdf)
    document = QPdfDocument()
    document.load(reading)
    sink = QBuffer()
    sink.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(sink)
    writer.setResolution(min(load_layout(media).dpi, MAX_DPI))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A7))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    painter = QPainter(writer)
    page = QSize(writer.width(), writer.height())
    _paint_image(painter, QRectF(0, 0, page.width(), page.height()),
                 document.render(0, page))
    painter.end()
    document.close()


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window: only printers and pages
    if args.command == "print" and args.output is not None:
        os.environ["CUPS_SERVER"] = NO_SERVER
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["checkin-printer"])  # noqa: F841
    if args.command == "serve":
        serve(sys.stdin, sys.stdout, args.media)
        return 0
    status, said = answer(args)
    print(json.dumps(said, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main())
