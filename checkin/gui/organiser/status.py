"""A status line for work run in the event's thread: a busy bar, or for long work a
determinate bar with what is done in words and figures ("Lignes 12 000 sur 50 000") and a
Stop button; then what was written (with "Open the folder") or a one-line error.

Long work takes a core Progress (checkin.core.progress): its steps come back here as a
queued signal, and Stop sets its stop flag, so the job ends at its next step having
written nothing (its file unchanged, no half-written output)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from checkin.core.event import Event
from checkin.core.progress import Cancelled, Progress, Stage, Stoppable
from checkin.gui.errors import describe
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.widgets import WrapLabel


class JobStatus(QWidget):
    finished = Signal(bool)  # the job succeeded
    stepped = Signal(int, int, object)  # done, total, Stage: from the worker, queued


    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no figure to show: it only says "working"
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.message = WrapLabel(objectName="jobMessage")
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._open)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stop)
        self.folder: Path | None = None
        self.running = False
        self.tracker: Stoppable | None = None
        self.stepped.connect(self._step)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.open_button)

    def run(self, doing: str, job: Callable[[Event], Any],
            done: Callable[[Any], tuple[str, Path | None]]) -> None:
        """Run `job`; `done(result)` words the outcome and names the folder to open."""
        self.running = True
        self.busy_bar.show()
        self.open_button.hide()
        self.show_message(doing, error=False)

        def succeeded(result: Any) -> None:
            text, folder = done(result)
            self._end(text, folder, ok=True)

        self.context.worker.submit(job, alive(self, succeeded), alive(self, self.fail))

    def run_tracked(self, doing: str, job: Callable[[Event, Progress], Any],
                    done: Callable[[Any], tuple[str, Path | None]]) -> None:
        """As `run`, for long work: `job(event, progress)` shows its steps on a
        determinate bar and may be stopped."""
        tracker = self.track()
        self.run(doing, lambda event: job(event, tracker), done)

    def begin(self, doing: str) -> Stoppable:
        """For a job run elsewhere (a preview): the bar and Stop shown, and its Progress;
        `clear` or `fail` ends it."""
        self.running = True
        self.busy_bar.show()
        self.open_button.hide()
        self.show_message(doing, error=False)
        return self.track()

    def clear(self) -> None:
        self._end("", None, ok=True)

    def track(self) -> Stoppable:
        """A Progress shown on this status line, with Stop, until the job ends."""
        stepped = self.stepped  # emitted from the worker's thread: queued to this one
        self.tracker = Stoppable(lambda done, total, what: stepped.emit(done, total, what))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(True)
        self.busy_bar.setMaximumWidth(16777215)
        self.busy_bar.setFormat("")
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        return self.tracker

    def stop(self) -> None:
        if self.tracker is not None:
            self.tracker.stop()
            self.stop_button.setEnabled(False)
            self.show_message(self.tr("Stopping…"))

    def fail(self, exc: Exception) -> None:
        """End the job with its error, or with the words of a stop asked for."""
        if isinstance(exc, Cancelled):
            self._end(self.tr("Stopped before the end: nothing was written."), None, ok=True)
        else:
            self._end(describe(exc), None, ok=False)

    def _step(self, done: int, total: int, what: Stage) -> None:
        if self.tracker is None:
            return
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(min(done, total))
        locale = QLocale()
        self.busy_bar.setFormat(stage_words(what).replace("%1", locale.toString(done))
                                .replace("%2", locale.toString(total)))

    def _end(self, text: str, folder: Path | None, ok: bool) -> None:
        self.running = False
        self.tracker = None
        self.stop_button.hide()
        self.busy_bar.hide()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(140)
        self.folder = folder
        self.open_button.setVisible(folder is not None)
        self.show_message(text, error=not ok)
        self.finished.emit(ok)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setProperty("error", error)
        self.message.setText(("⚠ " if error and text else "") + text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def plain_text(self) -> str:
        return self.message.plain_text()

    def _open(self) -> None:
        if self.folder is not None:
            self.context.open_folder(self.folder)


def stage_words(what: Stage) -> str:
    """"Rows %1 of %2" and the like, in the interface's language."""
    words = {
        Stage.ROWS: QCoreApplication.translate("Progress", "Rows %1 of %2"),
        Stage.ENTRIES: QCoreApplication.translate("Progress", "Entries %1 of %2"),
        Stage.REGISTRATIONS: QCoreApplication.translate("Progress",
                                                        "Registrations %1 of %2"),
        Stage.BADGES: QCoreApplication.translate("Progress", "Badges %1 of %2"),
        Stage.PAGES: QCoreApplication.translate("Progress", "Sheets %1 of %2"),
        Stage.CERTIFICATES: QCoreApplication.translate("Progress", "Certificates %1 of %2"),
        Stage.BUNDLES: QCoreApplication.translate("Progress", "Files %1 of %2"),
        Stage.TICKETS: QCoreApplication.translate("Progress", "Tickets %1 of %2"),
    }
    return words[what]
