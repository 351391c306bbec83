"""An event read from the hub by its organiser is made as a station pulling it makes it:
the same bytes in its journal, the same projections."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import FakeClock

from checkin.core import journal as j
from checkin.core import stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub
from checkin.core.hub.reading import event_from_hub, events_on_hub
from checkin.core.hub.schema import EventInfo


def _payload(event: Event, entry_id: str) -> str:
    (text,) = event.conn.execute("SELECT payload FROM journal WHERE id = ?",
                                 (entry_id,)).fetchone()
    return str(text)


def test_rows_written_otherwise_are_stored_as_a_station_stores_them(
        event: Event, tmp_path: Path, hub_url: str, clock: FakeClock,
        monkeypatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    station = Event.open(stations.clone(event, tmp_path / "station.checkin", "Salle 1"),
                         now=clock)
    (person,) = event.append([j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": "C1", "source": "import", "submitted_at": "", "extra": {"b": "2", "a": "1"},
        "fields": {"last_name": "Élodie"}, "sessions": ["A"]})])
    access = add_event(owner, password, EventInfo.of(event))
    HubSync(event, access.address, access.password).run_once()
    # the same entries as another program might have written them: spaces, escapes,
    # keys out of order
    odd = {j.new_id(): (j.REGISTRATION_CREATED, j.new_id(),
                        '{"source": "import", "code": "C2", "sessions": ["B"], "extra":'
                        ' {"z": "1", "a": "2"}, "fields": {"last_name": "\\u00c9mile"},'
                        ' "submitted_at": ""}'),
           j.new_id(): (j.CHECKIN_RECORDED, person.subject,
                        '{"station_name": "\\u00c9tage", "at": "2022-12-08T09:40:00"}')}
    with owner.connect(password) as conn:
        for n, (entry_id, (kind, subject, text)) in enumerate(odd.items()):
            conn.execute("INSERT INTO checkin_entries (event_id, id, station, seq, clock,"
                         " kind, subject, payload) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                         (event.event_id, entry_id, "0123456789ab", n + 1,
                          event.entries()[-1].clock, kind, subject, text))
    HubSync(station, access.address, access.password).run_once()
    (hub_event,) = events_on_hub(owner, password)
    read = event_from_hub(owner, password, hub_event, tmp_path / "read.checkin")
    try:
        for entry_id, (_, _, text) in odd.items():
            assert _payload(read, entry_id) == _payload(station, entry_id) == j.dump(
                json.loads(text))
        assert read.registration(person.subject).checkin_count == 1
        assert read.digest() == station.digest()
    finally:
        read.close()
        station.close()
