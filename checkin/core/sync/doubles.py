"""Double check-ins: one person checked in at two stations before they synced.

Not an error (both check-ins are kept, the earliest counts), but the organiser sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.core.event import Event


@dataclass(frozen=True)
class Checkin:
    entry_id: str
    at: str  # the station's local time, ISO
    station: str  # the station's name


@dataclass(frozen=True)
class DoubleCheckin:
    reg_id: str
    code: str
    first_name: str
    last_name: str
    checkins: tuple[Checkin, ...]  # un-undone, earliest first (the first one counts)


def double_checkins(event: Event) -> list[DoubleCheckin]:
    """Everyone with more than one un-undone check-in, by name."""
    rows = event.conn.execute("""
        SELECT r.id, r.code, r.first_name, r.last_name, c.entry_id, c.at, c.station
        FROM registrations r JOIN checkins c ON c.reg_id = r.id AND c.undone = 0
        WHERE r.checkin_count > 1
        ORDER BY r.last_name, r.first_name, r.id, c.clock, c.entry_id""").fetchall()
    found: dict[str, DoubleCheckin] = {}
    for reg_id, code, first, last, entry_id, at, station in rows:
        seen = found.get(reg_id) or DoubleCheckin(reg_id, code, first, last, ())
        found[reg_id] = DoubleCheckin(reg_id, code, first, last,
                                      (*seen.checkins, Checkin(entry_id, at, station)))
    return list(found.values())
