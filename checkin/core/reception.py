"""Reception rules: what a scan or a pick at the desk does, and its outcome.

Outcomes are values; the GUI and the CLI choose the words, colours and sounds.

A bare six-character code checks a person in: staff type it off a badge. But every code
is in every bundle and on every badge, while a badge's QR carries a signature that only
the event's secret makes. So a bare code, typed or read from a QR that holds nothing
else, is never taken for a signed badge: the outcome says the person was named by a code
(`by_code`), the desk says so, and the check-in records how it was made (`via`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from checkin.core import codes
from checkin.core import journal as j
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.model import CATEGORIES, FIELDS, Registration
from checkin.core.projection import checkin_record


class Outcome(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    INVALID_SIGNATURE = "invalid_signature"
    CANCELLED = "cancelled"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True)
class FirstCheckin:
    at: str
    station: str


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    registration: Registration | None = None
    first_checkin: FirstCheckin | None = None
    candidates: tuple[Registration, ...] = ()
    other_event: str = ""
    entry_id: str | None = None  # the check-in recorded, for undo
    by_code: bool = False  # named by a bare code (typed, or a QR of only a code): unsigned

    def as_json(self, event: Event) -> dict[str, Any]:
        reg = self.registration
        first = self.first_checkin
        return {
            "outcome": self.outcome.value,
            "attendee": reg.as_json(event.qr(reg)) if reg else None,
            "first_checkin": {"at": first.at, "station": first.station} if first else None,
            "candidates": [c.as_json(event.qr(c)) for c in self.candidates],
            "other_event": self.other_event or None,
            "via": VIA_CODE if self.by_code else None,
        }


def identify(event: Event, text: str,
             scanned: codes.ScannedText | None = None) -> ScanResult | list[Registration]:
    """The registrations a scanned or typed badge names, or the outcome that stops there
    (`scanned`: `text` already read, by `codes.read_scan`)."""
    scanned = scanned or codes.read_scan(text)
    refused = _refused(event, scanned)
    if refused is not None:
        return refused
    found = event.by_code(scanned.code)
    return found or ScanResult(Outcome.UNKNOWN)


def _refused(event: Event, scanned: codes.ScannedText) -> ScanResult | None:
    """The outcome of a text that names nobody here, known without reading the file."""
    if scanned.kind is codes.ScanKind.GARBAGE:
        return ScanResult(Outcome.UNKNOWN)
    if scanned.kind is codes.ScanKind.PAYLOAD:
        if scanned.event != event.programme.short:
            return ScanResult(Outcome.OTHER_EVENT, other_event=scanned.event)
        if not codes.verify(event.secret, scanned):
            return ScanResult(Outcome.INVALID_SIGNATURE)
    return None


VIA_BADGE = "badge"  # a signed QR payload, verified
VIA_CODE = "code"  # a bare short code: no signature


def scan(event: Event, text: str) -> ScanResult:
    """Check in whoever a scanned badge (or a typed short code) names."""
    scanned = codes.read_scan(text)
    by_code = scanned.kind is codes.ScanKind.CODE
    refused = _refused(event, scanned)
    if refused is not None:
        return replace(refused, by_code=by_code)
    result = _check_in(event, lambda: event.by_code(scanned.code),
                       VIA_CODE if by_code else VIA_BADGE)
    return replace(result, by_code=by_code)


def check_in(event: Event, reg: Registration, via: str = "") -> ScanResult:
    """Check `reg` in, unless cancelled or already in (as the file has them now); durable
    before it returns. `via`: how the person was named, when by a scan (VIA_BADGE or
    VIA_CODE)."""
    return check_in_by_id(event, reg.id, via)


def check_in_by_id(event: Event, reg_id: str, via: str = "") -> ScanResult:
    """`check_in` of the registration `reg_id` (a person picked in a list)."""
    def read() -> list[Registration]:
        found = event.registration(reg_id)
        return [found] if found is not None else []
    return _check_in(event, read, via)


def _check_in(event: Event, find: Callable[[], list[Registration]], via: str) -> ScanResult:
    """Check in the one person `find()` reads, inside the write transaction: under the
    write lock, nobody else can check them in between the read and the write (another
    desk's check-in committed before is seen by the read). A scan's person was read
    before, then `PRAGMA data_version` asked again under the lock whether to read them
    again: two statements a scan fewer. Read there, the person's row is not looked up
    again when the check-in is folded: one more fewer."""
    decided: list[ScanResult] = []  # the outcome when nothing is to be written
    person: list[Registration] = []

    def decide(conn: sqlite3.Connection) -> list[j.NewEntry]:
        found = find()
        if len(found) != 1:
            decided.append(ScanResult(Outcome.AMBIGUOUS, candidates=tuple(found))
                           if found else ScanResult(Outcome.UNKNOWN))
            return []
        reg = found[0]
        if reg.cancelled:
            decided.append(ScanResult(Outcome.CANCELLED, reg))
            return []
        if reg.checked_in_at or reg.checkin_count:
            decided.append(_already(reg))
            return []
        person.append(reg)
        payload = {"at": event.timestamp(), "station_name": event.station_name}
        return [j.NewEntry(j.CHECKIN_RECORDED, reg.id,
                           payload | ({"via": via} if via else {}))]

    # the person was read there, not checked in: the fold needs nothing more of the file
    stored = event.append_decided(decide, projected=True, first_checkin=True)
    if not stored:
        return decided[0]
    return ScanResult(Outcome.CHECKED_IN, _checked_in(person[0], stored[0]),
                      entry_id=stored[0].id)


def _checked_in(before: Registration, stored: j.Entry) -> Registration:
    """The person as the check-in `stored` left them, without reading them back: out until
    then, so it is their first, as the projection has it."""
    at, station, _ = checkin_record(stored)
    return replace(before, checked_in_at=at, checked_in_station=station, checkin_count=1)


def _already(reg: Registration) -> ScanResult:
    first = FirstCheckin(reg.checked_in_at or "", reg.checked_in_station or "")
    return ScanResult(Outcome.ALREADY_CHECKED_IN, reg, first)


def undo_check_in(event: Event, reg: Registration) -> bool:
    """Undo this station's latest active check-in of `reg`; False if there is none."""
    active = [c for c in event.checkins(reg.id) if not c["undone"]]
    if not active:
        return False
    entry = j.NewEntry(j.CHECKIN_UNDONE, reg.id, {"entry": active[-1]["entry"]})
    event.append([entry])
    return True


def walk_in(event: Event, fields: dict[str, str], sessions: tuple[str, ...] = (),
            check_in_now: bool = True) -> tuple[Registration, ScanResult | None]:
    """Register someone who is at the desk without a registration, and check them in."""
    values = _validated(fields)
    if not values.get("last_name") and not values.get("first_name"):
        raise CheckinError("a walk-in needs a last name or a first name", Problem.WALK_IN_NO_NAME)
    reg_id = j.new_id()
    payload = {"code": codes.new_code(event.codes_in_use()), "source": "walkin",
               "fields": {name: values.get(name, "") for name in FIELDS},
               "extra": {}, "sessions": sorted(sessions), "submitted_at": event.timestamp()}
    event.append([j.NewEntry(j.REGISTRATION_CREATED, reg_id, payload)])
    reg = event.registration(reg_id)
    assert reg is not None
    return reg, (check_in(event, reg) if check_in_now else None)


def edit(event: Event, reg: Registration, changes: dict[str, str],
         sessions: tuple[str, ...] | None = None) -> Registration:
    """Correct fields of a registration (a typo in a name); the old values stay in the journal."""
    values = _validated(changes)
    changed = {k: v for k, v in values.items() if getattr(reg, k) != v}
    payload: dict[str, Any] = {"fields": changed}
    if sessions is not None and tuple(sorted(sessions)) != reg.sessions:
        payload["sessions"] = sorted(sessions)
    if changed or "sessions" in payload:
        event.append([j.NewEntry(j.REGISTRATION_EDITED, reg.id, payload)])
    updated = event.registration(reg.id)
    assert updated is not None
    return updated


def set_cancelled(event: Event, reg: Registration, cancelled: bool) -> None:
    kind = j.REGISTRATION_CANCELLED if cancelled else j.REGISTRATION_RESTORED
    event.append([j.NewEntry(kind, reg.id, {"at": event.timestamp()})])


def _validated(fields: dict[str, str]) -> dict[str, str]:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise CheckinError(f"unknown field: {sorted(unknown)[0]}")
    values = {k: " ".join(str(v).split()) for k, v in fields.items()}
    if "email" in values:
        values["email"] = values["email"].lower()
    if values.get("category") and values["category"] not in CATEGORIES:
        raise CheckinError(f"category must be one of {', '.join(CATEGORIES)}")
    return values
