"""Rows pulled from the hub made into entries: what `Entry.from_peer_row` makes of each,
at less cost a row (100,000 entries: 0.8-1.0 s of CPU under load, 0.15-0.3 s less).

`json.loads` pays for its Python layer on every call (it looks for white space twice);
here one C scanner, made once, does the work, and whatever it cannot take as it is (white
space around a payload, text that is not JSON) goes the ordinary way, so the result is
the same entry or the same ValueError. The canonical text is `journal.dump`'s.
"""

from __future__ import annotations

import json
import json.decoder
from collections.abc import Callable, Container, Iterable, Iterator
from typing import Any

from checkin.core import journal as j
from checkin.core.errors import Problem
from checkin.core.sync.merging import Refusal

Scan = Callable[[str, int], tuple[Any, int]]
_scan: Scan = json.decoder.JSONDecoder().scan_once  # type: ignore[attr-defined]


def loads(text: str) -> Any:
    """`json.loads(text)` for a payload's text."""
    try:
        value, end = _scan(text, 0)
    except StopIteration:  # not a value where it starts (white space, or not JSON)
        return json.loads(text)
    if end != len(text):  # more after it: white space, or not JSON
        return json.loads(text)
    return value


class RowRefusal(Refusal):
    """A hub row that could not be made into an entry: said on the command line as it
    always was ("hub entry #serial: why"), its serial in `details` for the GUI."""

    def __str__(self) -> str:
        return self.problem


def row_refusal(serial: Any, row: tuple[Any, ...], exc: Exception) -> RowRefusal:
    """Row `row` (id, station, seq...) of hub serial `serial`, not read because of `exc`."""
    id_, station, seq = row[:3]
    return RowRefusal(str(station)[:40], seq, str(id_)[:40], f"hub entry #{serial}: {exc}",
                      Problem.ENTRY_NOT_READ_HUB, (("serial", str(serial)),))


def peer_entries(rows: Iterable[tuple[Any, ...]], held: Container[str]
                 ) -> tuple[list[j.Entry], list[Refusal]]:
    """The hub's rows (serial, id, station, seq, clock, kind, subject, payload) but those
    whose id is `held`, made into entries as `Entry.from_peer_row` makes them (the
    payload's text kept only when canonical); and the rows refused (a payload that is
    not JSON text). A created registration's text is not kept at all: the journal stores
    the canonical text either way (`Entry.row`), and a merge's new people are then known
    to be stored so (`created_merge`) without writing their payloads once more."""
    entries: list[j.Entry] = []
    refused: list[Refusal] = []
    entry, created, dump = j.Entry, j.REGISTRATION_CREATED, j.dump
    for id_, station, seq, clock, kind, subject, payload, text in _decoded(rows, held, refused):
        if kind == created:  # stored as `journal.dump` writes it: not written here too
            entries.append(entry(id_, station, seq, clock, kind, subject, payload))
            continue
        canonical = dump(payload) == text
        entries.append(entry(id_, station, seq, clock, kind, subject, payload,
                             text if canonical else None))
    return entries, refused


def peer_rows(rows: Iterable[tuple[Any, ...]], held: Container[str]
              ) -> tuple[list[j.Row], list[Any], list[Refusal]]:
    """The hub's rows (serial, id, station, seq, clock, kind, subject, payload) but those
    whose id is `held`, as journal rows holding the payload's canonical text (the hub's
    when it is, else `journal.dump`'s: the bytes `peer_entries`' entries store), beside
    their decoded payloads (for `merging.merge_rows`); and the rows refused (a payload
    that is not JSON text). One dump a row, as `peer_entries` and the insert make."""
    out: list[j.Row] = []
    payloads: list[Any] = []
    refused: list[Refusal] = []
    dump = j.dump
    for id_, station, seq, clock, kind, subject, payload, _ in _decoded(rows, held, refused):
        out.append((id_, station, seq, clock, kind, subject, dump(payload)))
        payloads.append(payload)
    return out, payloads, refused


def _decoded(rows: Iterable[tuple[Any, ...]], held: Container[str], refused: list[Refusal]
             ) -> Iterator[tuple[Any, ...]]:
    """The rows whose id is not `held`, without their serial and with their payload
    decoded beside its text: (id, station, seq, clock, kind, subject, payload, text); a
    row whose payload is not JSON text goes to `refused` instead."""
    for serial, id_, station, seq, clock, kind, subject, text in rows:
        if id_ in held:
            continue
        try:
            payload = loads(text)
        except (ValueError, TypeError) as exc:  # TypeError: a payload that is no text
            refused.append(row_refusal(serial, (id_, station, seq), exc))
            continue
        yield id_, station, seq, clock, kind, subject, payload, text
