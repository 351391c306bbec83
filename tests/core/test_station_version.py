"""Which version of checkin each station runs travels in its station.named entries, so
that the organiser's Stations tab (and `checkin stations`) shows it."""

from pathlib import Path

import pytest
from helpers import FakeClock

from checkin import __version__
from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.sync import lines


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "organiser-laptop")


def _versions(event: Event) -> dict[str, str]:
    return {s.name: s.version for s in stations.station_status(event)}


def _forget_versions(event: Event) -> None:
    """The file as a checkin older than 0.1 left it: station.named without a version."""
    event.conn.execute("UPDATE journal SET payload = json_remove(payload, '$.version')")


def test_a_new_event_and_its_clones_record_the_running_version(event: Event,
                                                               tmp_path: Path) -> None:
    target = stations.clone(event, tmp_path / "salle-a.checkin", "Salle A")
    assert _versions(event) == {"Accueil 1": __version__, "Salle A": __version__}
    with Event.open(target) as copy:
        assert _versions(copy) == {"Accueil 1": __version__, "Salle A": __version__}


def test_an_older_file_gets_the_version_at_its_first_write_only(event: Event) -> None:
    _forget_versions(event)
    assert _versions(event) == {"Accueil 1": ""}
    with Event.open(event.path) as ev:
        before = len(ev.entries())
        _, result = reception.walk_in(ev, {"last_name": "Durand"}, check_in_now=True)
        assert result is not None and result.outcome is reception.Outcome.CHECKED_IN
        assert _versions(ev) == {"Accueil 1": __version__}
        added = ev.entries()[before:]
        assert [e.kind for e in added][:1] == [j.STATION_NAMED]
        assert added[0].payload == {"name": "Accueil 1", "version": __version__}
        reception.walk_in(ev, {"last_name": "Petit"}, check_in_now=False)
        kinds = [e.kind for e in ev.entries()[before:]]
        assert kinds.count(j.STATION_NAMED) == 1  # once, not at every write


def test_an_updated_checkin_records_its_new_version(event: Event,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stations, "__version__", "0.2.0")
    with Event.open(event.path) as ev:
        stored = reception.walk_in(ev, {"last_name": "Durand"}, check_in_now=False)
        assert stored[0].last_name == "Durand"
        assert _versions(ev) == {"Accueil 1": "0.2.0"}


def test_the_version_travels_with_the_journal_and_old_readers_accept_it(
        event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = stations.clone(event, tmp_path / "salle-a.checkin", "Salle A")
    monkeypatch.setattr(stations, "__version__", "0.2.0")  # the room's laptop was updated
    with Event.open(target, now=clock) as room:
        clock.advance(minutes=1)
        reception.walk_in(room, {"last_name": "Salle"}, check_in_now=False)
        theirs = [e for e in room.entries() if e.station == room.station_id]
    encoded = [lines.encode(e) for e in theirs]  # as a bundle or shared folder carries them
    assert event.merge(lines.decode(line) for line in encoded) == 2
    assert _versions(event) == {"Accueil 1": __version__, "Salle A": "0.2.0"}
    # the projection keeps reading only the name: the digest of an older reader is the same
    assert [s["name"] for s in event.stations()] == ["Accueil 1", "Salle A"]
