"""The GUI's side of checkin.core.progress: a bar that shows a long job's steps in words
and figures ("Lignes 12 000 sur 50 000") and a Stop button that asks it to stop.

The job runs in a worker thread and steps a `Stoppable` made here: each step comes back
to the GUI thread as a queued signal, and Stop sets the stop flag, so that the job ends
at its next step (having written nothing: see core/progress.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from checkin.core.progress import Stage, Stoppable

BUSY_WIDTH = 140  # an indeterminate bar only says "working": it needs little room


class JobProgress(QWidget):
    """A bar (busy, then determinate once the job steps) and Stop; hidden when idle."""

    stepped = Signal(int, int, object)  # done, total, Stage: emitted by the worker, queued
    stopping = Signal()  # Stop was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.tracker: Stoppable | None = None
        self.stepped.connect(self._step)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.finish()

    def busy(self) -> None:
        """A job without figures: the busy bar only."""
        self.finish()
        self.show()

    def start(self, stoppable: bool = True) -> Stoppable:
        """A job with figures, and Stop unless `stoppable` is False: the Progress to give
        it."""
        stepped = self.stepped
        self.tracker = Stoppable(lambda done, total, what: stepped.emit(done, total, what))
        self.bar.setMaximumWidth(16777215)
        self.bar.setTextVisible(True)
        self.bar.setFormat("")
        self.stop_button.setEnabled(True)
        self.stop_button.setVisible(stoppable)
        self.show()
        return self.tracker

    def stop(self) -> None:
        if self.tracker is not None:
            self.tracker.stop()
            self.stop_button.setEnabled(False)
            self.stopping.emit()

    def finish(self) -> None:
        """Back to idle (hidden); steps still on their way are ignored."""
        self.tracker = None
        self.hide()
        self.stop_button.hide()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(BUSY_WIDTH)

    def text(self) -> str:
        return self.bar.text()

    def _step(self, done: int, total: int, what: Stage) -> None:
        if self.tracker is None:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        locale = QLocale()
        self.bar.setFormat(stage_words(what).replace("%1", locale.toString(done))
                           .replace("%2", locale.toString(total)))


def stage_words(what: Stage) -> str:
    """ "Rows %1 of %2" and the like, in the interface's language."""
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
