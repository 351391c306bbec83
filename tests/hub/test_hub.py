"""The hub through the command line, against a real PostgreSQL server: preparing it,
adding an event, syncing two stations, what a station's role may see, the password kept
out of the event file, a refused entry, and the purge reaching the hub."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from checkin.cli import main
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubError, HubSync, add_event, init_hub
from checkin.core.hub.schema import EventAccess, EventInfo, entries_table


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    capsys.readouterr()  # what earlier commands printed
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else err)


@pytest.fixture
def two_stations(tmp_path: Path, imported_event: Event) -> tuple[Path, Path]:
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    imported_event.close()
    return imported_event.path, tmp_path / "b.checkin"


def _one_check_in_pushed(event: Event, hub_url: str) -> tuple[HubAddress, str | None, EventAccess]:
    """A new hub holding `event`, which has pushed one check-in: the owner's address and
    password, and the event's access."""
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(event))
    reception.check_in(event, event.registrations()[0])
    HubSync(event, access.address, access.password).run_once()
    return owner, password, access


def test_two_stations_sync_through_the_cli(capsys, monkeypatch, hub_url: str,
                                           two_stations: tuple[Path, Path]) -> None:
    a, b = two_stations
    assert _cli(capsys, "hub", "init", hub_url)[0] == 0
    assert _cli(capsys, "hub", "init", hub_url)[0] == 0  # again: nothing to migrate
    code, added = _cli(capsys, "hub", "add", str(a), hub_url)
    assert code == 0 and isinstance(added, dict) and added["password"]
    monkeypatch.setenv("PGPASSWORD", added["password"])
    with Event.open(a) as event:
        reception.check_in(event, event.registrations()[0])
    code, first = _cli(capsys, "sync", str(a), "--hub", added["address"])
    assert code == 0 and isinstance(first, dict) and first["pushed"] > 300
    code, second = _cli(capsys, "sync", str(b), "--hub", added["address"])
    assert code == 0 and isinstance(second, dict) and second["new"] == 1
    assert second["digest"] == first["digest"] and second["waiting"] == 0
    code, again = _cli(capsys, "sync", str(b), "--hub")  # the hub remembered, no URL
    assert code == 0 and isinstance(again, dict) and again["new"] == again["pushed"] == 0


def test_the_password_stays_out_of_the_event_file(capsys, monkeypatch, hub_url: str,
                                                  two_stations: tuple[Path, Path]) -> None:
    a, _ = two_stations
    main(["hub", "init", hub_url])
    code, added = _cli(capsys, "hub", "add", str(a), hub_url)
    assert isinstance(added, dict)
    with_password = added["address"].replace("user=", f"password={added['password']} user=")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    code, _ = _cli(capsys, "sync", str(a), "--hub", with_password)
    assert code == 0
    owner_password = HubAddress.parse(hub_url)[1] or ""
    for path in a.parent.glob(a.name + "*"):  # the file, its WAL, its backups
        if path.is_file():
            data = path.read_bytes()
            assert added["password"].encode() not in data
            assert owner_password.encode() not in data


def test_a_station_sees_only_its_own_event(tmp_path: Path, hub_url: str,
                                           imported_event: Event, programme) -> None:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    other = Event.create(tmp_path / "other.checkin", programme, station_name="Ailleurs")
    mine = add_event(owner, password, EventInfo.of(imported_event))
    theirs = add_event(owner, password, EventInfo.of(other))
    HubSync(imported_event, mine.address, mine.password).run_once()
    HubSync(other, theirs.address, theirs.password).run_once()
    ours, their_table = entries_table(imported_event.event_id), entries_table(other.event_id)
    with theirs.address.connect(theirs.password, autocommit=True) as conn:
        seen = {r[0] for r in conn.execute(f'SELECT DISTINCT event_id FROM "{their_table}"')}
        events = {r[0] for r in conn.execute("SELECT event_id FROM checkin_events")}
        assert seen == events == {other.event_id}
        for table in (ours, "checkin_entries"):  # not another's table, nor the whole
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'SELECT count(*) FROM "{table}"')
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'INSERT INTO "{table}" (id, event_id, station, seq, clock,'
                             " kind, subject, payload) VALUES ('x', %s, 's', 1, 'c', 'k',"
                             " 's', '{}')", (imported_event.event_id,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'DELETE FROM "{table}"')
        # in its own table, neither the event nor the serial (where others resume
        # pulling) is the station's to write
        for column, value in (("event_id", imported_event.event_id), ("serial", 1 << 60)):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f'INSERT INTO "{their_table}" (id, {column}, station, seq,'
                             " clock, kind, subject, payload) VALUES ('x', %s, 's', 1, 'c',"
                             " 'k', 's', '{}')", (value,))
    # and the other event's password opens nothing of ours
    wrong = HubSync(imported_event, theirs.address, theirs.password)
    with pytest.raises(HubError, match="not the event's"):
        wrong.run_once()
    other.close()


def test_a_damaged_hub_entry_is_refused_and_the_rest_merged(hub_url: str,
                                                            two_stations) -> None:
    a, b = two_stations
    with Event.open(a) as event:
        owner, password, access = _one_check_in_pushed(event, hub_url)
        _forge_two_entries(owner, password, event.event_id)
        digest = event.digest()
    with Event.open(b) as event:
        report = HubSync(event, access.address, access.password).run_once()
        assert report.new == 1 and len(report.refused) == 2
        assert any("bad station" in str(r) for r in report.refused)
        assert any(str(r).startswith("hub entry #") for r in report.refused)  # its payload
        assert event.digest() == digest


def _forge_two_entries(owner: HubAddress, password: str | None, event_id: str) -> int:
    """Two damaged entries put on the hub behind the stations' backs: one of station
    'nothex' (a bad station), one whose payload is not JSON; the latter's serial."""
    with owner.connect(password) as conn:
        conn.execute("INSERT INTO checkin_entries (id, event_id, station, seq, clock, kind,"
                     " subject, payload) VALUES (%s, %s, 'nothex', 1, 'soon',"
                     " 'checkin.recorded', 'x', '{}')", ("f" * 32, event_id))
        (serial,) = conn.execute(
            "INSERT INTO checkin_entries (id, event_id, station, seq, clock, kind,"
            " subject, payload) SELECT %s, event_id, station, seq + 1, clock, kind,"
            " subject, '{not json' FROM checkin_entries WHERE id <> %s LIMIT 1"
            " RETURNING serial", ("e" * 32, "f" * 32)).fetchone()
    return int(serial)


def test_the_command_line_says_refused_hub_entries_in_english(
        capsys, monkeypatch, hub_url: str, two_stations) -> None:
    """`checkin sync --hub` words the hub's refusals as it always did, on stderr and in
    its JSON: the GUI's codes change none of it."""
    a, b = two_stations
    with Event.open(a) as event:
        owner, password, access = _one_check_in_pushed(event, hub_url)
        serial = _forge_two_entries(owner, password, event.event_id)
    monkeypatch.setenv("PGPASSWORD", access.password or "")
    capsys.readouterr()
    assert main(["sync", str(b), "--hub", access.address.conninfo, "--json"]) == 0
    out, err = capsys.readouterr()
    said = [f"hub entry #{serial}: Expecting property name enclosed in double quotes:"
            " line 1 column 2 (char 1)", "entry #1 of station nothex: bad station; refused"]
    assert err.splitlines() == [f"checkin: warning: {line}" for line in said], err
    assert json.loads(out)["refused"] == said


def test_an_unreachable_hub_is_said_and_sslmode_is_obeyed(capsys, hub_url: str,
                                                          two_stations) -> None:
    a, _ = two_stations
    code, err = _cli(capsys, "sync", str(a), "--hub", "postgresql://x@127.0.0.1:1/nothing")
    assert code == 2 and "cannot connect" in str(err) and "127.0.0.1:1" in str(err)
    # this test server speaks no TLS: sslmode=require must refuse it, not fall back
    code, err = _cli(capsys, "hub", "init", hub_url + " sslmode=require")
    assert code == 2 and "SSL" in str(err)


def test_purge_reaches_the_hub(capsys, monkeypatch, hub_url: str, two_stations) -> None:
    a, b = two_stations
    main(["hub", "init", hub_url])
    _, added = _cli(capsys, "hub", "add", str(a), hub_url)
    assert isinstance(added, dict)
    monkeypatch.setenv("PGPASSWORD", added["password"])
    for path in (a, b):
        assert main(["sync", str(path), "--hub", added["address"]]) == 0
    capsys.readouterr()
    code, purged = _cli(capsys, "purge", str(a), "--yes")
    assert code == 0 and isinstance(purged, dict) and purged["hub_entries_deleted"] > 300
    with psycopg.connect(hub_url) as conn:
        assert conn.execute("SELECT count(*) FROM checkin_entries").fetchone() == (0,)
    # a station not yet purged is refused by the hub, and told why
    code, err = _cli(capsys, "sync", str(b), "--hub")
    assert code == 2 and "purged from the hub" in str(err)


def test_sync_every_wakes_on_another_stations_push(tmp_path: Path, hub_url: str,
                                                   two_stations) -> None:
    """`--every 60`: the other station's check-in arrives long before the minute, woken
    by NOTIFY (the test waits on the output, with a deadline far above a second)."""
    a, b = two_stations
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    with Event.open(a) as event:
        access = add_event(owner, password, EventInfo.of(event))
    env = {"PGPASSWORD": access.password or "", "PATH": "/usr/bin:/bin"}
    import os
    listener = subprocess.Popen(
        [sys.executable, "-m", "checkin", "sync", str(b), "--hub", access.address.conninfo,
         "--every", "60", "--json"], stdout=subprocess.PIPE, text=True,
        env={**os.environ, **env})
    try:
        assert listener.stdout is not None
        json.loads(listener.stdout.readline())  # its first sync is done: it listens
        with Event.open(a) as event:
            reg = event.registrations()[5]
            reception.check_in(event, reg)
            HubSync(event, access.address, access.password).run_once()
        woke = json.loads(listener.stdout.readline())
        assert woke["new"] == 1
    finally:
        listener.terminate()
        listener.wait(timeout=30)
    with Event.open(b) as event:
        found = event.registration(reg.id)
        assert found is not None and found.checked_in_at


def test_a_hub_entry_rewritten_in_another_form_is_stored_canonical(hub_url: str,
                                                                   two_stations) -> None:
    """Every station stores the same bytes for one entry, whatever form the hub holds."""
    a, b = two_stations
    with Event.open(a) as event:
        owner, password, access = _one_check_in_pushed(event, hub_url)
        (entry_id, stored), = event.conn.execute(
            "SELECT id, payload FROM journal WHERE kind = 'checkin.recorded'").fetchall()
        with owner.connect(password) as conn:  # same meaning, another spelling
            conn.execute("UPDATE checkin_entries SET payload = %s WHERE id = %s",
                         (json.dumps(json.loads(stored), indent=2), entry_id))
    with Event.open(b) as event:
        HubSync(event, access.address, access.password).run_once()
        (pulled,) = event.conn.execute("SELECT payload FROM journal WHERE id = ?",
                                       (entry_id,)).fetchone()
    assert pulled == stored
