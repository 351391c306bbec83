"""Print records: each badge printed is a journal entry, so every station knows it.

A PDF written to disk is not a print (it may never reach paper): prints are recorded by
whoever sends the badge to a printer (the desk, the organiser's preview), or by
`checkin badges --record` for a batch that the organisers print themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.model import Registration


@dataclass(frozen=True)
class PrintRecord:
    at: str
    station: str


def record_print(event: Event, reg: Registration, media: str) -> j.Entry:
    """Journal that `reg`'s badge was printed here, now, on `media`."""
    return record_prints(event, [reg], media)[0]


def record_prints(event: Event, regs: Iterable[Registration], media: str) -> list[j.Entry]:
    """Journal a batch of prints in one transaction."""
    at = event.timestamp()
    return event.append([
        j.NewEntry(j.BADGE_PRINTED, reg.id,
                   {"at": at, "station_name": event.station_name, "media": media})
        for reg in regs])


def printed_ids(event: Event) -> set[str]:
    """Ids of the registrations whose badge was printed at least once."""
    return {r[0] for r in event.conn.execute("SELECT DISTINCT reg_id FROM prints")}


def prints_of(event: Event, reg_id: str) -> list[PrintRecord]:
    """Earlier prints of a badge, oldest first: what to tell before printing it again."""
    rows = event.conn.execute("SELECT at, station FROM prints WHERE reg_id = ? ORDER BY at",
                              (reg_id,))
    return [PrintRecord(at, station) for at, station in rows]
