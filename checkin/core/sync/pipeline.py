"""Reading ahead: the next items' work done on a thread of its own while the caller
works on those before (merging bundles: one is read and checked while the one before
goes into SQLite, which releases the GIL meanwhile)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


@contextmanager
def read_ahead(work: Callable[[T], R], items: Sequence[T]
               ) -> Iterator[Iterator[Callable[[], R]]]:
    """`work` of each of `items`, in order, as calls that give its result (or raise its
    error) when the caller comes to it: from the second item on, done ahead on one
    thread. One item is done on the caller's thread, when it comes to it. On leaving,
    the work not started is dropped and the one under way waited for."""
    if len(items) < 2:
        yield iter([partial(work, item) for item in items])
        return
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead")
    try:
        futures = [pool.submit(work, item) for item in items]
        yield iter([f.result for f in futures])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
