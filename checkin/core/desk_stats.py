"""The reception desk's counters: cheap enough to re-read after every check-in."""

from __future__ import annotations

from dataclasses import dataclass

from checkin.core.event import Event


@dataclass(frozen=True)
class Counters:
    arrived: int  # active registrations checked in (walk-ins included)
    expected: int  # active registrations
    walk_ins: int  # active walk-ins (all of them are checked in at once, or meant to be)


def counters(event: Event) -> Counters:
    row = event.conn.execute("""
        SELECT count(*),
               coalesce(sum(checkin_count > 0), 0),
               coalesce(sum(source = 'walkin'), 0)
        FROM registrations WHERE status = 'active'""").fetchone()
    expected, arrived, walk_ins = (int(v) for v in row)
    return Counters(arrived=arrived, expected=expected, walk_ins=walk_ins)
