"""A chunk of journal rows from elsewhere made ready for the journal without its
connection (a hub's pull: `Event.merge_row_batches`): the rows in the order they came,
their decoded payloads beside them, and the same rows sorted by id for the insert (the
index on ids fills in order). So a worker thread can decode, check and sort the next
chunk (`overlap.beside`) while the calling thread stores the one before."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkin.core import journal as j


@dataclass(frozen=True)
class RowBatch:
    rows: list[j.Row]  # ids unique across the whole merge
    payloads: list[Any]  # rows[i]'s payload, decoded; its text `journal.dump`'s
    ordered: list[j.Row]  # `rows` sorted


def ready(rows: list[j.Row], payloads: list[Any]) -> RowBatch:
    return RowBatch(rows, payloads, sorted(rows))
