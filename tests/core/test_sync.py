"""Sync: merging is a union in any order; bundles and the shared folder carry entries."""

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT, FakeClock

from checkin.cli import main
from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.stations import StationConflictError
from checkin.core.sync import (
    BundleError,
    FolderError,
    FolderSync,
    double_checkins,
    merge_bundles,
    read_bundle,
    write_bundle,
)


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture
def people(event: Event) -> list:
    return [reception.walk_in(event, {"last_name": name, "first_name": "Éloïse"},
                              sessions=("A",), check_in_now=False)[0]
            for name in ("Garcia", "Nguyễn", "Łukasiewicz", "Martin")]


@pytest.fixture
def room(event: Event, people: list, tmp_path: Path, clock: FakeClock) -> Iterator[Event]:
    """A second station, cloned from the organiser's file after the registrations."""
    path = stations.clone(event, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as ev:
        yield ev


def ids(event: Event) -> set[str]:
    return {e.id for e in event.entries()}


# -- merging -----------------------------------------------------------------------------


def test_double_checkin_at_two_stations_is_kept_and_flagged(event: Event, room: Event,
                                                            people: list,
                                                            clock: FakeClock) -> None:
    who = people[0]
    clock.advance(minutes=2)
    assert reception.check_in(room, who).outcome is reception.Outcome.CHECKED_IN
    clock.advance(minutes=1)
    assert reception.check_in(event, who).outcome is reception.Outcome.CHECKED_IN
    event.merge(room.entries())
    room.merge(event.entries())
    assert event.digest() == room.digest()
    for ev in (event, room):
        (double,) = double_checkins(ev)
        assert (double.reg_id, double.last_name) == (who.id, "Garcia")
        assert [c.station for c in double.checkins] == ["Accueil 2", "Accueil 1"]
        assert double.checkins[0].at < double.checkins[1].at
        reg = ev.registration(who.id)
        assert (reg.checked_in_station, reg.checkin_count) == ("Accueil 2", 2)
        assert ev.stats()["double_checkins"] == 1


def test_undo_arriving_before_its_checkin(event: Event, room: Event, people: list) -> None:
    who = people[1]
    event.merge(room.entries(room.station_id))  # its name
    reception.check_in(room, who)
    reception.undo_check_in(room, room.registration(who.id))
    checkin, undo = [e for e in room.entries(who.id) if e.station == room.station_id]
    assert event.merge([undo]) == 1
    assert event.registration(who.id).checked_in_at is None
    assert event.merge([checkin]) == 1
    reg = event.registration(who.id)
    assert (reg.checked_in_at, reg.checkin_count) == (None, 0)
    assert [c["undone"] for c in event.checkins(who.id)] == [True]
    assert event.digest() == room.digest()


def test_entries_about_a_registration_arriving_before_it(event: Event, room: Event) -> None:
    event.merge(room.entries(room.station_id))  # its name
    reg, _ = reception.walk_in(room, {"last_name": "Tardif"}, sessions=("B",))
    reception.edit(room, room.registration(reg.id), {"organisation": "Mairie d'Albi"})
    created, checkin, edited = room.entries(reg.id)
    assert created.kind == j.REGISTRATION_CREATED
    assert event.merge([edited, checkin]) == 2
    assert event.registration(reg.id) is None  # waits for its creation
    assert event.merge([created]) == 1
    got = event.registration(reg.id)
    assert (got.organisation, got.sessions, got.checkin_count) == ("Mairie d'Albi", ("B",), 1)
    assert event.digest() == room.digest()
    event.rebuild()
    assert event.digest() == room.digest()


def test_edits_are_last_writer_wins_with_history_kept(event: Event, room: Event, people: list,
                                                      clock: FakeClock) -> None:
    who = people[2]
    reception.edit(event, who, {"organisation": "First"})
    clock.advance(seconds=1)
    reception.edit(room, room.registration(who.id), {"organisation": "Second"})
    for a, b in ((event, room), (room, event)):
        a.merge(b.entries())
    assert event.registration(who.id).organisation == "Second"
    assert room.registration(who.id).organisation == "Second"
    edits = [e.payload["fields"] for e in event.entries(who.id)
             if e.kind == j.REGISTRATION_EDITED]
    assert edits == [{"organisation": "First"}, {"organisation": "Second"}]


def test_a_slow_laptop_writes_after_what_it_merged(event: Event, room: Event, people: list,
                                                   clock: FakeClock) -> None:
    reception.edit(event, people[3], {"role": "Chargée de mission"})
    clock.advance(hours=-2)  # the room laptop's clock is two hours late
    event.merge(room.entries())
    room.merge(event.entries())
    reception.edit(room, room.registration(people[3].id), {"role": "Directrice"})
    event.merge(room.entries())
    assert event.registration(people[3].id).role == "Directrice"


# -- bundles -----------------------------------------------------------------------------


def test_bundle_round_trip_reports_new_entries(event: Event, room: Event, people: list,
                                               tmp_path: Path) -> None:
    reception.check_in(room, people[0])
    bundle = tmp_path / "room.ckb"
    written = write_bundle(room, bundle)
    assert written.entries == len(room.entries())
    header = json.loads(gzip.decompress(bundle.read_bytes()).partition(b"\n")[0])
    assert (header["event_id"], header["station"], header["count"]) == (
        event.event_id, room.station_id, written.entries)
    report = merge_bundles(event, [bundle])
    # The check-in: the station's name came to the original when it was cloned.
    assert (report.entries, report.new) == (written.entries, 1)
    assert report.new_by_station == {room.station_id: 1}
    assert ids(event) == ids(room)
    assert event.digest() == room.digest()
    assert merge_bundles(event, [bundle]).new == 0


def test_bundle_of_own_entries_only(event: Event, room: Event, people: list,
                                    tmp_path: Path) -> None:
    reception.check_in(room, people[0])
    bundle = tmp_path / "own.ckb"
    assert write_bundle(room, bundle, station=room.station_id).entries == 2
    assert {e.station for e in read_bundle(event, bundle).entries} == {room.station_id}


def _rewrite(bundle: Path, change) -> None:  # type: ignore[no-untyped-def]
    head, _, body = gzip.decompress(bundle.read_bytes()).partition(b"\n")
    header = json.loads(head)
    header, body = change(header, body)
    bundle.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))


def _altered_line(header: dict, body: bytes) -> tuple[dict, bytes]:
    return header, body.replace(b'"Accueil 2"', b'"Accueil 9"')


def _fewer_lines(header: dict, body: bytes) -> tuple[dict, bytes]:
    return dict(header, count=header["count"] + 1), body


def _newer(header: dict, body: bytes) -> tuple[dict, bytes]:
    return dict(header, version=99), body


@pytest.mark.parametrize(("damage", "message"), [
    (lambda p: p.write_bytes(p.read_bytes()[:-40]), "incomplete"),
    (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), "incomplete"),
    (lambda p: p.write_bytes(p.read_bytes()[:-8] + bytes(b ^ 0xFF for b in
                                                          p.read_bytes()[-8:-4])
                             + p.read_bytes()[-4:]), "damaged or altered"),
    (lambda p: _rewrite(p, _altered_line), "not sealed by a station of this event"),
    (lambda p: _rewrite(p, _fewer_lines), "not sealed by a station of this event"),
    (lambda p: _rewrite(p, _newer), "newer version"),
    (lambda p: p.write_text("id,name\n1,2\n"), "not a checkin bundle"),
    (lambda p: p.write_bytes(gzip.compress(b'{"format": "zip"}\n')), "not a checkin bundle"),
])
def test_damaged_bundle_is_refused_whole(event: Event, room: Event, people: list,
                                         tmp_path: Path, damage, message: str) -> None:
    reception.check_in(room, people[0])
    bundle = tmp_path / "room.ckb"
    write_bundle(room, bundle)
    damage(bundle)
    before = (ids(event), event.digest())
    with pytest.raises(BundleError, match=message) as caught:
        merge_bundles(event, [bundle])
    assert str(caught.value).startswith(str(bundle))
    assert (ids(event), event.digest()) == before


def test_bundle_of_another_event_is_refused(event: Event, tmp_path: Path, programme,
                                            clock: FakeClock) -> None:
    other = Event.create(tmp_path / "other.checkin", programme, now=clock)
    reception.walk_in(other, {"last_name": "Ailleurs"})
    write_bundle(other, tmp_path / "other.ckb")
    other.close()
    before = ids(event)
    with pytest.raises(BundleError, match="another event"):
        merge_bundles(event, [tmp_path / "other.ckb"])
    assert ids(event) == before


def test_several_bundles_are_all_checked_before_any_is_merged(event: Event, room: Event,
                                                              people: list,
                                                              tmp_path: Path) -> None:
    reception.check_in(room, people[0])
    good, bad = tmp_path / "good.ckb", tmp_path / "bad.ckb"
    write_bundle(room, good)
    write_bundle(room, bad)
    bad.write_bytes(bad.read_bytes()[:-30])
    before = ids(event)
    with pytest.raises(BundleError, match=r"bad\.ckb"):
        merge_bundles(event, [good, bad])
    assert ids(event) == before


def test_out_never_overwrites_something_that_is_not_a_bundle(event: Event,
                                                             tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("précieux")
    with pytest.raises(BundleError, match="not a bundle"):
        write_bundle(event, notes)
    with pytest.raises(BundleError, match="event file itself"):
        write_bundle(event, event.path)
    assert notes.read_text() == "précieux"
    assert event.registrations() == []  # the event file is intact


def test_cli_bundle_out_in_and_refusal(event: Event, room: Event, people: list,
                                       tmp_path: Path, capsys) -> None:
    reception.check_in(room, people[0])
    room.close()
    bundle = tmp_path / "b.ckb"
    assert main(["sync", str(room.path), "--out", str(bundle)]) == 0
    assert "entries to" in capsys.readouterr().out
    event.close()
    assert main(["sync", str(event.path), "--in", str(bundle), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["new"], data["new_by_station"]) == (1, {"Accueil 2": 1})
    bundle.write_bytes(bundle.read_bytes()[:100])
    assert main(["sync", str(event.path), "--in", str(bundle)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"checkin: error: {bundle}: ") and len(err.splitlines()) == 1


def test_cli_clone_and_stations(event: Event, people: list, tmp_path: Path, capsys) -> None:
    event.close()
    new = tmp_path / "salle-d.checkin"
    assert main(["clone", str(event.path), str(new), "--station", "Salle D", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["station_name"] == "Salle D"
    assert main(["stations", str(new), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    names = {s["name"]: s for s in listed["stations"]}
    assert names["Salle D"]["entries"] == 1 and names["Salle D"]["is_this_station"]
    assert names["Accueil 1"]["entries"] == len(people) + 2


def test_cli_sync_of_a_copied_file_needs_a_station_name(event: Event, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys) -> None:
    reception.walk_in(event, {"last_name": "Nom"})
    event.close()
    folder = tmp_path / "shared"
    folder.mkdir()
    monkeypatch.setenv(stations.MACHINE_ENV, "another-laptop")
    assert main(["sync", str(event.path), "--folder", str(folder)]) == 2
    assert "--station NAME" in capsys.readouterr().err
    assert list(folder.iterdir()) == []
    assert main(["sync", str(event.path), "--folder", str(folder), "--station", "Bis"]) == 0
    with Event.open(event.path) as ev:
        assert ev.station_name == "Bis"
        assert (folder / f"{ev.station_id}.jsonl").exists()


# -- shared folder -----------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "shared"
    path.mkdir()
    return path


def file_of(folder: Path, ev: Event) -> Path:
    return folder / f"{ev.station_id}.jsonl"


def test_folder_sync_exchanges_everything_each_writing_only_its_file(
        event: Event, room: Event, people: list, folder: Path) -> None:
    reception.check_in(event, people[0])
    reception.check_in(room, people[1])
    first = FolderSync(event, folder).run_once()
    assert (first.new, first.written) == (0, len(event.entries()))
    second = FolderSync(room, folder).run_once()
    assert second.new == 1  # the organiser's check-in (the rest came with the clone)
    assert FolderSync(event, folder).run_once().new == 1  # the room's check-in
    assert ids(event) == ids(room)
    assert event.digest() == room.digest()
    for ev in (event, room):
        lines = file_of(folder, ev).read_text().splitlines()
        header = json.loads(lines[0].rpartition("\t")[0])
        assert (header["station"], header["event_id"]) == (ev.station_id, ev.event_id)
    room_lines = file_of(folder, room).read_text().splitlines()[1:]
    assert {json.loads(x.rpartition("\t")[0])["station"] for x in room_lines} == {
        room.station_id}
    again = [FolderSync(ev, folder).run_once() for ev in (event, room)]
    assert [(r.new, r.written) for r in again] == [(0, 0), (0, 0)]


def test_a_clone_does_not_copy_what_came_with_it_into_the_folder(event: Event, room: Event,
                                                                people: list,
                                                                folder: Path) -> None:
    reception.check_in(room, people[0])
    assert FolderSync(room, folder).run_once().written == 2  # its name and its check-in
    reception.check_in(event, people[1])  # the organiser is not on the folder yet...
    room.merge(event.entries())
    assert FolderSync(room, folder).run_once().written == 1  # ...so the room relays that


def test_half_copied_file_is_read_up_to_its_last_whole_line(event: Event, room: Event,
                                                            people: list,
                                                            folder: Path) -> None:
    for who in people[:3]:
        reception.check_in(room, who)
    FolderSync(room, folder).run_once()
    theirs = file_of(folder, room)
    full = theirs.read_bytes()
    cut = full.rstrip(b"\n").rfind(b"\n") + 20  # in the middle of the last line
    theirs.write_bytes(full[:cut])
    missing = len(ids(room) - ids(event))
    sync = FolderSync(event, folder)
    partial = sync.run_once()
    assert (partial.new, partial.pending) == (missing - 1, 1)
    assert event.registration(people[2].id).checkin_count == 0
    theirs.write_bytes(full)
    complete = sync.run_once()
    assert (complete.new, complete.pending) == (1, 0)
    assert event.digest() == room.digest()


def test_damaged_line_is_skipped_and_the_rest_still_merged(event: Event, room: Event,
                                                          people: list, folder: Path) -> None:
    for who in people[:3]:
        reception.check_in(room, who)
    FolderSync(room, folder).run_once()
    theirs = file_of(folder, room)
    lines = theirs.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"Accueil 2", b"Accueil X")  # breaks its checksum
    theirs.write_bytes(b"\n".join(lines))
    report = FolderSync(event, folder).run_once()
    assert report.pending == 1
    assert len(ids(room) - ids(event)) == 1
    # Its station finds the entry missing from its file and appends it again.
    assert FolderSync(room, folder).run_once().written == 1
    again = FolderSync(event, folder).run_once()
    assert (again.new, again.pending) == (1, 1)
    assert ids(room) == ids(event)


def test_replaced_file_is_read_again_from_the_start(event: Event, room: Event, people: list,
                                                    folder: Path) -> None:
    reception.check_in(room, people[0])
    FolderSync(room, folder).run_once()
    sync = FolderSync(event, folder)
    sync.run_once()
    theirs = file_of(folder, room)
    head, *rest = theirs.read_bytes().splitlines(keepends=True)
    # Another entry appears, at an offset that does not line up with the last read.
    reception.check_in(room, people[1])
    extra = [e for e in room.entries() if e.id not in ids(event)]
    from checkin.core.sync import lines as sync_lines
    added = b"".join(sync_lines.sealed(room.sync_key, sync_lines.encode(e)).encode()
                     for e in extra)
    theirs.write_bytes(head + added + b"".join(rest))
    assert sync.run_once().new == 1
    assert ids(event) == ids(room)


def test_own_line_cut_by_a_crash_is_dropped_and_written_again(event: Event, room: Event,
                                                              people: list,
                                                              folder: Path) -> None:
    reception.check_in(room, people[0])
    FolderSync(room, folder).run_once()
    mine = file_of(folder, room)
    mine.write_bytes(mine.read_bytes()[:-15])
    assert FolderSync(room, folder).run_once().written == 1
    assert mine.read_bytes().endswith(b"\n")
    FolderSync(event, folder).run_once()
    assert ids(event) == ids(room)


def test_file_of_another_event_is_skipped_and_named(event: Event, room: Event, people: list,
                                                    folder: Path, tmp_path: Path, programme,
                                                    clock: FakeClock) -> None:
    with Event.create(tmp_path / "bfc.checkin", programme, now=clock) as other:
        FolderSync(other, folder).run_once()
    reception.check_in(room, people[0])
    FolderSync(room, folder).run_once()
    report = FolderSync(event, folder).run_once()
    assert report.new == 1  # the room's check-in
    (problem,) = report.problems
    assert "another event" in problem
    assert ids(event) == ids(room)


def test_entries_of_stations_without_a_file_are_relayed(event: Event, room: Event,
                                                        people: list, folder: Path,
                                                        tmp_path: Path,
                                                        clock: FakeClock) -> None:
    third = stations.clone(event, tmp_path / "salle-e.checkin", "Salle E")
    with Event.open(third, now=clock) as salle:
        reception.check_in(salle, people[3])
        write_bundle(salle, tmp_path / "e.ckb")  # reaches the organiser on a USB key
    merge_bundles(event, [tmp_path / "e.ckb"])
    FolderSync(event, folder).run_once()
    FolderSync(room, folder).run_once()
    assert room.registration(people[3].id).checkin_count == 1
    FolderSync(event, folder).run_once()
    assert ids(room) == ids(event)


def test_folder_sync_refuses_a_copied_station_and_a_missing_folder(
        event: Event, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FolderError, match="no such folder"):
        FolderSync(event, folder / "absent").run_once()
    event.close()
    monkeypatch.setenv(stations.MACHINE_ENV, "elsewhere")
    with Event.open(event.path) as copy, pytest.raises(StationConflictError) as caught:
        FolderSync(copy, folder).run_once()
    assert caught.value.path == event.path  # the interface names the file
    assert list(folder.iterdir()) == []


_WORKER = """
import sys, time
from pathlib import Path
from checkin.core import reception
from checkin.core.event import Event
from checkin.core.sync import FolderSync

path, folder, k = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
with Event.open(path) as ev:
    sync = FolderSync(ev, folder)
    people = sorted(ev.registrations(), key=lambda r: r.last_name)
    for n in range(k, len(people), 2):   # each checks in half, and one walk-in each time
        reception.check_in(ev, people[n])
        reception.walk_in(ev, {"last_name": f"Walk{k}-{n}"}, check_in_now=n % 3 == 0)
        sync.run_once()
    sync.run_once()
    (folder.parent / f"done-{k}").touch()   # all of mine is in the folder now
    deadline = time.monotonic() + 60
    while not (folder.parent / f"done-{1 - k}").exists() and time.monotonic() < deadline:
        sync.run_once()
        time.sleep(0.02)
    sync.run_once()   # everything the other one wrote
    print(ev.digest(), len(ev.entries()))
"""


def test_two_processes_syncing_through_one_folder_at_once(event: Event, people: list,
                                                          folder: Path, tmp_path: Path) -> None:
    for n in range(16):
        reception.walk_in(event, {"last_name": f"Zz{n:02d}"}, check_in_now=False)
    paths = [stations.clone(event, tmp_path / f"s{k}.checkin", f"Station {k}") for k in (0, 1)]
    script = tmp_path / "worker.py"
    script.write_text(_WORKER)
    procs = [subprocess.Popen([sys.executable, str(script), str(p), str(folder), str(k)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ, **{stations.MACHINE_ENV: f"laptop-{k}"}))
             for k, p in enumerate(paths)]
    outs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert outs[0] == outs[1]  # same digest, same number of entries
    registered = len(people) + 16
    with Event.open(paths[0]) as a, Event.open(paths[1]) as b:
        assert ids(a) == ids(b)
        assert len(ids(a)) == int(outs[0][1])
        assert a.digest() == b.digest() == outs[0][0]
        walkins = [r for r in a.registrations() if r.last_name.startswith("Walk")]
        assert len(walkins) == registered
        assert {r.id for r in a.registrations() if r.checkin_count == 1} >= {
            r.id for r in a.registrations() if not r.last_name.startswith("Walk")}
        assert {s["name"] for s in a.stations()} == {"Accueil 1", "Station 0", "Station 1"}


# -- trust: the sync key -----------------------------------------------------------------


def _before_sync_keys(path: Path) -> None:
    """Make `path` look like a file made before sync keys (schema 3, no key)."""
    import sqlite3
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM meta WHERE key = 'sync_key'")
    conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_files_made_before_sync_keys_open_and_their_clones_still_agree(
        event: Event, room: Event, people: list, tmp_path: Path) -> None:
    reception.check_in(room, people[0])
    paths = [event.path, room.path]
    event.close()
    room.close()
    for path in paths:
        _before_sync_keys(path)
    with Event.open(paths[0]) as organiser, Event.open(paths[1]) as again:
        assert organiser.sync_key == again.sync_key and len(organiser.sync_key) == 64
        write_bundle(again, tmp_path / "room.ckb")
        assert merge_bundles(organiser, [tmp_path / "room.ckb"]).new >= 1
        assert organiser.registration(people[0].id).checked_in_at


def test_two_events_with_one_short_name_are_told_apart_by_id(event: Event, tmp_path: Path,
                                                             programme, clock) -> None:
    other = Event.create(tmp_path / "other.checkin", programme, now=clock)
    write_bundle(other, tmp_path / "other.ckb")
    other.close()
    assert other.programme.short == event.programme.short == "OCC22"
    with pytest.raises(BundleError) as caught:
        merge_bundles(event, [tmp_path / "other.ckb"])
    message = str(caught.value)
    assert "not of OCC22" not in message
    assert f"also called OCC22 (event id {other.event_id[:8]}, not {event.event_id[:8]})" \
        in message


def test_a_new_event_has_its_own_sync_key_apart_from_the_badge_secret(
        event: Event, tmp_path: Path, programme, clock) -> None:
    with Event.create(tmp_path / "other.checkin", programme, now=clock) as other:
        assert other.sync_key != event.sync_key
    assert event.sync_key != event.secret
