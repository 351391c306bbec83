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

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from checkin.core.event import Event
from checkin.core.progress import Cancelled, Progress, Stoppable
from checkin.gui.errors import describe
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.progress_bar import JobProgress
from checkin.gui.widgets import WrapLabel
from checkin.gui.widgets import show_message as say


class JobStatus(QWidget):
    finished = Signal(bool)  # the job succeeded

    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.progress = JobProgress()
        self.progress.stopping.connect(lambda: self.show_message(self.tr("Stopping…")))
        self.message = WrapLabel(objectName="jobMessage")
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._open)
        self.folder: Path | None = None
        self.running = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.open_button)

    def run(self, doing: str, job: Callable[[Event], Any],
            done: Callable[[Any], tuple[str, Path | None]]) -> None:
        """Run `job`; `done(result)` words the outcome and names the folder to open."""
        self._begin(doing)
        if self.progress.tracker is None:
            self.progress.busy()

        def succeeded(result: Any) -> None:
            text, folder = done(result)
            self._end(text, folder, ok=True)

        self.context.worker.submit(job, alive(self, succeeded), alive(self, self.fail))

    def run_tracked(self, doing: str, job: Callable[[Event, Progress], Any],
                    done: Callable[[Any], tuple[str, Path | None]]) -> None:
        """As `run`, for long work: `job(event, progress)` shows its steps on a
        determinate bar and may be stopped."""
        tracker = self.progress.start()
        self.run(doing, lambda event: job(event, tracker), done)

    def begin(self, doing: str) -> Stoppable:
        """For a job run elsewhere (a preview): the bar and Stop shown, and its Progress;
        `clear` or `fail` ends it."""
        self._begin(doing)
        return self.progress.start()

    def _begin(self, doing: str) -> None:
        self.running = True
        self.open_button.hide()
        self.show_message(doing, error=False)

    def clear(self) -> None:
        self._end("", None, ok=True)

    def stop(self) -> None:
        self.progress.stop()

    def fail(self, exc: Exception) -> None:
        """End the job with its error, or with the words of a stop asked for."""
        if isinstance(exc, Cancelled):
            self._end(self.tr("Stopped before the end: nothing was written."), None, ok=True)
        else:
            self._end(describe(exc), None, ok=False)

    def _end(self, text: str, folder: Path | None, ok: bool) -> None:
        self.running = False
        self.progress.finish()
        self.folder = folder
        self.open_button.setVisible(folder is not None)
        self.show_message(text, error=not ok)
        self.finished.emit(ok)

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def plain_text(self) -> str:
        return self.message.plain_text()

    def _open(self) -> None:
        if self.folder is not None:
            self.context.open_folder(self.folder)

