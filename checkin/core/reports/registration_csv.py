"""The registrations table as CSV lines, straight from SQL: the lines that csv.writer makes
of `spreadsheet.registration_table`'s rows through `spreadsheet._csv_value`, without making
a `Registration` and a `Record` per person (which took most of a CSV export's time).

SQLite makes every cell (text made safe from formulas, `'` before `= + - @`, tab, return;
the words for keys; session lists; dates) and joins them into the line. Python sorts the
lines by folded names, makes the odd date, the few lines with cells to quote and the extra
answers' cells, the way the spreadsheet code makes them. Tests hold the files equal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from checkin.core.event import Event
from checkin.core.model import FIELDS
from checkin.core.reports import attendance
from checkin.core.text import fold

RISKY = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs these as formulas
_RISKY_CODES = ", ".join(str(ord(c)) for c in RISKY)  # first characters, as unicode() gives


def _safe(expr: str) -> str:
    """SQL for the CSV text of `expr`: NULL as '', a leading apostrophe when risky."""
    return (f"CASE WHEN unicode({expr}) IN ({_RISKY_CODES}) THEN '''' || {expr}"
            f" ELSE coalesce({expr}, '') END")


def _words(column: str, words: dict[str, str]) -> str:
    cases = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in words.items())
    return f"CASE {column} {cases} ELSE {_safe(column)} END"


def registration_lines(event: Event, headers: tuple[str, ...], category: dict[str, str],
                       status: dict[str, str], source: dict[str, str]
                       ) -> tuple[list[str], list[str]]:
    """The registrations sheet's headers (`headers` and the extra answers' keys) and its
    rows as CSV lines (`;`, without their line end) as `csv.writer` writes them,
    cancelled registrations included, in alphabetical order of names."""
    conn = event.conn
    conn.create_function("checkin_when", 1, _when, deterministic=True)
    extras_of = {reg_id: json.loads(text) for reg_id, text in conn.execute(
        "SELECT id, extra FROM registrations WHERE extra IS NOT NULL AND extra NOT IN ('', '{}')")}
    extras = sorted({k for e in extras_of.values() for k in e})
    assert FIELDS[-1] == "category"
    cells = [  # each made by SQLite as _csv_value makes the spreadsheet's cell
        _safe("r.code"), *(_safe("r." + f) for f in FIELDS[:-1]),
        _words("r.category", category), _CHOSEN, _words("r.status", status),
        _words("r.source", source), _when_sql("r.submitted_at"), _when_sql("r.checked_in_at"),
        _safe("r.checked_in_station"), "coalesce(CAST(r.checkin_count AS TEXT), '')",
        _ATTENDED_FAST]
    # Each line as SQLite joins its cells; those where a cell holds what csv.writer would
    # quote (`;`, a quote, a line end), few, made again by csv.writer from their cells.
    # printf makes the line in one go, a third faster than `||` cell after cell.
    line = f"printf('{';'.join(['%s'] * len(cells))}', {', '.join(cells)})"
    rows = conn.execute(f"SELECT {line}, r.id, coalesce(r.last_name, ''),"
                        " coalesce(r.first_name, '') FROM registrations r").fetchall()
    odd = [r[1] for r in rows if r[0].count(";") != len(cells) - 1 or '"' in r[0]
           or "\n" in r[0] or "\r" in r[0]]
    quoted = {reg_id: _csv_line(values) for reg_id, *values in conn.execute(
        f"SELECT r.id, {', '.join(cells)} FROM registrations r"
        " WHERE r.id IN (SELECT value FROM json_each(?))", (json.dumps(odd),))}
    _sort_by_name(rows)
    lines = [quoted.get(r[1], r[0]) for r in rows] if quoted else [r[0] for r in rows]
    if not extras:
        return list(headers), lines
    blank = ";" * len(extras)
    answers = {reg_id: ";" + _csv_line([_text(str(e.get(k, ""))) for k in extras])
               for reg_id, e in extras_of.items()}
    return [*headers, *extras], [line + answers.get(r[1], blank)
                                 for line, r in zip(lines, rows, strict=True)]


def _sort_by_name(rows: list[tuple[str, str, str, str]]) -> None:
    """Sort (line, id, last name, first name) rows as `attendance.alphabetical` does: by
    folded last name, folded first name, id.

    Sorted here: 50,000 calls of a Python function from SQLite's ORDER BY cost twice as
    much. One string per row, `fold(last NUL first NUL) + id`, sorts in that order when no
    name holds a NUL (the least character: a shorter name comes first, as in a tuple), and
    a third faster than a tuple (one fold, one comparison of strings). `fold` of the two
    names at once is the two folds joined: it folds character by character."""
    keys = [fold(f"{last}\0{first}\0") + reg_id for _, reg_id, last, first in rows]
    if "".join(keys).count("\0") == 2 * len(keys):
        order = sorted(range(len(rows)), key=keys.__getitem__)
        rows[:] = [rows[i] for i in order]
    else:  # a NUL in a name (or an id): the plain tuples
        folded = attendance._Folded().__getitem__  # names repeat: each folded once
        rows.sort(key=lambda r: (folded(r[2]), folded(r[3]), r[1]))


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()  # the line end kept: csv.writer quotes the cells holding it
    csv.writer(out, delimiter=";").writerow(cells)
    return out.getvalue().removesuffix("\r\n")


# These lists are made safe inside their subquery, where SQLite computes an aggregate once
# however often it is named (outside, `_safe` would run the subquery three times).
# group_concat reads the rows of an ordered subquery in its order: SQLite does not flatten
# such a subquery into an aggregate (3.40 has no ORDER BY inside an aggregate). The
# byte-for-byte test against the spreadsheet's rows holds both lists to it.
# The sessions chosen, in order of code.
_CHOSEN = ("(SELECT " + _safe("group_concat(session, ', ')") + " FROM (SELECT session"
           " FROM choices WHERE reg_id = r.id ORDER BY session))")
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
# count(), the bare columns come from the one row there is).
_ATTENDED_FAST = (
    "coalesce((SELECT CASE count(*) WHEN 0 THEN '' WHEN 1 THEN "
    + _safe("session || ' (' || substr(at, 12, 5) || ')'")
    + f" END FROM attendance WHERE reg_id = r.id AND undone = 0), {_ATTENDED})")
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
    return "'" + value if value.startswith(RISKY) else value


def _when(iso: str | None) -> str:
    """A recorded local time as the CSV shows the spreadsheet's date-time."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).replace(tzinfo=None).isoformat(" ", "seconds")
    except ValueError:
        return _text(iso)
