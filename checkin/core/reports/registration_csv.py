"""The registrations table as CSV text cells, straight from SQL: the cells that
`spreadsheet.registration_table` gives, through `spreadsheet._csv_value`, without making a
`Registration` and a `Record` per person (which took most of a CSV export's time).

Text cells are made safe from formulas (`'` before `= + - @`, tab, return) by SQLite
itself; the few cells that need Python (dates, session lists, extra answers) are made
here the way the spreadsheet code makes them. A test holds the two paths' files equal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from checkin.core.event import Event
from checkin.core.model import FIELDS
from checkin.core.reports import attendance

RISKY = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs these as formulas
_RISKY_SQL = "'=', '+', '-', '@', char(9), char(13)"


def _safe(expr: str) -> str:
    """SQL for the CSV text of `expr`: NULL as '', a leading apostrophe when risky."""
    value = f"coalesce({expr}, '')"
    return (f"CASE WHEN substr({value}, 1, 1) IN ({_RISKY_SQL}) THEN '''' || {value}"
            f" ELSE {value} END")


def _words(column: str, words: dict[str, str]) -> str:
    cases = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in words.items())
    return f"CASE {column} {cases} ELSE {_safe(column)} END"


def registration_cells(event: Event, headers: tuple[str, ...], category: dict[str, str],
                       status: dict[str, str], source: dict[str, str]
                       ) -> tuple[list[str], Iterator[list[str]]]:
    """The registrations sheet's headers (`headers` and the extra answers' keys) and its
    rows, cancelled registrations included, in alphabetical order of names."""
    rows = event.conn.execute(
        "SELECT r.last_name, r.first_name, r.id, r.extra, r.submitted_at, r.checked_in_at,"
        " (SELECT group_concat(c.session, ',') FROM choices c WHERE c.reg_id = r.id),"
        f" {_safe('r.code')}, {', '.join(_safe('r.' + f) for f in FIELDS[:-1])},"
        f" {_words('r.category', category)}, {_words('r.status', status)},"
        f" {_words('r.source', source)}, {_safe('r.checked_in_station')},"
        " coalesce(CAST(r.checkin_count AS TEXT), '') FROM registrations r").fetchall()
    assert FIELDS[-1] == "category"
    folded = attendance._Folded()
    rows.sort(key=lambda r: (folded(r[0] or ""), folded(r[1] or ""), r[2]))
    extras_of = {r[2]: json.loads(r[3]) for r in rows if r[3] and r[3] != "{}"}
    extras = sorted({k for e in extras_of.values() for k in e})
    attended = _attended(event)
    return [*headers, *extras], (_row(r, attended, extras_of, extras) for r in rows)


def _row(r: tuple[Any, ...], attended: dict[str, str], extras_of: dict[str, dict[str, Any]],
         extras: list[str]) -> list[str]:
    reg_id, sessions = r[2], r[6]
    if sessions and "," in sessions:
        sessions = ", ".join(sorted(sessions.split(",")))
    extra = extras_of.get(reg_id, {})
    return [*r[7:18], _text(sessions or ""), r[18], r[19], _when(r[4]), _when(r[5]), r[20],
            r[21], attended.get(reg_id, ""), *(_text(str(extra.get(k, ""))) for k in extras)]


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


def _attended(event: Event) -> dict[str, str]:
    """Per registration, its sessions attended as "A (14:03), D (15:20)": the earliest
    un-undone record of each session, in order of time, as `attendance.records` has it."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for reg_id, session, at in event.conn.execute(
            "SELECT reg_id, session, at FROM attendance WHERE undone = 0 ORDER BY clock DESC"):
        found[reg_id][session] = at  # the earliest record wins: it is written last
    return {reg_id: _text(", ".join(f"{s} ({attendance.clock_time(at)})" for s, at in
                                    sorted(seen.items(), key=lambda item: item[1])))
            for reg_id, seen in found.items()}
