"""Printing badges: through Qt to the station's printer, or as a PDF to a CUPS queue.

Both print the badge PDF at its exact media size, never scaled to fit (the Qt side is
`printer_process`; CUPS gets `lp -o media=... -o fit-to-page=false`). Every print and
every question about printers runs as a separate program under QProcess with a deadline:
a printer or print server that never answers costs a message, never a frozen desk. Each
badge sent to a printer is then journaled (`record_prints`) through the event's own
worker thread. At the desk, a badge printed through Qt is drawn by the printer process
kept alive, from a badge order the event's thread makes (`core.badges.order`): neither
the event's thread nor the desk's process draws it or loads reportlab for it.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.core import (
    badges,  # its layouts and renderer (reportlab) load on first use
    names,
)
from checkin.core.badges.order import badge_order
from checkin.core.badges.prints import PrintRecord, prints_of, record_prints
from checkin.core.badges.selection import DEFAULT_MEDIA
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.gui import times
from checkin.gui.errors import describe
from checkin.gui.printer_process import ORDERED
from checkin.gui.settings import Settings
from checkin.gui.worker import EventWorker

translate = QCoreApplication.translate
QT, CUPS = "qt", "cups"


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


# -- the printer process ---------------------------------------------------------------------

PROCESS_MODULE = "checkin.gui.printer_process"
PRINT_DEADLINE_MS = 180_000  # a batch of 300 badges at 600 dpi takes about 30 s
LOOKUP_DEADLINE_MS = 20_000


@dataclass(frozen=True)
class Answer:
    """How a program run ended: its exit status and output, or why it has none."""

    status: int | None  # None: it did not start, crashed or was stopped at its deadline
    output: str
    errors: str
    timed_out: bool = False


class ProgramRun(QObject):
    """One program run by QProcess, never waited for on the GUI thread: stopped at its
    deadline. `finished(Answer)` follows exactly once."""

    finished = Signal(object)

    def __init__(self, program: str, arguments: Sequence[str], deadline_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ended = False
        self._timed_out = False
        self.process = QProcess(self)
        self.process.setProgram(program)
        self.process.setArguments(list(arguments))
        self.process.finished.connect(self._exited)
        self.process.errorOccurred.connect(self._error)
        self._deadline = QTimer(self, singleShot=True, interval=deadline_ms)
        self._deadline.timeout.connect(self._too_late)
        self._deadline.start()
        self.process.start()

    def _too_late(self) -> None:
        self._timed_out = True
        self.process.kill()  # `finished` follows, as a crash

    def _exited(self, code: int, status: QProcess.ExitStatus) -> None:
        normal = status == QProcess.ExitStatus.NormalExit and not self._timed_out
        self._end(code if normal else None)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no `finished` then
            self._end(None)

    def _end(self, status: int | None) -> None:
        if self._ended:
            return
        self._ended = True
        self._deadline.stop()
        output = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        errors = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        if status is None and not self._timed_out and not errors:
            errors = self.process.errorString()
        self.finished.emit(Answer(status, output, errors, self._timed_out))


class PrinterService(QObject):
    """The printer process kept alive (`printer_process serve`): a print costs no process
    start. One request at a time, each under its own deadline; a process that overruns
    it is killed and, like one that dies, started again for the next request, so a hung
    print server stalls that process only, never the desk. `ready` follows each start
    once the process has warmed its renderer up."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: QProcess | None = None
        self._queue: list[tuple[int, list[str], int, Callable[[Answer], None],
                                dict[str, Any] | None]] = []
        self._current: tuple[int, Callable[[Answer], None]] | None = None
        self._buffer = b""
        self._ids = 0
        self.starts = 0  # how many processes were started (tests read it)
        self.media = ""  # the medium a process started again warms up on
        self._deadline = QTimer(self, singleShot=True)
        self._deadline.timeout.connect(self._too_late)

    def start(self, media: str = "") -> None:
        """Start the process now (after the desk is shown), not at the first print; it
        warms its renderer up on `media`."""
        if media:
            self.media = media
        if self.process is not None:
            return
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(process_arguments("serve", *(
            ("--media", self.media) if self.media else ())))
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(lambda *_: self._died(process))
        process.errorOccurred.connect(lambda error: self._start_failed(process, error))
        self.process = process
        self._buffer = b""
        self.starts += 1
        process.start()

    def call(self, argv: Sequence[str], deadline_ms: int,
             on_answer: Callable[[Answer], None],
             order: dict[str, Any] | None = None) -> None:
        """Run `printer_process ARGV...` in the kept process, with a badge `order` to
        draw there (ARGV naming `ORDERED` for the PDF); `on_answer(Answer)` once."""
        self._ids += 1
        self._queue.append((self._ids, list(argv), deadline_ms, on_answer, order))
        self._next()

    def stop(self) -> None:
        """End the process: an idle one reads the end of its input and exits; one busy
        with a print (or slow to exit) is killed. Requests still queued are dropped."""
        process, self.process = self.process, None
        self._deadline.stop()
        self._queue.clear()
        self._current = None
        if process is None:
            return
        process.closeWriteChannel()
        if not process.waitForFinished(500):
            process.kill()
            process.waitForFinished(500)

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        self.start()
        assert self.process is not None
        ident, argv, deadline_ms, on_answer, order = self._queue.pop(0)
        self._current = (ident, on_answer)
        self._deadline.start(deadline_ms)
        request: dict[str, Any] = {"id": ident, "argv": argv}
        if order is not None:
            request["order"] = order
        line = json.dumps(request, ensure_ascii=False) + "\n"
        self.process.write(line.encode("utf-8"))

    def _read(self) -> None:
        if self.process is None:
            return
        self._buffer += bytes(self.process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            said = _json_object(line.decode("utf-8", "replace"))
            if said is not None and said.get("ready") is True:
                self.ready.emit()
                continue
            if said is None or self._current is None or said.get("id") != self._current[0]:
                continue
            status = said.get("status")
            self._answer(Answer(status if isinstance(status, int) else None,
                                json.dumps(said.get("answer", {})), ""))

    def _answer(self, answer: Answer) -> None:
        current, self._current = self._current, None
        self._deadline.stop()
        if current is not None:
            current[1](answer)
        self._next()

    def _too_late(self) -> None:
        self._kill()
        self._answer(Answer(None, "", "", timed_out=True))

    def _died(self, process: QProcess) -> None:
        if process is not self.process:
            return  # one already killed and replaced
        try:
            errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        except RuntimeError:  # the desk is going: the process was destroyed with it
            self.process = None
            return
        self._kill()
        if self._current is not None:
            self._answer(Answer(None, "", errors or process.errorString()))

    def _start_failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # no `finished` then
            self._died(process)

    def _kill(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.kill()
            process.deleteLater()  # its `finished` no longer concerns us


def process_arguments(*arguments: str) -> list[str]:
    """The printer process's command line after the Python interpreter."""
    return ["-m", PROCESS_MODULE, *arguments]


def qt_print_arguments(pdf_path: Path, target: PrintTarget) -> list[str]:
    return process_arguments("print", str(pdf_path), "--printer", target.name,
                             "--media", target.media)


# -- which printers --------------------------------------------------------------------

class PrinterLookup(QObject):
    """The printers Qt can print to and the CUPS queues, asked of the printer process.
    `found(printers, queues)` follows; both lists are empty, with `problem` saying why,
    when nothing answered in time."""

    found = Signal(list, list)

    def __init__(self, parent: QObject | None = None,
                 deadline_ms: int = LOOKUP_DEADLINE_MS) -> None:
        super().__init__(parent)
        self.problem = ""
        self.default = ""
        self.deadline_ms = deadline_ms
        self.run = ProgramRun(sys.executable, process_arguments("list"), deadline_ms, self)
        self.run.finished.connect(self._answered)

    def _answered(self, answer: Answer) -> None:
        printers: list[str] = []
        queues: list[str] = []
        found = _json_object(answer.output) if answer.status == 0 else None
        if found is None:
            self.problem = answer_problem(answer, self.deadline_ms)
        else:
            printers = [str(p) for p in found.get("qt", [])]
            queues = [str(q) for q in found.get("cups", [])]
            self.default = str(found.get("default", ""))
        self.found.emit(printers, queues)


def print_targets(printers: Sequence[str], queues: Sequence[str],
                  keep: PrintTarget | None = None) -> list[tuple[str, str]]:
    """(kind, name) of every printer offered, `keep` first when it is not there now."""
    targets = [(QT, p) for p in printers] + [(CUPS, q) for q in queues]
    if keep is not None and (keep.kind, keep.name) not in targets:
        targets.insert(0, (keep.kind, keep.name))
    return targets


def target_label(kind: str, name: str) -> str:
    """How the printer list names a target: the same queue may be offered both ways (Qt
    prints it; or its PDF goes to CUPS with lp), so each says which way it is."""
    if kind == QT:
        return translate("Printing", "%1 — printed by this application").replace("%1", name)
    return translate("Printing", "%1 — the PDF file sent to CUPS").replace("%1", name)


# -- what went wrong, in words ----------------------------------------------------------------

def problem_text(problem: str, detail: str = "") -> str:
    words = {
        "no_printer": translate("Printing", "there is no printer called “%1” on this"
                                            " computer."),
        "unreadable_pdf": translate("Printing", "the badge file could not be read (%1)."),
        "page_size": translate("Printing", "the printer refuses the badge's page size (%1)."),
        "cannot_start": translate("Printing", "the printer could not start printing (%1)."),
        "timeout": translate("Printing", "the printer or the print server (CUPS) did not"
                                         " answer in %1 s: check that it is on and"
                                         " connected."),
        "cups_missing": translate("Printing", "printing to a CUPS queue needs the lp"
                                              " command: install CUPS."),
        "cups_refused": translate("Printing", "CUPS refused the job: %1"),
        "crashed": translate("Printing", "the printing program stopped unexpectedly (%1)."),
    }
    text = words.get(problem, translate("Printing", "printing failed: %1"))
    return text.replace("%1", detail)


def answer_problem(answer: Answer, deadline_ms: int) -> str:
    """The words for a printer process that gave no usable answer."""
    if answer.timed_out:
        return problem_text("timeout", f"{deadline_ms / 1000:g}")
    said = _json_object(answer.output)
    if said is not None and "problem" in said:
        return problem_text(str(said["problem"]), str(said.get("detail", "")))
    last = (answer.errors.strip().splitlines() or [""])[-1]
    return problem_text("crashed", last or f"status {answer.status}")


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        found = json.loads(text.strip().splitlines()[-1]) if text.strip() else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


# -- the CUPS path ----------------------------------------------------------------------

_REQUEST = re.compile(r"request id is (\S+)")


def lp_command(pdf_path: Path, queue: str, media: str, lp: str = "lp",
               copies: int = 1) -> list[str]:
    """`lp` sending a badge PDF unscaled at the media's size."""
    layout = badges.load_layout(media)
    return [lp, "-d", queue, "-t", pdf_path.stem, "-n", str(copies),
            "-o", f"media={layout.media}", "-o", "fit-to-page=false",
            "-o", "print-scaling=none", str(pdf_path)]


def cups_job_id(lp_output: str) -> str:
    found = _REQUEST.search(lp_output)
    return found.group(1) if found else lp_output.strip()


# -- one print job -------------------------------------------------------------------------

class PrintJob(QObject):
    """One PDF sent to the station's printer, off the GUI thread: through the printer
    process (Qt) or `lp` (CUPS). With `order` and the kept `service`, the printer
    process draws the order's badges and prints them (Qt; `pdf_path` None), or draws
    them into `pdf_path` for `lp` (CUPS). `done(job, description)` or `failed(job,
    message)`."""

    done = Signal(object, str)
    failed = Signal(object, str)

    def __init__(self, pdf_path: Path | None, target: PrintTarget,
                 parent: QObject | None = None, deadline_ms: int | None = None,
                 service: PrinterService | None = None,
                 order: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.target = target
        self.deadline_ms = deadline_ms or PRINT_DEADLINE_MS
        self.run: ProgramRun | None = None
        if order is not None and service is not None:
            if target.kind == QT:
                service.call(qt_print_arguments(Path(ORDERED), target)[2:],
                             self.deadline_ms, self._answered, order)
            else:
                assert pdf_path is not None
                service.call(["draw", "--media", target.media, "--to", str(pdf_path)],
                             self.deadline_ms, self._drawn, order)
            return
        assert pdf_path is not None
        if target.kind == CUPS:
            self._send_to_cups(pdf_path)
            return
        if service is not None:  # the kept process: no start to wait for
            service.call(qt_print_arguments(pdf_path, target)[2:],  # after "-m MODULE"
                         self.deadline_ms,
                         self._answered)
            return
        else:
            self.run = ProgramRun(sys.executable, qt_print_arguments(pdf_path, target),
                                  self.deadline_ms, self)
        self.run.finished.connect(self._answered)

    def _send_to_cups(self, pdf_path: Path) -> None:
        lp = shutil.which("lp")
        if lp is None:
            QTimer.singleShot(0, lambda: self.failed.emit(self, problem_text(
                "cups_missing")))
            return
        command = lp_command(pdf_path, self.target.name, self.target.media, lp)
        self.run = ProgramRun(command[0], command[1:], self.deadline_ms, self)
        self.run.finished.connect(self._answered)

    def _drawn(self, answer: Answer) -> None:
        if answer.status == 0 and self.pdf_path is not None:
            self._send_to_cups(self.pdf_path)
        else:
            self.failed.emit(self, answer_problem(answer, self.deadline_ms))

    def _answered(self, answer: Answer) -> None:
        if answer.status == 0:
            self.done.emit(self, self._description(answer.output))
        elif self.target.kind == CUPS and answer.status is not None:
            why = " ".join((answer.errors or answer.output).split())
            self.failed.emit(self, problem_text("cups_refused", why or
                                                f"lp status {answer.status}"))
        else:
            self.failed.emit(self, answer_problem(answer, self.deadline_ms))

    def _description(self, output: str) -> str:
        if self.target.kind == CUPS:
            return cups_job_id(output)
        pages = (_json_object(output) or {}).get("pages", 0)
        # one string for one, another for more: lupdate reads no plural from translate()
        text = translate("Printing", "%1: 1 page") if pages == 1 else translate(
            "Printing", "%1: %2 pages")
        return text.replace("%1", self.target.name).replace("%2", str(pages))


def start_print(pdf_path: Path, target: PrintTarget,
                on_done: Callable[[PrintJob, str], None],
                on_failed: Callable[[PrintJob, str], None],
                parent: QObject | None = None,
                service: PrinterService | None = None) -> PrintJob:
    """Start printing; the callbacks run on the GUI thread when it ends."""
    job = PrintJob(pdf_path, target, parent, service=service)
    job.done.connect(on_done)
    job.failed.connect(on_failed)
    return job


class BadgePrinter(QObject):
    """The desk's on-demand badge printing: renders in the event's thread, prints in the
    pool, then journals the prints. `printed(ids, job)` or `failed(regs, message)` follows."""

    printed = Signal(object, str)  # list of registration ids, job description
    failed = Signal(object, str)  # the registrations whose badges were not printed, why

    def __init__(self, worker: EventWorker, target: Callable[[], PrintTarget | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.target = target
        self._jobs: dict[PrintJob, list[Registration]] = {}
        self._requested: set[str] = set()  # badges asked for, until printed or given up
        self._dir = tempfile.TemporaryDirectory(prefix="checkin-badges-")
        self._count = 0
        self.service = PrinterService(self)

    def warm_up(self) -> None:
        """Start the printer process now, when this station has a printer: it draws
        the badges (and prints them, through Qt)."""
        target = self.target()
        if target is not None:
            self.service.start(target.media)

    def request(self, reg: Registration, parent: QWidget | None = None,
                if_printed: str = "ask") -> bool:
        """Print `reg`'s badge; when it was printed before: "ask" first (the desk's
        button and shortcut), "skip" (automatic printing at check-in) or "print".
        False, and nothing done, while a request for the same badge is still under way
        (Ctrl+P pressed twice): one job, never two."""
        if reg.id in self._requested:
            return False
        self._requested.add(reg.id)

        def look(event: Event) -> tuple[list[PrintRecord], dict[str, Any]]:
            # the order made now too: one trip through the event's thread, not two
            return prints_of(event, reg.id), badge_order(event, [reg])

        def decide(found: tuple[list[PrintRecord], dict[str, Any]]) -> None:
            history, order = found
            if history and (if_printed == "skip" or (
                    if_printed == "ask" and not confirm_reprint(parent, reg, history))):
                self._requested.discard(reg.id)
                return
            self.print_badges([reg], order)

        def failed(exc: Exception) -> None:
            self._requested.discard(reg.id)
            self._failed([reg], exc)
        self.worker.submit(look, decide, failed)
        return True

    def print_badges(self, regs: Sequence[Registration],
                     order: dict[str, Any] | None = None) -> None:
        """Print these badges; `order`, their badge order when already made."""
        target = self.target()
        if target is None:
            self._ended(regs)
            self.failed.emit(list(regs), translate("Printing", "No badge printer is chosen"
                                                               " for this station."))
            return
        chosen = list(regs)
        self._count += 1
        pdf = Path(self._dir.name) / f"badge-{regs[0].code}-{self._count}.pdf"
        if self.service is not None:
            self._print_ordered(chosen, target, self.service, pdf, order)
            return

        def render(event: Event) -> Path:
            badges.render_badges(event, chosen, target.media, pdf)
            return pdf

        def rendered(path: Path) -> None:
            job = start_print(path, target, self._done, self._job_failed, self, self.service)
            self._jobs[job] = chosen

        def failed(exc: Exception) -> None:
            self._ended(chosen)
            self._failed(chosen, exc)
        self.worker.submit(render, rendered, failed)

    def _print_ordered(self, chosen: list[Registration], target: PrintTarget,
                       service: PrinterService, pdf: Path,
                       order: dict[str, Any] | None) -> None:
        """The event's thread makes the order (the QR payloads, no drawing); the kept
        printer process draws it, and prints it (Qt) or writes the PDF for lp (CUPS)."""
        def ordered(order: dict[str, Any]) -> None:
            job = PrintJob(None if target.kind == QT else pdf, target, self,
                           service=service, order=order)
            job.done.connect(self._done)
            job.failed.connect(self._job_failed)
            self._jobs[job] = chosen

        if order is not None:
            ordered(order)
            return

        def failed(exc: Exception) -> None:
            self._ended(chosen)
            self._failed(chosen, exc)
        self.worker.submit(lambda event: badge_order(event, chosen), ordered, failed)

    def _done(self, job: PrintJob, description: str) -> None:
        regs = self._forget(job)
        media = job.target.media

        def recorded(_: object) -> None:
            self._ended(regs)
            self.printed.emit([r.id for r in regs], description)

        def failed(exc: Exception) -> None:
            self._ended(regs)
            self._failed(regs, exc)
        self.worker.submit(lambda event: record_prints(event, regs, media), recorded, failed)

    def _job_failed(self, job: PrintJob, message: str) -> None:
        regs = self._forget(job)
        self._ended(regs)
        self.failed.emit(regs, message)

    def _ended(self, regs: Sequence[Registration]) -> None:
        self._requested.difference_update(r.id for r in regs)

    def _failed(self, regs: Sequence[Registration], exc: Exception) -> None:
        self.failed.emit(list(regs), describe(exc))

    def _forget(self, job: PrintJob) -> list[Registration]:
        if job.pdf_path is not None:
            job.pdf_path.unlink(missing_ok=True)
        job.deleteLater()
        return self._jobs.pop(job, [])

    @property
    def busy(self) -> bool:
        return bool(self._jobs)


def confirm_reprint(parent: QWidget | None, reg: Registration,
                    history: Sequence[PrintRecord]) -> bool:
    """Ask before printing a badge again, saying when and where it was printed."""
    last = history[-1]
    when = times.time_text(last.at)
    text = (translate("Printing", "The badge of {name} was already printed once, at {when},"
                                  " {station}. Print it again?") if len(history) == 1 else
            translate("Printing", "The badge of {name} was already printed {count} times,"
                                  " last at {when}, {station}. Print it again?")).format(
        name=names.full(reg.first_name, reg.last_name), count=len(history), when=when,
        station=last.station)
    answer = QMessageBox.question(
        parent, translate("Printing", "Print again?"), text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
