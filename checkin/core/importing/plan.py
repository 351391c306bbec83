"""From a registration export to the journal entries that would import it.

Rows become records; resubmissions of the form (same e-mail and same name, up to case,
accents and spaces) are one record and the latest timestamp wins; each record is then
matched to an existing registration by the same identity and comes out as added,
updated or unchanged. Nothing is written: the caller appends `plan.entries`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checkin.core import codes, journal
from checkin.core.importing.columns import Column, ColumnMap, map_columns, split_full_name
from checkin.core.importing.readers import Row, Table, read_table
from checkin.core.importing.sessions import SessionMatcher
from checkin.core.importing.values import TimestampReader, category
from checkin.core.model import FIELDS, Registration
from checkin.core.overbooking import Overbooking, capacities, count_choices, overbooked
from checkin.core.programme import Programme
from checkin.core.text import name_key

ADDED = "added"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIP_NO_NAME = "no name: both the last name and the first name are empty"
NO_NAME = "no_name"  # the code of SKIP_NO_NAME: the GUI words skipped rows by their code


@dataclass
class ImportRecord:
    """One person as the file describes them (after resubmissions are merged)."""

    row: int  # the row that won
    fields: dict[str, str]  # every name of FIELDS
    extra: dict[str, str]
    sessions: set[str]
    submitted_at: str
    identity: tuple[str, str]  # (e-mail, name key): see `identity()`
    rows: list[int] = field(default_factory=list)  # every row of this person, in file order
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    status: str = ""  # ADDED, UPDATED or UNCHANGED once planned
    registration_id: str = ""


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    skipped: list[dict[str, Any]] = field(default_factory=list)  # row, reason (English), code
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    missing: int = 0
    overbooked: list[Overbooking] = field(default_factory=list)  # once imported
    columns: dict[str, str] = field(default_factory=dict)
    file: str = ""
    rows: int = 0  # data rows read, blank rows left out

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "merged": self.merged,
            "skipped": [{"row": s["row"], "reason": s["reason"]} for s in self.skipped],
            "unmatched": list(self.unmatched), "missing": self.missing,
            "overbooked": [o.as_json() for o in self.overbooked],
            "columns": dict(self.columns),
        }

    def summary(self) -> str:
        people = self.added + self.updated + self.unchanged
        parts = [
            f"{self.file}: {_n(self.rows, 'row')} read, {_n(people, 'person', 'people')} "
            f"found: {self.added} to add, {self.updated} to update, "
            f"{self.unchanged} unchanged."
        ]
        if self.merged:
            parts.append(f"{_n(self.merged, 'resubmitted form')} merged into the latest one.")
        if self.skipped:
            rows = _rows([s["row"] for s in self.skipped])
            parts.append(f"{_n(len(self.skipped), 'row')} skipped for lack of a name ({rows}).")
        if self.unmatched:
            rows = _rows(sorted({u["row"] for u in self.unmatched}))
            parts.append(f"{_n(len(self.unmatched), 'session choice')} not recognised "
                         f"({rows}): check them against the programme.")
        if self.missing:
            parts.append(f"{_n(self.missing, 'registration')} already in the event "
                         "not in this file: left as they are.")
        if self.overbooked:
            parts.append("Overbooked once imported: " + ", ".join(
                f"{o.session} ({o.registered} registered for {o.capacity} places)"
                for o in self.overbooked) + ".")
        return " ".join(parts)


@dataclass
class ImportPlan:
    entries: list[journal.NewEntry]
    report: ImportReport
    records: list[ImportRecord]  # in file order, for a preview
    columns: ColumnMap
    table: Table


def identity(email: str, first_name: str, last_name: str) -> tuple[str, str]:
    """Who a registration is: its e-mail (any case) and its name (up to case, accents,
    spaces and punctuation)."""
    return email.strip().lower(), name_key(first_name, last_name)


def plan_import(path: Path, programme: Programme, existing: Sequence[Registration],
                overrides: Mapping[str, str] | None = None,
                sheet: str | None = None) -> ImportPlan:
    """What importing `path` into an event holding `existing` would do.

    Raises ImportFileError when the file is not a registration list, or when an
    override names a column the file does not have.
    """
    table = read_table(path, sheet)
    matcher = SessionMatcher(programme)
    mapping = map_columns(table, matcher, overrides)
    report = ImportReport(columns=mapping.labels(), file=path.name)
    data = table.rows[mapping.header_row + 1:]
    report.rows = len(data)
    reader = _RecordReader(mapping, matcher, data)
    records: dict[tuple[str, str], ImportRecord] = {}
    for row in data:
        record = reader.read(row)
        if record is None:
            report.skipped.append({"row": row.number, "reason": SKIP_NO_NAME, "code": NO_NAME})
            continue
        key = record.identity
        previous = records.get(key)
        if previous is None:
            record.rows.append(row.number)
            records[key] = record
            continue
        report.merged += 1
        previous.rows.append(row.number)
        if (record.submitted_at, record.row) >= (previous.submitted_at, previous.row):
            record.rows = previous.rows
            records[key] = record
    kept = sorted(records.values(), key=lambda r: r.rows[0])
    entries = _plan(kept, existing, reader, report)
    report.unmatched = sorted((u for r in kept for u in r.unmatched),
                              key=lambda u: (u["row"], u["column"]))
    report.overbooked = overbooked(capacities(programme),
                                   count_choices(_choices_after(existing, entries)))
    return ImportPlan(entries, report, kept, mapping, table)


def _choices_after(existing: Sequence[Registration],
                   entries: Sequence[journal.NewEntry]) -> list[Sequence[str]]:
    """Each active registration's sessions once `entries` are appended."""
    after: dict[str, Sequence[str]] = {r.id: r.sessions for r in existing
                                       if r.status == "active"}
    for entry in entries:
        if entry.kind == journal.REGISTRATION_CREATED or (
                entry.subject in after and "sessions" in entry.payload):
            after[entry.subject] = entry.payload["sessions"]
    return list(after.values())


class _RecordReader:
    """Turns rows into records according to a column mapping."""

    def __init__(self, mapping: ColumnMap, matcher: SessionMatcher, data: Sequence[Row]):
        self.matcher = matcher
        self.fields: dict[str, Column] = {}
        self.extras: list[Column] = []
        self.sessions: list[Column] = []
        self.full_name: Column | None = None
        self.timestamp: Column | None = None
        for column in mapping.columns:
            if column.role in FIELDS:
                self.fields[column.role] = column
            elif column.role == "full_name":
                self.full_name = column
            elif column.role == "timestamp":
                self.timestamp = column
            elif column.role == "session":
                self.sessions.append(column)
            elif column.role == "extra":
                self.extras.append(column)
        self.present = set(self.fields)
        if self.full_name is not None:
            self.present |= {"first_name", "last_name"}
        self.covered: set[str] = set()
        for column in self.sessions:
            if column.binding is not None:
                self.covered |= matcher.covered(column.binding)
        self.extra_headers = {c.header for c in self.extras}
        if "category" in self.fields:  # unknown categories are kept in extra under it
            self.extra_headers.add(self.fields["category"].header)
        stamps = [] if self.timestamp is None else [_cell(r, self.timestamp) for r in data[:2000]]
        self.stamp = TimestampReader(stamps)
        self._name_keys: dict[tuple[str, str], str] = {}
        self._fields = [(name, column.index) for name, column in self.fields.items()]
        self._extras = [(column.header, column.index) for column in self.extras]
        self.width = 1 + max((c.index for c in mapping.columns), default=0)

    def read(self, row: Row) -> ImportRecord | None:
        cells = row.cells
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        values = {name: " ".join(cells[index].split()) for name, index in self._fields}
        if self.full_name is not None:
            first, last = split_full_name(cells[self.full_name.index],
                                          self.full_name.name_order)
            values.setdefault("first_name", first)
            values.setdefault("last_name", last)
        if not values.get("first_name") and not values.get("last_name"):
            return None
        fields = {name: values.get(name, "") for name in FIELDS}
        fields["email"] = fields["email"].lower()
        extra: dict[str, str] = {}
        if "category" in self.fields:
            raw = fields["category"]
            found = category(raw)
            fields["category"] = found or "participant"
            if found is None:  # not one of ours: say so in extra rather than lose it
                extra[self.fields["category"].header] = raw
        else:
            fields["category"] = "participant"
        for header, index in self._extras:
            value = " ".join(cells[index].split())
            if value:
                extra[header] = value
        chosen: set[str] = set()
        unmatched: list[dict[str, Any]] = []
        for column in self.sessions:
            assert column.binding is not None
            text = cells[column.index]
            if not text or text.isspace():
                continue
            choice = self.matcher.parse_cell(text, column.binding)
            chosen.update(choice.codes)
            unmatched.extend({"row": row.number, "column": column.header, "value": value}
                             for value in choice.unmatched)
        submitted = "" if self.timestamp is None else self.stamp(cells[self.timestamp.index])
        names = (fields["first_name"], fields["last_name"])
        key = self._name_keys.get(names)
        if key is None:
            key = self._name_keys[names] = name_key(*names)
        return ImportRecord(row.number, fields, extra, chosen, submitted,
                            (fields["email"], key), unmatched=unmatched)


def _cell(row: Row, column: Column) -> str:
    return row.cells[column.index] if column.index < len(row.cells) else ""


def _plan(records: Sequence[ImportRecord], existing: Sequence[Registration],
          reader: _RecordReader, report: ImportReport) -> list[journal.NewEntry]:
    by_identity: dict[tuple[str, str], Registration] = {}
    by_name: dict[str, list[Registration]] = {}
    for registration in existing:
        key = identity(registration.email, registration.first_name, registration.last_name)
        by_identity.setdefault(key, registration)
        by_name.setdefault(key[1], []).append(registration)
    taken = {r.code for r in existing}
    used: set[str] = set()
    entries: list[journal.NewEntry] = []
    for record in records:
        match = _find(record, by_identity, by_name, used)
        if match is None:
            code = codes.new_code(taken)
            taken.add(code)
            record.status = ADDED
            record.registration_id = journal.new_id()
            report.added += 1
            entries.append(journal.NewEntry(
                kind=journal.REGISTRATION_CREATED, subject=record.registration_id,
                payload={"code": code, "source": "import", "fields": dict(record.fields),
                         "extra": dict(record.extra), "sessions": sorted(record.sessions),
                         "submitted_at": record.submitted_at}))
            continue
        used.add(match.id)
        record.registration_id = match.id
        payload = _changes(record, match, reader)
        if payload is None:
            record.status = UNCHANGED
            report.unchanged += 1
        else:
            record.status = UPDATED
            report.updated += 1
            entries.append(journal.NewEntry(
                kind=journal.REGISTRATION_UPDATED, subject=match.id, payload=payload))
    report.missing = sum(1 for r in existing if r.source == "import" and r.id not in used)
    return entries


def _find(record: ImportRecord, by_identity: Mapping[tuple[str, str], Registration],
          by_name: Mapping[str, list[Registration]], used: set[str]) -> Registration | None:
    email, key = record.identity
    if email:
        found = by_identity.get((email, key))
        if found is not None and found.id not in used:
            return found
    same_name = [r for r in by_name.get(key, ()) if r.id not in used]
    without_email = [r for r in same_name if not r.email.strip()]
    if without_email:  # registered (or walked in) without an e-mail, same name
        return without_email[0]
    if not email and len(same_name) == 1:
        return same_name[0]
    return None


def _changes(record: ImportRecord, registration: Registration,
             reader: _RecordReader) -> dict[str, Any] | None:
    """The payload of an update, or None when the file changes nothing. Fields the file
    has no column for, extras of other files and sessions of slots it does not ask
    about are left as they are."""
    changed = {name: record.fields[name] for name in FIELDS
               if name in reader.present and record.fields[name] != getattr(registration, name)}
    extra = {k: v for k, v in registration.extra.items() if k not in reader.extra_headers}
    extra.update(record.extra)
    covered = reader.covered | record.sessions
    sessions = (set(registration.sessions) - covered) | record.sessions
    payload: dict[str, Any] = {"fields": changed}
    if extra != registration.extra:
        payload["extra"] = extra
    if sessions != set(registration.sessions):
        payload["sessions"] = sorted(sessions)
    if not changed and len(payload) == 1:
        return None
    payload["submitted_at"] = record.submitted_at
    return payload


def _n(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _rows(rows: Sequence[int], limit: int = 8) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    more = f" and {len(rows) - limit} more" if len(rows) > limit else ""
    return f"row{'s' if len(rows) > 1 else ''} {shown}{more}"
