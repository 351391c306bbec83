"""The clock poisoner: a laptop whose clock says 2286, and entries crafted by a station
that holds the key (a buggy or older version), reach other stations by bundle and by the
shared folder. Each bad entry is refused alone, named by station and number; nothing
else stops, and the clocks of the stations that saw them stay sane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from forger import entry, insider_bundle
from helpers import FakeClock

from checkin.cli import main
from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.sync import FolderSync, lines, merge_bundles, write_bundle

YEAR_2286 = dt.datetime(2286, 11, 20, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "poison-laptop")


@pytest.fixture
def setting(event: Event, tmp_path: Path, clock: FakeClock) -> Iterator[tuple]:
    people = [reception.walk_in(event, {"last_name": n}, check_in_now=False)[0]
              for n in ("Garcia", "Roux", "Petit", "Blanc")]
    room_clock = FakeClock(clock.current)
    path = stations.clone(event, tmp_path / "room.checkin", "Salle A")
    with Event.open(path, now=room_clock) as room:
        yield event, room, room_clock, people


def _clock_years(event: Event) -> set[int]:
    return {dt.datetime.fromtimestamp(j.parse_clock(e.clock)[0] / 1000, dt.UTC).year
            for e in event.entries() if e.station == event.station_id}


def test_a_laptop_set_to_2286_is_refused_and_drags_no_clock(setting, tmp_path: Path) -> None:
    organiser, room, room_clock, people = setting
    reception.check_in(room, people[0])  # before its clock went wrong
    room_clock.current = YEAR_2286
    reception.check_in(room, people[1])
    room_clock.current = organiser.now() + dt.timedelta(minutes=5)  # put right again
    reception.check_in(room, people[2])
    bundle = tmp_path / "room.ckb"
    write_bundle(room, bundle, station=room.station_id)

    report = merge_bundles(organiser, [bundle])
    assert len(report.refused) == 1
    refusal = report.refused[0]
    assert refusal.station == room.station_id and isinstance(refusal.seq, int)
    assert "hours ahead of this computer's" in refusal.problem
    assert organiser.registration(people[0].id).checked_in_at
    assert not organiser.registration(people[1].id).checked_in_at
    assert organiser.registration(people[2].id).checked_in_at  # after it: merged
    reception.check_in(organiser, people[3])
    assert _clock_years(organiser) == {2022}
    assert _clock_years(room) == {2022, 2286}  # its own, recorded while wrong
    # Its entries recorded after the clock was put right are not stuck behind 2286.
    assert max(e.clock for e in room.entries(people[2].id)) < j.format_clock(10**13 - 1, 0)
    assert room.entries(people[2].id)[-1].clock[:4] == "1670"


def test_poisoned_clocks_in_the_shared_folder_block_nothing_after_them(setting,
                                                                      tmp_path: Path) -> None:
    organiser, room, room_clock, people = setting
    folder = tmp_path / "shared"
    folder.mkdir()
    room_clock.current = YEAR_2286
    reception.check_in(room, people[0])
    room_clock.current = organiser.now()
    reception.check_in(room, people[1])
    FolderSync(room, folder).run_once()
    sync = FolderSync(organiser, folder)
    first = sync.run_once()
    assert first.pending == 0 and len(first.refused) == 1
    assert any("hours ahead" in p for p in first.problems)
    assert organiser.registration(people[1].id).checked_in_at
    again = sync.run_once()  # read from where it stopped: the refused line is not re-read
    assert (again.new, again.refused, again.pending) == (0, (), 0)


def _crafted(room: Event, people: list) -> list[dict]:
    """Entries a station holding the key might send: each breaks one kind's rules."""
    station, now = room.station_id, room.now_millis()
    return [
        entry(station, 50, j.STATION_NAMED, people[0].id, {"oops": 1},
              j.format_clock(now, 1)),  # named a registration: was a KeyError
        entry(station, 51, j.CHECKIN_RECORDED, people[1].id, {"station_name": "X"},
              j.format_clock(now, 2)),
        entry(station, 10**30, j.BADGE_PRINTED, people[1].id, {"at": "x"},
              j.format_clock(now, 3)),
        entry(station, 52, j.PROGRAMME_SET, j.PROGRAMME_SUBJECT, {"slots": 7},
              j.format_clock(now, 4)),
    ]


def test_crafted_entries_are_refused_by_name_and_the_rest_merged(setting, tmp_path: Path,
                                                                capsys) -> None:
    organiser, room, _, people = setting
    reception.check_in(room, people[2])
    genuine = tmp_path / "room.ckb"
    write_bundle(room, genuine)
    bundle = insider_bundle(genuine, tmp_path / "crafted.ckb", _crafted(room, people),
                            room.sync_key)
    organiser.close()
    assert main(["sync", str(organiser.path), "--in", str(bundle)]) == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "refused: 4" in out
    assert f"of station {room.station_id}" in err
    assert "station.named about a subject of another kind" in err
    assert "checkin.recorded with a bad 'at'" in err
    assert "bad sequence number" in err and "programme.set with a bad 'programme'" in err
    with Event.open(organiser.path) as again:
        assert again.registration(people[2].id).checked_in_at
        assert again.registration(people[0].id).last_name == "Garcia"


def test_a_crafted_line_in_the_folder_blocks_nothing_after_it(setting, tmp_path: Path) -> None:
    organiser, room, _, people = setting
    folder = tmp_path / "shared"
    folder.mkdir()
    bad = _crafted(room, people)[0]
    room.merge([lines.entry_from(bad)])  # in its journal, as a buggy version left it
    reception.check_in(room, people[3])
    FolderSync(room, folder).run_once()
    report = FolderSync(organiser, folder).run_once()
    assert [r.seq for r in report.refused] == [50]
    assert organiser.registration(people[3].id).checked_in_at
    assert organiser.registration(people[0].id).last_name == "Garcia"
    assert FolderSync(organiser, folder).run_once().problems == []
