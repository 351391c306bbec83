"""The dashboard's figures, as plain values computed by SQL aggregates.

Definitions (active = not cancelled):
- registered: active registrations, walk-ins included; walk_ins: the active walk-ins;
- arrived: active registrations checked in at reception (earliest un-undone check-in);
- no_shows: active registrations made beforehand that never checked in;
- double_checkins: active registrations checked in more than once (at two stations);
- arrivals: first check-ins per quarter of an hour, gaps filled with zeros within a day;
- per session: registered = active people who chose it; present = active people recorded
  there; changed = present although registered for another session of the same slot;
- half-days: see `attendance` for the rule that splits the day.
Once the event is purged of personal data, the figures are those it stored at the purge.

`compute(event)` costs a handful of aggregate queries: call it again after every change the
event reports (`Event.subscribe`), merges included.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from checkin.core.event import Event
from checkin.core.reports.attendance import HalfDay, half_days

QUARTER = 15  # minutes per bar of the arrivals chart


@dataclass(frozen=True)
class ArrivalBucket:
    start: str  # local "YYYY-MM-DDTHH:MM", the start of the quarter of an hour
    count: int

    @property
    def label(self) -> str:
        return self.start[11:16]


@dataclass(frozen=True)
class SessionFigures:
    code: str
    title: str
    room: str
    slot: str  # the slot's name
    start: str  # "HH:MM"
    end: str
    capacity: int | None
    registered: int
    present: int
    present_registered: int  # present among those who chose it
    changed: int  # present, having chosen another session of the slot

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.present >= self.capacity

    @property
    def overbooked(self) -> bool:
        """More people chose it than it has places (see `core.overbooking`)."""
        return self.capacity is not None and self.registered > self.capacity


@dataclass(frozen=True)
class Breakdown:
    label: str  # "" when the registration left it blank
    registered: int
    arrived: int


@dataclass(frozen=True)
class HalfDayFigures:
    key: str  # "morning" or "afternoon"
    start: str
    end: str
    present: int


@dataclass(frozen=True)
class Figures:
    registered: int
    arrived: int
    walk_ins: int
    no_shows: int
    cancelled: int
    double_checkins: int
    arrivals: tuple[ArrivalBucket, ...]
    sessions: tuple[SessionFigures, ...]
    by_org_type: tuple[Breakdown, ...]
    by_department: tuple[Breakdown, ...]
    half_days: tuple[HalfDayFigures, ...]
    purged_at: str | None = None  # set once the personal data were purged

    def session(self, code: str) -> SessionFigures | None:
        return next((s for s in self.sessions if s.code == code), None)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figures:
        return cls(
            **{k: data[k] for k in ("registered", "arrived", "walk_ins", "no_shows",
                                    "cancelled", "double_checkins")},
            arrivals=tuple(ArrivalBucket(**a) for a in data["arrivals"]),
            sessions=tuple(SessionFigures(**s) for s in data["sessions"]),
            by_org_type=tuple(Breakdown(**b) for b in data["by_org_type"]),
            by_department=tuple(Breakdown(**b) for b in data["by_department"]),
            half_days=tuple(HalfDayFigures(**h) for h in data["half_days"]),
            purged_at=data.get("purged_at"),
        )


def compute(event: Event) -> Figures:
    """The figures now; once purged, those stored at the purge (nothing changes after)."""
    snapshot = event.conn.execute(
        "SELECT value FROM meta WHERE key = 'purged_figures'").fetchone()
    if snapshot:
        return Figures.from_json(json.loads(snapshot[0]))
    q = event.conn.execute
    registered, arrived, walk_ins, no_shows, cancelled, double = q("""
        SELECT coalesce(sum(status = 'active'), 0),
               coalesce(sum(status = 'active' AND checkin_count > 0), 0),
               coalesce(sum(status = 'active' AND source = 'walkin'), 0),
               coalesce(sum(status = 'active' AND source != 'walkin' AND checkin_count = 0), 0),
               coalesce(sum(status = 'cancelled'), 0),
               coalesce(sum(status = 'active' AND checkin_count > 1), 0)
        FROM registrations""").fetchone()
    return Figures(
        registered=registered, arrived=arrived, walk_ins=walk_ins, no_shows=no_shows,
        cancelled=cancelled, double_checkins=double,
        arrivals=_arrivals(event), sessions=_sessions(event),
        by_org_type=_breakdown(event, "org_type"), by_department=_breakdown(event, "department"),
        half_days=tuple(_half_day(event, h) for h in half_days(event.programme)),
    )


def _arrivals(event: Event) -> tuple[ArrivalBucket, ...]:
    rows = event.conn.execute(f"""
        SELECT substr(checked_in_at, 1, 11) || printf('%02d:%02d',
                   CAST(substr(checked_in_at, 12, 2) AS INTEGER),
                   CAST(substr(checked_in_at, 15, 2) AS INTEGER) / {QUARTER} * {QUARTER}) AS b,
               count(*)
        FROM registrations WHERE status = 'active' AND checked_in_at IS NOT NULL
        GROUP BY b ORDER BY b""").fetchall()
    counts = dict(rows)
    buckets: list[ArrivalBucket] = []
    for start, _ in rows:
        previous = buckets[-1].start if buckets else None
        if previous and previous[:10] == start[:10]:  # fill the quiet quarters of the day
            buckets.extend(ArrivalBucket(b, 0) for b in _quarters_between(previous, start))
        buckets.append(ArrivalBucket(start, counts[start]))
    return tuple(buckets)


def _quarters_between(first: str, last: str) -> list[str]:
    def minutes(b: str) -> int:
        return int(b[11:13]) * 60 + int(b[14:16])
    day = first[:11]
    return [f"{day}{m // 60:02d}:{m % 60:02d}"
            for m in range(minutes(first) + QUARTER, minutes(last), QUARTER)]


def _sessions(event: Event) -> tuple[SessionFigures, ...]:
    q = event.conn.execute
    active = "JOIN registrations r ON r.id = {}.reg_id AND r.status = 'active'"
    registered = dict(q("SELECT c.session, count(*) FROM choices c "
                        + active.format("c") + " GROUP BY c.session").fetchall())
    present: dict[str, int] = {}
    present_registered: dict[str, int] = {}
    for code, n, n_registered in q(
            "SELECT a.session, count(DISTINCT a.reg_id), count(DISTINCT c.reg_id)"
            " FROM attendance a " + active.format("a")
            + " LEFT JOIN choices c ON c.reg_id = a.reg_id AND c.session = a.session"
            " WHERE a.undone = 0 GROUP BY a.session"):
        present[code], present_registered[code] = n, n_registered
    programme = event.programme
    changed: dict[str, int] = {}
    for slot in programme.slots:
        codes = json.dumps([s.code for s in slot.sessions])
        changed.update(q(
            "SELECT a.session, count(DISTINCT a.reg_id) FROM attendance a " + active.format("a")
            + " WHERE a.undone = 0 AND a.session IN (SELECT value FROM json_each(:codes))"
            " AND NOT EXISTS (SELECT 1 FROM choices c WHERE c.reg_id = a.reg_id"
            "                 AND c.session = a.session)"
            " AND EXISTS (SELECT 1 FROM choices c WHERE c.reg_id = a.reg_id"
            "             AND c.session IN (SELECT value FROM json_each(:codes)))"
            " GROUP BY a.session", {"codes": codes}).fetchall())
    found = [SessionFigures(s.code, s.title, s.room, slot.name, slot.start, slot.end,
                            s.capacity, registered.get(s.code, 0), present.get(s.code, 0),
                            present_registered.get(s.code, 0), changed.get(s.code, 0))
             for slot in programme.slots for s in slot.sessions]
    known = {s.code for s in found}
    for code in sorted((set(registered) | set(present)) - known):  # no longer in the programme
        found.append(SessionFigures(code, "", "", "", "", "", None, registered.get(code, 0),
                                    present.get(code, 0), present_registered.get(code, 0), 0))
    return tuple(found)


def _breakdown(event: Event, column: str) -> tuple[Breakdown, ...]:
    assert column in ("org_type", "department")  # interpolated below: never user input
    rows = event.conn.execute(f"""
        SELECT coalesce({column}, ''), count(*), coalesce(sum(checkin_count > 0), 0)
        FROM registrations WHERE status = 'active'
        GROUP BY 1 ORDER BY count(*) DESC, 1""")
    return tuple(Breakdown(label, n, arrived) for label, n, arrived in rows)


def _half_day(event: Event, half: HalfDay) -> HalfDayFigures:
    (present,) = event.conn.execute("""
        SELECT count(*) FROM registrations r WHERE r.status = 'active' AND (
            (r.checked_in_at IS NOT NULL AND substr(r.checked_in_at, 12, 5) >= :start
             AND substr(r.checked_in_at, 12, 5) < :end)
            OR EXISTS (SELECT 1 FROM attendance a WHERE a.reg_id = r.id AND a.undone = 0
                       AND a.session IN (SELECT value FROM json_each(:codes))))""",
        {"start": half.start, "end": half.end, "codes": json.dumps(half.sessions)}).fetchone()
    return HalfDayFigures(half.key, half.start, half.end, present)
