"""A large merge's new people made by SQLite, as an import's are.

A station pulling a whole event from the hub, or a bundle from the organiser, merges tens
of thousands of REGISTRATION_CREATED entries about people its file has never heard of.
Folded in Python (a `_RegistrationFold` or `write_created` rows each, bound one by one),
they took 1.4-1.55 s of CPU of a 100,000-entry pull's merge of 2.6-2.8 s (50,000 people,
load 5). Here, once the entries are in the journal, the
registrations and choices of those people come out of their payloads by `batch_writer`'s
two `INSERT … SELECT` statements (the bytes of `projection.write_created`, held equal by
its tests), and their check-ins, attendance and other set members are then added onto
those rows by `projection_delta` (SQL too, from `projection_delta.SQL_FROM` entries).

Only subjects that this gives exactly as the fold would are taken: new to the journal
before this merge, created by exactly one entry, whose payload is all text without U+0000
(what SQLite's JSON functions read back as they were), their other entries only set
members (no edit, cancellation or station name, which the fold orders against the
creation). The others are folded as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from checkin.core import batch_writer
from checkin.core import journal as j
from checkin.core.merge_batch import Merged
from checkin.core.projection_delta import ADDITIVE

FROM = batch_writer.FROM  # entries in a merge, as for an append: a sync after a check-in
# folds as before (the merge tests pass with 0 too: run with it when changing this module)
_TABLE = "temp.created_merge_subjects"


def derive(conn: sqlite3.Connection, merged: Merged, since: int
           ) -> tuple[Sequence[int], dict[str, list[int]]]:
    """Write the registrations and choices of the subjects of `merged.unknown` (new to
    the journal; subject -> the places of all its rows) that SQLite can derive from the
    journal's rows past `since` (`merged.new`, the places of the rows just stored, inside
    the caller's transaction). Return the places left for the fold and the unknown
    subjects left: the same, less those creations."""
    new, unknown = merged.new, merged.unknown
    if len(new) < FROM:
        return new, unknown
    made = {s for s, places in unknown.items() if _derivable(merged, places)}
    if not made:
        return new, unknown
    created, rows = j.REGISTRATION_CREATED, merged.rows
    fresh = rows if len(new) == len(rows) else [rows[i] for i in new]  # (most often all)
    _write_made(conn, made, sum(1 for r in fresh if r[4] == created), since)
    left = [i for i, r in zip(new, fresh, strict=True) if r[4] != created or r[5] not in made]
    return left, {s: places for s, places in unknown.items() if s not in made}


def _write_made(conn: sqlite3.Connection, made: set[str], creations: int, since: int
                ) -> None:
    """The rows of the people `made` from the journal's rows past `since`, among which
    are `creations` creations in all."""
    if creations == len(made):  # every creation of the merge (a whole event pulled):
        _write(conn, "", since)  # unfiltered (the filter: 50,000 people 0.20 -> 0.27 s)
    else:  # narrowed to these subjects (batch_writer's statements end with their WHERE)
        conn.execute(f"CREATE TABLE IF NOT EXISTS {_TABLE} (subject TEXT PRIMARY KEY)"
                     " WITHOUT ROWID")
        conn.executemany(f"INSERT INTO {_TABLE} VALUES (?)", [(s,) for s in sorted(made)])
        _write(conn, f" AND journal.subject IN (SELECT subject FROM {_TABLE})", since)
        conn.execute(f"DELETE FROM {_TABLE}")


def _write(conn: sqlite3.Connection, only: str, since: int) -> None:
    conn.execute(batch_writer._REGISTRATIONS_FROM_JOURNAL + only, (since,))
    conn.execute(batch_writer._CHOICES_FROM_JOURNAL + only, (since,))


def _derivable(merged: Merged, places: list[int]) -> bool:
    """Whether SQLite derives the rows of the new subject whose rows are at `places` as
    the fold makes them."""
    rows = merged.rows
    if len(places) == 1:  # most people: created, nothing more yet
        created = places[0]
        if rows[created][4] != j.REGISTRATION_CREATED:
            return False
    else:
        kinds = [rows[i][4] for i in places]
        # created once (twice: the fold takes the later one), then only set members
        if kinds.count(j.REGISTRATION_CREATED) != 1 or not _ADDING.issuperset(kinds):
            return False
        created = places[kinds.index(j.REGISTRATION_CREATED)]
    payload = merged.payloads[created]
    text = None if merged.entries is None else merged.entries[created].payload_text
    if text is None:  # stored as `journal.dump` writes it: whether all of it is text
        return _all_text(payload)
    # stored as it came: only if that is `journal.dump`'s (keys sorted, each once)
    return text == j.created_text(payload) and "\\u0000" not in text


def _all_text(p: dict[str, Any]) -> bool:
    """Whether `journal.created_text` writes this payload (a created one's keys, every
    value text) with no U+0000 in it, found without writing it (50,000 payloads at load
    4-5: 0.08-0.18 s, writing them 0.26-0.79 s)."""
    if p.keys() != _CREATED_KEYS:
        return False
    fields, extra, sessions = p["fields"], p["extra"], p["sessions"]
    if not (fields.__class__ is dict and extra.__class__ is dict
            and sessions.__class__ is list):
        return False
    try:  # a value that is not text fails the join
        every = "".join((p["code"], p["source"], p["submitted_at"], *sessions,
                         *fields, *fields.values(), *extra, *extra.values()))
    except TypeError:
        return False
    return "\x00" not in every


_CREATED_KEYS = frozenset({"code", "extra", "fields", "sessions", "source", "submitted_at"})
_ADDING = ADDITIVE | {j.REGISTRATION_CREATED}
