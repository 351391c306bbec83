"""Folding merged entries into the projections from the rows already there, where that
gives what a full refold would: for registrations already projected whose new entries
add members to sets (check-ins, attendance, undos, prints, tickets: order does not
matter) or change the registration (edits, cancellations) after everything stored that
changed it (so the last writer is still the last one folded).

Merging a station's day is mostly such entries: folding them onto the stored rows spares
reading back, decoding and folding every entry the journal already held about those
people (the bulk of a merge's time before). Other subjects (a creation, an edit from
before a stored one, a station's name, the programme) are left to `projection.refold`.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from checkin.core import journal as j
from checkin.core.model import FIELDS
from checkin.core.projection import (
    _RegistrationFold,
    attendance_record,
    checkin_record,
    print_record,
    ticket_record,
)
from checkin.core.storage import UNDOS

ADDITIVE = frozenset({j.CHECKIN_RECORDED, j.CHECKIN_UNDONE, j.ATTENDANCE_RECORDED,
                      j.ATTENDANCE_UNDONE, j.BADGE_PRINTED, j.TICKET_SENT})
CHANGES = frozenset({j.REGISTRATION_UPDATED, j.REGISTRATION_EDITED,
                     j.REGISTRATION_CANCELLED, j.REGISTRATION_RESTORED})
FOLDABLE = ADDITIVE | CHANGES  # what may fold onto a stored registration
_ROW_KINDS = (j.REGISTRATION_CREATED, *sorted(CHANGES))  # what a registration row folds
_UNDOS = (j.CHECKIN_UNDONE, j.ATTENDANCE_UNDONE)
_ROW_COLUMNS = (*FIELDS, "extra", "status", "submitted_at")  # what CHANGES may change
_ROW_OF = operator.itemgetter(*_ROW_COLUMNS)  # a row's values of those, in that order
_SCAN_FROM = 5000  # subjects: from this many, read the journal through (see _journal_rows)
_PROJECTED_SCAN_FROM = 20_000  # and every registration's id (measured: 40,000 of 50,000)


def fold_additions(conn: sqlite3.Connection, entries: Sequence[j.Entry],
                   since: int | None = None, own: bool = False,
                   known: set[str] | None = None) -> set[str]:
    """Fold `entries` (already in the journal, inside the caller's transaction) where
    adding rows is enough; return the subjects that still need `projection.refold`.
    `since`: the journal's last rowid before `entries` went in, when they are exactly the
    rows past it (a merge): from `SQL_FROM` entries their set members are then added by
    SQLite from those rows (`_add_members`), not one by one from Python. `own`: entries
    this station has just stamped, whose ids no stored entry can name (no undo of them
    is looked for: a scan's check-in runs two statements fewer). `known`: subjects the
    caller read in `registrations` inside this transaction (a check-in's person): their
    row is not looked up again (a scan's check-in runs one statement fewer still)."""
    by_kind: dict[str, list[j.Entry]] = defaultdict(list)
    for e in entries:  # one pass: each set below then visits only the kinds it needs
        by_kind[e.kind].append(e)
    subjects = _about(by_kind, by_kind)
    changing = _about(by_kind, CHANGES)  # subjects with a change
    # subjects with an entry that is neither a change nor additive
    other = _about(by_kind, [k for k in by_kind if k not in FOLDABLE])
    known = known or set()
    projected = _projected(conn, [s for s in subjects if s not in other and s not in known])
    projected |= (subjects & known) - other
    changed = projected & changing
    in_sql = since is not None and len(entries) >= SQL_FROM
    wanted = changed if in_sql else projected  # whose entries Python folds
    by_subject: dict[str, list[j.Entry]] = defaultdict(list)
    # in SQL, Python folds only the changes (the set members are SQLite's)
    folded = [e for kind in CHANGES for e in by_kind.get(kind, ())] if in_sql else entries
    for e in folded:
        if e.subject in wanted:
            by_subject[e.subject].append(e)
    after = _after_stored(conn, {s: by_subject[s] for s in changed}, since) if changed else set()
    if projected:
        _fold_onto_rows(conn, by_subject, after, changed - after, members=not in_sql, own=own)
    if in_sql and projected and since is not None:
        # none looked up in registrations when all have a row there
        _add_members(conn, since, _about(by_kind, _MEMBER_KINDS) <= projected,
                     _about(by_kind, _RECOUNTED))
    return subjects - projected


_RECOUNTED = frozenset({j.CHECKIN_RECORDED, *_UNDOS})  # what changes a check-in state


def _about(by_kind: dict[str, list[j.Entry]], kinds: Iterable[str]) -> set[str]:
    """The subjects of the entries of `kinds` (`by_kind`: the entries by kind)."""
    return {e.subject for kind in kinds for e in by_kind.get(kind, ())}


def _projected(conn: sqlite3.Connection, subjects: list[str]) -> set[str]:
    """Those of `subjects` with a registration row (folded entries wait for a creation)."""
    if not subjects:
        return set()
    if len(subjects) >= _PROJECTED_SCAN_FROM:  # most people: all ids in one pass
        return {r[0] for r in conn.execute("SELECT id FROM registrations")} & set(subjects)
    return {r[0] for r in conn.execute(
        "SELECT id FROM registrations WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(subjects),))}


def _after_stored(conn: sqlite3.Connection, by_subject: dict[str, list[j.Entry]],
                  since: int | None = None) -> set[str]:
    """Those subjects whose new changes all come, in the total order, after every change
    stored before (the new entries are in the journal already: they are left out; with
    `since`, they are the rows past it, left out by SQLite)."""
    latest: dict[str, tuple[str, str, str]] = {}
    if since is None:
        new_ids = {e.id for es in by_subject.values() for e in es}
        rows: Iterable[tuple[Any, ...]] = (
            r for r in _journal_rows(conn, "subject, clock, station, id", list(by_subject),
                                     _ROW_KINDS) if r[3] not in new_ids)
    else:
        rows = _stored_changes(conn, list(by_subject), since)
    for subject, clock, station, id_ in rows:
        latest[subject] = max(latest.get(subject, ("",) * 3), (clock, station, id_))
    return {s for s, es in by_subject.items()
            if min(e.order for e in es if e.kind in CHANGES) > latest.get(s, ("",) * 3)}


def _stored_changes(conn: sqlite3.Connection, subjects: list[str], since: int
                    ) -> list[tuple[Any, ...]]:
    """subject, clock, station, id of the creations and changes of `subjects` in the
    journal's rows up to `since`. For thousands of subjects, one pass over those rows
    (see `_journal_rows`), the subjects matched by SQLite."""
    marks = ",".join("?" * len(_ROW_KINDS))
    subject = "subject" if len(subjects) < _SCAN_FROM else "+subject"  # + : not by index
    return conn.execute(
        f"SELECT subject, clock, station, id FROM journal WHERE rowid <= ? AND kind IN"
        f" ({marks}) AND {subject} IN (SELECT value FROM json_each(?))",
        (since, *_ROW_KINDS, json.dumps(subjects))).fetchall()


def _fold_onto_rows(conn: sqlite3.Connection, by_subject: dict[str, list[j.Entry]],
                    changed: set[str], replayed: set[str], members: bool = True,
                    own: bool = False) -> None:
    """`changed`: subjects whose new changes come after the stored ones (folded onto the
    stored row); `replayed`: those with a new change among them (the row folds again).
    `members`: the set members of `by_subject`'s entries are added too."""
    undone = _undone(conn, list(by_subject)) if members and not own else {}
    rows = _stored_rows(conn, changed)
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    recount: set[str] = set()
    _replay_rows(conn, {s: by_subject[s] for s in replayed}, out)
    for subject, entries in by_subject.items():
        if subject in changed:
            _change_row(subject, rows[subject], entries, out)
        if not members:
            continue
        gone = undone.get(subject, ())
        for e in entries:  # set members: order does not matter
            kind = e.kind
            if kind == j.CHECKIN_RECORDED:
                out["checkins"].append((e.id, subject, *checkin_record(e), int(e.id in gone)))
                recount.add(subject)
            elif kind == j.ATTENDANCE_RECORDED:
                out["attendance"].append((e.id, subject, *attendance_record(e),
                                          int(e.id in gone)))
            elif kind in _UNDOS:
                out["undos"].append((e.payload["entry"], subject))
                recount.add(subject)
            elif kind == j.BADGE_PRINTED:
                out["prints"].append((e.id, subject, *print_record(e)[1:]))
            elif kind == j.TICKET_SENT:
                out["tickets"].append((e.id, subject, *ticket_record(e)[1:]))
    columns = ", ".join(f"{c} = ?" for c in _ROW_COLUMNS)
    conn.executemany(f"UPDATE registrations SET {columns} WHERE id = ?", out.pop("rows", []))
    conn.executemany("DELETE FROM choices WHERE reg_id = ?", out.pop("sessions", []))
    for table, added in out.items():
        if table != "undos" and added:
            marks = ",".join("?" * len(added[0]))
            conn.executemany(f"INSERT INTO {table} VALUES ({marks})", added)
    for table in ("checkins", "attendance"):  # an undo marks its target in this subject
        conn.executemany(f"UPDATE {table} SET undone = 1 WHERE entry_id = ? AND reg_id = ?",
                         out["undos"])
    _recount(conn, sorted(recount))


def fold_first_checkins(conn: sqlite3.Connection, entries: Sequence[j.Entry]) -> None:
    """Check-ins just stamped here (no stored undo can name their new ids) of people read
    inside this transaction with no check-in standing (`checkin_count` 0): each is its
    person's only check-in not undone, so their first. Their rows in `checkins`, and the
    person's presence set from the values in hand: what `fold_additions` and `_recount`
    write, without their Python or the recount's look-ups in `checkins` (a desk's scan)."""
    if any(e.kind != j.CHECKIN_RECORDED for e in entries):
        raise ValueError("only check-ins fold as first check-ins")
    records = [(e.id, e.subject, *checkin_record(e)) for e in entries]
    conn.executemany("INSERT INTO checkins VALUES (?, ?, ?, ?, ?, 0)", records)
    conn.executemany("UPDATE registrations SET checked_in_at = ?, checked_in_station = ?,"
                     " checkin_count = 1 WHERE id = ?",
                     [(at, station, subject) for _, subject, at, station, _ in records])


SQL_FROM = 2000  # entries: from this many a merge's set members are added by SQLite

# JSON1's functions, not the ->> operator (SQLite 3.38, newer than some distributions' own)
_AT = "json_extract(payload, '$.at')"
_STATION = "coalesce(json_extract(payload, '$.station_name'), station)"
_FLAGS = ("CASE WHEN json_type(payload, '$.flags') IS NULL THEN '' ELSE"  # most have none
          " coalesce((SELECT group_concat(value, ',') FROM (SELECT value FROM"
          " json_each(payload, '$.flags') ORDER BY value)), '') END")
# (table, kind, columns): what `_RegistrationFold` and `_fold_onto_rows` make of each kind
_MEMBERS = (("checkins", j.CHECKIN_RECORDED, f"id, subject, {_AT}, {_STATION}, clock, 0"),
            ("attendance", j.ATTENDANCE_RECORDED,
             f"id, subject, json_extract(payload, '$.session'), {_AT}, {_STATION}, clock,"
             f" {_FLAGS}, 0"),
            ("prints", j.BADGE_PRINTED, f"id, subject, {_AT}, {_STATION}"),
            ("tickets", j.TICKET_SENT, f"id, subject, {_AT}, {_STATION},"
                                       " json_extract(payload, '$.email')"))


_MEMBER_KINDS = frozenset({kind for _, kind, _ in _MEMBERS})


def _add_members(conn: sqlite3.Connection, since: int, all_projected: bool,
                 recount: set[str]) -> None:
    """The set members of the journal's rows past `since` (check-ins, attendance, prints,
    tickets, undos), added to the projections of the registrations already there, each
    kind in one statement: SQLite reads the rows and their payloads (checked already by
    `entry_checks`), with no Python object made per entry. Rows of
    subjects that `projection.refold` folds afterwards are replaced by it.
    `all_projected`: every subject of those rows has a registration row: none is looked
    up in `registrations` (a pass over that wide table each: 0.1 s at 50,000);
    `recount`: the subjects of the rows' check-ins and undos (recounted)."""
    only = "" if all_projected else " AND +subject IN (SELECT id FROM registrations)"
    for table, kind, columns in _MEMBERS:
        conn.execute(f"INSERT INTO {table} SELECT {columns} FROM journal WHERE rowid > ?"
                     f" AND kind = ?{only}", (since, kind))
    # An undo marks its target in its subject, whichever came first: every undo of the
    # journal is matched, read through the index that holds them alone (storage: schema 9)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_targets (target TEXT, subject TEXT)")
    conn.execute("DELETE FROM undo_targets")
    conn.execute("INSERT INTO undo_targets SELECT json_extract(payload, '$.entry'), subject"
                 f" FROM journal WHERE {UNDOS}")
    for table in ("checkins", "attendance"):
        conn.execute(f"UPDATE {table} SET undone = 1 WHERE undone = 0 AND (entry_id, reg_id)"
                     " IN (SELECT target, subject FROM undo_targets)")  # not UPDATE FROM:
        # that one needs SQLite 3.33
    _recount(conn, sorted(recount))  # from Python's set: by the journal's rows, the
    # list of subjects took SQLite 0.18 s where json_each's took 0.03 s (50,000 people)


def _change_row(subject: str, stored: tuple[dict[str, Any], list[str]],
                entries: list[j.Entry], out: dict[str, list[tuple[Any, ...]]]) -> None:
    """The registration's row and choices after its new changes, folded in order."""
    fold = _RegistrationFold(subject)
    fold.row, fold.sessions = stored
    sessions = fold.sessions
    for e in sorted((e for e in entries if e.kind in CHANGES), key=lambda e: e.order):
        fold.apply(e)
    _put_row(fold, out, fold.sessions is not sessions)  # or replaced by an entry


def _put_row(fold: _RegistrationFold, out: dict[str, list[tuple[Any, ...]]],
             new_sessions: bool) -> None:
    assert fold.row is not None  # a projected registration: its creation is folded
    row = fold.row  # the fold's own: done with once written out
    if not isinstance(row["extra"], str):  # still the stored text unless an entry replaced it
        row["extra"] = json.dumps(row["extra"], ensure_ascii=False, sort_keys=True)
    out["rows"].append((*_ROW_OF(row), fold.id))
    if new_sessions:
        out["sessions"].append((fold.id,))
        out["choices"] += [(fold.id, s) for s in sorted(set(fold.sessions))]


def _replay_rows(conn: sqlite3.Connection, new: dict[str, list[j.Entry]],
                 out: dict[str, list[tuple[Any, ...]]]) -> None:
    """The rows of the subjects of `new` folded again from their creation and changes
    (a new change among the stored ones, from a laptop whose clock was behind, changes
    what follows it); their check-ins and other set members are added as for the others.
    Their choices change only if a new change sets sessions (the last one that does
    counts)."""
    if not new:
        return
    by_subject: dict[str, list[j.Entry]] = defaultdict(list)
    for subject, *entry in _journal_rows(
            conn, "subject, id, station, seq, clock, kind, payload", sorted(new), _ROW_KINDS):
        by_subject[subject].append(j.Entry.from_row((*entry[:5], subject, entry[5])))
    for subject, entries in by_subject.items():
        fold = _RegistrationFold(subject)
        for e in sorted(entries, key=lambda e: e.order):
            fold.apply(e)
        _put_row(fold, out, any(e.kind in _EDITS and "sessions" in e.payload
                                for e in new[subject]))


_EDITS = (j.REGISTRATION_UPDATED, j.REGISTRATION_EDITED)  # what may set sessions


def _stored_rows(conn: sqlite3.Connection, subjects: set[str]
                 ) -> dict[str, tuple[dict[str, Any], list[str]]]:
    """The columns that changes fold into (`_ROW_COLUMNS`) of `subjects`' registration
    rows, as a fold holds them (but "extra", as the row stores it), with no sessions: a
    change that sets sessions replaces them whole, one that does not leaves the stored
    choices as they are (`_put_row`), so they are not read (docs/performance.md, Merging)."""
    if not subjects:
        return {}
    cursor = conn.execute(f"SELECT id, {', '.join(_ROW_COLUMNS)} FROM registrations WHERE id"
                          " IN (SELECT value FROM json_each(?))", (json.dumps(sorted(subjects)),))
    # "extra" stays JSON text: a change replaces it whole, never reads it (decoding an
    # import's extra columns took most of the time of folding an edit)
    return {r[0]: (dict(zip(_ROW_COLUMNS, r[1:], strict=True)), []) for r in cursor}


def _undone(conn: sqlite3.Connection, subjects: list[str]) -> dict[str, set[str]]:
    """Per subject, the entries its undos target (the journal's, new ones included): an
    undo may have come before the check-in it cancels."""
    undone: dict[str, set[str]] = defaultdict(set)
    for subject, target in _journal_rows(conn, "subject, json_extract(payload, '$.entry')",
                                         subjects, _UNDOS):
        undone[subject].add(target)
    return undone


def _journal_rows(conn: sqlite3.Connection, columns: str, subjects: list[str],
                  kinds: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """`columns` (the subject first) of the journal's entries of `kinds` about `subjects`.
    For thousands of subjects one pass over the journal beats a look-up in its subject
    index for each (a station's day touches most of the people)."""
    marks = ",".join("?" * len(kinds))
    if len(subjects) < _SCAN_FROM:
        yield from conn.execute(
            f"SELECT {columns} FROM journal WHERE subject IN (SELECT value FROM json_each(?))"
            f" AND kind IN ({marks})", (json.dumps(subjects), *kinds))
        return
    wanted = set(subjects)
    for row in conn.execute(f"SELECT {columns} FROM journal WHERE kind IN ({marks})", kinds):
        if row[0] in wanted:
            yield row


def _recount(conn: sqlite3.Connection, subjects: list[str]) -> None:
    """A registration's check-in: its earliest check-in not undone, by (clock, id), as
    `_RegistrationFold.write` has it."""
    if subjects:
        _recount_where("id IN (SELECT value FROM json_each(?))", (json.dumps(subjects),),
                       conn)


def _recount_where(where: str, params: Sequence[Any], conn: sqlite3.Connection) -> None:
    conn.execute(  # the first check-in's two columns from one look-up
        "UPDATE registrations SET (checked_in_at, checked_in_station) = (SELECT c.at,"
        "  c.station FROM checkins c WHERE c.reg_id = registrations.id AND c.undone = 0"
        "  ORDER BY c.clock, c.entry_id LIMIT 1),"
        " checkin_count = (SELECT count(*) FROM checkins c"
        "  WHERE c.reg_id = registrations.id AND c.undone = 0)"
        f" WHERE {where}", params)
