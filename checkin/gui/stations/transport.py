"""One mechanism for every transport that keeps a station in sync (shared folder, hub).

A QTimer on the GUI thread starts a run, never more than one at a time. A run is a chain
of steps: those that touch the event go to the event's own thread (`worker.submit`),
those that touch the folder or the network run on a thread of their own under a
deadline (`on_outside`), so a stalled share or server never holds up the scans queued
behind it, nor closing. A step past its deadline is reported and left to finish (or not)
on its own; no new run starts until it has. A problem is reported once, when it appears
(`problem`), then kept as the status until a run succeeds again.

A merge of thousands of entries (a station joining late, the hub of a big event) shows
a determinate bar on `progress_view`, without Stop: the sync runs again a few seconds
later and would bring the same entries back, so a stop would gain nothing (the merge is
one transaction, and the desk keeps working meanwhile). Small runs show nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.core.progress import LONG_SYNC, SILENT, Progress
from checkin.gui.errors import describe
from checkin.gui.progress_bar import JobProgress
from checkin.gui.settings import Settings
from checkin.gui.worker import Background, EventWorker

IN_FLIGHT: set[Background] = set()  # outside steps running, until they come back



class TransportController(QObject):
    state_changed = Signal()  # status_text() changed
    problem = Signal(str)  # a problem that was not there at the previous run
    synced = Signal(object)  # the transport's report

    deadline_ms = 20_000

    def __init__(self, worker: EventWorker, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.settings = settings
        self.event_id = ""
        self.enabled = False
        self.last_time: dt.datetime | None = None
        self.received = 0  # new entries brought by every run since the event opened
        self.error = ""  # the current problem, "" when the last run went well
        self.runs = 0
        self._running = False
        self._active = False
        self._run = 0  # which run the steps in flight belong to
        self._stalled: Background | None = None  # an outside step past its deadline
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.progress_view: JobProgress | None = None  # where long merges show how far
        self._shown: Progress | None = None  # the bar's Progress, while a merge shows it

    # -- what a transport provides ----------------------------------------------------------

    def begin(self, run: int) -> None:
        """Start run `run`: its steps go through `on_event`/`on_outside`, then `finish`."""
        raise NotImplementedError

    def can_run(self) -> bool:
        return self.enabled

    def stalled_message(self) -> str:
        raise NotImplementedError

    def restart(self) -> None:
        """Forget state shared between runs (after a stalled step)."""

    # -- running ------------------------------------------------------------------------------

    def schedule(self) -> None:
        if self.enabled and self._active:
            self.timer.start(round(self.settings.sync_interval * 1000))
            self.sync_now()
        else:
            self.timer.stop()
        self.state_changed.emit()

    def stop(self) -> None:
        """Before the event closes: no more runs, and results still on their way are
        dropped."""
        self._active = False
        self.timer.stop()
        self.end_progress()

    def progress_for(self, entries: int) -> Progress:
        """The Progress for merging `entries`: the bar if they are thousands."""
        if self.progress_view is None or entries < LONG_SYNC:
            return SILENT
        self._shown = self.progress_view.start(stoppable=False)
        return self._shown

    def end_progress(self) -> None:
        shown, self._shown = self._shown, None
        view = self.progress_view
        if shown is not None and view is not None and view.tracker is shown:
            view.finish()

    def sync_now(self) -> None:
        if self._running or not self._active or not self.can_run():
            return
        if self._stalled is not None and not self._stalled.done:
            return  # the last outside step has not come back yet: it was reported
        self._stalled = None
        self._running = True
        self._run += 1
        self.begin(self._run)

    def on_event(self, run: int, job: Callable[[Any], Any],
                 then: Callable[[Any], None]) -> None:
        """Run `job(event)` on the event's thread, then `then(result)` here."""
        if self._step_is_current(run):
            self.worker.submit(job, self._step(run, then), self._step_failed(run))

    def on_outside(self, run: int, step: Callable[[], Any],
                   then: Callable[[Any], None]) -> None:
        """Run a step that reads or writes outside the event file on its own thread,
        under the deadline."""
        if not self._step_is_current(run):
            return

        def done(value: Any) -> None:
            IN_FLIGHT.discard(task)
            self._step(run, then)(value)

        def failed(exc: Exception) -> None:
            IN_FLIGHT.discard(task)
            self._step_failed(run)(exc)
        # kept here, not by a parent: it may outlive this controller (a stalled share)
        task = Background(step, done, failed)
        IN_FLIGHT.add(task)
        QTimer.singleShot(self.deadline_ms, self, lambda: self._deadline(run, task))

    def _deadline(self, run: int, task: Background) -> None:
        if task.done or run != self._run:
            return
        self._run += 1  # what the stalled step brings back, if ever, is dropped
        self._running = False
        self._stalled = task
        self.restart()
        if self._active:
            self.failed(self.stalled_message())

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
                self.failed(describe(exc))
        return call

    def finish(self, report: Any, new: int, problems: str, at: dt.datetime) -> None:
        """The run went through at `at` (the event's clock): `new` entries merged,
        `problems` ("" if none)."""
        self._running = False
        self.end_progress()
        if not self._active:
            return
        self.runs += 1
        self.last_time = at
        self.received += new
        self.set_error(problems)
        self.synced.emit(report)
        self.state_changed.emit()

    def failed(self, message: str) -> None:
        self._running = False
        self.end_progress()
        if not self._active:
            return
        self.runs += 1
        self.set_error(message)
        self.state_changed.emit()

    def set_error(self, message: str) -> None:
        if message and message != self.error:
            self.problem.emit(message)
        self.error = message

    @property
    def busy(self) -> bool:
        return self._running
