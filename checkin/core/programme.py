"""The programme of the day: event details, time slots and the sessions in them.

Read from a TOML file (see `resources/demo/programme.toml`); stored in the journal as a
plain dict so that every station projects the same programme.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from checkin.core.errors import Problem, ProgrammeError

_CODE = re.compile(r"^[A-Z0-9]{1,8}$")
_EVENT_KEYS = ("title", "short", "date", "venue", "organiser", "contact")
MAX_CAPACITY = 100_000  # places in one session: beyond it, a typing mistake


@dataclass(frozen=True)
class Session:
    code: str
    title: str
    room: str = ""
    capacity: int | None = None


@dataclass(frozen=True)
class Slot:
    name: str
    start: str  # "HH:MM"
    end: str
    sessions: tuple[Session, ...] = ()


@dataclass(frozen=True)
class Programme:
    title: str
    short: str
    date: str  # ISO date
    venue: str = ""
    organiser: str = ""
    contact: str = ""
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def sessions(self) -> list[Session]:
        return [s for slot in self.slots for s in slot.sessions]

    def session(self, code: str) -> Session | None:
        return next((s for s in self.sessions() if s.code == code), None)

    def slot_of(self, code: str) -> Slot | None:
        return next((sl for sl in self.slots if any(s.code == code for s in sl.sessions)), None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Programme:
        slots = tuple(
            Slot(
                name=sl["name"], start=sl["start"], end=sl["end"],
                sessions=tuple(Session(**s) for s in sl.get("sessions", ())),
            )
            for sl in data.get("slots", ())
        )
        fields = {k: data.get(k, "") for k in _EVENT_KEYS}
        return cls(**fields, slots=slots)


def stored_problem(data: object) -> str:
    """What is wrong with a programme as stored in the journal (from another station);
    empty if it can be used."""
    try:
        programme = Programme.from_dict(data)  # type: ignore[arg-type]
    except (TypeError, KeyError, AttributeError, ValueError):
        return "not a programme"
    texts = [programme.title, programme.short, programme.date]
    texts += [v for sl in programme.slots for v in (sl.name, sl.start, sl.end)]
    texts += [v for s in programme.sessions() for v in (s.code, s.title, s.room)]
    if not all(isinstance(t, str) for t in texts) or not _CODE.match(programme.short):
        return "a programme with a field that is not text"
    if not all(_capacity_ok(s.capacity) for s in programme.sessions()):
        return "a programme with a bad capacity"
    return ""


def _capacity_ok(capacity: object) -> bool:
    return capacity is None or (isinstance(capacity, int) and not isinstance(capacity, bool)
                                and 0 <= capacity <= MAX_CAPACITY)


def load_programme(path: Path) -> Programme:
    """Parse a programme file; a malformed one raises ProgrammeError naming the key."""
    import tomllib  # here: an open event's programme is JSON; the app starts without it

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProgrammeError(f"{path}: no such file", Problem.NO_SUCH_FILE, path) from None
    except OSError as exc:  # a folder, no permission, a vanished disk
        raise ProgrammeError(f"{path}: {exc.strerror or exc}", Problem.PROGRAMME_UNREADABLE,
                             path, details={"reason": str(exc.strerror or exc)}) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProgrammeError(f"{path}: not a valid TOML programme ({exc})",
                             Problem.PROGRAMME_NOT_TOML, path,
                             details={"reason": str(exc)}) from None
    try:
        return parse_programme(raw)
    except ProgrammeError as exc:
        raise ProgrammeError(f"{path}: {exc}", exc.problem, path, details=exc.details) from None


def parse_programme(raw: dict[str, Any]) -> Programme:
    event = raw.get("event")
    if not isinstance(event, dict):
        raise _bad(Problem.PROGRAMME_MISSING, "event", "missing [event] table")
    title = _text(event, "title", "event.title", required=True)
    short = _text(event, "short", "event.short", required=True).upper()
    if not _CODE.match(short):
        raise _bad(Problem.PROGRAMME_BAD_CODE, "event.short",
                   "event.short must be 1 to 8 letters or digits")
    date = event.get("date")
    if not isinstance(date, dt.date):
        raise _bad(Problem.PROGRAMME_BAD_DATE, "event.date",
                   "event.date must be a date such as 2022-12-08")
    slots_raw = raw.get("slot", [])
    if not isinstance(slots_raw, list):
        raise _bad(Problem.PROGRAMME_NOT_TABLES, "slot",
                   "slot must be an array of tables ([[slot]])")
    slots = tuple(_slot(s, i) for i, s in enumerate(slots_raw, 1))
    codes = [s.code for sl in slots for s in sl.sessions]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise ProgrammeError(f"session code {dupes[0]} is used twice",
                             Problem.PROGRAMME_CODE_TWICE, details={"code": dupes[0]})
    return Programme(
        title=title, short=short, date=date.isoformat(),
        venue=_text(event, "venue", "event.venue"),
        organiser=_text(event, "organiser", "event.organiser"),
        contact=_text(event, "contact", "event.contact"),
        slots=slots,
    )


def _slot(raw: Any, index: int) -> Slot:
    where = f"slot[{index}]"
    if not isinstance(raw, dict):
        raise _bad(Problem.PROGRAMME_NOT_TABLE, where, f"{where} must be a table")
    name = _text(raw, "name", f"{where}.name", required=True)
    start = _time(raw, "start", where)
    end = _time(raw, "end", where)
    if end <= start:
        raise _bad(Problem.PROGRAMME_END_BEFORE_START, where,
                   f"{where}.end must be after {where}.start")
    sessions_raw = raw.get("session", [])
    if not isinstance(sessions_raw, list):
        raise _bad(Problem.PROGRAMME_NOT_TABLES, f"{where}.session",
                   f"{where}.session must be an array of tables")
    sessions = tuple(_session(s, f"{where}.session[{i}]") for i, s in enumerate(sessions_raw, 1))
    return Slot(name=name, start=start, end=end, sessions=sessions)


def _session(raw: Any, where: str) -> Session:
    if not isinstance(raw, dict):
        raise _bad(Problem.PROGRAMME_NOT_TABLE, where, f"{where} must be a table")
    code = _text(raw, "code", f"{where}.code", required=True).upper()
    if not _CODE.match(code):
        raise _bad(Problem.PROGRAMME_BAD_CODE, f"{where}.code",
                   f"{where}.code must be 1 to 8 letters or digits")
    capacity = raw.get("capacity")
    if not _capacity_ok(capacity):
        raise _bad(Problem.PROGRAMME_BAD_CAPACITY, f"{where}.capacity",
                   f"{where}.capacity must be a whole number from 0 to {MAX_CAPACITY:,}")
    return Session(
        code=code, title=_text(raw, "title", f"{where}.title", required=True),
        room=_text(raw, "room", f"{where}.room"), capacity=capacity,
    )


def _text(table: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _bad(Problem.PROGRAMME_NOT_TEXT, where, f"{where} must be text")
    if required and not value.strip():
        raise _bad(Problem.PROGRAMME_MISSING, where, f"missing {where}")
    return value.strip()


def _time(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}[:h]\d{2}", value.strip()):
        hours, minutes = re.split(r"[:h]", value.strip())
        return f"{int(hours):02d}:{minutes}"
    raise _bad(Problem.PROGRAMME_BAD_TIME, f"{where}.{key}",
               f"{where}.{key} must be a time such as 14:00:00")


def _bad(problem: Problem, key: str, message: str) -> ProgrammeError:
    """A malformed programme: the English line, and the key for the GUI's wording."""
    return ProgrammeError(message, problem, details={"key": key})
