"""Folding merged entries into the projections by adding rows, where that gives what a
full refold would: for registrations already projected whose new entries only add members
to sets (check-ins, attendance, undos, prints, tickets), none of which depends on order.

Merging a station's day is mostly such entries: adding their rows spares reading back,
decoding and folding every entry the journal already held about those people (the bulk of
a merge's time before). Subjects with any other new entry (an edit, a cancellation, a
creation, a station's name, the programme) are left to `projection.refold`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from checkin.core import journal as j
from checkin.core.projection import _RegistrationFold

ADDITIVE = frozenset({j.CHECKIN_RECORDED, j.CHECKIN_UNDONE, j.ATTENDANCE_RECORDED,
                      j.ATTENDANCE_UNDONE, j.BADGE_PRINTED, j.TICKET_SENT})
_UNDOS = (j.CHECKIN_UNDONE, j.ATTENDANCE_UNDONE)


def fold_additions(conn: sqlite3.Connection, entries: Sequence[j.Entry]) -> set[str]:
    """Fold `entries` (already in the journal, inside the caller's transaction) where
    adding rows is enough; return the subjects that still need `projection.refold`."""
    by_subject: dict[str, list[j.Entry]] = defaultdict(list)
    for e in entries:
        by_subject[e.subject].append(e)
    additive = [s for s, es in by_subject.items() if all(e.kind in ADDITIVE for e in es)]
    projected = _projected(conn, additive)
    if projected:
        _add_rows(conn, {s: by_subject[s] for s in projected})
    return set(by_subject) - projected


def _projected(conn: sqlite3.Connection, subjects: list[str]) -> set[str]:
    """Those of `subjects` with a registration row (folded entries wait for a creation)."""
    if not subjects:
        return set()
    return {r[0] for r in conn.execute(
        "SELECT id FROM registrations WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(subjects),))}


def _add_rows(conn: sqlite3.Connection, by_subject: dict[str, list[j.Entry]]) -> None:
    undone = _undone(conn, list(by_subject))
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    recount: list[str] = []
    for subject, entries in by_subject.items():
        fold = _RegistrationFold(subject)  # no row: only the sets are filled
        for e in entries:
            fold.apply(e)
        gone = undone.get(subject, set())
        out["checkins"] += [(i, subject, at, st, clock, int(i in gone))
                            for i, (at, st, clock) in fold.checkins.items()]
        out["attendance"] += [(i, subject, s, at, st, clock, flags, int(i in gone))
                              for i, (s, at, st, clock, flags) in fold.attendance.items()]
        out["prints"] += [(i, subject, at, st) for i, at, st in fold.prints]
        out["tickets"] += [(i, subject, at, st, em) for i, at, st, em in fold.tickets]
        out["undos"] += [(i, subject) for i in fold.undone]
        if fold.checkins or fold.undone:
            recount.append(subject)
    for table, rows in out.items():
        if table != "undos" and rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    for table in ("checkins", "attendance"):  # an undo marks its target in this subject
        conn.executemany(f"UPDATE {table} SET undone = 1 WHERE entry_id = ? AND reg_id = ?",
                         out["undos"])
    _recount(conn, recount)


def _undone(conn: sqlite3.Connection, subjects: list[str]) -> dict[str, set[str]]:
    """Per subject, the entries its undos target (the journal's, new ones included): an
    undo may have come before the check-in it cancels."""
    undone: dict[str, set[str]] = defaultdict(set)
    for subject, target in conn.execute(
            "SELECT subject, json_extract(payload, '$.entry') FROM journal"
            " WHERE subject IN (SELECT value FROM json_each(?)) AND kind IN (?, ?)",
            (json.dumps(subjects), *_UNDOS)):
        undone[subject].add(target)
    return undone


def _recount(conn: sqlite3.Connection, subjects: list[str]) -> None:
    """A registration's check-in: its earliest check-in not undone, by (clock, id), as
    `_RegistrationFold.write` has it."""
    if not subjects:
        return
    first = ("FROM checkins c WHERE c.reg_id = registrations.id AND c.undone = 0"
             " ORDER BY c.clock, c.entry_id LIMIT 1")
    conn.execute(
        f"UPDATE registrations SET checked_in_at = (SELECT c.at {first}),"
        f" checked_in_station = (SELECT c.station {first}),"
        " checkin_count = (SELECT count(*) FROM checkins c"
        "  WHERE c.reg_id = registrations.id AND c.undone = 0)"
        " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(subjects),))
