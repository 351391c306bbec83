"""The hub's tables, their versions and migrations, and who may see which rows.

Isolation: **one role per event, and row-level security** on the shared tables. Every
event gets its own login role (`checkin_ev_<id>`), member of the group `checkin_station`
which holds the table grants; the rows themselves are filtered by policies keyed on
`current_user`. Why both: PostgreSQL grants stop at the table, so with one table of
entries for every event (one schema to migrate, one serial, one place for the tour's
report) only RLS can keep an event's stations from another event's rows; and a role per
event, rather than one shared role and a session variable, means the password a station
holds opens its own event and nothing else, and can be revoked alone. The owner that
ran `checkin hub init` bypasses RLS: it is the organiser, who reads every event.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from checkin.core.event import Event
from checkin.core.hub.address import HubAddress, HubError, reason

Conn = psycopg.Connection[Any]
STATION_GROUP = "checkin_station"
ROLE_PREFIX = "checkin_ev_"


def _v1(cur: psycopg.Cursor[Any]) -> None:
    cur.execute("""
        CREATE TABLE checkin_hub_meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE checkin_events (
            event_id text PRIMARY KEY, short text NOT NULL, title text NOT NULL,
            organiser text NOT NULL, event_date text NOT NULL,
            role text NOT NULL UNIQUE, added_at timestamptz NOT NULL DEFAULT now(),
            purged_at timestamptz);
        CREATE TABLE checkin_entries (
            serial bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            id text PRIMARY KEY,
            event_id text NOT NULL REFERENCES checkin_events ON DELETE CASCADE,
            station text NOT NULL, seq integer NOT NULL, clock text NOT NULL,
            kind text NOT NULL, subject text NOT NULL, payload text NOT NULL,
            pushed_by text NOT NULL DEFAULT current_user);
        CREATE INDEX checkin_entries_pull ON checkin_entries (event_id, serial);
        ALTER TABLE checkin_events ENABLE ROW LEVEL SECURITY;
        ALTER TABLE checkin_entries ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_event ON checkin_events USING (role = current_user);
        CREATE POLICY own_entries ON checkin_entries
            USING (event_id IN (SELECT event_id FROM checkin_events
                                WHERE role = current_user))
            WITH CHECK (event_id IN (SELECT event_id FROM checkin_events
                                     WHERE role = current_user AND purged_at IS NULL));
    """)


def _v2(cur: psycopg.Cursor[Any]) -> None:
    """Two checks that cost a push of 100,000 entries 0.4 s of its 1.1 s in the server,
    and that other things already make: the foreign key to checkin_events (a station
    inserts only under its own, unpurged event, by the row-level policy; events are never
    deleted, a purge deletes the entries itself) and UNIQUE on serial (an identity; pulls
    go by the (event_id, serial) index)."""
    cur.execute("""ALTER TABLE checkin_entries
                   DROP CONSTRAINT IF EXISTS checkin_entries_event_id_fkey,
                   DROP CONSTRAINT IF EXISTS checkin_entries_serial_key""")


# Index i holds the step from version i to i + 1, as in the event file.
MIGRATIONS: list[Callable[[psycopg.Cursor[Any]], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def init_hub(address: HubAddress, password: str | None) -> tuple[str, int]:
    """Create or migrate the hub's tables in the database at `address`, whose role must
    be allowed to create roles. Returns the hub's id and its schema version."""
    with address.connect(password) as conn:
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(hashtext('checkin_hub_schema'))")
                version = _version(cur)
                if version > SCHEMA_VERSION:
                    raise HubError(f"hub {address}: made by a newer version of checkin"
                                   f" (schema {version}); update checkin")
                for step in MIGRATIONS[version:]:
                    step(cur)
                cur.execute("INSERT INTO checkin_hub_meta VALUES ('hub_id', %s)"
                            " ON CONFLICT DO NOTHING", (secrets.token_hex(16),))
                cur.execute("INSERT INTO checkin_hub_meta VALUES ('schema', %s) ON CONFLICT"
                            " (key) DO UPDATE SET value = excluded.value",
                            (str(SCHEMA_VERSION),))
                _grant_station_group(cur)
                cur.execute("SELECT value FROM checkin_hub_meta WHERE key = 'hub_id'")
                hub_id = str(_one(cur))
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubError(f"hub {address}: this role may not prepare the hub"
                           f" ({reason(exc)})") from None
    return hub_id, SCHEMA_VERSION


def _version(cur: psycopg.Cursor[Any]) -> int:
    cur.execute("SELECT to_regclass('checkin_hub_meta') IS NOT NULL")
    if not _one(cur):
        return 0
    cur.execute("SELECT value FROM checkin_hub_meta WHERE key = 'schema'")
    row = cur.fetchone()
    return int(row[0]) if row else 0


def _grant_station_group(cur: psycopg.Cursor[Any]) -> None:
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (STATION_GROUP,))
    if cur.fetchone() is None:
        cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(STATION_GROUP)))
    group = sql.Identifier(STATION_GROUP)
    cur.execute(sql.SQL("GRANT SELECT ON checkin_hub_meta TO {}").format(group))
    cur.execute(sql.SQL("GRANT SELECT, UPDATE (purged_at) ON checkin_events TO {}")
                .format(group))
    cur.execute(sql.SQL("GRANT SELECT, INSERT, DELETE ON checkin_entries TO {}")
                .format(group))


def _one(cur: psycopg.Cursor[Any]) -> Any:
    row = cur.fetchone()
    assert row is not None
    return row[0]


@dataclass(frozen=True)
class EventAccess:
    """What a station needs to reach its event on the hub (the password only once)."""

    role: str
    password: str | None  # None when the event's role already existed: unchanged
    address: HubAddress  # the hub's address, as the event's role


@dataclass(frozen=True)
class EventInfo:
    event_id: str
    short: str
    title: str
    organiser: str
    date: str

    @classmethod
    def of(cls, event: Event) -> EventInfo:
        p = event.programme
        return cls(event.event_id, p.short, p.title, p.organiser, str(p.date))


def add_event(address: HubAddress, password: str | None, info: EventInfo,
              new_password: bool = False) -> EventAccess:
    """Register an event on the hub and make its role (a new password with
    `new_password`, or when the role is new)."""
    role = ROLE_PREFIX + info.event_id[:16]
    with address.connect(password) as conn, conn.transaction(), conn.cursor() as cur:
        _check_ready(cur, address)
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        exists = cur.fetchone() is not None
        secret = secrets.token_urlsafe(24) if new_password or not exists else None
        try:
            if not exists:
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
                    sql.Identifier(role), sql.Identifier(STATION_GROUP)))
            if secret is not None:
                cur.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(secret)))
        except psycopg.errors.InsufficientPrivilege as exc:
            raise HubError(f"hub {address}: this role may not create the event's role"
                           f" ({reason(exc)})") from None
        cur.execute("""INSERT INTO checkin_events
                         (event_id, short, title, organiser, event_date, role)
                       VALUES (%s, %s, %s, %s, %s, %s)
                       ON CONFLICT (event_id) DO UPDATE SET short = excluded.short,
                         title = excluded.title, organiser = excluded.organiser,
                         event_date = excluded.event_date, purged_at = NULL""",
                    (info.event_id, info.short, info.title, info.organiser, info.date, role))
    params = {**address.params, "user": role}
    station = HubAddress.parse(psycopg.conninfo.make_conninfo(
        **{k: str(v) for k, v in params.items()}))[0]
    return EventAccess(role, secret, station)


def _check_ready(cur: psycopg.Cursor[Any], address: HubAddress) -> None:
    version = _version(cur)
    if version == 0:
        raise HubError(f"hub {address}: not prepared; run `checkin hub init` first")
    if version > SCHEMA_VERSION:
        raise HubError(f"hub {address}: made by a newer version of checkin; update checkin")


def purge_event(conn: Conn, event_id: str) -> int:
    """Delete every entry of the event from the hub and close it to pushes; returns how
    many entries were deleted. The event's own role or the owner may do it."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (event_id,))
        cur.execute("DELETE FROM checkin_entries WHERE event_id = %s", (event_id,))
        deleted = cur.rowcount
        cur.execute("UPDATE checkin_events SET purged_at = now() WHERE event_id = %s",
                    (event_id,))
    return deleted
