"""Workshop rooms: attendance per session, and what a host's station shows.

A scan in a room is identified like a reception scan, then recorded as attendance of the
session with the warnings that apply. Only a full session stops the recording: the host
decides, and `admit_when_full` lets the person in.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.core.programme import Programme, Session, Slot

# A session's door opens this long before its slot starts and closes this long after it
# ends: people come early to a 14h00 workshop, and late to the lunch.
OPENS_BEFORE = dt.timedelta(minutes=20)
CLOSES_AFTER = dt.timedelta(minutes=15)


class SessionOutcome(StrEnum):
    ATTENDED = "attended"
    ALREADY_ATTENDED = "already_attended"
    OTHER_SESSION = "other_session"  # recorded; chose another session of this slot
    FULL = "full"  # not recorded unless the host admits them
    NOT_CHECKED_IN = "not_checked_in"  # recorded, and checked in at reception too
    OUTSIDE_HOURS = "outside_hours"  # recorded, with a warning
    # The scan itself did not name one valid registration:
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    INVALID_SIGNATURE = "invalid_signature"
    CANCELLED = "cancelled"
    AMBIGUOUS = "ambiguous"


# When several warnings apply, the outcome shown is the first of these; all are in `flags`.
_PRIORITY = (SessionOutcome.FULL, SessionOutcome.NOT_CHECKED_IN, SessionOutcome.OTHER_SESSION,
             SessionOutcome.OUTSIDE_HOURS)


@dataclass(frozen=True)
class AttendanceResult:
    outcome: SessionOutcome
    session: str
    registration: Registration | None = None
    flags: tuple[SessionOutcome, ...] = ()
    recorded: bool = False
    entry_id: str | None = None
    first_attended_at: str | None = None  # for already_attended
    chosen: tuple[str, ...] = ()  # what they had chosen in this slot, for other_session
    candidates: tuple[Registration, ...] = ()
    other_event: str = ""

    def as_json(self, event: Event) -> dict[str, Any]:
        reg = self.registration
        return {
            "outcome": self.outcome.value, "session": self.session,
            "attendee": reg.as_json(event.qr(reg)) if reg else None,
            "flags": [f.value for f in self.flags], "recorded": self.recorded,
            "first_attended_at": self.first_attended_at, "chosen": list(self.chosen),
            "candidates": [c.as_json(event.qr(c)) for c in self.candidates],
            "other_event": self.other_event or None,
        }


def scan(event: Event, code: str, text: str, admit_when_full: bool = False) -> AttendanceResult:
    """Record attendance of session `code` for whoever the scanned text names."""
    code = _session_or_raise(event.programme, code).code
    found = reception.identify(event, text)
    if isinstance(found, reception.ScanResult):
        return AttendanceResult(SessionOutcome(found.outcome.value), code,
                                other_event=found.other_event)
    if len(found) > 1:
        return AttendanceResult(SessionOutcome.AMBIGUOUS, code, candidates=tuple(found))
    return attend(event, code, found[0], admit_when_full)


def attend(event: Event, code: str, reg: Registration,
           admit_when_full: bool = False) -> AttendanceResult:
    """Record that `reg` came to session `code` (a scan, a search or a tick in the list)."""
    programme = event.programme
    session = _session_or_raise(programme, code)
    code = session.code
    if reg.cancelled:
        return AttendanceResult(SessionOutcome.CANCELLED, code, reg)
    present = attendance_of(event, reg.id)
    if code in present:
        return AttendanceResult(SessionOutcome.ALREADY_ATTENDED, code, reg,
                                first_attended_at=present[code])
    flags = _warnings(event, programme, session, reg)
    if SessionOutcome.FULL in flags and not admit_when_full:
        return AttendanceResult(SessionOutcome.FULL, code, reg, flags=tuple(flags))
    new = []
    if not reg.checked_in_at:
        new.append(j.NewEntry(j.CHECKIN_RECORDED, reg.id, {
            "at": event.timestamp(), "station_name": event.station_name}))
    new.append(j.NewEntry(j.ATTENDANCE_RECORDED, reg.id, {
        "session": code, "at": event.timestamp(), "station_name": event.station_name,
        "flags": sorted(f.value for f in flags)}))
    stored = event.append(new)
    outcome = next((o for o in _PRIORITY if o in flags), SessionOutcome.ATTENDED)
    slot = programme.slot_of(code)
    chosen = tuple(c for c in reg.sessions if slot and c in {s.code for s in slot.sessions})
    return AttendanceResult(outcome, code, event.registration(reg.id), tuple(flags),
                            recorded=True, entry_id=stored[-1].id, chosen=chosen)


def undo(event: Event, code: str, reg: Registration) -> bool:
    """Undo the latest attendance of `reg` at session `code`, and the reception check-in
    that recording made if they had not been checked in; False if there is none."""
    row = event.conn.execute(
        "SELECT entry_id, flags FROM attendance WHERE reg_id = ? AND session = ?"
        " AND undone = 0 ORDER BY clock DESC LIMIT 1", (reg.id, code)).fetchone()
    if row is None:
        return False
    entry_id, flags = row
    undo = [j.NewEntry(j.ATTENDANCE_UNDONE, reg.id, {"entry": entry_id})]
    if SessionOutcome.NOT_CHECKED_IN.value in flags.split(","):
        made = _check_in_made_with(event, entry_id)
        if made is not None:
            undo.append(j.NewEntry(j.CHECKIN_UNDONE, reg.id, {"entry": made}))
    event.append(undo)
    return True


def _check_in_made_with(event: Event, attendance_id: str) -> str | None:
    """The reception check-in `attend` appended just before an attendance (the same
    station's previous entry), if it is still in force."""
    row = event.conn.execute(
        "SELECT c.id FROM journal a JOIN journal c"
        " ON c.station = a.station AND c.seq = a.seq - 1 AND c.subject = a.subject"
        " JOIN checkins k ON k.reg_id = c.subject AND k.entry_id = c.id AND k.undone = 0"
        " WHERE a.id = ? AND c.kind = ?", (attendance_id, j.CHECKIN_RECORDED)).fetchone()
    return None if row is None else str(row[0])


def attendance_of(event: Event, reg_id: str) -> dict[str, str]:
    """Session code -> time of the first un-undone attendance of one registration."""
    rows = event.conn.execute(
        "SELECT session, min(at) FROM attendance WHERE reg_id = ? AND undone = 0"
        " GROUP BY session", (reg_id,))
    return dict(rows.fetchall())


def present_count(event: Event, code: str) -> int:
    (count,) = event.conn.execute(
        "SELECT count(DISTINCT reg_id) FROM attendance WHERE session = ? AND undone = 0",
        (code,)).fetchone()
    return int(count)


def _warnings(event: Event, programme: Programme, session: Session,
              reg: Registration) -> list[SessionOutcome]:
    flags = []
    if session.capacity is not None and present_count(event, session.code) >= session.capacity:
        flags.append(SessionOutcome.FULL)
    if not reg.checked_in_at:
        flags.append(SessionOutcome.NOT_CHECKED_IN)
    slot = programme.slot_of(session.code)
    if slot and len(slot.sessions) > 1:
        in_slot = {s.code for s in slot.sessions}
        if session.code not in reg.sessions and in_slot & set(reg.sessions):
            flags.append(SessionOutcome.OTHER_SESSION)
    if slot and not is_open(slot, event.now().time()):
        flags.append(SessionOutcome.OUTSIDE_HOURS)
    return flags


def is_open(slot: Slot, now: dt.time) -> bool:
    """Whether a slot's sessions take people at time of day `now` (with the margins)."""
    start, end = _bounds(slot)
    moment = dt.datetime.combine(dt.date(2000, 1, 1), now)
    return start - OPENS_BEFORE <= moment <= end + CLOSES_AFTER


def _bounds(slot: Slot) -> tuple[dt.datetime, dt.datetime]:
    day = dt.date(2000, 1, 1)
    return (dt.datetime.combine(day, dt.time.fromisoformat(slot.start)),
            dt.datetime.combine(day, dt.time.fromisoformat(slot.end)))


def current_session(programme: Programme, room: str, now: dt.time) -> Session | None:
    """The session a room station should show at `now`: the one in progress (or about to
    start) in that room, else the next one there, else the last one of the day there."""
    in_room = [(slot, s) for slot in programme.slots for s in slot.sessions if s.room == room]
    if not in_room:
        return None
    moment = dt.datetime.combine(dt.date(2000, 1, 1), now)
    open_now = [(slot, s) for slot, s in in_room if is_open(slot, now)]
    # In progress first, then about to start, then just ended.
    if open_now:
        return min(open_now, key=lambda pair: _closeness(pair[0], moment))[1]
    upcoming = [(s, session) for s, session in in_room if _bounds(s)[0] > moment]
    if upcoming:
        return min(upcoming, key=lambda pair: pair[0].start)[1]
    return in_room[-1][1]


def _closeness(slot: Slot, moment: dt.datetime) -> tuple[int, dt.timedelta]:
    start, end = _bounds(slot)
    if start <= moment <= end:
        return (0, dt.timedelta(0))
    return (1, start - moment) if moment < start else (2, moment - end)


def rooms(programme: Programme) -> list[str]:
    seen: dict[str, None] = {}
    for session in programme.sessions():
        if session.room:
            seen.setdefault(session.room)
    return list(seen)


@dataclass(frozen=True)
class RosterLine:
    registration: Registration
    present_at: str | None  # when they were recorded in this session, if they were


@dataclass(frozen=True)
class Roster:
    """What a room station lists: those registered, and those present who chose otherwise."""

    session: Session
    registered: tuple[RosterLine, ...]
    walked_over: tuple[RosterLine, ...]

    @property
    def present(self) -> int:
        return sum(1 for line in self.registered if line.present_at) + len(self.walked_over)


def roster(event: Event, code: str) -> Roster:
    session = _session_or_raise(event.programme, code)
    code = session.code
    present = dict(event.conn.execute(
        "SELECT reg_id, min(at) FROM attendance WHERE session = ? AND undone = 0"
        " GROUP BY reg_id", (code,)).fetchall())
    chosen = {r[0] for r in event.conn.execute("SELECT reg_id FROM choices WHERE session = ?",
                                               (code,))}
    people = event.registrations_by_ids(chosen | set(present))
    registered = tuple(RosterLine(r, present.get(r.id)) for r in people
                       if r.id in chosen and not r.cancelled)
    walked_over = tuple(RosterLine(r, present[r.id]) for r in people if r.id not in chosen
                        and r.id in present)
    return Roster(session, registered, walked_over)


def lines(event: Event, code: str, regs: list[Registration]) -> list[RosterLine]:
    """Roster lines for some registrations (a search's results), in their order: one query."""
    code = _session_or_raise(event.programme, code).code
    present = dict(event.conn.execute(
        "SELECT reg_id, min(at) FROM attendance WHERE session = ? AND undone = 0"
        " AND reg_id IN (SELECT value FROM json_each(?)) GROUP BY reg_id",
        (code, json.dumps([r.id for r in regs]))).fetchall())
    return [RosterLine(r, present.get(r.id)) for r in regs]


def _session_or_raise(programme: Programme, code: str) -> Session:
    session = programme.session(code.upper())
    if session is None:
        known = ", ".join(s.code for s in programme.sessions())
        raise CheckinError(f"no session {code} in the programme (sessions: {known or 'none'})",
                           Problem.NO_SESSION, details={"code": code, "codes": known})
    return session
