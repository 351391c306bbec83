"""`merging.merge_rows` (the hub's pull: journal rows and their decoded payloads, no
Entry made for each) merges as `merge_entries` does the same entries: the same
projections (every table, the digest, as `projection.rebuild` makes them), the same
refusals, the same report; on a whole event pulled, on any mix, and on hostile rows."""

import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_created_merge import _a_day, _as_rebuilt, _mix, _tables, mixes

from checkin.core import created_merge, stations
from checkin.core import event as event_module
from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.sync.merging import MergeReport, merge_entries, merge_rows


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


def _rows(entries: list[j.Entry]) -> tuple[list[j.Row], list[Any]]:
    """The entries as a hub's pull hands them over (`peer_rows.peer_rows`)."""
    return ([(e.id, e.station, e.seq, e.clock, e.kind, e.subject, j.dump(e.payload))
             for e in entries], [e.payload for e in entries])


def _clones(event: Event, folder: Path) -> dict[str, Path]:
    """Two stations of `event` as it is now, for `_both`."""
    return {name: stations.clone(event, folder / f"{name}.checkin", f"{name} {folder.name}")
            for name in ("entries", "rows")}


def _both(clones: dict[str, Path], clock: FakeClock, entries: list[j.Entry],
          monkeypatch: pytest.MonkeyPatch, fast_from: int = 0
          ) -> dict[str, tuple[MergeReport, dict[str, Any]]]:
    """`entries` merged into the two `clones`, by merge_entries (folded in Python) and
    merge_rows (its rows path from `fast_from` rows): each report and projections."""
    got = {}
    for name, path in clones.items():
        monkeypatch.setattr(created_merge, "FROM", fast_from if name == "rows" else sys.maxsize)
        with Event.open(path, now=clock) as station:
            report = (merge_entries(station, entries) if name == "entries"
                      else merge_rows(station, *_rows(entries)))
            got[name] = (report, {**_tables(station), "stations": []})  # named apart
            _as_rebuilt(station)
    return got


def test_a_whole_event_merges_as_its_entries_do(event: Event, tmp_path: Path,
                                                 clock: FakeClock,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    clones = _clones(event, tmp_path)
    entries = _a_day(event, clock)
    assert len(entries) >= created_merge.FROM
    got = _both(clones, clock, entries, monkeypatch, created_merge.FROM)
    assert got["rows"] == got["entries"]
    assert got["rows"][0].new == len(entries) and not got["rows"][0].refused
    assert got["rows"][1] == {**_tables(event), "stations": []}


@pytest.mark.parametrize("read_whole", [True, False])
def test_a_row_merged_twice_is_new_once(event: Event, tmp_path: Path, clock: FakeClock,
                                         monkeypatch: pytest.MonkeyPatch,
                                         read_whole: bool) -> None:
    """Some of the people held already: told from the new ones whichever way the journal
    is asked (its subjects read whole, or looked up)."""
    path = stations.clone(event, tmp_path / "s.checkin", "S")
    entries = _a_day(event, clock)
    monkeypatch.setattr(created_merge, "FROM", 0)
    monkeypatch.setattr(event_module, "_MANY_SUBJECTS", 0 if read_whole else sys.maxsize)
    with Event.open(path, now=clock) as s:
        half = entries[: len(entries) // 2]
        assert merge_rows(s, *_rows(half)).new == len(half)
        report = merge_rows(s, *_rows(entries + half))  # some held, one repeated
        assert report.new == len(entries) - len(half)
        assert s.digest() == event.digest()
        _as_rebuilt(s)


@pytest.mark.parametrize("read_whole", [True, False])
def test_the_subjects_the_journal_knows_are_found_either_way(
        event: Event, clock: FakeClock, monkeypatch: pytest.MonkeyPatch,
        read_whole: bool) -> None:
    entries = _a_day(event, clock)
    asked = [e.subject for e in entries] + [j.new_id() for _ in range(50)]
    assert event._last_rowid() <= 3 * len(asked)  # within reach of reading it whole
    monkeypatch.setattr(event_module, "_MANY_SUBJECTS", 0 if read_whole else sys.maxsize)
    known = event._known_subjects(asked)
    assert known == {e.subject for e in entries}
    assert event._known_subjects(asked[-50:]) == set()


def test_hostile_rows_are_refused_as_entries_are(event: Event, tmp_path: Path,
                                                 clock: FakeClock,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    clones = _clones(event, tmp_path)
    good = _a_day(event, clock)
    station, far = good[0].station, f"{event.now_millis() + 10**12:013d}.00000"
    bad = [j.Entry("x" * 32, station, 1, good[0].clock, j.CHECKIN_RECORDED, good[0].subject,
                   {"at": "T"}),  # not an id
           j.Entry(j.new_id(), "nothex", 2, good[0].clock, j.CHECKIN_RECORDED,
                   good[0].subject, {"at": "T"}),
           j.Entry(j.new_id(), station, True, good[0].clock, j.CHECKIN_RECORDED,
                   good[0].subject, {"at": "T"}),  # a seq that is no number
           j.Entry(j.new_id(), station, 3, far, j.CHECKIN_RECORDED, good[0].subject,
                   {"at": "T"}),  # a clock far ahead
           j.Entry(j.new_id(), station, 4, good[0].clock, j.CHECKIN_RECORDED, "programme",
                   {"at": "T"}),  # about a subject of another kind
           j.Entry(j.new_id(), station, 5, good[0].clock, j.ATTENDANCE_RECORDED,
                   good[0].subject, {"at": "T", "session": 3}),  # a bad value
           j.Entry(j.new_id(), station, 6, good[0].clock, j.CHECKIN_RECORDED,
                   good[0].subject, [1, 2])]  # type: ignore[arg-type]  # not an object
    got = _both(clones, clock, [*good[:500], *bad, *good[500:]], monkeypatch)
    assert got["rows"] == got["entries"]
    assert len(got["rows"][0].refused) == len(bad)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=mixes, data=st.randoms())
def test_any_mix_merges_as_its_entries_do(
        event: Event, tmp_path_factory: pytest.TempPathFactory, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch, ops: list[tuple[str, int, int, int]],
        data: Any) -> None:
    clones = _clones(event, tmp_path_factory.mktemp("mix"))
    entries = _mix(ops, event.now_millis() - 3_600_000)
    data.shuffle(entries)
    got = _both(clones, clock, entries, monkeypatch)
    assert got["rows"] == got["entries"]
