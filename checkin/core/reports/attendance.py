"""Who was where, and when: the rows every report is made of.

Half-days. The day splits at the start of the lunch slot (a slot whose name says
"déjeuner", "repas" or "lunch"), or at 13:00 when the programme has none. A slot belongs
to the morning when it starts before the split. Someone was present in the morning if they
checked in at reception before the split or attended a morning session; in the afternoon if
they checked in at or after the split or attended a session of a slot starting at or after
it (lunch included). Times are compared as the local wall-clock time the station recorded.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.model import FIELDS, Registration
from checkin.core.programme import Programme
from checkin.core.text import fold

DEFAULT_SPLIT = "13:00"
_LUNCH_WORDS = ("dejeuner", "repas", "lunch")


@dataclass(frozen=True)
class HalfDay:
    key: str  # "morning" or "afternoon"
    start: str  # "HH:MM"
    end: str
    sessions: tuple[str, ...]  # codes of the sessions in its slots


@dataclass(frozen=True)
class Attended:
    """A person's presence at a session: the earliest un-undone record of it."""

    session: str
    at: str  # ISO local time
    station: str
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Record:
    """A registration and everything recorded about its attendance."""

    reg: Registration
    attended: dict[str, Attended]  # session code -> presence

    def present(self) -> bool:
        return bool(self.reg.checked_in_at) or bool(self.attended)

    def time_in(self, half: HalfDay) -> str | None:
        """When this person is first known to be present in `half`, or None."""
        times = [a.at for code, a in self.attended.items() if code in half.sessions]
        arrival = self.reg.checked_in_at
        if arrival and half.start <= clock_time(arrival) < half.end:
            times.append(arrival)
        return min(times, key=clock_time) if times else None


def purged_at(event: Event) -> str | None:
    """When the event's personal data were purged, or None (see `checkin.core.purge`)."""
    row = event.conn.execute("SELECT value FROM meta WHERE key = 'purged_at'").fetchone()
    return str(row[0]) if row else None


def refuse_if_purged(event: Event, what: str, problem: Problem) -> None:
    when = purged_at(event)
    if when:
        raise CheckinError(f"the personal data of this event were purged on {when[:10]}:"
                           f" there are no names left for {what}", problem,
                           details={"date": when[:10]})


def clock_time(iso: str) -> str:
    """The wall-clock "HH:MM" of an ISO local date-time ("2022-12-08T09:42:10+01:00")."""
    return iso[11:16]


def split_time(programme: Programme) -> str:
    for slot in programme.slots:
        if any(word in fold(slot.name) for word in _LUNCH_WORDS):
            return slot.start
    return DEFAULT_SPLIT


def half_days(programme: Programme) -> tuple[HalfDay, HalfDay]:
    split = split_time(programme)
    morning = [s.code for sl in programme.slots if sl.start < split for s in sl.sessions]
    afternoon = [s.code for sl in programme.slots if sl.start >= split for s in sl.sessions]
    return (HalfDay("morning", "00:00", split, tuple(morning)),
            HalfDay("afternoon", split, "24:00", tuple(afternoon)))


def records(event: Event, include_cancelled: bool = False) -> list[Record]:
    """Every registration (active ones unless asked), in alphabetical order of names."""
    where = "" if include_cancelled else "WHERE r.status = 'active'"
    cur = event.conn.execute(
        "SELECT r.*, (SELECT group_concat(c.session, ',') FROM choices c"
        f" WHERE c.reg_id = r.id) AS sessions FROM registrations r {where}")
    names = [d[0] for d in cur.description]
    attended = _attended(event)
    found = [Record(_registration(dict(zip(names, row, strict=True))), attended.get(row[0], {}))
             for row in cur]
    folded = _Folded()  # names repeat (first names above all): each folded once
    found.sort(key=lambda r: (folded(r.reg.last_name), folded(r.reg.first_name), r.reg.id))
    return found


class _Folded(dict[str, str]):
    """`fold(text)`, remembered for this sort: the same order as `alphabetical`."""

    def __call__(self, text: str) -> str:
        return self[text]

    def __missing__(self, text: str) -> str:
        self[text] = value = fold(text)
        return value


def _attended(event: Event) -> dict[str, dict[str, Attended]]:
    found: dict[str, dict[str, Attended]] = defaultdict(dict)
    for reg_id, session, at, station, flags in event.conn.execute(
            "SELECT reg_id, session, at, station, flags FROM attendance WHERE undone = 0"
            " ORDER BY clock DESC"):  # the earliest record wins: it is written last
        found[reg_id][session] = Attended(session, at, station,
                                          tuple(f for f in (flags or "").split(",") if f))
    return found


def _extra(text: str | None) -> dict[str, Any]:
    return json.loads(text) if text and text != "{}" else {}


def _registration(row: dict[str, Any]) -> Registration:
    sessions = tuple(sorted(row["sessions"].split(","))) if row["sessions"] else ()
    return Registration(
        **{name: row[name] or "" for name in FIELDS},
        id=row["id"], code=row["code"] or "", extra=_extra(row["extra"]),
        sessions=sessions, status=row["status"], source=row["source"],
        submitted_at=row["submitted_at"] or "", checked_in_at=row["checked_in_at"],
        checked_in_station=row["checked_in_station"], checkin_count=row["checkin_count"],
    )
