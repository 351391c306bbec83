"""A status line for work run in the event's thread: busy bar, then what was written (with
"Open the folder") or a one-line error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from checkin.core.event import Event
from checkin.gui.errors import describe
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.widgets import WrapLabel


class JobStatus(QWidget):
    finished = Signal(bool)  # the job succeeded

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
        self.folder: Path | None = None
        self.running = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message, 1)
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

        def failed(exc: Exception) -> None:
            self._end(describe(exc), None, ok=False)
        self.context.worker.submit(job, alive(self, succeeded), alive(self, failed))

    def _end(self, text: str, folder: Path | None, ok: bool) -> None:
        self.running = False
        self.busy_bar.hide()
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
