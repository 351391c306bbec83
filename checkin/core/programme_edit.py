"""Editing the programme during the event: titles, rooms, capacities, sessions and slots
added. Each edit is journaled as a whole new programme (a `programme.set` entry), checked by
the same rules as a programme file; when two stations edit it, the latest edit in the
journal's order wins whole. The event's short name cannot change: every badge's QR code
carries it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from checkin.core import journal as j
from checkin.core.errors import Problem, ProgrammeError
from checkin.core.event import Event
from checkin.core.programme import Programme, Session, Slot, parse_programme

_EVENT_FIELDS = ("title", "date", "venue", "organiser", "contact")


class _Unset:
    pass


UNSET: Any = _Unset()


def validated(programme: Programme) -> Programme:
    """`programme` checked and normalised as a programme file would be."""
    try:
        date = dt.date.fromisoformat(programme.date)
    except ValueError:
        raise ProgrammeError(f"event.date must be a date such as 2022-12-08, "
                             f"not {programme.date!r}", Problem.PROGRAMME_BAD_DATE,
                             details={"key": "event.date"}) from None
    raw = {"event": {"title": programme.title, "short": programme.short, "date": date,
                     "venue": programme.venue, "organiser": programme.organiser,
                     "contact": programme.contact},
           "slot": [{"name": sl.name, "start": sl.start, "end": sl.end,
                     "session": [{k: v for k, v in dataclasses.asdict(s).items()
                                  if v is not None} for s in sl.sessions]}
                    for sl in programme.slots]}
    return parse_programme(raw)


def set_programme(event: Event, programme: Programme) -> Programme:
    """Make `programme` the event's programme (journaled) if it differs; returns it."""
    new = validated(programme)
    current = event.programme
    if new.short != current.short:
        raise ProgrammeError(f"the short name {current.short} is in every badge's QR code:"
                             " it cannot change", Problem.SHORT_NAME_FIXED,
                             details={"short": current.short})
    if new != current:
        event.append([j.NewEntry(j.PROGRAMME_SET, j.PROGRAMME_SUBJECT, new.to_dict())])
    return new


def edit_event(event: Event, **changes: str) -> Programme:
    """Change the event's title, date, venue, organiser or contact."""
    unknown = set(changes) - set(_EVENT_FIELDS)
    if unknown:
        raise ProgrammeError(f"unknown event detail: {sorted(unknown)[0]}")
    fields: dict[str, Any] = dict(changes)
    return set_programme(event, dataclasses.replace(event.programme, **fields))


def edit_session(event: Event, code: str, *, title: str | None = None,
                 room: str | None = None, capacity: int | None = UNSET) -> Programme:
    """Change a session's title, room or capacity (None: no limit)."""
    programme = event.programme
    session = _session(programme, code)
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = title
    if room is not None:
        changes["room"] = room
    if capacity is not UNSET:
        changes["capacity"] = capacity
    edited = dataclasses.replace(session, **changes)
    return set_programme(event, _replace_session(programme, session.code, edited))


def add_session(event: Event, slot: str, code: str, title: str, room: str = "",
                capacity: int | None = None) -> Programme:
    """A new session in the slot named `slot`."""
    programme = event.programme
    target = _slot(programme, slot)
    session = Session(code=code.strip().upper(), title=title, room=room, capacity=capacity)
    slots = tuple(dataclasses.replace(sl, sessions=(*sl.sessions, session))
                  if sl is target else sl for sl in programme.slots)
    return set_programme(event, dataclasses.replace(programme, slots=slots))


def add_slot(event: Event, name: str, start: str, end: str) -> Programme:
    """A new time slot (without sessions yet); slots stay in order of their start."""
    programme = event.programme
    if any(sl.name == name.strip() for sl in programme.slots):
        raise ProgrammeError(f"there is already a slot named {name.strip()!r}",
                             Problem.SLOT_NAME_TAKEN, details={"name": name.strip()})
    slots = sorted((*programme.slots, Slot(name.strip(), start, end)), key=lambda sl: sl.start)
    return set_programme(event, dataclasses.replace(programme, slots=tuple(slots)))


def _session(programme: Programme, code: str) -> Session:
    session = programme.session(code.strip().upper())
    if session is None:
        codes = ", ".join(s.code for s in programme.sessions())
        raise ProgrammeError(f"no session {code} in the programme (sessions: {codes or 'none'})",
                             Problem.NO_SESSION, details={"code": code, "codes": codes})
    return session


def _slot(programme: Programme, name: str) -> Slot:
    for sl in programme.slots:
        if sl.name == name.strip():
            return sl
    names = [sl.name for sl in programme.slots]
    listed = ", ".join(repr(n) for n in names) or "none"
    raise ProgrammeError(f"no slot named {name!r} (slots: {listed})", Problem.NO_SLOT,
                         details={"name": name, "names": "\n".join(names)})


def _replace_session(programme: Programme, code: str, session: Session) -> Programme:
    slots = tuple(dataclasses.replace(sl, sessions=tuple(
        session if s.code == code else s for s in sl.sessions)) for sl in programme.slots)
    return dataclasses.replace(programme, slots=slots)
