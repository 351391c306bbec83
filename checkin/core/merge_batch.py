"""A batch of entries from elsewhere made ready for the journal (`Event.merge_batches`)
without its connection: their ids made unique, their rows sorted by id, the entries that
may create a registration grouped by subject. So a worker thread can make the next batch
(`overlap.beside`: a merge of bundles) while the calling thread stores the one before."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checkin.core import journal as j
from checkin.core import projection_delta


@dataclass(frozen=True)
class Batch:
    entries: list[j.Entry]  # unique by id: a repeated id's last entry, at its first place
    rows: list[j.Row]  # their journal rows, sorted (the index on ids fills in order)
    creating: dict[str, list[j.Entry]]  # see `creating`, by subject


def ready(entries: Iterable[j.Entry]) -> Batch:
    unique = list({e.id: e for e in entries}.values())
    return Batch(unique, sorted([e.row() for e in unique]), by_subject(creating(unique)))


def creating(entries: list[j.Entry]) -> list[j.Entry]:
    """The entries about subjects that some of `entries` may create (all but those whose
    entries only add to or change a registration): which are new to the journal is asked
    of these subjects only."""
    maybe = {e.subject for e in entries if e.kind not in projection_delta.FOLDABLE}
    return [e for e in entries if e.subject in maybe] if maybe else []


def by_subject(entries: Iterable[j.Entry]) -> dict[str, list[j.Entry]]:
    grouped: dict[str, list[j.Entry]] = {}
    for e in entries:
        grouped.setdefault(e.subject, []).append(e)
    return grouped
