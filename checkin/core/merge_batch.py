"""Other stations' entries made ready for the journal without its connection, and gathered
as a merge stores them (`Event.merge_batches`). A batch comes from entries (bundles, a
folder: `from_entries`) or from journal rows with their payloads decoded (a hub's pull:
`from_rows`); either way it holds what the insert needs (its rows, sorted by id: the
index on ids fills in order) and what the merge asks of the journal (the subjects its rows
may create). So a worker thread can make the next batch (`overlap.beside`) while the
calling thread stores the one before. Entries are made only where the fold reads them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from checkin.core import journal as j
from checkin.core import projection_delta


@dataclass(frozen=True)
class Batch:
    rows: list[j.Row]  # ids unique across the merge, in the order they came
    payloads: list[Any]  # rows[i]'s payload, decoded
    ordered: list[j.Row]  # `rows` sorted, as they go in
    # rows[i]'s Entry, when made already (read from a bundle, or on the worker); an
    # entry's `payload_text`, when set, is the text as it came (maybe not journal.dump's)
    entries: list[j.Entry] | None
    first: int  # the place of rows[0] among all the rows of the merge
    creating: dict[str, list[int]]  # subjects some rows may create -> all their places


def from_entries(entries: Iterable[j.Entry], first: int = 0) -> Batch:
    """A batch of `entries`: a repeated id's last entry kept, at its first place."""
    unique = list({e.id: e for e in entries}.values())
    rows = [e.row() for e in unique]
    return Batch(rows, [e.payload for e in unique], sorted(rows), unique, first,
                 _creating(rows, first))


def from_rows(rows: list[j.Row], payloads: list[Any], first: int = 0,
              entries: bool = False) -> Batch:
    """A batch of journal `rows` (each text `journal.dump`'s of its payload, decoded in
    `payloads`), a repeated id's last row kept at its first place, as `from_entries`;
    `entries`: their entries made too (a worker's time, not the merging thread's)."""
    at = {r[0]: i for i, r in enumerate(rows)}
    if len(at) != len(rows):
        rows, payloads = [rows[i] for i in at.values()], [payloads[i] for i in at.values()]
    made = [j.Entry.of(r[0], r[1], r[2], r[3], r[4], r[5], p)  # texts dump's: not kept
            for r, p in zip(rows, payloads, strict=True)] if entries else None
    return Batch(rows, payloads, sorted(rows), made, first, _creating(rows, first))


def _creating(rows: Sequence[j.Row], first: int) -> dict[str, list[int]]:
    """The places of the rows of every subject that some of `rows` may create (all but
    those whose rows only add to or change a registration): which are new to the journal
    is asked of these subjects only."""
    foldable = projection_delta.FOLDABLE
    maybe = {r[5] for r in rows if r[4] not in foldable}
    places: dict[str, list[int]] = {}
    if maybe:
        for place, r in enumerate(rows, first):
            if r[5] in maybe:
                places.setdefault(r[5], []).append(place)
    return places


class Merged:
    """The batches of one merge as they went in, end to end: their rows, payloads and
    entries (if every batch came with them), the places of the rows that were new, and
    the subjects that the journal knew nothing about before (their rows' places): those
    fold from their entries alone, or are derived by SQLite (`created_merge`)."""

    def __init__(self) -> None:
        self.rows: list[j.Row] = []
        self.payloads: list[Any] = []
        self.entries: list[j.Entry] | None = None
        self.new: list[int] = []
        self.unknown: dict[str, list[int]] = {}

    def asked(self, batch: Batch) -> list[str]:
        """The subjects of `batch` to ask of the journal before its rows go in."""
        unknown = self.unknown
        return [s for s in batch.creating if s not in unknown]

    def add(self, batch: Batch, known: set[str], skipped: set[str]) -> None:
        """`batch` stored but its rows whose id is `skipped`; `known`: those of its
        `asked` subjects that the journal had entries about before it went in."""
        first = len(self.rows)
        if batch.first != first or (first and (batch.entries is None) != (self.entries is None)):
            raise ValueError("a batch made for another place in the merge, or without"
                             " the entries that the batches before it came with")
        self.rows += batch.rows
        self.payloads += batch.payloads
        if batch.entries is not None:
            self.entries = [] if self.entries is None else self.entries
            self.entries += batch.entries
        new = [first + i for i, r in enumerate(batch.rows) if r[0] not in skipped] \
            if skipped else range(first, first + len(batch.rows))
        self.new += new
        unknown, rows = self.unknown, self.rows
        if unknown:  # subjects new to the journal in an earlier batch: their rows here
            for place in new:
                if (had := unknown.get(rows[place][5])) is not None:
                    had.append(place)
        for subject, places in batch.creating.items():
            if subject not in unknown and subject not in known:
                unknown[subject] = places

    def entries_at(self, places: Sequence[int]) -> list[j.Entry]:
        """The entries of the rows at `places` (made here if the batches came without)."""
        if self.entries is not None:
            made = self.entries  # (places ascend, each once: as many are all of them)
            return made if len(places) == len(made) else [made[i] for i in places]
        rows, payloads = self.rows, self.payloads
        return [j.Entry.of(r[0], r[1], r[2], r[3], r[4], r[5], payloads[i])
                for i in places for r in (rows[i],)]


def creating(entries: list[j.Entry]) -> list[j.Entry]:
    """The entries about subjects that some of `entries` may create (`_creating`'s rule,
    for an append's entries)."""
    maybe = {e.subject for e in entries if e.kind not in projection_delta.FOLDABLE}
    return [e for e in entries if e.subject in maybe] if maybe else []


def by_subject(entries: Iterable[j.Entry]) -> dict[str, list[j.Entry]]:
    grouped: dict[str, list[j.Entry]] = {}
    for e in entries:
        grouped.setdefault(e.subject, []).append(e)
    return grouped
