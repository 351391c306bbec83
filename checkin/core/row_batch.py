"""A chunk of journal rows from elsewhere made ready for the journal without its
connection (a hub's pull: `Event.merge_row_batches`): the rows in the order they came,
their decoded payloads beside them, and the same rows sorted by id for the insert (the
index on ids fills in order). So a worker thread can decode, check and sort the next
chunk (`overlap.beside`) while the calling thread stores the one before; `prepared` also
makes there what the merge would make of the rows in Python after the last chunk (their
entries for the fold, their places by subject), leaving that thread SQLite's work."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checkin.core import journal as j
from checkin.core import projection_delta


@dataclass(frozen=True)
class RowBatch:
    rows: list[j.Row]  # ids unique across the whole merge
    payloads: list[Any]  # rows[i]'s payload, decoded; its text `journal.dump`'s
    ordered: list[j.Row]  # `rows` sorted
    # made by `prepared` only: each row's Entry; the rows' places in the whole merge, by
    # subject; the subjects that some of them may create (not only add to or change)
    entries: list[j.Entry] | None = None
    places: dict[str, list[int]] | None = None
    creating: set[str] | None = None


def ready(rows: list[j.Row], payloads: list[Any]) -> RowBatch:
    return RowBatch(rows, payloads, sorted(rows))


def prepared(rows: list[j.Row], payloads: list[Any], first: int) -> RowBatch:
    """`ready`, and what the merge makes of these rows (the `first`-th of the merge's
    on) after the last batch: their entries, places by subject and creating subjects."""
    made = j.Entry
    entries = [made(r[0], r[1], r[2], r[3], r[4], r[5], p, r[6])
               for r, p in zip(rows, payloads, strict=True)]
    places: dict[str, list[int]] = {}
    for place, r in enumerate(rows, first):
        places.setdefault(r[5], []).append(place)
    return RowBatch(rows, payloads, sorted(rows), entries, places, creating_subjects(rows))


def creating_subjects(rows: Iterable[j.Row]) -> set[str]:
    """The subjects that some of `rows` may create (all but those whose rows only add to
    or change a registration): `merge_batch.creating`'s rule, by rows."""
    foldable = projection_delta.FOLDABLE
    return {r[5] for r in rows if r[4] not in foldable}
