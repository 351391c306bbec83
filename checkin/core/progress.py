"""How far long work has got, and asking it to stop: the one mechanism every long job
takes (imports, exports, badges, merges, tickets), whoever shows it (a progress bar in
the GUI, a bar on the terminal, nothing).

A job calls `progress.step(done, total, what)` now and then (every thousand rows, every
badge); the step raises `Cancelled` when a stop was asked, so that the job ends where it
stands. Jobs that write the event file step inside their write transaction or before it,
never after their commit: a stopped job leaves the file as it was.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

T = TypeVar("T")


class Stage(enum.Enum):
    """What is being counted (the GUI and the CLI word it)."""

    ROWS = "rows"  # rows of a registration file read
    ENTRIES = "entries"  # journal entries written or merged
    REGISTRATIONS = "registrations"  # registrations exported
    BADGES = "badges"
    PAGES = "pages"  # sign-in sheets
    CERTIFICATES = "certificates"
    BUNDLES = "bundles"  # station files merged from a folder
    TICKETS = "tickets"


class Cancelled(Exception):
    """The job was stopped on request before it finished; it wrote nothing."""


class Progress(Protocol):
    def step(self, done: int, total: int, what: Stage) -> None:
        """`done` of `total` `what` so far; raises Cancelled if the job is to stop."""


class _Silent:
    def step(self, done: int, total: int, what: Stage) -> None:
        pass


SILENT: Progress = _Silent()  # for callers that want neither figures nor a stop

Report = Callable[[int, int, Stage], object]


class Stoppable:
    """A Progress that another thread may stop; each step is passed on to `report`."""

    def __init__(self, report: Report | None = None) -> None:
        self._report = report
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep `seconds` (a job's own pause), or less if a stop is asked: True then."""
        return self._stop.wait(seconds)

    def step(self, done: int, total: int, what: Stage) -> None:
        if self._stop.is_set():
            raise Cancelled
        if self._report is not None:
            self._report(done, total, what)


LONG_SYNC = 2000  # entries from which a folder or hub sync is worth showing: the usual
# syncs every few seconds bring a handful, a station joining late thousands


class LongOnly:
    """`inner`, told only of jobs of `least` items or more (a sync of a few entries every
    few seconds would only flicker)."""

    def __init__(self, inner: Progress, least: int = LONG_SYNC) -> None:
        self.inner, self.least = inner, least

    def step(self, done: int, total: int, what: Stage) -> None:
        if total >= self.least:
            self.inner.step(done, total, what)


EVERY = 1000  # rows or entries between two steps: cheap next to the work, often enough


def counted(items: Iterable[T], progress: Progress, total: int, what: Stage,
            start: int = 0, every: int = EVERY) -> Iterator[T]:
    """`items` as they are, `progress` stepped every `every` of them (counting on from
    `start`, out of `total`)."""
    done = start
    for item in items:
        yield item
        done += 1
        if not done % every:
            progress.step(done, total, what)
