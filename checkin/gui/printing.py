"""Printing badges: through Qt to the station's printer, or as a PDF to a CUPS queue.

Both print the badge PDF at its exact media size, never scaled to fit: Qt gets a
QPageSize made from the layout's millimetres with no margins and full-page painting,
each PDF page rendered by QtPdf at the printer's resolution (capped at 600 dpi: a QR
module is still 14 dots); CUPS gets `lp -o media=... -o fit-to-page=false`. Printing
runs in Qt's thread pool, never on the GUI thread; each badge sent to a printer is
then journaled (`record_prints`) through the event's own worker thread.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.core.badges import (
    DEFAULT_MEDIA,
    Layout,
    PrintRecord,
    load_layout,
    prints_of,
    record_prints,
    render_badges,
)
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.gui.errors import describe
from checkin.gui.settings import Settings
from checkin.gui.worker import EventWorker

translate = QCoreApplication.translate
MAX_DPI = 600
QT, CUPS = "qt", "cups"


class PrintError(CheckinError):
    """A badge could not be sent to the printer; the message says which and why."""


@dataclass(frozen=True)
class PrintTarget:
    """Where this station prints badges: a Qt printer or a CUPS queue, and the medium."""

    kind: str  # QT or CUPS
    name: str  # the printer's name (Qt) or the queue's (CUPS)
    media: str = DEFAULT_MEDIA


def load_target(settings: Settings) -> PrintTarget | None:
    store = settings.store
    kind = str(store.value("printing/kind", "") or "")
    name = str(store.value("printing/name", "") or "")
    media = str(store.value("printing/media", DEFAULT_MEDIA) or DEFAULT_MEDIA)
    return PrintTarget(kind, name, media) if kind in (QT, CUPS) and name else None


def save_target(settings: Settings, target: PrintTarget) -> None:
    for key, value in (("kind", target.kind), ("name", target.name), ("media", target.media)):
        settings.store.setValue(f"printing/{key}", value)
    settings.store.sync()


# -- which printers --------------------------------------------------------------------

def available_printers() -> list[str]:
    """Printers Qt can print to (on Linux, the CUPS queues)."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str:
    return str(QPrinterInfo.defaultPrinterName())


def cups_queues(lpstat: str = "lpstat") -> list[str]:
    """CUPS queues accepting jobs; none where CUPS is not installed or not running."""
    if shutil.which(lpstat) is None:
        return []
    done = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=10,
                          check=False)
    return done.stdout.split() if done.returncode == 0 else []


# -- the Qt path -------------------------------------------------------------------------

def page_layout(layout: Layout) -> QPageLayout:
    """The badge's exact page, no margins. Label drivers describe media upright (54 × 101
    mm for a Dymo 99014), so a wide page is that upright size turned landscape."""
    w, h = layout.page_width, layout.page_height
    wide = w > h
    size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Millimeter, layout.name,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (QPageLayout.Orientation.Landscape if wide
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def print_pdf_qt(pdf_path: Path, printer_name: str, media: str, *,
                 output_file: Path | None = None, copies: int = 1) -> int:
    """Print a badge PDF on `printer_name` at the media's exact size; returns the number
    of pages. With `output_file`, Qt writes what it would print into that PDF instead."""
    layout = load_layout(media)
    document = QPdfDocument()
    if document.load(str(pdf_path)) != QPdfDocument.Error.None_:
        raise PrintError(f"{pdf_path}: not a readable PDF")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if output_file is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output_file))
    else:
        printer.setPrinterName(printer_name)
        if not printer.isValid() or printer.printerName() != printer_name:
            raise PrintError(f"no printer called {printer_name!r}")
    printer.setResolution(min(printer.resolution(), MAX_DPI))
    printer.setFullPage(True)
    if not printer.setPageLayout(page_layout(layout)):
        raise PrintError(f"{printer_name or output_file}: cannot use the page size of {media}")
    printer.setDocName(pdf_path.stem)
    printer.setCopyCount(copies)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"cannot start printing on {printer_name or output_file}")
    try:
        for index in range(pages):
            if index and not printer.newPage():
                raise PrintError(f"{printer_name or output_file}: cannot start page {index + 1}")
            _paint_page(painter, printer, document, index)
    finally:
        painter.end()
        document.close()
    return pages


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument,
                index: int) -> None:
    # The whole paper in device pixels: the PDF page maps onto it one to one.
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    pixels = QSize(round(paper.width()), round(paper.height()))
    image = document.render(index, pixels)
    target = QRectF(0, 0, paper.width(), paper.height())
    painter.fillRect(target, QColor("white"))  # QtPdf renders on transparency
    painter.drawImage(target, image)


# -- the CUPS path ----------------------------------------------------------------------

_REQUEST = re.compile(r"request id is (\S+)")


def lp_command(pdf_path: Path, queue: str, media: str, lp: str = "lp",
               copies: int = 1) -> list[str]:
    layout = load_layout(media)
    return [lp, "-d", queue, "-t", pdf_path.stem, "-n", str(copies),
            "-o", f"media={layout.media}", "-o", "fit-to-page=false",
            "-o", "print-scaling=none", str(pdf_path)]


def print_pdf_cups(pdf_path: Path, queue: str, media: str, *, lp: str = "lp",
                   copies: int = 1, timeout: float = 30) -> str:
    """Send a badge PDF to a CUPS queue unscaled at the media's size; returns the job id.
    Blocks until `lp` answers (CUPS spools and returns at once): call it off the GUI
    thread, as `start_print` does."""
    if shutil.which(lp) is None:
        raise PrintError("cannot print to a CUPS queue: the `lp` command is missing"
                         " (install CUPS)")
    try:
        done = subprocess.run(lp_command(pdf_path, queue, media, lp, copies),
                              capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise PrintError(f"CUPS queue {queue}: no answer in {timeout:g} s") from None
    if done.returncode != 0:
        why = " ".join((done.stderr or done.stdout).split()) or f"exit status {done.returncode}"
        raise PrintError(f"CUPS queue {queue}: {why}")
    found = _REQUEST.search(done.stdout)
    return found.group(1) if found else done.stdout.strip()


def print_pdf(pdf_path: Path, target: PrintTarget) -> str:
    """Print on `target`; a short description of the job for the status bar."""
    if target.kind == CUPS:
        return print_pdf_cups(pdf_path, target.name, target.media)
    pages = print_pdf_qt(pdf_path, target.name, target.media)
    return f"{target.name}: {pages} page(s)"


# -- off the GUI thread ------------------------------------------------------------------

class _Signals(QObject):
    done = Signal(object, str)  # the task, a description of the job
    failed = Signal(object, str)  # the task, what went wrong


class PrintTask(QRunnable):
    """Prints one PDF in Qt's thread pool; reports on the GUI thread by signal."""

    def __init__(self, pdf_path: Path, target: PrintTarget) -> None:
        super().__init__()
        self.pdf_path = pdf_path
        self.target = target
        self.signals = _Signals()

    def run(self) -> None:
        try:
            job = print_pdf(self.pdf_path, self.target)
        except Exception as exc:  # shown to the user, never lost in the pool
            self.signals.failed.emit(self, str(exc))
        else:
            self.signals.done.emit(self, job)


def start_print(pdf_path: Path, target: PrintTarget,
                on_done: Callable[[PrintTask, str], None],
                on_failed: Callable[[PrintTask, str], None]) -> PrintTask:
    """Print in Qt's thread pool. Give slots of QObjects living on the GUI thread: the
    signals then arrive there, queued."""
    task = PrintTask(pdf_path, target)
    task.setAutoDelete(False)  # the caller keeps it (and its signals) alive
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(task)
    return task


class BadgePrinter(QObject):
    """The desk's on-demand badge printing: renders in the event's thread, prints in the
    pool, then journals the prints. `printed(ids, job)` or `failed(message)` follows."""

    printed = Signal(object, str)  # list of registration ids, job description
    failed = Signal(str)

    def __init__(self, worker: EventWorker, target: Callable[[], PrintTarget | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.target = target
        self._tasks: dict[PrintTask, list[Registration]] = {}
        self._dir = tempfile.TemporaryDirectory(prefix="checkin-badges-")
        self._count = 0

    def request(self, reg: Registration, parent: QWidget | None = None,
                if_printed: str = "ask") -> None:
        """Print `reg`'s badge; when it was printed before: "ask" first (the desk's
        button and shortcut), "skip" (automatic printing at check-in) or "print"."""
        def decide(history: list[PrintRecord]) -> None:
            if history and (if_printed == "skip" or (
                    if_printed == "ask" and not confirm_reprint(parent, reg, history))):
                return
            self.print_badges([reg])
        self.worker.submit(lambda event: prints_of(event, reg.id), decide, self._failed)

    def print_badges(self, regs: Sequence[Registration]) -> None:
        target = self.target()
        if target is None:
            self.failed.emit(translate("Printing", "No badge printer is chosen for this"
                                                   " station."))
            return
        self._count += 1
        pdf = Path(self._dir.name) / f"badge-{regs[0].code}-{self._count}.pdf"
        chosen = list(regs)

        def render(event: Event) -> Path:
            render_badges(event, chosen, target.media, pdf)
            return pdf

        def rendered(path: Path) -> None:
            task = PrintTask(path, target)
            task.setAutoDelete(False)
            task.signals.done.connect(self._done)
            task.signals.failed.connect(self._task_failed)
            self._tasks[task] = chosen
            QThreadPool.globalInstance().start(task)
        self.worker.submit(render, rendered, self._failed)

    def _done(self, task: PrintTask, job: str) -> None:
        regs = self._forget(task)
        media = task.target.media
        self.worker.submit(lambda event: record_prints(event, regs, media),
                           lambda _: self.printed.emit([r.id for r in regs], job),
                           self._failed)

    def _task_failed(self, task: PrintTask, message: str) -> None:
        self._forget(task)
        self.failed.emit(message)

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(describe(exc))

    def _forget(self, task: PrintTask) -> list[Registration]:
        task.pdf_path.unlink(missing_ok=True)
        return self._tasks.pop(task, [])

    @property
    def busy(self) -> bool:
        return bool(self._tasks)


def confirm_reprint(parent: QWidget | None, reg: Registration,
                    history: Sequence[PrintRecord]) -> bool:
    """Ask before printing a badge again, saying when and where it was printed."""
    last = history[-1]
    when = last.at[11:16].replace(":", "h") if len(last.at) >= 16 else last.at
    text = translate("Printing", "The badge of {name} was already printed ({count} time(s),"
                                 " last at {when}, {station}). Print it again?").format(
        name=reg.full_name, count=len(history), when=when, station=last.station)
    answer = QMessageBox.question(
        parent, translate("Printing", "Print again?"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
