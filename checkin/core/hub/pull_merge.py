"""A hub's pull merged: its rows decoded (`peer_rows`), checked (`merging.Checks`) and
merged. A large pull, where a core is free for it, is decoded, checked and sorted on a
worker thread CHUNK rows at a time (`overlap.beside`), while this thread stores the
chunks before by statements of many rows (`Event.merge_batches`); the new people are
derived and everything folded after the last chunk, all in the one transaction, as a
merge of bundles does (`sync.bundle`). The same rows, refusals and report either way;
only the journal's arrival order differs (each chunk's rows sorted by id, not the whole
pull's). Only this thread touches the event's connection."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import closing
from typing import Any

from checkin.core import merge_batch, overlap
from checkin.core.event import Event
from checkin.core.hub.peer_rows import peer_rows
from checkin.core.progress import SILENT, Progress
from checkin.core.sync.merging import Checks, MergeReport, Refusal, merge_rows, report

# A pull of FROM new rows or more is checked beside when a core is free for the worker
# (None: overlap.core_free() asked at each pull; tests set True or False), in chunks of
# CHUNK rows, as bundles are (docs/performance.md, Hub: the pull beside).
THREADED: bool | None = None
FROM = 4000
CHUNK = 2000


def merge_pulled(event: Event, pulled: Sequence[tuple[Any, ...]], held: set[str],
                 progress: Progress = SILENT
                 ) -> tuple[list[str], MergeReport, list[Refusal]]:
    """Merge the hub's rows `pulled` (serial, id, station, seq, clock, kind, subject,
    payload; their ids unique) but those whose id is `held`: the ids of the rows read
    (decoded, whether merged or refused by the checks), the merge's report, and the rows
    that could not be read (`peer_rows`' refusals)."""
    fresh = len(pulled) - len(held)
    threaded = fresh >= FROM and (overlap.core_free() if THREADED is None else THREADED)
    # ids repeated (the hub's key forbids it; a table altered by hand): merge_rows keeps
    # the last of each, where a batch after batch would keep the first
    threaded = threaded and len({r[1] for r in pulled}) == len(pulled)
    if not threaded:
        rows, payloads, unread = peer_rows(pulled, held)
        return [r[0] for r in rows], merge_rows(event, rows, payloads, progress), unread
    return _beside(event, pulled, held, progress)


class _Chunk:
    """What the worker made of CHUNK pulled rows."""

    __slots__ = ("batch", "read", "refused", "unread")

    def __init__(self, batch: merge_batch.Batch, read: list[str], unread: list[Refusal],
                 refused: list[Refusal]) -> None:
        self.batch, self.read, self.unread, self.refused = batch, read, unread, refused


def _beside(event: Event, pulled: Sequence[tuple[Any, ...]], held: set[str],
            progress: Progress) -> tuple[list[str], MergeReport, list[Refusal]]:
    checks = Checks(event)  # this machine's time read here, once
    read: list[str] = []
    unread: list[Refusal] = []
    refused: list[Refusal] = []
    made = overlap.beside(_checked(pulled, held, checks), True, "pull-checking")

    def batches() -> Iterator[merge_batch.Batch]:
        for chunk in made:
            read.extend(chunk.read)
            unread.extend(chunk.unread)
            refused.extend(chunk.refused)
            yield chunk.batch

    with closing(made):  # the worker ended, even when the merge failed or was stopped
        fresh = event.merge_batches(batches(), len(pulled) - len(held), progress,
                                    statements=True)
    return read, report(fresh, refused), unread


def _checked(pulled: Sequence[tuple[Any, ...]], held: set[str], checks: Checks
             ) -> Iterator[_Chunk]:
    """The pulled rows, CHUNK at a time, decoded, checked, sorted and made into what the
    merge folds (their entries): what runs on the worker, no use of the event's
    connection."""
    merged = 0  # rows passed on before this chunk's
    for first in range(0, len(pulled), CHUNK):
        rows, payloads, unread = peer_rows(pulled[first:first + CHUNK], held)
        (good, decoded), refused = checks.split_rows(rows, payloads)
        batch = merge_batch.from_rows(good, decoded, merged, entries=True)
        merged += len(good)
        yield _Chunk(batch, [r[0] for r in rows], unread, refused)



