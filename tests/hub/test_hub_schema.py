"""The hub's schema against a real PostgreSQL server: a hub made at version 1 migrates
to the current version keeping its entries, and without the entries' foreign key a
station still cannot write under an event that is not its own, or that does not exist."""

from __future__ import annotations

import psycopg
import pytest

from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub, schema
from checkin.core.hub.schema import MIGRATIONS, SCHEMA_VERSION, EventInfo


def _constraints(conn: psycopg.Connection) -> set[str]:
    rows = conn.execute("SELECT conname FROM pg_constraint"
                        " WHERE conrelid = 'checkin_entries'::regclass").fetchall()
    return {r[0] for r in rows}


def test_a_version_1_hub_migrates_keeping_its_entries(hub_url: str,
                                                      imported_event: Event) -> None:
    owner, password = HubAddress.parse(hub_url)
    with owner.connect(password) as conn:  # a hub as version 1 left it
        with conn.transaction(), conn.cursor() as cur:
            MIGRATIONS[0](cur)
            schema._grant_station_group(cur)
            cur.execute("INSERT INTO checkin_hub_meta VALUES ('hub_id', 'old'),"
                        " ('schema', '1')")
        assert {"checkin_entries_event_id_fkey", "checkin_entries_serial_key"} \
            <= _constraints(conn)
    access = add_event(owner, password, EventInfo.of(imported_event))
    pushed = HubSync(imported_event, access.address, access.password).run_once().pushed
    assert init_hub(owner, password) == ("old", SCHEMA_VERSION) and SCHEMA_VERSION == 2
    with owner.connect(password) as conn:
        assert _constraints(conn) == {"checkin_entries_pkey"}
        kept = conn.execute("SELECT count(*) FROM checkin_entries").fetchone()
    assert kept is not None and kept[0] == pushed > 300


@pytest.mark.parametrize("event_id", ["another-event", "no-such-event"])
def test_a_station_writes_only_under_its_own_event(hub_url: str, imported_event: Event,
                                                   event_id: str) -> None:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    add_event(owner, password, EventInfo("another-event", "B", "B", "O", "2026-01-01"))
    with access.address.connect(access.password) as station, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        station.execute("INSERT INTO checkin_entries (id, event_id, station, seq, clock,"
                        " kind, subject, payload) VALUES ('x', %s, 's', 1, 'c', 'k', 's',"
                        " '{}')", (event_id,))
