"""The hub an event file names: its address (never its password), kept in the file's meta
so that a station reopened, or a clone of it, syncs with the same hub. Without psycopg:
every desk reads this at open, and most never use a hub."""

from __future__ import annotations

from checkin.core.event import Event
from checkin.core.transaction import transaction

ADDRESS_KEY = "hub.address"  # the last hub used (no password), kept by clones


def remember_conninfo(event: Event, conninfo: str) -> None:
    """Keep the hub's address (`HubAddress.conninfo`: no password) in the event file."""
    with transaction(event.conn, event.path):
        event.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (ADDRESS_KEY, conninfo))


def remembered_conninfo(event: Event) -> str | None:
    """The address kept by `remember_conninfo`, or None when the file names no hub."""
    row = event.conn.execute("SELECT value FROM meta WHERE key = ?", (ADDRESS_KEY,)).fetchone()
    return str(row[0]) if row else None
