"""The registrations table as CSV lines, straight from SQL: the lines that csv.writer makes
of `spreadsheet.registration_table`'s rows through `spreadsheet._csv_value`, without making
a `Registration` and a `Record` per person (which took most of a CSV export's time).

SQLite makes every cell (text made safe from formulas, `'` before `= + - @`, tab, return;
the words for keys; session lists; dates), joins them into the line, and the lines into one
text, the names and ids into two others: three strings to hand over instead of a tuple and
four strings per person. Python sorts the lines by folded names, makes the odd date, the
few lines with cells to quote or a NUL and the extra answers' cells, the way the
spreadsheet code makes them. Tests hold the files equal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from checkin.core.event import Event
from checkin.core.model import FIELDS
from checkin.core.reports import attendance
from checkin.core.reports.xlsx_stream import SHOWN_FOR_NUL
from checkin.core.text import fold

RISKY = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs these as formulas
_RISKY_CODES = ", ".join(str(ord(c)) for c in RISKY)  # first characters, as unicode() gives
assert max(RISKY) < "A"  # what `_safe` compares with first
# Between the lines, names and ids that SQLite joins: the record separator, which no form's
# answer holds (an import removes it); a table where some text holds one is read row by row.
_SEP = "\x1e"
# printf cuts a text at a NUL: a line with one is made again. Looked for in the texts that
# come from forms and the desk (the names in Python), not in those the app makes (status,
# origin, dates, station and session names).
assert FIELDS[:2] == ("last_name", "first_name")
_HAS_NUL = " OR ".join(f"instr(r.{c}, char(0))" for c in ("code", *FIELDS[2:]))
_HOLDS_NUL = " OR ".join(f"instr(r.{c}, char(0))" for c in (
    "code", *FIELDS, "status", "source", "submitted_at", "checked_in_at",
    "checked_in_station"))
_NAMES = "coalesce(r.last_name, '') || char(0) || coalesce(r.first_name, '') || char(0)"
# Id and extra answers (JSON) of those who have some; NULL for the others
_EXTRA = "CASE WHEN r.extra NOT IN ('', '{}') THEN r.id || char(31) || r.extra END"


def _safe(expr: str) -> str:
    """SQL for the CSV text of `expr`, a leading apostrophe when risky (NULL stays NULL,
    which printf writes as ''). Every risky first character is below "A": that comparison,
    which calls no function, spares most cells unicode()."""
    return (f"CASE WHEN {expr} < 'A' AND unicode({expr}) IN ({_RISKY_CODES})"
            f" THEN '''' || {expr} ELSE {expr} END")


def _words(column: str, words: dict[str, str]) -> str:
    cases = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in words.items())
    return f"CASE {column} {cases} ELSE {_safe(column)} END"


@dataclass
class _Words:
    """The words for the keys of three columns."""

    category: dict[str, str]
    status: dict[str, str]
    source: dict[str, str]

    def cells(self, when: Callable[[str], str]) -> list[str]:
        """SQL for each cell, made as _csv_value makes the spreadsheet's; dates by `when`."""
        assert FIELDS[-1] == "category"
        return [_safe("r.code"), *(_safe("r." + f) for f in FIELDS[:-1]),
                _words("r.category", self.category), _CHOSEN,
                _words("r.status", self.status), _words("r.source", self.source),
                when("r.submitted_at"), when("r.checked_in_at"),
                _safe("r.checked_in_station"), "coalesce(CAST(r.checkin_count AS TEXT), '')",
                _ATTENDED_FAST]


@dataclass
class _Table:
    """The registrations' lines as SQLite made them and their ids, in the table's order,
    and their sort keys (`_alphabetical`) when no name holds a NUL."""

    lines: list[bytes]  # UTF-8, as the file holds them
    ids: list[str]
    sort_keys: list[str] | None
    has_nul: bool  # some line may hold a NUL (cut there by printf)
    extras_of: dict[str, dict[str, Any]]  # the extra answers of those who have some
    plain: bool = False  # known to hold no cell that csv.writer quotes


def registration_lines(event: Event, headers: tuple[str, ...], category: dict[str, str],
                       status: dict[str, str], source: dict[str, str]
                       ) -> tuple[list[str], list[bytes]]:
    """The registrations sheet's headers (`headers` and the extra answers' keys) and its
    rows as CSV lines in UTF-8 (`;`, without their line end) as `csv.writer` writes them,
    cancelled registrations included, in alphabetical order of names."""
    conn = event.conn
    conn.create_function("checkin_when", 1, _when, deterministic=True)
    words = _Words(category, status, source)
    cells = words.cells(_when_sql)
    line = f"printf('{';'.join(['%s'] * len(cells))}', {', '.join(cells)})"
    table = _joined(conn, line, len(cells)) or _row_by_row(conn, line)
    extras = sorted({k for e in table.extras_of.values() for k in e})
    _remake_odd_lines(conn, table, words, len(cells))
    order = _alphabetical(conn, table)
    lines = list(map(table.lines.__getitem__, order))
    if not extras:
        return list(headers), lines
    blank = b";" * len(extras)
    answers = {reg_id: b";" + _csv_line([_text(str(e.get(k, ""))) for k in extras]).encode()
               for reg_id, e in table.extras_of.items()}
    return [*headers, *extras], [line + answers.get(table.ids[i], blank)
                                 for line, i in zip(lines, order, strict=True)]


def _joined(conn: sqlite3.Connection, line: str, width: int) -> _Table | None:
    """The table from one row of joined texts; None when a text holds the separator.

    The sort keys, `fold(last NUL first NUL) + id`, are the fold of their joined text
    (`fold` works character by character: Latin-1 text folds in one bytes.translate)
    when the ids fold to themselves, as `new_id`'s hexadecimal digits do."""
    count, lines, keys, ids, has_nul, extras = conn.execute(  # lines as bytes: not decoded
        "SELECT count(*), CAST(group_concat(line, char(30)) AS BLOB),"
        " group_concat(key, char(30)), group_concat(id, char(30)), max(has_nul),"
        " group_concat(extra, char(30))"
        f" FROM (SELECT {line} AS line, {_NAMES} || r.id AS key, r.id AS id,"
        f" {_HAS_NUL} AS has_nul, {_EXTRA} AS extra FROM registrations r)").fetchone()
    if not count:
        return _Table([], [], [], False, {})
    # JSON holds no control character but in escapes: the separators split it right.
    extras_of = {reg_id: json.loads(text) for reg_id, text in (
        item.split("\x1f", 1) for item in extras.split(_SEP))} if extras else {}
    table = _Table(lines.split(_SEP.encode()), ids.split(_SEP), None, bool(has_nul),
                   extras_of, plain=not _needs_quoting(lines, count * (width - 1)))
    if not len(table.lines) == len(table.ids) == keys.count(_SEP) + 1 == count:
        return None
    if keys.count("\0") != 2 * count:  # a NUL in a name (or an id)
        table.has_nul = True
    elif fold(ids) == ids:
        table.sort_keys = fold(keys).split(_SEP)
    return table


def _needs_quoting(lines: bytes, separators: int) -> bool:
    """Whether csv.writer would quote a cell of `lines` (one line, or all of them joined),
    which hold `separators` semicolons between their cells: a cell holds a `;`, a quote
    or a line end."""
    return (lines.count(b";") != separators
            or b'"' in lines or b"\n" in lines or b"\r" in lines)


def _row_by_row(conn: sqlite3.Connection, line: str) -> _Table:
    rows = conn.execute(f"SELECT {line}, {_NAMES}, r.id, {_HAS_NUL} FROM registrations r"
                        ).fetchall()
    names_nul = any(r[1].count("\0") != 2 or "\0" in r[2] for r in rows)
    extras_of = {reg_id: json.loads(text) for reg_id, text in conn.execute(
        "SELECT id, extra FROM registrations WHERE extra IS NOT NULL AND extra NOT IN ('', '{}')")}
    return _Table([r[0].encode() for r in rows], [r[2] for r in rows],
                  None if names_nul else [fold(r[1]) + r[2] for r in rows],
                  names_nul or any(r[3] for r in rows), extras_of)


def _remake_odd_lines(conn: sqlite3.Connection, table: _Table, words: _Words,
                      width: int) -> None:
    """The lines where a cell holds what csv.writer would quote (`;`, a quote, a line end)
    or a NUL, few, made again by csv.writer from their cells, a NUL shown as in the XLSX
    (their dates by Python: SQLite's GLOB and substr would stop at a NUL too)."""
    odd = [] if table.plain else [
        i for i, line in enumerate(table.lines) if _needs_quoting(line, width - 1)]
    if table.has_nul:
        with_nul = {reg_id for (reg_id,) in conn.execute(
            f"SELECT r.id FROM registrations r WHERE {_HOLDS_NUL}")}
        odd += [i for i, reg_id in enumerate(table.ids) if reg_id in with_nul]
    if not odd:
        return
    cells = [f"coalesce({c}, '')" for c in words.cells(lambda c: f"checkin_when({c})")]
    remade = {reg_id: _csv_line([v.replace("\0", SHOWN_FOR_NUL) for v in values])
              for reg_id, *values in conn.execute(
                  f"SELECT r.id, {', '.join(cells)} FROM registrations r"
                  " WHERE r.id IN (SELECT value FROM json_each(?))",
                  (json.dumps([table.ids[i] for i in odd]),))}
    for i in odd:
        table.lines[i] = remade[table.ids[i]].encode()


def _alphabetical(conn: sqlite3.Connection, table: _Table) -> list[int]:
    """The table's rows in the order of `attendance.alphabetical`: by folded last name,
    folded first name, id.

    One string per row, `fold(last NUL first NUL) + id`, sorts in that order when no name
    holds a NUL (the least character: a shorter name comes first, as in a tuple), and a
    third faster than a tuple (one comparison of strings)."""
    keys = table.sort_keys
    if keys is not None:
        return sorted(range(len(keys)), key=keys.__getitem__)
    # A NUL in a name (or an id): the plain tuples
    name_of = {reg_id: (last, first) for reg_id, last, first in conn.execute(
        "SELECT id, coalesce(last_name, ''), coalesce(first_name, '') FROM registrations")}
    folded = attendance._Folded().__getitem__  # names repeat: each folded once
    ids = table.ids
    return sorted(range(len(ids)), key=lambda i: (
        folded(name_of[ids[i]][0]), folded(name_of[ids[i]][1]), ids[i]))


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()  # the line end kept: csv.writer quotes the cells holding it
    csv.writer(out, delimiter=";").writerow(cells)
    return out.getvalue().removesuffix("\r\n")


# These lists are made safe inside their subquery, where SQLite computes an aggregate once
# however often it is named (outside, `_safe` would run the subquery three times).
# group_concat reads the rows of an ordered subquery in its order: SQLite does not flatten
# such a subquery into an aggregate (3.40 has no ORDER BY inside an aggregate). The
# byte-for-byte test against the spreadsheet's rows holds both lists to it.
# The sessions chosen, in order of code: the order of the choices' primary key (reg_id,
# session), which the look-up reads (an ordered subquery cost 10 ms more at 50,000).
_CHOSEN = ("(SELECT " + _safe("group_concat(session, ', ')") + " FROM choices"
           " WHERE reg_id = r.id)")
# The sessions attended as "A (14:03), D (15:20)": the earliest un-undone record of each
# session, in order of time, then, as `attendance.records` has it, of each session's
# latest record, latest first.
_ATTENDED = (
    "(SELECT " + _safe("group_concat(session || ' (' || substr(at, 12, 5) || ')', ', ')")
    + " FROM"
    " (SELECT a.session, a.at FROM attendance a WHERE a.reg_id = r.id AND a.undone = 0"
    "  AND NOT EXISTS (SELECT 1 FROM attendance b WHERE b.reg_id = a.reg_id"
    "   AND b.session = a.session AND b.undone = 0 AND (b.clock < a.clock"
    "    OR (b.clock = a.clock AND b.entry_id < a.entry_id)))"
    "  ORDER BY a.at, (SELECT max(c.clock) FROM attendance c WHERE c.reg_id = a.reg_id"
    "   AND c.session = a.session AND c.undone = 0) DESC))")
# No record or one, as for most people: nothing to choose or sort, one look-up (with
# count(), the bare columns come from the one row there is). The cell starts with the
# session's code: made safe by it, the cell is made once.
_ATTENDED_FAST = (
    "coalesce((SELECT CASE count(*) WHEN 0 THEN '' WHEN 1 THEN"
    f" CASE WHEN session < 'A' AND unicode(session) IN ({_RISKY_CODES}) THEN '''' ELSE '' END"
    " || session || ' (' || substr(at, 12, 5) || ')'"
    f" END FROM attendance WHERE reg_id = r.id AND undone = 0), {_ATTENDED})")
_ISO_SECONDS = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"


def _when_sql(column: str) -> str:
    """SQL for `_when(column)`: SQLite itself for a valid "YYYY-MM-DDTHH:MM:SS" with or
    without a "+HH:MM" offset (what stations and imports record), `_when` for the rest.
    Days past the 28th are checked by strftime, which changes a date that is not one
    (30 February) with '+0 days'; year 0 is none for Python."""
    return (f"CASE WHEN {column} IS NULL OR {column} = '' THEN ''"
            f" WHEN ({column} GLOB '{_ISO_SECONDS}[+-][01][0-9]:[0-5][0-9]'"
            f" OR {column} GLOB '{_ISO_SECONDS}')"
            f" AND substr({column}, 1, 4) <> '0000'"
            f" AND substr({column}, 6, 2) BETWEEN '01' AND '12'"
            f" AND substr({column}, 12, 2) <= '23'"
            f" AND (substr({column}, 9, 2) BETWEEN '01' AND '28'"
            f" OR strftime('%Y-%m-%dT%H:%M:%S', substr({column}, 1, 19), '+0 days')"
            f" = substr({column}, 1, 19))"
            f" THEN substr({column}, 1, 10) || ' ' || substr({column}, 12, 8)"
            f" ELSE checkin_when({column}) END")


def _text(value: str) -> str:
    """A text cell as `spreadsheet._csv_value` makes it."""
    if "\0" in value:
        value = value.replace("\0", SHOWN_FOR_NUL)
    return "'" + value if value.startswith(RISKY) else value


def _when(iso: str | None) -> str:
    """A recorded local time as the CSV shows the spreadsheet's date-time."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).replace(tzinfo=None).isoformat(" ", "seconds")
    except ValueError:
        return _text(iso)
