"""Bundles read and checked on a worker thread, in chunks, while the chunks before go into
the journal (`sync.bundle`, `overlap.beside`): the same event as reading each bundle whole
on this thread, nothing merged when a bundle is refused or the merge stopped, and no
worker left behind."""

import gzip
import json
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeClock, sealed_bundle

from checkin.core import event as event_module
from checkin.core import journal as j
from checkin.core import overlap, reception, stations
from checkin.core import rooms as workshops
from checkin.core.event import Event
from checkin.core.progress import Cancelled, Stage, Stoppable
from checkin.core.sync import BundleError, bundle, lines, merge_bundles, write_bundle

CHUNK = 7  # lines: each bundle below is several chunks


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture
def beside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "THREADED", True)
    monkeypatch.setattr(bundle, "FROM", 1)
    monkeypatch.setattr(bundle, "CHUNK", CHUNK)


@pytest.fixture
def rooms(event: Event, tmp_path: Path, clock: FakeClock) -> Iterator[list[Path]]:
    """Two stations' bundles of a day: people new to the event walk in, are checked in,
    edited, undone, in entries spread over several chunks of each bundle."""
    known = [reception.walk_in(event, {"last_name": f"Connu{n}", "first_name": "Ana"},
                               sessions=("A",), check_in_now=False)[0] for n in range(6)]
    paths = []
    for k in range(2):
        with Event.open(stations.clone(event, tmp_path / f"room{k}.checkin", f"Salle {k}"),
                        now=clock) as room:
            for n in range(8):
                clock.advance(seconds=7)
                who, _ = reception.walk_in(room, {"last_name": f"Nouveau{k}-{n}",
                                                  "first_name": "Léo"}, sessions=("B",),
                                           check_in_now=n % 2 == 0)
                reg = room.registration(known[(n + k) % len(known)].id)
                reception.check_in(room, reg)
                if n % 3 == 0:
                    reception.undo_check_in(room, room.registration(reg.id))
                reception.edit(room, room.registration(who.id), {"organisation": f"Org {n}"})
            paths.append(tmp_path / f"room{k}.ckb")
            write_bundle(room, paths[-1], station=room.station_id)
    yield paths


def _contents(event: Event) -> dict[str, Any]:
    tables = ("journal", "registrations", "choices", "checkins", "attendance")
    return {t: sorted(event.conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in tables} | {"digest": event.digest()}


def _copies(event: Event, tmp_path: Path, count: int) -> list[Path]:
    from checkin.core import storage
    paths = [tmp_path / f"copy{n}.checkin" for n in range(count)]
    for p in paths:
        storage.copy_file(event.conn, p)
    return paths


def _no_worker_left(interval: float) -> None:
    assert not [t for t in threading.enumerate() if t.name == "bundle-reading"]
    assert sys.getswitchinterval() == interval


def test_read_beside_in_chunks_the_event_is_the_same(
        event: Event, rooms: list[Path], tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    lines_read = sum(len(gzip.decompress(p.read_bytes()).splitlines()) - 1 for p in rooms)
    assert lines_read > 4 * CHUNK
    here, there = _copies(event, tmp_path, 2)
    with Event.open(here, now=clock) as ev:
        monkeypatch.setattr(bundle, "THREADED", False)
        whole = merge_bundles(ev, rooms)
        expected = _contents(ev)
    with Event.open(there, now=clock) as ev:
        monkeypatch.setattr(bundle, "THREADED", True)
        monkeypatch.setattr(bundle, "FROM", 1)
        monkeypatch.setattr(bundle, "CHUNK", CHUNK)
        chunked = merge_bundles(ev, rooms)
        assert _contents(ev) == expected
        ev.rebuild()
        assert ev.digest() == expected["digest"]
    assert chunked == whole and whole.entries == lines_read and whole.new > 0


def test_the_next_chunk_is_read_while_the_one_before_goes_in(
        event: Event, rooms: list[Path], beside: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Both sides wait at one barrier: the journal's first insert for the second chunk's
    reading. Read after the insert, as on one thread, the barrier would time out."""
    meet = threading.Barrier(2, timeout=20)
    stored, read = event_module._insert_sorted, bundle._entries
    met: dict[str, str] = {}

    def insert(conn: sqlite3.Connection, rows: list[j.Row], last: int,
               statements: bool = False) -> set[str]:
        if "insert" not in met:
            met["insert"] = threading.current_thread().name
            meet.wait()
        return stored(conn, rows, last, statements)

    def entries(path: Path, header: dict[str, Any], texts: list[str],
                first: int = 0) -> list[j.Entry]:
        if path == rooms[0] and first == CHUNK:
            met["read"] = threading.current_thread().name
            meet.wait()
        return read(path, header, texts, first)

    monkeypatch.setattr(event_module, "_insert_sorted", insert)
    monkeypatch.setattr(bundle, "_entries", entries)
    assert merge_bundles(event, rooms).new > 0
    assert met == {"insert": threading.current_thread().name, "read": "bundle-reading"}



@pytest.fixture
def late_walk_in(event: Event, tmp_path: Path, clock: FakeClock) -> Path:
    """A room's bundle: check-ins, undos, edits and workshop scans of people the event
    knows, over several chunks, then a person new to the event, checked in and scanned."""
    known = [reception.walk_in(event, {"last_name": f"Connu{n}", "first_name": "Ana"},
                               sessions=("A",), check_in_now=False)[0] for n in range(6)]
    with Event.open(stations.clone(event, tmp_path / "room.checkin", "Salle"),
                    now=clock) as room:
        clock.set(14, 5)
        for n in range(4 * CHUNK):
            clock.advance(seconds=7)
            reg = room.registration(known[n % len(known)].id)
            if n % 4 == 0:
                reception.check_in(room, reg)
            elif n % 4 == 1:
                workshops.attend(room, "A", reg)
            elif n % 4 == 2:
                reception.undo_check_in(room, reg)
            else:
                reception.edit(room, reg, {"organisation": f"Org {n}"})
        who, _ = reception.walk_in(room, {"last_name": "Tardif", "first_name": "Léo"},
                                   sessions=("A",), check_in_now=True)
        workshops.attend(room, "A", room.registration(who.id))
        path = tmp_path / "room.ckb"
        write_bundle(room, path, station=room.station_id)
    return path


def test_the_first_bundle_is_read_in_chunks_that_start_small(
        event: Event, late_walk_in: Path, rooms: list[Path], beside: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first bundle's first chunk is FIRST_CHUNK lines (the calling thread waits for
    it, idle), then each twice the one before up to CHUNK; the next bundle's are read
    while the first goes in: CHUNK lines from its start. Every line read once, in order."""
    monkeypatch.setattr(bundle, "FIRST_CHUNK", 2)
    read, parts = bundle._entries, []

    def entries(path: Path, header: dict[str, Any], texts: list[str],
                first: int = 0) -> list[j.Entry]:
        parts.append((path, first, len(texts)))
        return read(path, header, texts, first)

    monkeypatch.setattr(bundle, "_entries", entries)
    merge_bundles(event, [late_walk_in, rooms[0]])
    for path, start in ((late_walk_in, [2, 4, CHUNK]), (rooms[0], [CHUNK] * 3)):
        sizes = [size for p, _, size in parts if p == path]
        assert sizes[:3] == start and set(sizes[2:-1]) == {CHUNK}
        assert [f for p, f, _ in parts if p == path] == [sum(sizes[:n])
                                                         for n in range(len(sizes))]
        assert sum(sizes) == len(_texts(path))


def _texts(path: Path) -> list[str]:
    return gzip.decompress(path.read_bytes()).decode().splitlines()[1:]


def test_a_bad_line_in_a_later_chunk_is_named_and_nothing_merged(
        event: Event, rooms: list[Path], tmp_path: Path, beside: None) -> None:
    texts = _texts(rooms[1])
    texts[2 * CHUNK + 3] = "{not json"
    bad = sealed_bundle(event, tmp_path / "bad.ckb", texts)
    before = _contents(event)
    interval = sys.getswitchinterval()
    with pytest.raises(BundleError, match=f"line {2 * CHUNK + 5}: not JSON; nothing merged"):
        merge_bundles(event, [rooms[0], bad])
    assert _contents(event) == before
    _no_worker_left(interval)


@pytest.mark.parametrize("damage", ["forged", "other event", "truncated"])
def test_a_refused_bundle_after_others_merges_nothing(
        event: Event, rooms: list[Path], tmp_path: Path, beside: None, damage: str) -> None:
    bad = tmp_path / "bad.ckb"
    head, _, body = gzip.decompress(rooms[1].read_bytes()).partition(b"\n")
    header = json.loads(head)
    if damage == "forged":
        body = body.replace(b"Nouveau1-5", b"Nouveau1-9")
    elif damage == "other event":
        header["event_id"] = "0" * 32
    data = gzip.compress(json.dumps(header).encode() + b"\n" + body)
    bad.write_bytes(data[:-20] if damage == "truncated" else data)
    before = _contents(event)
    interval = sys.getswitchinterval()
    with pytest.raises(BundleError, match="nothing merged"):
        merge_bundles(event, [rooms[0], bad])
    assert _contents(event) == before
    _no_worker_left(interval)


def test_an_entry_far_ahead_in_a_later_chunk_is_refused_alone(
        event: Event, rooms: list[Path], tmp_path: Path, clock: FakeClock,
        beside: None) -> None:
    texts = _texts(rooms[0])
    entry = lines.decode(texts[CHUNK + 2])
    far = j.format_clock(j.parse_clock(entry.clock)[0] + 10 * j.MAX_AHEAD_MILLIS, 0)
    ahead = j.Entry(entry.id, entry.station, entry.seq, far, entry.kind, entry.subject,
                    entry.payload)
    texts[CHUNK + 2] = lines.encode(ahead)
    report = merge_bundles(event, [sealed_bundle(event, tmp_path / "far.ckb", texts), rooms[1]])
    assert [(r.station, r.seq) for r in report.refused] == [(entry.station, entry.seq)]
    assert report.new == report.entries - 1 - 2  # and the two STATION_NAMED held already
    assert entry.id not in {e.id for e in event.entries()}


def test_a_stop_while_the_worker_reads_merges_nothing_and_ends_it(
        event: Event, rooms: list[Path], beside: None) -> None:
    before = _contents(event)
    interval = sys.getswitchinterval()
    inside: list[int] = []

    def stop_at_the_second_bundle(done: int, total: int, what: Stage) -> None:
        if what is Stage.BUNDLES and done == 1:
            inside.append(len(event.entries()))
            progress.stop()

    progress = Stoppable(stop_at_the_second_bundle)
    with pytest.raises(Cancelled):
        merge_bundles(event, rooms, progress)
    assert inside and inside[0] > len(before["journal"])  # the first bundle had gone in
    assert _contents(event) == before
    _no_worker_left(interval)
    assert merge_bundles(event, rooms).new > 0


def test_an_id_repeated_across_chunks_keeps_the_last_as_a_whole_bundle_does(
        event: Event, rooms: list[Path], tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle (sealed by a station of the event, yet not as checkin writes one) holding
    one id twice, in two chunks: the journal holds its last, as when read whole."""
    texts = _texts(rooms[0])
    at = next(n for n, t in enumerate(texts) if lines.decode(t).kind == j.REGISTRATION_EDITED)
    assert at < CHUNK
    first = lines.decode(texts[at])
    twice = j.Entry(first.id, first.station, first.seq, first.clock, first.kind,
                    first.subject, {"fields": {"organisation": "Encore"}})
    texts.append(lines.encode(twice))
    repeated = sealed_bundle(event, tmp_path / "twice.ckb", texts)
    here, there = _copies(event, tmp_path, 2)
    with Event.open(here, now=clock) as ev:
        monkeypatch.setattr(bundle, "THREADED", False)
        merge_bundles(ev, [repeated, rooms[1]])
        expected = _contents(ev)
    assert [json.loads(r[6]) for r in expected["journal"] if r[0] == first.id] == [
        twice.payload]
    with Event.open(there, now=clock) as ev:
        monkeypatch.setattr(bundle, "THREADED", True)
        monkeypatch.setattr(bundle, "FROM", 1)
        monkeypatch.setattr(bundle, "CHUNK", CHUNK)
        merge_bundles(ev, [repeated, rooms[1]])
        assert _contents(ev) == expected


@pytest.mark.parametrize(("cores", "load", "free"), [
    (2, 0.3, True), (2, 1.4, True), (2, 1.6, False), (2, 3.5, False), (1, 0.0, False),
    (4, 3.4, True), (4, 3.6, False)])
def test_a_worker_reads_only_where_a_core_is_free(
        event: Event, rooms: list[Path], monkeypatch: pytest.MonkeyPatch,
        cores: int, load: float, free: bool) -> None:
    monkeypatch.setattr(overlap.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(overlap.os, "getloadavg", lambda: (load, load, load))
    assert overlap.core_free() is free
    monkeypatch.setattr(bundle, "THREADED", None)
    monkeypatch.setattr(bundle, "FROM", 1)
    asked: list[bool] = []
    made_beside = overlap.beside

    def beside(made: Iterator[Any], threaded: bool, name: str = "") -> Iterator[Any]:
        asked.append(threaded)
        return made_beside(made, threaded, name)

    monkeypatch.setattr(overlap, "beside", beside)
    assert merge_bundles(event, rooms).new > 0
    assert asked == [free]


@pytest.mark.parametrize(("cores", "free"), [(2, True), (1, False)])
def test_without_a_load_average_the_cores_decide(monkeypatch: pytest.MonkeyPatch,
                                                  cores: int, free: bool) -> None:
    """Windows has no os.getloadavg: the merge still runs, reading beside on two cores."""
    monkeypatch.setattr(overlap.os, "cpu_count", lambda: cores)
    monkeypatch.delattr(overlap.os, "getloadavg")
    assert overlap.core_free() is free
