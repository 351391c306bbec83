"""What every journal entry from elsewhere must hold before it may be folded.

The projections read fields by kind (a check-in's time, a station's name...): an entry
whose fields are missing or of the wrong type would break the fold of its subject, on
this station and on every station it travels to. `fault` says what is wrong with an
entry (a `Problem` and its details, for the GUI to word), or None; `problem` says it in a
few English words, or nothing. Kinds it does not know (a newer version's) pass, since
the projections ignore them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from checkin.core import journal as j
from checkin.core.errors import Problem
from checkin.core.programme import stored_problem
from checkin.core.reports.logos import LOGOS_SET, LOGOS_SUBJECT

_ID = re.compile(r"[0-9a-f]{32}")
_STATION = re.compile(r"[0-9a-f]{12}")
_CLOCK = re.compile(r"\d{13}\.\d{5}")
_MAX_SEQ = 2**62  # SQLite stores 64-bit integers
_SCALARS = (str, int, float, bool, type(None))

Payload = dict[str, Any]


# The common case in one match: id, station and clock (of these patterns, joined by a
# character none of them matches). Tens of thousands of entries are checked per merge.
_WELL_FORMED = re.compile("\x00".join((_ID.pattern, _STATION.pattern, _CLOCK.pattern)))


@dataclass(frozen=True)
class Fault:
    """What is wrong with an entry: a Problem and the values its sentence needs."""

    problem: Problem
    details: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        d = self.details
        return {
            Problem.ENTRY_BAD_FIELD: f"bad {_FIELD_WORDS.get(d.get('field', ''), 'field')}",
            Problem.ENTRY_WRONG_SUBJECT:
                f"{d.get('kind')} about a subject of another kind ({d.get('subject')})",
            Problem.ENTRY_BAD_VALUE: f"{d.get('kind')} with a bad '{d.get('key')}'",
            Problem.ENTRY_AHEAD: f"its clock is {int(d.get('hours', 0)):,} hours ahead of"
                                 f" this computer's (at most {d.get('limit')} allowed): check"
                                 " that laptop's date and time",
            Problem.ENTRY_NOT_READ: f"{d.get('reason')} (a line of the folder)",
        }.get(self.problem, self.problem.value)


_FIELD_WORDS = {"id": "entry id", "station": "station", "seq": "sequence number",
                "clock": "clock", "kind": "kind or subject", "payload": "payload"}


def problem(e: j.Entry) -> str:
    """Why entry `e` may not be merged, or "" if it may."""
    why = fault(e)
    return str(why) if why else ""


def fault(e: j.Entry) -> Fault | None:
    """What is wrong with entry `e`, or None if it may be merged."""
    return fault_of(e.id, e.station, e.seq, e.clock, e.kind, e.subject, e.payload)


def fault_of(id_: Any, station: Any, seq: Any, clock: Any, kind: Any, subject: Any,
             payload: Any) -> Fault | None:
    """`fault` of the entry these fields would make (a journal row and its payload, as a
    hub's pull holds them: no Entry made to be checked)."""
    if not (type(id_) is str and type(station) is str and type(clock) is str
            and type(seq) is int and 0 < seq < _MAX_SEQ and type(kind) is str
            and type(subject) is str and subject and type(payload) is dict
            and _WELL_FORMED.fullmatch(f"{id_}\x00{station}\x00{clock}")):
        wrong_field = _form_problem(id_, station, seq, clock, kind, subject, payload)
        if wrong_field:
            return Fault(Problem.ENTRY_BAD_FIELD, {"field": wrong_field})
    rule = _RULES.get(kind)
    if rule is None:
        return None
    check_subject, check_payload = rule
    if not check_subject(subject):
        return Fault(Problem.ENTRY_WRONG_SUBJECT, {"kind": kind, "subject": subject[:40]})
    wrong = check_payload(payload)
    return Fault(Problem.ENTRY_BAD_VALUE, {"kind": kind, "key": wrong}) if wrong else None


def _form_problem(id_: Any, station: Any, seq: Any, clock: Any, kind: Any, subject: Any,
                  payload: Any) -> str:
    """Which of the fields every entry holds is wrong (a key of _FIELD_WORDS), or ""."""
    if not (isinstance(id_, str) and _ID.fullmatch(id_)):
        return "id"
    if not (isinstance(station, str) and _STATION.fullmatch(station)):
        return "station"
    if not (isinstance(seq, int) and not isinstance(seq, bool) and 0 < seq < _MAX_SEQ):
        return "seq"
    if not (isinstance(clock, str) and _CLOCK.fullmatch(clock)):
        return "clock"
    if not (isinstance(kind, str) and isinstance(subject, str) and subject):
        return "kind"
    if not isinstance(payload, dict):
        return "payload"
    return ""


# -- subjects ---------------------------------------------------------------------------


def _registration(subject: str) -> bool:
    return bool(_ID.fullmatch(subject))


def _station(subject: str) -> bool:
    return bool(_STATION.fullmatch(subject))


# -- payloads: (key, check, required) for each kind; the first key at fault is named ---


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_fields(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, _SCALARS) for v in value.values())


def _is_mapping(value: object) -> bool:
    return isinstance(value, dict)


def _is_name(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


Spec = tuple[tuple[str, Callable[[object], bool], bool], ...]
_MISSING = object()


def _keys(spec: Spec) -> Callable[[Payload], str]:
    # a text is checked in line, without a call: most keys are texts
    steps = tuple((key, None if valid is _is_text else valid, required)
                  for key, valid, required in spec)

    def check(p: Payload) -> str:
        for key, valid, required in steps:  # a loop that stops early: merges stay cheap
            value = p.get(key, _MISSING)
            if value is _MISSING:
                if required:
                    return key
            elif not (isinstance(value, str) if valid is None else valid(value)):
                return key
        return ""
    return check


_AT = ("at", _is_text, True)
_STATION_NAME = ("station_name", _is_text, False)
_created = _keys((("code", _is_text, True), ("fields", _is_fields, False),
                  ("extra", _is_mapping, False), ("sessions", _is_texts, False),
                  ("source", _is_text, False), ("submitted_at", _is_text, False)))
_updated = _keys((("fields", _is_fields, False), ("extra", _is_mapping, False),
                  ("sessions", _is_texts, False), ("submitted_at", _is_text, False)))
_status = _keys((("at", _is_text, False),))
_dated = _keys((_AT, _STATION_NAME, ("via", _is_text, False)))  # check-ins, prints
_attendance = _keys((("session", _is_text, True), _AT, _STATION_NAME,
                     ("flags", _is_texts, False)))
_undone = _keys((("entry", _is_text, True),))
_ticket = _keys((_AT, _STATION_NAME, ("email", _is_text, True), ("code", _is_text, False),
                 ("message_id", _is_text, False)))
_named = _keys((("name", _is_name, True), ("from", _is_text, False)))


def _programme(p: Payload) -> str:
    return "programme" if stored_problem(p) else ""


def _logos(p: Payload) -> str:
    items = p.get("logos", [])
    ok = isinstance(items, list) and all(
        isinstance(i, dict) and isinstance(i.get("name"), str) and isinstance(i.get("data"), str)
        for i in items)
    return "" if ok else "logos"


_RULES: dict[str, tuple[Callable[[str], bool], Callable[[Payload], str]]] = {
    j.REGISTRATION_CREATED: (_registration, _created),
    j.REGISTRATION_UPDATED: (_registration, _updated),
    j.REGISTRATION_EDITED: (_registration, _updated),
    j.REGISTRATION_CANCELLED: (_registration, _status),
    j.REGISTRATION_RESTORED: (_registration, _status),
    j.CHECKIN_RECORDED: (_registration, _dated),
    j.CHECKIN_UNDONE: (_registration, _undone),
    j.ATTENDANCE_RECORDED: (_registration, _attendance),
    j.ATTENDANCE_UNDONE: (_registration, _undone),
    j.BADGE_PRINTED: (_registration, _dated),
    j.TICKET_SENT: (_registration, _ticket),
    j.STATION_NAMED: (_station, _named),
    j.PROGRAMME_SET: (lambda s: s == j.PROGRAMME_SUBJECT, _programme),
    LOGOS_SET: (lambda s: s == LOGOS_SUBJECT, _logos),
}
