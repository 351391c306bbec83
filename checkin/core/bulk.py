"""Help for work on tens of thousands of rows at once (an import, its append)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector held off while tens of thousands of small objects are made
    (an import's rows, records, entries; none in a cycle): its passes over them took a
    third of the time of planning an import.
    What was made meanwhile then joins the oldest generation (freeze, unfreeze) rather
    than being traversed at once by the next young collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
