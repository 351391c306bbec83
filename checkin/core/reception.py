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
    if scanned.kind is codes.ScanKind.GARBAGE:
        return ScanResult(Outcome.UNKNOWN)
    if scanned.kind is codes.ScanKind.PAYLOAD:
        if scanned.event != event.programme.short:
            return ScanResult(Outcome.OTHER_EVENT, other_event=scanned.event)
        if not codes.verify(event.secret, scanned):
            return ScanResult(Outcome.INVALID_SIGNATURE)
    found = event.by_code(scanned.code)
    return found or ScanResult(Outcome.UNKNOWN)


VIA_BADGE = "badge"  # a signed QR payload, verified
VIA_CODE = "code"  # a bare short code: no signature


def scan(event: Event, text: str) -> ScanResult:
    """Check in whoever a scanned badge (or a typed short code) names."""
    scanned = codes.read_scan(text)
    read_at = data_version(event)
    found = identify(event, text, scanned)
    by_code = scanned.kind is codes.ScanKind.CODE
    if isinstance(found, ScanResult):
        return replace(found, by_code=by_code)
    if len(found) > 1:
        return ScanResult(Outcome.AMBIGUOUS, candidates=tuple(found), by_code=by_code)
    result = check_in(event, found[0], via=VIA_CODE if by_code else VIA_BADGE,
                      read_at=read_at)
    return replace(result, by_code=by_code)


def data_version(event: Event) -> int:
    """SQLite's count of commits by other connections to the file, as this one sees it:
    equal before a read and under the write lock, nothing the read saw has changed."""
    (version,) = event.conn.execute("PRAGMA data_version").fetchone()
    return int(version)


class _CheckedInMeanwhile(Exception):
    """Another desk checked the person in between our read and our write."""


def check_in(event: Event, reg: Registration, via: str = "",
             read_at: int | None = None) -> ScanResult:
    """Check `reg` in, unless cancelled or already in; durable before it returns.
    `via`: how the person was named, when by a scan (VIA_BADGE or VIA_CODE); `read_at`:
    the `data_version` before `reg` was read, by this thread (then, if no other
    connection has committed since, `reg` is not read again under the write lock)."""
    if reg.cancelled:
        return ScanResult(Outcome.CANCELLED, reg)
    if reg.checked_in_at:
        return _already(reg)

    found: list[Registration | None] = []

    def still_out(conn: sqlite3.Connection) -> None:
        if read_at is not None and data_version(event) == read_at:
            found.append(reg)  # as read: nobody else has written since
            return
        # read under the write lock: nothing changes the person until the commit
        now = event.registration(reg.id)
        if now is not None and now.checkin_count:
            raise _CheckedInMeanwhile
        found.append(now)

    payload = {"at": event.timestamp(), "station_name": event.station_name}
    entry = j.NewEntry(j.CHECKIN_RECORDED, reg.id, payload | ({"via": via} if via else {}))
    try:
        (stored,) = event.append([entry], guard=still_out)
    except _CheckedInMeanwhile:
        now_in = event.registration(reg.id)
        assert now_in is not None
        return _already(now_in)
    return ScanResult(Outcome.CHECKED_IN, _checked_in(event, found[0], stored),
                      entry_id=stored.id)


def _checked_in(event: Event, before: Registration | None, stored: j.Entry) -> Registration:
    """The person as the check-in `stored` left them, without reading them back: out until
    then (the guard saw no check-in), so it is their first, as the projection has it."""
    if before is None:  # not projected when the guard looked: read what the fold made
        after = event.registration(stored.subject)
        assert after is not None
        return after
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
