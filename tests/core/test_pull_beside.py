"""A hub's large pull decoded and checked on a worker thread, in chunks, while the chunks
before go into the journal (`hub.pull_merge`, `overlap.beside`): the same rows, tables,
digest, report and refusals as the pull merged whole on this thread; a chunk made while
the one before is stored; nothing merged when the worker fails or the merge is stopped,
and no worker left behind. Plain Python: the hub's rows are made here, no server."""

import threading
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_created_merge import _a_day, _mix, _tables, mixes

from checkin.core import event as event_module
from checkin.core import journal as j
from checkin.core import stations, storage
from checkin.core.event import Event
from checkin.core.hub import pull_merge
from checkin.core.progress import Cancelled, Stoppable
from checkin.core.sync import merging

CHUNK = 7  # rows: every pull below is several chunks


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


def _pulled(entries: list[j.Entry], texts: dict[int, Any] | None = None
            ) -> list[tuple[Any, ...]]:
    """The entries as the hub hands them over (serial, id, ..., payload text), a row's
    text replaced where `texts` says (by place)."""
    texts = texts or {}
    return [(100 + n, e.id, e.station, e.seq, e.clock, e.kind, e.subject,
             texts.get(n, j.dump(e.payload))) for n, e in enumerate(entries)]


def _pull(path: Path, clock: FakeClock, pulled: list[tuple[Any, ...]],
          monkeypatch: pytest.MonkeyPatch, beside: bool, held: set[str] | None = None
          ) -> tuple[Any, ...]:
    """`pulled` merged into `path`, beside a worker or whole: what `merge_pulled` says,
    with the file's tables and journal rows by id."""
    monkeypatch.setattr(pull_merge, "THREADED", beside)
    monkeypatch.setattr(pull_merge, "FROM", 1)
    monkeypatch.setattr(pull_merge, "CHUNK", CHUNK)
    with Event.open(path, now=clock) as station:
        read, report, unread = pull_merge.merge_pulled(station, pulled, held or set())
        journal = sorted(station.conn.execute(
            "SELECT id, station, seq, clock, kind, subject, payload FROM journal"))
        return (read, report, [str(r) for r in unread], unread, _tables(station), journal,
                station.digest())


def _copies(event: Event, folder: Path) -> dict[bool, Path]:
    """The event as it is now, once to be pulled into whole, once beside."""
    return {beside: _copy(event, folder / f"{beside}.checkin") for beside in (False, True)}


def _both(paths: dict[bool, Path], clock: FakeClock, pulled: list[tuple[Any, ...]],
          monkeypatch: pytest.MonkeyPatch) -> dict[bool, tuple[Any, ...]]:
    return {beside: _pull(path, clock, pulled, monkeypatch, beside)
            for beside, path in paths.items()}


def _copy(event: Event, path: Path) -> Path:
    """The event as it is now, the same station (the same digest once merged alike)."""
    storage.copy_file(event.conn, path)
    return path


def _no_worker_left() -> None:
    assert not [t for t in threading.enumerate() if t.name == "pull-checking"]


def test_a_whole_event_pulled_beside_is_as_pulled_whole(
        event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _copies(event, tmp_path)
    entries = _a_day(event, clock)
    pulled = _pulled(entries)
    assert len(pulled) > 3 * CHUNK
    got = _both(paths, clock, pulled, monkeypatch)
    assert got[True] == got[False]
    read, report, *_, digest = got[True]
    assert read == [e.id for e in entries] and report.new == len(entries)
    assert digest == event.digest()
    _no_worker_left()


def test_rows_held_already_are_passed_over_alike(
        event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A second pull of a file that holds half of the rows (`held`, as `absorb` finds)."""
    paths = _copies(event, tmp_path)
    entries = _a_day(event, clock)
    half = _pulled(entries[: len(entries) // 2])
    got = {}
    for beside, path in paths.items():
        _pull(path, clock, half, monkeypatch, beside=False)
        got[beside] = _pull(path, clock, _pulled(entries), monkeypatch, beside,
                            held={r[1] for r in half})
    assert got[True] == got[False]
    assert got[True][1].new == len(entries) - len(half)
    assert got[True][-1] == event.digest()


def test_hostile_rows_are_refused_alike(event: Event, tmp_path: Path, clock: FakeClock,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Forged (not an id, a station that is no station, a seq that is no number, another
    kind's subject, a bad value), a payload with an open quote or no text, a clock far
    ahead: each refused alone, in the same order, the others merged, either way."""
    paths = _copies(event, tmp_path)
    good = _a_day(event, clock)
    station, far = good[0].station, f"{event.now_millis() + 10**12:013d}.00000"
    subject, at = good[0].subject, good[0].clock
    bad = [j.Entry("x" * 32, station, 1, at, j.CHECKIN_RECORDED, subject, {"at": "T"}),
           j.Entry(j.new_id(), "nothex", 2, at, j.CHECKIN_RECORDED, subject, {"at": "T"}),
           j.Entry(j.new_id(), station, True, at, j.CHECKIN_RECORDED, subject, {"at": "T"}),
           j.Entry(j.new_id(), station, 3, far, j.CHECKIN_RECORDED, subject, {"at": "T"}),
           j.Entry(j.new_id(), station, 4, at, j.CHECKIN_RECORDED, "programme", {"at": "T"}),
           j.Entry(j.new_id(), station, 5, at, j.ATTENDANCE_RECORDED, subject,
                   {"at": "T", "session": 3}),
           j.Entry(j.new_id(), station, 6, at, j.CHECKIN_RECORDED, subject, {"at": "T"}),
           j.Entry(j.new_id(), station, 7, at, j.CHECKIN_RECORDED, subject, {"at": "T"})]
    entries = [*good[:10], *bad[:4], *good[10:40], *bad[4:], *good[40:]]
    place = {e.id: n for n, e in enumerate(entries)}
    pulled = _pulled(entries, {place[bad[6].id]: '{"at":"T}', place[bad[7].id]: None})
    got = _both(paths, clock, pulled, monkeypatch)
    assert got[True] == got[False]
    read, report, unread_text, *_ = got[True]
    assert len(report.refused) == 6 and len(unread_text) == 2
    assert report.new == len(good) and len(read) == len(entries) - 2


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=mixes, data=st.randoms())
def test_any_mix_pulled_beside_is_as_pulled_whole(
        event: Event, tmp_path_factory: pytest.TempPathFactory, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch, ops: list[tuple[str, int, int, int]],
        data: Any) -> None:
    entries = _mix(ops, event.now_millis() - 3_600_000)
    data.shuffle(entries)
    got = _both(_copies(event, tmp_path_factory.mktemp("mix")), clock, _pulled(entries),
                monkeypatch)
    assert got[True] == got[False]


def test_a_chunk_is_checked_while_the_one_before_goes_in(
        event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first chunk's insert and the second chunk's checks meet at a barrier: they
    cannot, one after the other (the barrier breaks after its timeout)."""
    path = _copy(event, tmp_path / "s.checkin")
    pulled = _pulled(_a_day(event, clock))
    meet = threading.Barrier(2, timeout=30)
    inserts, splits = [], []
    insert, split = event_module._insert_sorted, merging.Checks.split_rows

    def inserting(*args: Any, **kwargs: Any) -> Any:
        inserts.append(threading.current_thread().name)
        if len(inserts) == 1:
            meet.wait()
        return insert(*args, **kwargs)

    def splitting(self: merging.Checks, *args: Any) -> Any:
        splits.append(threading.current_thread().name)
        if len(splits) == 2:
            meet.wait()
        return split(self, *args)

    monkeypatch.setattr(event_module, "_insert_sorted", inserting)
    monkeypatch.setattr(merging.Checks, "split_rows", splitting)
    _, report, *_, digest = _pull(path, clock, pulled, monkeypatch, beside=True)
    assert report.new == len(pulled) and digest == event.digest()
    assert set(inserts) == {threading.current_thread().name}
    assert set(splits) == {"pull-checking"} and len(splits) == -(-len(pulled) // CHUNK)
    _no_worker_left()


def test_an_error_on_the_worker_reaches_the_caller_and_merges_nothing(
        event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(event, tmp_path / "s.checkin")
    pulled = _pulled(_a_day(event, clock))
    split, calls = merging.Checks.split_rows, []

    def failing(self: merging.Checks, *args: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the worker failed")
        return split(self, *args)

    monkeypatch.setattr(merging.Checks, "split_rows", failing)
    with Event.open(path, now=clock) as station:
        before = (_tables(station), station.digest(), len(station.entries()))
    with pytest.raises(RuntimeError, match="the worker failed"):
        _pull(path, clock, pulled, monkeypatch, beside=True)
    with Event.open(path, now=clock) as station:
        assert (_tables(station), station.digest(), len(station.entries())) == before
    _no_worker_left()


def test_a_stop_merges_nothing_and_leaves_no_worker(
        event: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(event, tmp_path / "s.checkin")
    pulled = _pulled(_a_day(event, clock))
    monkeypatch.setattr(pull_merge, "THREADED", True)
    monkeypatch.setattr(pull_merge, "FROM", 1)
    monkeypatch.setattr(pull_merge, "CHUNK", CHUNK)
    inside: list[int] = []

    def stop_after_two_chunks(done: int, total: int, stage: Any) -> None:
        if done >= CHUNK:  # two chunks in (the steps say half of the rows stored)
            inside.append(station.conn.execute("SELECT count(*) FROM journal").fetchone()[0])
            progress.stop()

    progress = Stoppable(stop_after_two_chunks)
    with Event.open(path, now=clock) as station:
        before = (_tables(station), station.digest(), len(station.entries()))
        with pytest.raises(Cancelled):
            pull_merge.merge_pulled(station, pulled, set(), progress)
        assert inside and inside[0] >= before[2] + 2 * CHUNK  # two chunks had gone in
        assert (_tables(station), station.digest(), len(station.entries())) == before
    _no_worker_left()
