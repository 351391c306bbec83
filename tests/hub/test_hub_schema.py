"""The hub's schema against a real PostgreSQL server: a hub made at version 2 (one table
under row-level security) migrates to a table per event keeping its entries and their
serials, new serials come after them (a station resumes pulling where it was), and a
station still cannot write under an event that is not its own, or that does not exist."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubError, HubSync, add_event, init_hub, purge_event
from checkin.core.hub import sync as hub_sync
from checkin.core.hub.schema import (
    MIGRATIONS,
    ROLE_PREFIX,
    SCHEMA_VERSION,
    EventInfo,
    entries_table,
)

OLD_SERIAL = 10**9  # above any transaction id of a test's server: new serials must pass it


def _version_2_hub(owner: HubAddress, password: str | None, event: Event) -> int:
    """A hub as version 2 left it, holding the event's journal (pushed by a station of
    then), one entry of another event and one of an event no longer listed (the owner
    may have put it there); the highest serial."""
    with owner.connect(password) as conn, conn.transaction(), conn.cursor() as cur:
        for step in MIGRATIONS[:2]:
            step(cur)
        cur.execute("INSERT INTO checkin_hub_meta VALUES ('hub_id', 'old'), ('schema', '2')")
        for event_id in (event.event_id, "another-event"):
            cur.execute("INSERT INTO checkin_events (event_id, short, title, organiser,"
                        " event_date, role) VALUES (%s, 'S', 'T', 'O', '2022-12-08', %s)",
                        (event_id, ROLE_PREFIX + event_id[:16]))
        rows = [(OLD_SERIAL + n, event.event_id, *e.row())
                for n, e in enumerate(event.entries(), 1)]
        rows.append((OLD_SERIAL + len(rows) + 1, "gone-event", "e" * 32, "s", 1, "c",
                     "k", "s", "{}"))
        rows.append((OLD_SERIAL + len(rows) + 1, "another-event", "f" * 32, "s", 1, "c",
                     "k", "s", "{}"))
        cur.executemany("INSERT INTO checkin_entries (serial, event_id, id, station, seq,"
                        " clock, kind, subject, payload) OVERRIDING SYSTEM VALUE VALUES"
                        " (%s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
    return OLD_SERIAL + len(rows)


def test_a_version_2_hub_migrates_keeping_entries_and_serials(
        tmp_path: Path, hub_url: str, imported_event: Event) -> None:
    owner, password = HubAddress.parse(hub_url)
    top = _version_2_hub(owner, password, imported_event)
    info = EventInfo.of(imported_event)
    with pytest.raises(HubError, match=r"older version.*checkin hub init"):
        add_event(owner, password, info)
    # B, a station of then, had pulled everything and pushed nothing of its own
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    with Event.open(tmp_path / "b.checkin") as b, b.conn:
        hub_sync._ensure_sent_table(b)
        b.conn.execute("INSERT INTO meta VALUES (?, ?)", (hub_sync._serial_key("old"), top))
        b.conn.execute("INSERT INTO sync_hub_sent SELECT 'old', id FROM journal")
    assert init_hub(owner, password) == ("old", SCHEMA_VERSION) and SCHEMA_VERSION == 3
    with owner.connect(password) as conn:
        got = conn.execute("SELECT relname, count(*), max(serial) FROM checkin_entries"
                           " e JOIN pg_class ON pg_class.oid = e.tableoid GROUP BY 1").fetchall()
        assert conn.execute("SELECT to_regclass('checkin_entries_v2')").fetchone() == (None,)
    assert sorted(got) == sorted([
        (entries_table(imported_event.event_id), top - OLD_SERIAL - 2, top - 2),
        (entries_table("gone-event"), 1, top - 1), (entries_table("another-event"), 1, top)])
    access = add_event(owner, password, info, new_password=True)
    reception.check_in(imported_event, imported_event.registrations()[0])
    pushed = HubSync(imported_event, access.address, access.password).run_once().pushed
    assert pushed >= 1  # the check-in (and what the clone of B added)
    with Event.open(tmp_path / "b.checkin") as b:  # resumes after the old serials
        report = HubSync(b, access.address, access.password).run_once()
        assert (report.pulled, report.pushed) == (pushed, 0) and report.new >= 1
        assert b.digest() == imported_event.digest()


@pytest.mark.parametrize("event_id", ["another-event", "no-such-event"])
def test_a_station_writes_only_under_its_own_event(hub_url: str, imported_event: Event,
                                                   event_id: str) -> None:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    add_event(owner, password, EventInfo("another-event", "B", "B", "O", "2026-01-01"))
    with access.address.connect(access.password) as station, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        station.execute("INSERT INTO checkin_entries (id, event_id, station, seq, clock,"
                        " kind, subject, payload) VALUES ('x', %s, 's', 1, 'c', 'k', 's',"
                        " '{}')", (event_id,))


def test_a_purged_events_table_takes_no_more_entries(hub_url: str,
                                                     imported_event: Event) -> None:
    """Even from a station whose sync had already checked the event (its connection
    open before the purge), until the event is put on the hub again."""
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    table = entries_table(imported_event.event_id)
    insert = (f'INSERT INTO "{table}" (id, station, seq, clock, kind, subject, payload)'
              " VALUES (%s, 's', 1, 'c', 'k', 's', '{}')")
    with access.address.connect(access.password, autocommit=True) as station:
        station.execute(insert, ("a" * 32,))
        assert purge_event(station, imported_event.event_id) == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="purged"):
            station.execute(insert, ("b" * 32,))
        add_event(owner, password, EventInfo.of(imported_event))
        station.execute(insert, ("b" * 32,))
