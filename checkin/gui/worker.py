"""The event's own thread: every read and write of the open event file runs here.

Choice (as Anki's aqt does for its collection): one long-lived thread owns the `Event`
and its sqlite3 connection, which may only be used by the thread that opened it. The GUI
thread never waits on the disk: it submits `job(event)` callables and gets their results
back as queued Qt signals, in submission order. This keeps the desk responsive while a
50,000-registration file is opened and integrity-checked, and while a check-in waits for
its synchronous=FULL commit on a slow laptop disk.

A job submitted with a `key` supersedes the pending jobs with the same key: when keys
arrive faster than searches run, only the latest query is searched. A job submitted
`later` (a refresh a change sets off: counters, a person read again) runs once the jobs
submitted without it are done: a badge scanned while the last one's refreshes are queued
is not held behind them. Results come back in the order the jobs ran.

A job's result and the news of what it changed come back together, in one event posted
at high priority: one wake-up of the GUI thread, the result handled first (a scan's
card painted), then `changed` emitted; and a result is handled before the window's
layouts and paints queued earlier (those of the badge before, in a queue at the desk).
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.programme import Programme
from checkin.gui.errors import describe
from checkin.gui.logging_setup import log_unexpected

BACKUP_EVERY_MS = 30 * 60 * 1000
Job = Callable[[Event], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]
_DELIVERY = QEvent.Type(QEvent.registerEventType())  # a job's result is in the outbox
_LATER = object()  # in the queue: the next job submitted `later` may run


@dataclass
class _Task:
    job: Job
    on_done: Done | None
    on_error: Failed | None
    key: str | None
    generation: int


class EventWorker(QObject):
    """Owns one open event in a dedicated thread; results come back on the GUI thread."""

    changed = Signal(object)  # set[str] of subjects changed (by this station or a merge)
    opened = Signal(object)  # EventInfo
    failed = Signal(str)  # the event could not be opened: a one-line message
    damaged = Signal(str)  # the full integrity check after opening failed: why
    search_ready = Signal()  # the search index is built: searches answer at once

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # SimpleQueue: put and get are C calls; queue.Queue's Python condition kept the GUI
        # thread in `submit` while the woken worker took Python's lock (see docs/performance.md).
        self._queue: queue.SimpleQueue[_Task | object | None] = queue.SimpleQueue()
        self._later: deque[_Task] = deque()  # jobs submitted `later`, in order
        self._waiting = 0  # jobs in the queue not submitted `later`
        # (task, result, error, subjects changed): put by the worker thread, taken by the
        # GUI thread, one `_DELIVERY` event posted for each
        self._outbox: deque[tuple[_Task, Any, Exception | None, set[str]]] = deque()
        self._latest: dict[str, int] = {}
        self._generation = 0
        self._lock = threading.Lock()
        self._event: Event | None = None
        self._pending = 0
        self._changes: list[set[str]] = []  # written by the worker thread only
        self._closed = False  # after close(), results go nowhere: their views are gone
        # counts the deliveries: a view that shows a result knows the `changed` that
        # follows in the same delivery is that job's own change (see DeskView.on_changed)
        self.delivery = 0
        self.searchable = False  # the search index is built (see _after_shown)
        # A desk open all day keeps a recent copy: rotating backups every half hour.
        self.backups = QTimer(self, interval=BACKUP_EVERY_MS)
        self.backups.timeout.connect(lambda: self.submit(lambda event: event.backup()))
        self._thread = threading.Thread(target=self._loop, name="checkin-event", daemon=True)
        self._thread.start()

    # -- submitting ----------------------------------------------------------------------

    def submit(self, job: Job, on_done: Done | None = None, on_error: Failed | None = None,
               key: str | None = None, later: bool = False) -> None:
        """Run `job(event)` on the event's thread; `on_done(result)` or `on_error(exc)`
        then on the GUI thread. `later`: after the jobs submitted without it."""
        with self._lock:
            self._generation += 1
            if key is not None:
                self._latest[key] = self._generation
            self._pending += 1
            task = _Task(job, on_done, on_error, key, self._generation)
        if later:
            self._later.append(task)
            self._queue.put(_LATER)
        else:
            self._put(task)

    def _put(self, task: _Task | None) -> None:
        with self._lock:
            self._waiting += 1
        self._queue.put(task)

    def open(self, path: Path, opener: Callable[[Path], Event] | None = None) -> None:
        """Open (or create, with `opener`) the event file in the worker thread."""
        def job(_: Event | None) -> EventInfo:
            event = opener(path) if opener else Event.open(path)
            event.subscribe(self._changes.append)
            self._event = event
            return EventInfo.of(event)

        def failed(exc: Exception) -> None:
            self.failed.emit(describe(exc))

        def opened(info: EventInfo) -> None:
            # Nothing the first screen does not need runs before it is shown: the screen
            # is built (`opened` handled) and queues its first reads, then the backup
            # (the day's state as it was found: queued before any write, which only the
            # screen's events to come can ask for) runs behind them, not while the
            # screen is built (0.5 s at 50,000 on a slow disk, 0.12 s of it CPU); the
            # search index waits for the next turn of the event loop.
            self.opened.emit(info)
            self._submit_raw(lambda event: event and event.backup(), None, self._log)
            self.backups.start()
            QTimer.singleShot(0, self._after_shown)
        self._submit_raw(job, opened, failed)

    def _after_shown(self) -> None:
        """What the first write reads, the full integrity check (0.3 s at 50,000; the
        file was opened after SQLite's quick check), then the search index, built now
        (0.6 s), not at the first key."""
        if self._closed:
            return
        # what the first write reads first (a pass over the journal: 40 ms at 150,000
        # entries), now, not in the first scan's time
        self._submit_raw(lambda event: event and event.prepare_writes(), None, self._log)
        self._submit_raw(lambda event: event and event.check_integrity(), None,
                         lambda exc: self.damaged.emit(describe(exc)))
        def built(_: object = None) -> None:
            self.searchable = True  # failed, it is built at the first search instead
            self.search_ready.emit()

        def failed(exc: Exception) -> None:
            self._log(exc)
            built()
        self._submit_raw(lambda event: event and event.search("", 1), built, failed)

    @staticmethod
    def _log(exc: Exception) -> None:
        _log_failure(exc, "background job of the open event failed", handled=False)

    def close(self) -> None:
        """Close the event and stop the thread; waits for the jobs already submitted."""
        self._closed = True
        self.backups.stop()
        def job(_: Event | None) -> None:
            if self._event is not None:
                self._event.close()
                self._event = None
        self._submit_raw(job, None, None)
        self._put(None)
        self._thread.join(timeout=30)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit_raw(self, job: Callable[[Any], Any], on_done: Done | None,
                    on_error: Failed | None) -> None:
        with self._lock:
            self._pending += 1
            task = _Task(job, on_done, on_error, None, -1)
        self._put(task)

    # -- the worker thread ---------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            task = self._next()
            if task is None:
                return
            if task.key is not None and self._latest.get(task.key) != task.generation:
                self._post(task, _SKIPPED, None)
                continue
            try:
                if task.generation >= 0 and self._event is None:
                    raise RuntimeError("no event is open")
                result = task.job(self._event)  # type: ignore[arg-type]
            except Exception as exc:  # delivered to the GUI, which says what went wrong
                self._post(task, None, exc)
            else:
                self._post(task, result, None)

    def _next(self) -> _Task | None:
        """The next job: those submitted `later` wait until no other job is queued."""
        while True:
            item = self._queue.get()
            with self._lock:
                if item is not _LATER:
                    self._waiting -= 1
                    return item  # type: ignore[return-value]
                if not self._waiting:
                    return self._later.popleft()
            self._queue.put(_LATER)  # behind the jobs queued meanwhile

    def _post(self, task: _Task, result: Any, error: Exception | None) -> None:
        """Hand a job's result and what it changed to the GUI thread, in one event posted
        at high priority (see the module's docstring)."""
        subjects: set[str] = set().union(*self._changes) if self._changes else set()
        self._changes.clear()
        self._outbox.append((task, result, error, subjects))
        QCoreApplication.postEvent(self, QEvent(_DELIVERY),
                                     Qt.EventPriority.HighEventPriority.value)

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _DELIVERY:
            self._deliver(self._outbox.popleft())

    def _deliver(self, delivery: tuple[_Task, Any, Exception | None, set[str]]) -> None:
        """The result first (a scan's card on screen), then the news of what the job
        changed (the refreshes it sets off); busy until both are handled."""
        task, result, error, subjects = delivery
        self.delivery += 1
        try:
            if result is _SKIPPED or self._closed:
                return
            try:
                self._hand_over(task, result, error)
            finally:
                if subjects and not self._closed:
                    self.changed.emit(subjects)
        finally:
            with self._lock:
                self._pending -= 1

    @staticmethod
    def _hand_over(task: _Task, result: Any, error: Exception | None) -> None:
        if error is not None:
            _log_failure(error, "event job failed", task.on_error is not None)
            if task.on_error is not None and not _owner_gone(task.on_error):
                task.on_error(error)
            return
        if task.on_done is not None and not _owner_gone(task.on_done):
            task.on_done(result)


_SKIPPED = object()


def _owner_gone(callback: Callable[..., Any]) -> bool:
    """A job may finish after the page that asked for it is gone (a change of mode, the
    event reopened): its methods are then not called on deleted widgets."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def _log_failure(error: Exception, what: str, handled: bool) -> None:
    """Every unforeseen failure reaches the log with its traceback, whether or not the job
    has an error handler; our own errors (a file gone, a bad export) only when unhandled."""
    if not handled or not isinstance(error, CheckinError):
        log_unexpected(error, what)


@dataclass(frozen=True)
class EventInfo:
    """What the GUI thread keeps about the open event (plain values, safe to share)."""

    path: Path
    title: str
    short: str
    date: str
    station_name: str
    programme: Programme  # frozen: safe to read on the GUI thread

    @classmethod
    def of(cls, event: Event) -> EventInfo:
        p = event.programme
        return cls(event.path, p.title, p.short, p.date, event.station_name, p)


class Background(QObject):
    """One-off work that needs no open event (reading a file for a preview), in a thread."""

    _finished = Signal(object)  # (result, error)

    def __init__(self, job: Callable[[], Any], on_done: Done,
                 on_error: Failed | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self._on_done = on_done
        self._on_error = on_error
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, args=(job,), daemon=True)
        self._thread.start()

    def _run(self, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except Exception as exc:
            self._finished.emit((None, exc))
        else:
            self._finished.emit((result, None))

    def _deliver(self, delivery: tuple[Any, Exception | None]) -> None:
        result, error = delivery
        self.done = True
        if error is not None:
            _log_failure(error, "background job failed", self._on_error is not None)
            if self._on_error is not None:
                self._on_error(error)
        else:
            self._on_done(result)
