"""Overbooked sessions: more people registered for a session than it has places.

Not an error (some never come, the room may take chairs) but the organiser must know before
the day: the dashboard, the import report and the programme view all flag it from here.
`registered` counts active registrations that chose the session, as the dashboard does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from checkin.core.programme import Programme

if TYPE_CHECKING:
    from checkin.core.event import Event


@dataclass(frozen=True)
class Overbooking:
    session: str
    registered: int
    capacity: int

    @property
    def excess(self) -> int:
        return self.registered - self.capacity

    def as_json(self) -> dict[str, Any]:
        return {"session": self.session, "registered": self.registered,
                "capacity": self.capacity}


def overbooked(capacities: Mapping[str, int | None],
               registered: Mapping[str, int]) -> list[Overbooking]:
    """The sessions with a capacity that more people chose, in the order of `capacities`."""
    return [Overbooking(code, registered.get(code, 0), capacity)
            for code, capacity in capacities.items()
            if capacity is not None and registered.get(code, 0) > capacity]


def capacities(programme: Programme) -> dict[str, int | None]:
    return {s.code: s.capacity for s in programme.sessions()}


def count_choices(choices: Iterable[Iterable[str]]) -> dict[str, int]:
    """How many of these registrations (each given by its sessions) chose each session."""
    return dict(Counter(code for sessions in choices for code in set(sessions)))


def in_event(event: Event) -> list[Overbooking]:
    """The sessions overbooked in the event file now."""
    return overbooked(capacities(event.programme), event.registered_per_session())
