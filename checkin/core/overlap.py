"""Python's work made on the other core while this thread runs SQLite: a worker thread
makes the next chunk (an import's rows, a bundle's entries read and checked) while the
calling thread stores the one before by statements of many rows.

CPython's sqlite3 lets go of Python's lock only while SQLite steps a statement, and an
`executemany` takes it back to bind every row: beside a worker, the calling thread then
waits for the lock at every row. A statement of `STATEMENT_ROWS` rows (`insert`) is one
step with the lock let go, and `beside` shortens the switch interval while the worker runs,
so that this thread gets the lock back soon after each step. Only the calling thread
touches the connection; the worker makes plain Python objects (users: batch_writer, an
import; sync.bundle, a merge of bundles; hub.pull_merge, a hub's pull).
"""

from __future__ import annotations

import os
import queue
import sqlite3
import sys
import threading
from collections.abc import Generator, Iterator
from contextlib import suppress
from itertools import chain
from typing import Any, TypeVar

T = TypeVar("T")

TWO_CORES = (os.cpu_count() or 1) > 1  # a worker gains nothing without a second core
STATEMENT_ROWS = 500  # rows per INSERT: one prepared statement for every full one
# Once SQLite's step is done, this thread waits for Python's lock until the worker is
# made to let go of it: 5 ms by default, at every statement.
SWITCH_SECONDS = 0.0002
AHEAD = 2  # chunks the worker may have made that this thread has not taken yet


def core_free() -> bool:
    """Whether a worker would likely find a core of its own: the machine has two or more
    and the last minute's load average, this process counting about one, leaves at least
    half of one idle. Beside cores busy, a worker only adds its hand-overs (a merge of
    bundles read beside lost at load 1.6-1.8 on two cores: docs/performance.md, Merging,
    third round)."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # none on Windows, or unreadable: trust the cores
        return cores > 1
    return cores > 1 and load < cores - 0.5


def beside(made: Iterator[T], threaded: bool, name: str = "batch-rows"
           ) -> Generator[T, None, None]:
    """The items of `made` in turn, made by a worker thread (called `name`) an item or
    two ahead when `threaded`. What the worker raises is raised here. Close the generator
    (or let it finish) to stop the worker: it ends before `close` returns."""
    if not threaded:
        yield from made
        return
    ready: queue.Queue[T | _Raised | None] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def work() -> None:
        try:
            for item in made:
                while not stop.is_set():
                    try:
                        ready.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            ready.put(None)
        except BaseException as exc:  # handed to the caller's thread, raised there
            ready.put(_Raised(exc))

    worker = threading.Thread(target=work, name=name, daemon=True)
    quick_switches(+1)
    worker.start()
    try:
        while (item := ready.get()) is not None:
            if isinstance(item, _Raised):
                raise item.exc
            yield item
    finally:
        stop.set()
        while worker.is_alive():  # a worker waiting to put its item lets go of it
            with suppress(queue.Empty):
                ready.get(timeout=0.05)
        worker.join()
        quick_switches(-1)


class _Raised:
    """What the worker raised (an item may itself be an exception)."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_switching = threading.Lock()
_workers = 0  # workers running (two events in two threads: the first sets, the last
_interval = 0.005  # puts back the interval that was there before)


def quick_switches(change: int) -> None:
    global _workers, _interval
    with _switching:
        if change > 0 and _workers == 0:
            _interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_SECONDS)
        _workers += change
        if _workers == 0:
            sys.setswitchinterval(_interval)


def insert(conn: sqlite3.Connection, table: str, rows: list[tuple[Any, ...]],
           tail: str = "", per: int = STATEMENT_ROWS) -> None:
    """`rows` by statements of `per` rows (the last one shorter; fewer if SQLite takes
    fewer parameters), each followed by `tail` (e.g. an ON CONFLICT clause)."""
    if not rows:
        return
    per = max(1, min(per, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(rows[0])))
    one = "(" + ",".join("?" * len(rows[0])) + ")"
    for n in range(0, len(rows), per):
        part = rows[n:n + per]
        conn.execute(f"INSERT INTO {table} VALUES " + ",".join([one] * len(part)) + tail,
                     list(chain.from_iterable(part)))
