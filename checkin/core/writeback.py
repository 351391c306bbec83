"""A long write's pages sent to the disk while it runs, not all at its COMMIT.

An import writes some 60 MB to the event file over a few seconds of Python, and the
system keeps those pages in memory until SQLite's fdatasync at the COMMIT, which then
waits for all of them (0.2-0.4 s, the process's last step, nothing else to do). Here a
thread asks the system to write out what is there every `EVERY` seconds meanwhile, on a
descriptor of its own (fdatasync lets go of Python's lock), so the COMMIT finds most of
it on the disk already. Nothing about durability changes: SQLite still syncs at the
COMMIT, and pages of an unfinished transaction in the file are what its rollback journal
is for (the system may write them out at any time anyway).

Where `os.fdatasync` does not exist (Windows, macOS), nothing is done.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

EVERY = 0.25  # seconds between two requests


@contextmanager
def early(path: Path, every: float | None = None) -> Iterator[None]:
    """Around a transaction on the SQLite file at `path` (outside it: see below): its
    written pages sent to the disk every `every` seconds (EVERY if None)."""
    sync = getattr(os, "fdatasync", None)
    every = EVERY if every is None else every
    if sync is None:
        yield
        return
    # Closing any descriptor of a file drops every POSIX lock this process holds on it,
    # SQLite's included: this one is opened before the transaction takes its lock and
    # closed once it has let go of it (the caller's `with` order).
    fd = os.open(path, os.O_RDONLY)
    stop = threading.Event()

    def work() -> None:
        while not stop.wait(every):
            try:
                sync(fd)
            except OSError:  # a hint only: the COMMIT's own sync says what failed
                return

    thread = threading.Thread(target=work, name="writeback", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        os.close(fd)
