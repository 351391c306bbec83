"""From a registration export to the journal entries that would import it.

Rows become records; resubmissions of the form (same e-mail and same name, up to case,
accents and spaces) are one record and the latest timestamp wins; each record is then
matched to an existing registration by the same identity and comes out as added,
updated or unchanged. Nothing is written: the caller appends `plan.entries`.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from checkin.core import batch_writer, codes, journal
from checkin.core.batch_writer import Created
from checkin.core.bulk import gc_paused
from checkin.core.importing.columns import (
    OWN_CANCELLED,
    OWN_STATUS,
    Column,
    ColumnMap,
    map_columns,
    split_full_name,
)
from checkin.core.importing.readers import Row, Table, read_table
from checkin.core.importing.sessions import SessionMatcher
from checkin.core.importing.values import (
    TimestampReader,
    category,
    free_text,
    unprotect,
)
from checkin.core.model import FIELDS, Registration
from checkin.core.overbooking import Overbooking, capacities, count_choices, overbooked
from checkin.core.programme import Programme
from checkin.core.progress import EVERY, SILENT, Progress, Stage
from checkin.core.text import name_key, name_part_key

ADDED = "added"
UPDATED = "updated"
UNCHANGED = "unchanged"
SKIP_NO_NAME = "no name: both the last name and the first name are empty"
NO_NAME = "no_name"  # the code of SKIP_NO_NAME: the GUI words skipped rows by their code
SKIP_LONG_NAME = "a name longer than {limit} characters"
LONG_NAME = "long_name"
SKIP_CANCELLED = "cancelled in the export it comes from"
CANCELLED = "cancelled"
MAX_NAME = 200  # characters in a first or last name: far longer is not a name

# Problems of cells to look at (report.unmatched: session choices; report.warnings: rows)
UNKNOWN = "unknown"  # a session choice that names no session of the programme
UNDECIDED = "undecided"  # "Je ne sais pas encore": no session recorded
TWO_IN_SLOT = "two_in_slot"  # two sessions of one slot: both kept
CELL_COUNT = "cell_count"  # far more or fewer cells than the header
CONTROL_CHARACTERS = "control_characters"  # invisible control characters, removed
NOT_A_DATE = "not_a_date"  # in the column of answer times
FREE_TEXT = frozenset({"needs"})  # fields whose line breaks are kept (and extra columns)


@dataclass(slots=True)  # one a person: made faster, and smaller, without a __dict__
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
    # session choices to look at: row, column, value, problem (UNKNOWN, UNDECIDED...)
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    # rows to look at: row, column ("" for the whole row), value, problem (CELL_COUNT...)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    missing: int = 0
    overbooked: list[Overbooking] = field(default_factory=list)  # once imported
    columns: dict[str, str] = field(default_factory=dict)
    file: str = ""
    rows: int = 0  # data rows read, blank rows left out
    time_column: str = ""  # the header of the answer times; "" when none: file order
    lines: int = 0  # lines of a CSV file; far more than rows: line breaks in cells to check
    own_export: bool = False  # the file is an export of checkin, read back

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "merged": self.merged,
            "skipped": [{"row": s["row"], "reason": s["reason"]} for s in self.skipped],
            "unmatched": list(self.unmatched), "warnings": list(self.warnings),
            "missing": self.missing, "overbooked": [o.as_json() for o in self.overbooked],
            "columns": dict(self.columns),
            "time_column": self.time_column or None, "own_export": self.own_export,
        }

    def summary(self) -> str:
        people = self.added + self.updated + self.unchanged
        parts = [
            f"{self.file}: {_n(self.rows, 'row')} read, {_n(people, 'person', 'people')} "
            f"found: {self.added} to add, {self.updated} to update, "
            f"{self.unchanged} unchanged."
        ]
        if self.merged:
            parts.append(f"{_n(self.merged, 'resubmitted form')} merged into the latest one"
                         + (f' (the time of each answer from the column "{self.time_column}").'
                            if self.time_column else
                            ": no column gives the time of each answer, so the later row "
                            "in the file won."))
        for code, words in ((NO_NAME, "for lack of a name"),
                            (LONG_NAME, f"for a name longer than {MAX_NAME} characters"),
                            (CANCELLED, "as cancelled in the export")):
            rows = [s["row"] for s in self.skipped if s["code"] == code]
            if rows:
                parts.append(f"{_n(len(rows), 'row')} skipped {words} ({_rows(rows)}).")
        for problem, one, many, rest in _LOOK_AT:
            found = [u["row"] for u in self.unmatched + self.warnings if u["problem"] == problem]
            if found:
                shown = _rows(sorted(set(found)))
                parts.append(f"{_n(len(found), one, many)} {rest.format(rows=shown)}")
        if many_lines(self.lines, self.rows):
            parts.append(f"The file's {self.lines:,} lines hold only {_n(self.rows, 'row')}: "
                         "cells with many line breaks, check them.")
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
    entries: Sequence[journal.NewEntry]
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
                sheet: str | None = None,
                progress: Progress = SILENT) -> ImportPlan:
    """What importing `path` into an event holding `existing` would do.

    `progress` hears the rows read so far every thousand rows and at the end, and may
    stop the planning (Cancelled). Raises ImportFileError when the file is not a
    registration list, or when an override names a column the file does not have.
    """
    with gc_paused():
        return _plan_import(path, programme, existing, overrides, sheet, progress)


def _plan_import(path: Path, programme: Programme, existing: Sequence[Registration],
                 overrides: Mapping[str, str] | None, sheet: str | None,
                 progress: Progress) -> ImportPlan:
    planning = _Planning(path, programme, overrides, sheet)
    for _ in planning.people(progress):
        pass
    kept = planning.kept()
    return planning.finish(existing, kept, _plan(kept, existing, planning.reader,
                                                 planning.report))


class _Planning:
    """One import's planning, in steps: the file read and its columns understood (where
    a file is refused), then its rows made records one person at a time (`people`),
    then the plan and the report (`finish`)."""

    def __init__(self, path: Path, programme: Programme, overrides: Mapping[str, str] | None,
                 sheet: str | None) -> None:
        self.programme = programme
        self.table = table = read_table(path, sheet)
        matcher = SessionMatcher(programme)
        self.mapping = mapping = map_columns(table, matcher, overrides)
        self.report = ImportReport(columns=mapping.labels(), file=path.name,
                                   own_export=mapping.own_export, lines=table.lines)
        self.data = table.rows[mapping.header_row + 1:]
        self.report.rows = len(self.data)
        self.reader = _RecordReader(mapping, matcher, self.data, table)
        timestamp = self.reader.timestamp
        self.report.time_column = timestamp.header if timestamp is not None else ""
        self.stamps = self.reader.answer_times(self.data)
        self.records: dict[tuple[str, str], ImportRecord] = {}  # by identity: the latest
        self.done = 0  # rows read

    def people(self, progress: Progress, ahead: bool = False) -> Iterator[ImportRecord]:
        """Reads every row, merging resubmissions; yields each person's first record as
        their first row is read (a later row of theirs may replace it in `records`).
        `ahead`: yields instead the record of the row that will win (`winners`), read
        then rather than in its turn, so that it is handed over once and not revised."""
        records, report, data, stamps = self.records, self.report, self.data, self.stamps
        winners = self.winners() if ahead else {}
        early: dict[int, ImportRecord] = {}  # by place in data: read ahead of their turn
        for done, (row, stamp) in enumerate(zip(data, stamps, strict=True), 1):
            if not done % EVERY:
                progress.step(done, len(data), Stage.ROWS)
            self.done = done
            record = early.pop(done - 1, None) or self.reader.read(row, stamp)
            if isinstance(record, str):
                report.skipped.append({"row": row.number, "reason": _SKIP_REASONS[record],
                                       "code": record})
                continue
            key = record.identity
            previous = records.get(key)
            if previous is None:  # record.rows: [its row] already
                records[key] = record
                won = winners.get(done - 1)
                yield record if won is None else self._ahead(record, won, early)
                continue
            report.merged += 1
            previous.rows.append(row.number)
            if (record.submitted_at, record.row) >= (previous.submitted_at, previous.row):
                record.rows = previous.rows
                records[key] = record
        progress.step(len(data), len(data), Stage.ROWS)

    def winners(self) -> dict[int, int]:
        """For each person with several rows: the place in `data` of their first row ->
        that of the row that wins (the latest answer time, then the later row), where
        it is another. Only e-mails that repeat are looked at further (most do not)."""
        reader, data, stamps = self.reader, self.data, self.stamps
        emails = reader.emails(data)
        counts = Counter(emails)
        groups: dict[tuple[str, str], list[int]] = {}
        for place, email in enumerate(emails):
            if counts[email] > 1:
                key = reader.identity(data[place], email)
                if key is not None:
                    groups.setdefault(key, []).append(place)
        return {same[0]: won for same in groups.values() if len(same) > 1
                and (won := max(same, key=lambda p: (stamps[p], data[p].number))) != same[0]}

    def _ahead(self, first: ImportRecord, won: int, early: dict[int, ImportRecord]
               ) -> ImportRecord:
        """The record of row `won` (see `people`), kept for its turn; `first` when that
        row is not the same person after all (then the entry is revised as without
        `ahead`), the warnings of reading it taken back."""
        warnings = len(self.reader.warnings)
        record = self.reader.read(self.data[won], self.stamps[won])
        if isinstance(record, str) or record.identity != first.identity:
            del self.reader.warnings[warnings:]
            return first
        early[won] = record
        return record

    def kept(self) -> list[ImportRecord]:
        """Each person's record, in the order of their first rows."""
        return sorted(self.records.values(), key=lambda r: r.rows[0])

    def finish(self, existing: Sequence[Registration], kept: list[ImportRecord],
               entries: Sequence[journal.NewEntry],
               choices: list[Sequence[str]] | None = None) -> ImportPlan:
        """The plan, once `entries` are planned from the records `kept` (`_plan`);
        `choices`: each active registration's sessions after them, when known."""
        report = self.report
        report.unmatched = sorted((u for r in kept for u in r.unmatched),
                                  key=lambda u: (u["row"], u["column"]))
        report.warnings = sorted(self.reader.warnings, key=lambda w: (w["row"], w["column"]))
        report.overbooked = overbooked(capacities(self.programme),
                                       count_choices(_choices_after(existing, entries)
                                                     if choices is None else choices))
        return ImportPlan(entries, report, kept, self.mapping, self.table)


class ImportStream:
    """An import into an event that has no registration yet, planned while it is
    written (`checkin import`): each person's entry is handed over as soon as their first
    row is read, so that the writer stores it on the other core while the next rows are
    read. A person with several rows (a resubmitted form) is handed over at their first
    row from the row that wins, read ahead (`_Planning.winners`: their e-mails and names
    looked at first); should that guess miss, the entry is `revised` once every batch is
    out, with the same id and code. Once written and revised,
    the entries, the plan and its report are exactly `plan_import`'s (the same order,
    one code and one id drawn each in turn; a test holds them equal).

    Creating it reads the file and understands its columns: a refused file raises
    ImportFileError then, before anything is written."""

    def __init__(self, path: Path, programme: Programme,
                 overrides: Mapping[str, str] | None = None, sheet: str | None = None) -> None:
        self._planning = _Planning(path, programme, overrides, sheet)
        self.report = self._planning.report
        self._first: list[ImportRecord] = []  # each person's record when handed over
        self._created: list[Created] = []  # as handed over, then revised
        self._revised: dict[int, Created] | None = None
        self._finishing: threading.Thread | None = None
        self._plan: ImportPlan | BaseException | None = None

    def batches(self, size: int) -> Iterator[tuple[int, list[Created]]]:
        """The registrations created (their entries' contents: no entry made here),
        `size` at a time, each batch with the rows read so far. Codes and ids are drawn
        for as many people as rows (more cannot come), in order. After the last batch,
        the revisions are found (`revised`) by the thread that runs this."""
        count = len(self._planning.data)
        fresh, ids = iter(codes.new_codes(count)), iter(journal.new_ids(count))
        batch: list[Created] = []
        for record in self._planning.people(SILENT, ahead=True):
            record.registration_id = next(ids)
            batch.append(_creation(record, next(fresh)))
            self._first.append(record)
            if len(batch) == size:
                self._created += batch
                yield self._planning.done, batch
                batch = []
        self._created += batch
        yield self._planning.done, batch
        # every row read: the revisions found, and the plan's finishing started, here on
        # the thread that runs the batches (the writer's worker) while the last batch is
        # stored, rather than after it (46,852 people looked at: 0.03 s)
        self.revised()

    def revised(self) -> dict[int, Created]:
        """Once every batch is out: the entries (by their place among them) whose person
        a later row described again, as that row has them. The plan is then finished by
        a thread of its own while the caller stores these (`plan` waits for it)."""
        if self._revised is not None:
            return self._revised
        latest = self._planning.records
        revised: dict[int, Created] = {}
        for place, record in enumerate(self._first):
            last = latest[record.identity]
            if last is not record:
                last.registration_id = record.registration_id
                code = self._created[place][1]
                revised[place] = self._created[place] = _creation(last, code)
        self._revised = revised
        self._finishing = threading.Thread(target=self._finish, name="import-plan", daemon=True)
        self._finishing.start()
        return revised

    def plan(self) -> ImportPlan:
        """The plan as `plan_import` makes it (every batch out, revisions asked)."""
        self.revised()
        assert self._finishing is not None
        self._finishing.join()
        if isinstance(self._plan, BaseException):
            raise self._plan
        assert self._plan is not None
        return self._plan

    def _finish(self) -> None:
        try:
            kept = self._planning.kept()
            for record in kept:
                record.status = ADDED
            self.report.added = len(kept)
            # the plan's entries made where read (the command reads none); every
            # registration is new, each with its sessions
            self._plan = self._planning.finish([], kept, batch_writer.Creations(self._created),
                                               [c[4] for c in self._created])
        except BaseException as exc:  # raised by `plan`, in the caller's thread
            self._plan = exc


def _creation(record: ImportRecord, code: str) -> Created:
    # the record's own dicts, not copies: nothing changes either once planned (two dicts
    # fewer a person to make, and to free at the end)
    return (record.registration_id, code, record.fields, record.extra,
            sorted(record.sessions), record.submitted_at)


def _created(record: ImportRecord, code: str) -> journal.NewEntry:
    return batch_writer.created_entry(_creation(record, code))


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


_SKIP_REASONS = {NO_NAME: SKIP_NO_NAME, LONG_NAME: SKIP_LONG_NAME.format(limit=MAX_NAME),
                 CANCELLED: SKIP_CANCELLED}


class _RecordReader:
    """Turns rows into records according to a column mapping."""

    def __init__(self, mapping: ColumnMap, matcher: SessionMatcher, data: Sequence[Row],
                 table: Table):
        self.matcher = matcher
        self.fields: dict[str, Column] = {}
        self.extras: list[Column] = []
        self.sessions: list[Column] = []
        self.full_name: Column | None = None
        self.timestamp: Column | None = None
        self.status: Column | None = None
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
            elif mapping.own_export and column.header == OWN_STATUS:
                self.status = column
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
        self.unprotect = mapping.own_export  # our CSV export's protective apostrophes
        self._choices: dict[tuple[str, ...], tuple[frozenset[str],
                                                   tuple[tuple[str, str, str], ...]]] = {}
        self._name_parts: dict[str, str] = {}  # name_part_key of each name met
        # each field's column and what its cells become; through a cache of that column
        # where cells repeat (organisations, functions, departments, answers), the others
        # (names, e-mails, phones) made one space between words as they come
        self._cells: list[tuple[str, int, dict[str, str], Callable[[str], str]]] = []
        self._spaced: list[tuple[str, int]] = []
        sample = data[:_SAMPLE]
        for name, column in self.fields.items():
            make = _ONE_LINE.get(name, _one_line)
            if make is not free_text and not _repeats(sample, column.index):
                self._spaced.append((name, column.index))  # the e-mail lowered below
            else:
                self._cells.append((name, column.index, {}, make))
        sessions = [column.index for column in self.sessions]
        self._choice_cells: Callable[[list[str]], tuple[str, ...]] = (
            itemgetter(*sessions) if len(sessions) > 1 else lambda cells: tuple(
                cells[index] for index in sessions))
        self._blank = dict.fromkeys(FIELDS, "")
        self._extras: list[tuple[str, int, dict[str, str]]] = [
            (column.header, column.index, {}) for column in self.extras]
        self._categories: dict[str, str | None] = {}
        # the columns of the names, for `identity`
        self._first, self._last = (self.fields[name].index if name in self.fields else None
                                   for name in ("first_name", "last_name"))
        self.width = 1 + max((c.index for c in mapping.columns), default=0)
        header = table.rows[mapping.header_row] if table.rows else None
        self.header_width = header.width if header is not None else 0
        # a row's cell count is far from the header's (a quarter off, and at least two)
        # outside (low, high)
        near = max(2, self.header_width // 4)
        self._low, self._high = self.header_width - near, self.header_width + near
        self.warnings: list[dict[str, Any]] = [
            _warning(number, "", "", CONTROL_CHARACTERS) for number in table.cleaned
            if header is None or number > header.number]

    def answer_times(self, data: Sequence[Row]) -> list[str]:
        """Each row's answer time in ISO text ("" when none or not a date), read as one
        column (TimestampReader.parse_all): `read` is handed its row's."""
        if self.timestamp is None:
            return [""] * len(data)
        cells = [_cell(row, self.timestamp) for row in data]
        return self.stamp.parse_all([unprotect(c) for c in cells] if self.unprotect else cells)

    def emails(self, data: Sequence[Row]) -> list[str]:
        """Each row's e-mail as `read` makes it (the first half of its identity)."""
        column = self.fields.get("email")
        if column is None:
            return [""] * len(data)
        try:  # map(): no Python frame a row
            cells = list(map(itemgetter(column.index), map(_CELLS, data)))
        except IndexError:  # a short row
            cells = [_cell(row, column) for row in data]
        if self.unprotect:
            cells = list(map(unprotect, cells))
        return list(map(str.lower, map(" ".join, map(str.split, cells))))

    def identity(self, row: Row, email: str) -> tuple[str, str] | None:
        """The identity of the record `read` makes of `row` (its e-mail: `emails`), or
        None when it skips the row: only the cells of names (and of the status) read."""
        cells = row.cells
        if self.unprotect:
            cells = [unprotect(c) for c in cells]
        width = len(cells)
        first = last = ""
        if self._first is not None and self._first < width:
            first = " ".join(cells[self._first].split())
        if self._last is not None and self._last < width:
            last = " ".join(cells[self._last].split())
        if self.full_name is not None:
            index = self.full_name.index
            split = split_full_name(cells[index] if index < width else "",
                                    self.full_name.name_order)
            first = first if self._first is not None else split[0]
            last = last if self._last is not None else split[1]
        if self._skipped(first, last, cells) is not None:
            return None
        return email, self._name_key(first, last)

    def read(self, row: Row, submitted: str) -> ImportRecord | str:
        """The record of a row, or the code of the reason it is skipped; `submitted`:
        its answer time (see answer_times)."""
        cells = row.cells
        if self.unprotect:
            cells = [unprotect(c) for c in cells]
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        width = row.width
        if width and self.header_width and not self._low < width < self._high:
            self.warnings.append(_warning(row.number, "", str(width), CELL_COUNT))
        fields = self._blank.copy()  # every field, in the order of FIELDS
        for name, index in self._spaced:
            fields[name] = " ".join(cells[index].split())
        fields["email"] = fields["email"].lower()  # (a cached one already is: no matter)
        for name, index, cache, make in self._cells:
            text = cells[index]
            value = cache.get(text)
            if value is None:
                value = make(text)
                if len(cache) < _CACHED:
                    cache[text] = value
            fields[name] = value
        if self.full_name is not None:
            first, last = split_full_name(cells[self.full_name.index],
                                          self.full_name.name_order)
            if "first_name" not in self.fields:
                fields["first_name"] = first
            if "last_name" not in self.fields:
                fields["last_name"] = last
        first, last = fields["first_name"], fields["last_name"]
        if not first or not last or len(first) > MAX_NAME or len(last) > MAX_NAME \
                or self.status is not None:  # else nothing to skip it for (most rows)
            skipped = self._skipped(first, last, cells)
            if skipped is not None:
                return skipped
        extra: dict[str, str] = {}
        if "category" in self.fields:
            raw = fields["category"]
            found = self._categories.get(raw, "")
            if found == "":
                found = self._categories[raw] = category(raw)
            fields["category"] = found or "participant"
            if found is None:  # not one of ours: say so in extra rather than lose it
                extra[self.fields["category"].header] = raw
        else:
            fields["category"] = "participant"
        for header, index, cache in self._extras:
            text = cells[index]
            value = cache.get(text)
            if value is None:
                value = free_text(text)
                if len(cache) < _CACHED:
                    cache[text] = value
            if value:
                extra[header] = value
        choice = self._choices.get(self._choice_cells(cells))
        if choice is None:
            choice = self._understood(cells)
        chosen = set(choice[0])
        unmatched = [_warning(row.number, *note) for note in choice[1]] if choice[1] else []
        if self.timestamp is not None:
            stamp = cells[self.timestamp.index]
            if not submitted and stamp.strip():
                self.warnings.append(_warning(row.number, self.timestamp.header, stamp,
                                              NOT_A_DATE))
        return ImportRecord(row.number, fields, extra, chosen, submitted,
                            (fields["email"], self._name_key(first, last)), [row.number],
                            unmatched)

    def _skipped(self, first: str, last: str, cells: list[str]) -> str | None:
        """Why a row of these names and `cells` is skipped (its code), or None."""
        if not first and not last:
            return NO_NAME
        if len(first) > MAX_NAME or len(last) > MAX_NAME:
            return LONG_NAME
        status = self.status
        if status is not None and status.index < len(cells) and \
                cells[status.index].strip() == OWN_CANCELLED:
            return CANCELLED
        return None

    def _name_key(self, first: str, last: str) -> str:
        """= name_key(first, last); first and last names repeat far more than pairs."""
        parts = self._name_parts
        return (parts.get(first) or self._name_part(first)) + "|" + (
            parts.get(last) or self._name_part(last))

    def _name_part(self, name: str) -> str:
        key = self._name_parts.get(name)
        if key is None:
            key = self._name_parts[name] = name_part_key(name)
        return key

    def _understood(self, cells: list[str]) -> tuple[frozenset[str],
                                                    tuple[tuple[str, str, str], ...]]:
        """The sessions a row's session cells choose, and those cells to look at. Answers
        repeat from row to row: each combination is understood once."""
        key = self._choice_cells(cells)
        found = self._choices[key] = self._understand(key)
        return found

    def _understand(self, texts: tuple[str, ...]) -> tuple[frozenset[str],
                                                           tuple[tuple[str, str, str], ...]]:
        chosen: dict[str, str] = {}  # code -> the column that chose it
        notes: list[tuple[str, str, str]] = []  # column, value, problem
        for column, text in zip(self.sessions, texts, strict=True):
            assert column.binding is not None
            if not text or text.isspace():
                continue
            choice = self.matcher.parse_cell(text, column.binding)
            for code in choice.codes:
                chosen.setdefault(code, column.header)
            notes += [(column.header, value, UNKNOWN) for value in choice.unmatched]
            if choice.undecided:
                notes.append((column.header, choice.undecided, UNDECIDED))
        by_slot: dict[str, list[str]] = {}
        for code in chosen:
            by_slot.setdefault(self.matcher.slot_of(code), []).append(code)
        for slot, same in by_slot.items():
            if slot and len(same) > 1:
                notes.append((chosen[same[-1]], ", ".join(sorted(same)), TWO_IN_SLOT))
        return frozenset(chosen), tuple(notes)


def many_lines(lines: int, rows: int) -> bool:
    """Far more lines than rows in a CSV file: line breaks in cells, more than answers to
    a form usually hold (one quote too many can also do it)."""
    return lines > 2 * (rows + 1) + 10


def _one_line(text: str) -> str:
    """A one-line field: every run of whitespace, line breaks too, made one space."""
    return " ".join(text.split())


def _email(text: str) -> str:
    return " ".join(text.split()).lower()


# What a field's cells become (_one_line for the others), and how many distinct cells of
# a column are kept in its cache: past that (e-mails, phones), each is made as it comes.
_ONE_LINE = {**dict.fromkeys(FREE_TEXT, free_text), "email": _email}
_CACHED = 4096
_SAMPLE = 1000  # rows looked at to tell a column whose cells repeat


def _repeats(rows: Sequence[Row], index: int) -> bool:
    """Whether the cells of a column repeat (half as many distinct ones as rows, or
    fewer) in `rows`."""
    cells = [row.cells[index] for row in rows if index < len(row.cells)]
    return len(set(cells)) * 2 <= len(cells)


def _warning(row: int, column: str, value: str, problem: str) -> dict[str, Any]:
    shown = value if len(value) <= 80 else value[:77] + "..."
    return {"row": row, "column": column, "value": shown, "problem": problem}


_CELLS = attrgetter("cells")


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
    fresh = iter(codes.new_codes(len(records), {r.code for r in existing}))
    # ascending, like the ids of their entries: each index of the journal fills in order
    new_ids = iter(journal.new_ids(len(records)))
    used: set[str] = set()
    entries: list[journal.NewEntry] = []
    for record in records:
        match = _find(record, by_identity, by_name, used) if existing else None
        if match is None:
            code = next(fresh)
            record.status = ADDED
            record.registration_id = next(new_ids)
            report.added += 1
            entries.append(_created(record, code))
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


# (problem, "1 ...", "n ...", the rest of the sentence) for the summary
_LOOK_AT = (
    (UNKNOWN, "session choice", "session choices",
     "not recognised ({rows}): check them against the programme."),
    (TWO_IN_SLOT, "answer chooses", "answers choose",
     "two sessions of one slot ({rows}): both kept, check them."),
    (UNDECIDED, "answer says", "answers say", "no session is chosen yet ({rows}): none recorded."),
    (CELL_COUNT, "row has", "rows have",
     "far more or fewer cells than the header ({rows}): check them in the file."),
    (CONTROL_CHARACTERS, "row held", "rows held",
     "invisible control characters, removed ({rows})."),
    (NOT_A_DATE, "answer time", "answer times",
     "could not be read ({rows}): those rows count as the oldest answers."),
)


def _n(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _rows(rows: Sequence[int], limit: int = 8) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    more = f" and {len(rows) - limit} more" if len(rows) > limit else ""
    return f"row{'s' if len(rows) > 1 else ''} {shown}{more}"
