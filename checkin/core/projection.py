"""Projections: the tables that the journal folds into.

Each subject (a registration, the programme, a station) is folded from all of its entries
in the one total order (clock, station, id), so the result does not depend on the order
in which entries arrived: merging is a set union, and re-folding is always safe.
"""

from __future__ import annotations

import hashlib
import json
import operator
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from checkin.core import journal as j
from checkin.core.model import FIELDS
from checkin.core.storage import PROJECTION_TABLES

_REG_COLUMNS = ("id", "code", *FIELDS, "extra", "status", "source", "submitted_at",
                "checked_in_at", "checked_in_station", "checkin_count")


@dataclass
class _RegistrationFold:
    """Everything the journal says about one registration, in order."""

    id: str
    row: dict[str, Any] | None = None
    sessions: list[str] = field(default_factory=list)
    checkins: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # id -> at, st, clock
    attendance: dict[str, tuple[str, str, str, str, str]] = field(default_factory=dict)
    undone: set[str] = field(default_factory=set)
    prints: list[tuple[str, str, str]] = field(default_factory=list)
    tickets: list[tuple[str, str, str, str]] = field(default_factory=list)

    def apply(self, e: j.Entry) -> None:
        p = e.payload
        if e.kind == j.REGISTRATION_CREATED:
            fields = p.get("fields", {})
            self.row = {name: str(fields.get(name, "")) for name in FIELDS}
            self.row.update(id=self.id, code=p["code"], extra=dict(p.get("extra", {})),
                            status="active", source=p.get("source", "import"),
                            submitted_at=p.get("submitted_at", ""))
            self.row["category"] = self.row["category"] or "participant"
            self.sessions = list(p.get("sessions", []))
        elif e.kind in (j.REGISTRATION_UPDATED, j.REGISTRATION_EDITED) and self.row:
            self.row.update({k: str(v) for k, v in p.get("fields", {}).items() if k in FIELDS})
            if "extra" in p:
                self.row["extra"] = dict(p["extra"])
            if "sessions" in p:
                self.sessions = list(p["sessions"])
            if p.get("submitted_at"):
                self.row["submitted_at"] = p["submitted_at"]
        elif e.kind == j.REGISTRATION_CANCELLED and self.row:
            self.row["status"] = "cancelled"
        elif e.kind == j.REGISTRATION_RESTORED and self.row:
            self.row["status"] = "active"
        elif e.kind == j.CHECKIN_RECORDED:
            self.checkins[e.id] = checkin_record(e)
        elif e.kind == j.ATTENDANCE_RECORDED:
            self.attendance[e.id] = attendance_record(e)
        elif e.kind in (j.CHECKIN_UNDONE, j.ATTENDANCE_UNDONE):
            self.undone.add(p["entry"])
        elif e.kind == j.BADGE_PRINTED:
            self.prints.append(print_record(e))
        elif e.kind == j.TICKET_SENT:
            self.tickets.append(ticket_record(e))

    def write(self, out: dict[str, list[tuple[Any, ...]]]) -> None:
        """Add this registration's rows to `out` (table -> rows), inserted in bulk."""
        if self.row is None:  # entries about a registration not seen yet: wait for it
            return
        active = sorted((c[2], i) for i, c in self.checkins.items() if i not in self.undone)
        first = self.checkins[active[0][1]] if active else None
        row = dict(self.row, extra=json.dumps(self.row["extra"], ensure_ascii=False,
                                               sort_keys=True),
                   checked_in_at=first[0] if first else None,
                   checked_in_station=first[1] if first else None,
                   checkin_count=len(active))
        out["registrations"].append(tuple(row[c] for c in _REG_COLUMNS))
        out["choices"] += [(self.id, s) for s in sorted(set(self.sessions))]
        out["checkins"] += [(i, self.id, at, st, clock, int(i in self.undone))
                            for i, (at, st, clock) in self.checkins.items()]
        out["attendance"] += [(i, self.id, s, at, st, clock, flags, int(i in self.undone))
                              for i, (s, at, st, clock, flags) in self.attendance.items()]
        out["prints"] += [(i, self.id, at, st) for i, at, st in self.prints]
        out["tickets"] += [(i, self.id, at, st, em) for i, at, st, em in self.tickets]


# What a registration's set-like entries record (also folded by `projection_delta`).

def checkin_record(e: j.Entry) -> tuple[str, str, str]:
    """at, station, clock"""
    return (e.payload["at"], e.payload.get("station_name", e.station), e.clock)


def attendance_record(e: j.Entry) -> tuple[str, str, str, str, str]:
    """session, at, station, clock, flags"""
    p = e.payload
    return (p["session"], p["at"], p.get("station_name", e.station), e.clock,
            ",".join(sorted(p.get("flags", []))))


def print_record(e: j.Entry) -> tuple[str, str, str]:
    return (e.id, e.payload["at"], e.payload.get("station_name", e.station))


def ticket_record(e: j.Entry) -> tuple[str, str, str, str]:
    return (e.id, e.payload["at"], e.payload.get("station_name", e.station),
            e.payload["email"])


_REGISTRATION_TABLES = (("registrations", "id"), ("choices", "reg_id"),
                        ("checkins", "reg_id"), ("attendance", "reg_id"), ("prints", "reg_id"),
                        ("tickets", "reg_id"))


def refold(conn: sqlite3.Connection, subjects: Iterable[str],
           fresh: Mapping[str, Sequence[j.Entry]] | None = None) -> None:
    """Recompute the projections of `subjects` from their journal entries.
    `fresh` holds every entry of subjects that the journal held nothing about before
    this transaction (an import's new registrations): folded as they are, not read back.
    Runs inside the caller's transaction."""
    wanted = sorted(set(subjects))
    if not wanted:
        return
    fresh = fresh or {}
    stored = [s for s in wanted if s not in fresh]
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS refold_subjects (subject TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM refold_subjects")
    # fresh subjects have no rows to clear yet: only the others go through the table
    conn.executemany("INSERT INTO refold_subjects VALUES (?)", [(s,) for s in stored])
    by_subject: dict[str, list[j.Entry]] = defaultdict(list)
    for e in _entries_of(conn, stored) if stored else ():
        by_subject[e.subject].append(e)
    for subject, entries in fresh.items():
        by_subject[subject] = (list(entries) if len(entries) == 1 else
                               sorted(entries, key=lambda e: e.order))
    for table, key in _REGISTRATION_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT subject FROM refold_subjects)")
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    extras: dict[Any, str] = {}
    for subject in wanted:
        entries = by_subject.get(subject, [])
        if len(entries) == 1 and entries[0].kind == j.REGISTRATION_CREATED:
            write_created(subject, entries[0].payload, out, extras)  # an import's people
        else:
            _fold_subject(conn, subject, entries, out)
    for table, rows in out.items():  # one statement per table, not per registration
        if not rows:
            continue
        marks = ",".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def write_created(subject: str, p: dict[str, Any], out: dict[str, list[tuple[Any, ...]]],
                  extras: dict[Any, str] | None = None) -> None:
    """The rows of a registration that only its creation is known of: what
    `_RegistrationFold` gives for it (a test holds them equal), made directly.
    `batch_writer` makes the same rows in SQL for an import: change both (its tests
    compare them).
    `extras` keeps the JSON of extras already met (an export's extra columns repeat)."""
    fields = p.get("fields", {})
    try:  # an import's: every field, all text (an import makes tens of thousands)
        values = _FIELD_VALUES(fields)
        "".join(values)  # raises TypeError unless all are text
    except (KeyError, TypeError):
        values = tuple(str(fields.get(name, "")) for name in FIELDS)
    if not values[_CATEGORY]:
        values = (*values[:_CATEGORY], "participant", *values[_CATEGORY + 1:])
    out["registrations"].append((subject, p["code"], *values, _extra_json(p, extras),
                                 "active", p.get("source", "import"),
                                 p.get("submitted_at", ""), None, None, 0))
    out["choices"] += [(subject, s) for s in sorted(set(p.get("sessions", [])))]


def _extra_json(p: dict[str, Any], known: dict[Any, str] | None) -> str:
    extra = p.get("extra", {})
    if extra.__class__ is not dict:
        extra = dict(extra)
    if known is None:
        return _EXTRA_JSON.encode(extra)
    key = tuple(extra.items())
    try:
        found = known.get(key)  # only text is kept, and text equals only text
    except TypeError:  # a value that cannot be a key (a list)
        return _EXTRA_JSON.encode(extra)
    if found is None:
        found = _EXTRA_JSON.encode(extra)
        # 1, 1.0 and True are equal keys but not equal JSON: only text is kept
        if all(k.__class__ is str and v.__class__ is str for k, v in key):
            known[key] = found
    return found


_CATEGORY = FIELDS.index("category")
_FIELD_VALUES = operator.itemgetter(*FIELDS)
_EXTRA_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # = json.dumps(...)


def _entries_of(conn: sqlite3.Connection, subjects: Sequence[str]) -> list[j.Entry]:
    if len(subjects) > 500:  # the subjects are in the temp table refold_subjects
        rows = conn.execute("SELECT id, station, seq, clock, kind, subject, payload FROM journal"
                            " WHERE subject IN (SELECT subject FROM refold_subjects)"
                            " ORDER BY clock, station, id").fetchall()
        return [j.Entry.from_row(r) for r in rows]
    marks = ",".join("?" * len(subjects))
    rows = conn.execute("SELECT id, station, seq, clock, kind, subject, payload FROM journal"
                        f" WHERE subject IN ({marks}) ORDER BY clock, station, id",
                        list(subjects)).fetchall()
    return [j.Entry.from_row(r) for r in rows]


def _fold_subject(conn: sqlite3.Connection, subject: str, entries: list[j.Entry],
                  out: dict[str, list[tuple[Any, ...]]]) -> None:
    if subject == j.PROGRAMME_SUBJECT:
        sets = [e for e in entries if e.kind == j.PROGRAMME_SET]
        conn.execute("DELETE FROM programme")
        if sets:
            conn.execute("INSERT INTO programme VALUES (1, ?)", (j.dump(sets[-1].payload),))
        return
    names = [e for e in entries if e.kind == j.STATION_NAMED]
    if names and not any(e.kind == j.REGISTRATION_CREATED for e in entries):  # a station
        conn.execute("DELETE FROM stations WHERE id = ?", (subject,))
        conn.execute("INSERT INTO stations VALUES (?, ?)",
                     (subject, str(names[-1].payload.get("name", ""))))
        return
    fold = _RegistrationFold(subject)
    for e in entries:
        fold.apply(e)
    fold.write(out)


def rebuild(conn: sqlite3.Connection) -> None:
    """Throw every projection away and fold the whole journal again."""
    for table in PROJECTION_TABLES:
        conn.execute(f"DELETE FROM {table}")
    subjects = [r[0] for r in conn.execute("SELECT DISTINCT subject FROM journal")]
    refold(conn, subjects)


def digest(conn: sqlite3.Connection) -> str:
    """A hash of the projected state: equal digests mean equal projections."""
    h = hashlib.sha256()
    for table in PROJECTION_TABLES:
        h.update(table.encode())
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(_ROW_JSON.encode(row).encode())  # = json.dumps(row, ensure_ascii=False)
    return h.hexdigest()


_ROW_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder, not one made per row
