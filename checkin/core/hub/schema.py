"""The hub's tables, their versions and migrations, and who may see which rows.

Isolation: **one role per event, and a table per event**. Every event gets its own login
role (`checkin_ev_<id>`), member of the group `checkin_station` (which may read the hub's
meta and, by row-level security, its own row of `checkin_events`), and its own partition
of `checkin_entries` (`entries_table`), on which only that role has grants: a station's
password opens its own event's entries and nothing else, and can be revoked alone. The
parent table, which stations cannot reach, keeps one schema to migrate and lets the owner
that ran `checkin hub init` (the organiser) read every event for the tour's report.

Why partitions rather than row-level security on one table (schema version 2): COPY
cannot write a table under row-level security, and a push went through a temporary
table and an INSERT from it, twice the server's work of a bare COPY. A partition without
row-level security takes the station's COPY straight in. Its entries' serial is the
pushing transaction's id (plus an offset that keeps it above the serials of version 2),
given by the column's default: one value per push, drawn after the push takes the
event's lock, so an event's serials still grow in commit order; a station may not write
the column itself (no grant on it). A purged event's partition refuses inserts by a
statement trigger, as the policy's check did.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from checkin.core.errors import Problem
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
    _grant_station_group(cur)
    cur.execute(sql.SQL("GRANT SELECT, INSERT, DELETE ON checkin_entries TO {}")
                .format(sql.Identifier(STATION_GROUP)))


def _v2(cur: psycopg.Cursor[Any]) -> None:
    """Two checks that cost a push of 100,000 entries 0.4 s of its 1.1 s in the server,
    and that other things already make: the foreign key to checkin_events (a station
    inserts only under its own, unpurged event, by the row-level policy; events are never
    deleted, a purge deletes the entries itself) and UNIQUE on serial (an identity; pulls
    go by the (event_id, serial) index)."""
    cur.execute("""ALTER TABLE checkin_entries
                   DROP CONSTRAINT IF EXISTS checkin_entries_event_id_fkey,
                   DROP CONSTRAINT IF EXISTS checkin_entries_serial_key""")


_COLUMNS = ("id", "event_id", "station", "seq", "clock", "kind", "subject", "payload")
PUSHED = ("id", "station", "seq", "clock", "kind", "subject", "payload")  # what stations write


def _v3(cur: psycopg.Cursor[Any]) -> None:
    """A partition per event, without row-level security, so that a push is one COPY
    (see the module's doc); the entries move over keeping their serials."""
    cur.execute("SELECT coalesce(max(serial), 0), pg_current_xact_id()::text::bigint"
                " FROM checkin_entries")
    top, xid = cur.fetchone() or (0, 0)
    # later transactions have higher ids than this one: new serials stay above `top`,
    # where stations resume pulling
    offset = max(0, int(top) - int(xid) + 1)
    cur.execute("ALTER TABLE checkin_entries RENAME TO checkin_entries_v2")
    cur.execute(sql.SQL("""
        CREATE TABLE checkin_entries (
            serial bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint + {}),
            id text NOT NULL, event_id text NOT NULL, station text NOT NULL,
            seq integer NOT NULL, clock text NOT NULL, kind text NOT NULL,
            subject text NOT NULL, payload text NOT NULL) PARTITION BY LIST (event_id);
        -- stations have no grant here; should one be given, still no rows
        ALTER TABLE checkin_entries ENABLE ROW LEVEL SECURITY;
        CREATE FUNCTION checkin_refuse_purged() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM checkin_events WHERE event_id = TG_ARGV[0]
                       AND purged_at IS NOT NULL) THEN
                RAISE EXCEPTION 'event % was purged from the hub', TG_ARGV[0]
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NULL;
        END $$;""").format(sql.Literal(offset)))
    # every event's table, and one for entries of an event no longer listed (the owner's)
    cur.execute("SELECT event_id, role FROM checkin_events UNION SELECT DISTINCT event_id,"
                " %s || left(event_id, 16) FROM checkin_entries_v2", (ROLE_PREFIX,))
    for event_id, role in cur.fetchall():
        make_entries_table(cur, event_id, role)
    columns = sql.SQL(", ").join(map(sql.Identifier, ("serial", *_COLUMNS)))
    cur.execute(sql.SQL("INSERT INTO checkin_entries ({0}) SELECT {0} FROM"
                        " checkin_entries_v2").format(columns))
    cur.execute("DROP TABLE checkin_entries_v2")


def entries_table(event_id: str) -> str:
    """The name of the event's partition of checkin_entries (its role's suffix)."""
    return "checkin_entries_" + event_id[:16]


def make_entries_table(cur: psycopg.Cursor[Any], event_id: str, role: str) -> None:
    """The event's partition, its indexes, its trigger and its role's grants (again
    harmlessly when they exist)."""
    table = sql.Identifier(entries_table(event_id))
    event = sql.Literal(event_id)
    cur.execute(sql.SQL("""
        CREATE TABLE IF NOT EXISTS {table} PARTITION OF checkin_entries
            (event_id DEFAULT {event}, PRIMARY KEY (id)) FOR VALUES IN ({event});
        CREATE INDEX IF NOT EXISTS {pull} ON {table} (serial);
        DROP TRIGGER IF EXISTS refuse_purged ON {table};
        CREATE TRIGGER refuse_purged BEFORE INSERT ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION checkin_refuse_purged({event})""").format(
        table=table, event=event, pull=sql.Identifier(entries_table(event_id) + "_pull")))
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    if cur.fetchone() is None:  # an event whose role was dropped: the owner's alone
        return
    who = sql.Identifier(role)
    cur.execute(sql.SQL("GRANT SELECT, DELETE ON {} TO {}").format(table, who))
    cur.execute(sql.SQL("GRANT INSERT ({}) ON {} TO {}").format(
        sql.SQL(", ").join(map(sql.Identifier, PUSHED)), table, who))


# Index i holds the step from version i to i + 1, as in the event file.
MIGRATIONS: list[Callable[[psycopg.Cursor[Any]], None]] = [_v1, _v2, _v3]
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
                                   f" (schema {version}); update checkin",
                                   Problem.HUB_NEWER, address)
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
                           f" ({reason(exc)})", Problem.HUB_CANNOT_PREPARE, address,
                           reason=reason(exc)) from None
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
                           f" ({reason(exc)})", Problem.HUB_CANNOT_ADD_EVENT, address,
                           reason=reason(exc)) from None
        cur.execute("""INSERT INTO checkin_events
                         (event_id, short, title, organiser, event_date, role)
                       VALUES (%s, %s, %s, %s, %s, %s)
                       ON CONFLICT (event_id) DO UPDATE SET short = excluded.short,
                         title = excluded.title, organiser = excluded.organiser,
                         event_date = excluded.event_date, purged_at = NULL""",
                    (info.event_id, info.short, info.title, info.organiser, info.date, role))
        make_entries_table(cur, info.event_id, role)
    params = {**address.params, "user": role}
    station = HubAddress.parse(psycopg.conninfo.make_conninfo(
        **{k: str(v) for k, v in params.items()}))[0]
    return EventAccess(role, secret, station)


def _check_ready(cur: psycopg.Cursor[Any], address: HubAddress) -> None:
    version = _version(cur)
    if version == 0:
        raise HubError(f"hub {address}: not prepared; run `checkin hub init` first",
                       Problem.HUB_NOT_PREPARED, address)
    if version > SCHEMA_VERSION:
        raise HubError(f"hub {address}: made by a newer version of checkin; update checkin",
                       Problem.HUB_NEWER, address)
    if version < SCHEMA_VERSION:
        raise HubError(f"hub {address}: made by an older version of checkin; run"
                       " `checkin hub init` to migrate it", Problem.HUB_OLDER, address)


def purge_event(conn: Conn, event_id: str) -> int:
    """Delete every entry of the event from the hub and close it to pushes; returns how
    many entries were deleted. The event's own role or the owner may do it."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (event_id,))
        cur.execute("SELECT to_regclass(quote_ident(%s)) IS NOT NULL",
                    (entries_table(event_id),))
        deleted = 0
        if _one(cur):  # the event's partition, the only part of the table a station sees
            cur.execute(sql.SQL("DELETE FROM {}").format(
                sql.Identifier(entries_table(event_id))))
            deleted = cur.rowcount
        cur.execute("UPDATE checkin_events SET purged_at = now() WHERE event_id = %s",
                    (event_id,))
    return deleted
