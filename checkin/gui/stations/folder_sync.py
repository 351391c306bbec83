"""The station setting that keeps syncing through a shared folder every few seconds.

A QTimer on the GUI thread starts a run (never more than one at a time). Only the steps
that touch the event (`FolderSync.plan`, `merge`) go to the event's own thread; reading
and writing the folder (`read`, `write`) run on a thread of their own under a deadline,
as printing does, so a stalled USB key or network share never holds up the scans queued
behind it, nor closing. A step past its deadline is reported and left to finish (or not)
on its own; no new run starts until it has. A problem (the key pulled out, a foreign
file in the folder) is reported once, when it appears, then kept as the status until a
sync succeeds again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from checkin.core.event import Event
from checkin.core.sync import FolderError, FolderSync, SyncReport
from checkin.core.sync.folder import Outgoing
from checkin.gui.errors import describe
from checkin.gui.settings import Settings
from checkin.gui.worker import Background, EventWorker

translate = QCoreApplication.translate
FOLDER_DEADLINE_MS = 20_000  # one read or write of the folder; a share may be slow
_IN_FLIGHT: set[Background] = set()  # folder steps running, until they come back


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
        self._syncer: FolderSync | None = None  # used by one step at a time
        self._run = 0  # which run the steps in flight belong to
        self._stalled: Background | None = None  # a folder step past its deadline
        self.deadline_ms = FOLDER_DEADLINE_MS
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
        if self._stalled is not None and not self._stalled.done:
            return  # the folder has not answered the last step yet: it was reported
        self._stalled = None
        self._running = True
        self._run += 1
        run, folder = self._run, self.folder

        def plan(event: Event) -> FolderSync:
            syncer = self._syncer
            if syncer is None or syncer.event is not event or syncer.folder != folder:
                syncer = self._syncer = FolderSync(event, folder)
            syncer.plan()
            return syncer

        self.worker.submit(plan, self._step(run, lambda syncer: self._read(run, syncer)),
                           self._step_failed(run))

    # the steps of a run: plan (event thread), read, merge (event thread), write

    def _read(self, run: int, syncer: FolderSync) -> None:
        self._on_folder(run, syncer.read, lambda reads: self._merge(run, syncer, reads))

    def _merge(self, run: int, syncer: FolderSync, reads: tuple[Any, set[str]]) -> None:
        self.worker.submit(lambda _: syncer.merge(*reads),
                           self._step(run, lambda merged: self._write(run, syncer, merged)),
                           self._step_failed(run))

    def _write(self, run: int, syncer: FolderSync,
               merged: tuple[Outgoing, SyncReport]) -> None:
        outgoing, report = merged
        self._on_folder(run, lambda: syncer.write(outgoing), lambda _: self._done(report))

    def _on_folder(self, run: int, step: Callable[[], Any],
                   then: Callable[[Any], None]) -> None:
        """Run a step that reads or writes the folder on its own thread, under the
        deadline."""
        if not self._step_is_current(run):
            return

        def done(value: Any) -> None:
            _IN_FLIGHT.discard(task)
            self._step(run, then)(value)

        def failed(exc: Exception) -> None:
            _IN_FLIGHT.discard(task)
            self._step_failed(run)(exc)
        # kept here, not by a parent: it may outlive this controller (a stalled share)
        task = Background(step, done, failed)
        _IN_FLIGHT.add(task)
        QTimer.singleShot(self.deadline_ms, self, lambda: self._deadline(run, task))

    def _deadline(self, run: int, task: Background) -> None:
        if task.done or run != self._run:
            return
        self._run += 1  # what the stalled step brings back, if ever, is dropped
        self._running = False
        self._stalled = task
        self._syncer = None  # the next run starts afresh from what the event holds
        if self._active:
            self._failed(FolderError(translate(
                "FolderSync", "The shared folder “%1” did not answer within %2 s.")
                .replace("%1", str(self.folder)).replace("%2", str(self.deadline_ms // 1000))))

    def _step_is_current(self, run: int) -> bool:
        return run == self._run

    def _step(self, run: int, then: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if self._step_is_current(run):
                then(value)
        return call

    def _step_failed(self, run: int) -> Callable[[Exception], None]:
        def call(exc: Exception) -> None:
            if self._step_is_current(run):
                self._failed(exc)
        return call

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
