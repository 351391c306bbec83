"""The station setting that keeps syncing through a shared folder every few seconds.

A QTimer on the GUI thread submits `FolderSync.run_once()` to the event's own thread
(never more than one at a time), so the desk never waits on a slow USB key or network
share. A problem (the key pulled out, a foreign file in the folder) is reported once,
when it appears, then kept as the status until a sync succeeds again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from checkin.core.event import Event
from checkin.core.sync import FolderSync, SyncReport
from checkin.gui.errors import describe
from checkin.gui.settings import Settings
from checkin.gui.worker import EventWorker

translate = QCoreApplication.translate


class FolderSyncController(QObject):
    state_changed = Signal()  # status_text() changed
    problem = Signal(str)  # a problem that was not there at the previous sync
    synced = Signal(object)  # SyncReport

    def __init__(self, worker: EventWorker, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.settings = settings
        self.event_id = ""
        self.folder: Path | None = None
        self.enabled = False
        self.last_report: SyncReport | None = None
        self.last_time: dt.datetime | None = None
        self.received = 0  # new entries brought by every sync since the event opened
        self.error = ""  # the current problem, "" when the last sync went well
        self.runs = 0
        self._running = False
        self._active = False
        self._syncer: FolderSync | None = None  # touched only in the event's thread
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)

    # -- configuration -------------------------------------------------------------------

    def start(self, event_id: str) -> None:
        """Sync as this station's settings say for this event (the identity is settled)."""
        self.event_id = event_id
        self._active = True
        folder, on = self.settings.folder_sync(event_id)
        self._apply(Path(folder) if folder else None, on)

    def configure(self, folder: Path | None, on: bool) -> None:
        """Change and remember the folder and whether to sync through it."""
        if self.event_id:
            self.settings.set_folder_sync(self.event_id, str(folder or ""), on)
        self._apply(folder, on)

    def _apply(self, folder: Path | None, on: bool) -> None:
        if folder != self.folder:
            self.error, self.last_report, self.last_time = "", None, None
        self.folder, self.enabled = folder, bool(on and folder)
        if self.enabled and self._active:
            self.timer.start(round(self.settings.sync_interval * 1000))
            self.sync_now()
        else:
            self.timer.stop()
        self.state_changed.emit()

    def stop(self) -> None:
        """Before the event closes: no more syncs, and results still on their way are
        dropped."""
        self._active = False
        self.timer.stop()

    # -- syncing -------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self._running or self.folder is None or not self._active:
            return
        self._running = True
        folder = self.folder

        def job(event: Event) -> SyncReport:
            syncer = self._syncer
            if syncer is None or syncer.event is not event or syncer.folder != folder:
                syncer = self._syncer = FolderSync(event, folder)
            return syncer.run_once()
        self.worker.submit(job, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self._running = False
        if not self._active:
            return
        self.runs += 1
        self.last_report, self.last_time = report, dt.datetime.now()
        self.received += report.new
        self._set_error("\n".join(report.problems))
        self.synced.emit(report)
        self.state_changed.emit()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if not self._active:
            return
        self.runs += 1
        self._set_error(describe(exc))
        self.state_changed.emit()

    def _set_error(self, message: str) -> None:
        if message and message != self.error:
            self.problem.emit(message)
        self.error = message

    @property
    def busy(self) -> bool:
        return self._running

    # -- what to show ----------------------------------------------------------------------

    def status_text(self) -> str:
        if self.folder is None or not self.enabled:
            return translate("FolderSync", "Shared folder: off")
        if self.error and self.last_report is None:
            return translate("FolderSync", "Shared folder: %1").replace("%1", self.error)
        if self.last_time is None:
            return translate("FolderSync", "Shared folder: first sync…")
        text = translate("FolderSync", "Synced at %1 (%2 new entries since opening)") \
            .replace("%1", self.last_time.strftime("%H:%M:%S")).replace("%2", str(self.received))
        pending = self.last_report.pending if self.last_report else 0
        if pending:
            text += " · " + translate("FolderSync", "%1 line(s) still arriving") \
                .replace("%1", str(pending))
        if self.error:
            text += " · ⚠ " + self.error
        return text
