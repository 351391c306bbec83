"""The organiser's reading of the hub: which events it holds, and an event rebuilt from
the hub's entries into a local file (the same projections as any station's), for the
tour's report. Needs the hub owner's role: the whole table of entries (every event's
partition) is its alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg

from checkin.core import journal as j
from checkin.core import storage
from checkin.core.errors import Problem
from checkin.core.event import Event
from checkin.core.hub.address import HubAddress, HubError, reason
from checkin.core.hub.peer_rows import peer_entries
from checkin.core.sync.merging import merge_entries


@dataclass(frozen=True)
class HubEvent:
    event_id: str
    short: str
    title: str
    organiser: str
    date: str
    purged: bool


def events_on_hub(address: HubAddress, password: str | None,
                  organiser: str = "") -> list[HubEvent]:
    """The hub's events (of `organiser`, compared without case and spaces at the ends)."""
    try:
        with address.connect(password) as conn:
            rows = conn.execute(
                "SELECT event_id, short, title, organiser, event_date, purged_at IS NOT NULL"
                " FROM checkin_events WHERE %s = '' OR lower(trim(organiser)) ="
                " lower(trim(%s)) ORDER BY event_date, short", (organiser, organiser)
            ).fetchall()
    except psycopg.errors.UndefinedTable:
        raise HubError(f"hub {address}: not prepared (checkin hub init)",
                       Problem.HUB_NOT_PREPARED, address) from None
    except psycopg.Error as exc:
        raise HubError(f"hub {address}: {reason(exc)}", Problem.HUB_FAILED, address,
                       reason=reason(exc)) from None
    return [HubEvent(*row) for row in rows]


def event_from_hub(address: HubAddress, password: str | None, hub_event: HubEvent,
                   path: Path) -> Event:
    """A new event file at `path` holding every entry the hub has of the event."""
    try:
        with address.connect(password) as conn:
            rows = conn.execute(
                "SELECT serial, id, station, seq, clock, kind, subject, payload FROM"
                " checkin_entries WHERE event_id = %s ORDER BY serial",
                (hub_event.event_id,)).fetchall()
    except psycopg.Error as exc:
        raise HubError(f"hub {address}: {reason(exc)}", Problem.HUB_FAILED, address,
                       reason=reason(exc)) from None
    # as a station's pull makes them (the same bytes stored; a payload that is not JSON
    # refused), so that the event's people are made as a pulling station's are
    entries, _ = peer_entries(rows, held=())
    if not any(e.kind == j.PROGRAMME_SET for e in entries):
        raise HubError(f"hub {address}: event {hub_event.short} has no programme on the hub"
                       " (purged, or never synced)", Problem.HUB_NO_PROGRAMME, address,
                       event=hub_event.short)
    conn_ = storage.connect(path, create=True)
    conn_.executemany("INSERT INTO meta VALUES (?, ?)", {
        "event_id": hub_event.event_id, "secret": "", "station_id": j.random_id()[:12],
        "station_name": "hub", "sync_key": ""}.items())
    event = Event(conn_, path)
    merge_entries(event, entries)  # checked as a station's pull is
    return event
