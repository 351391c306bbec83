"""Merging, as a property: stations working apart, then syncing in any order and grouping,
all end with the same `checkin stats --json` and with every entry made anywhere."""

import contextlib
import csv
import datetime as dt
import io
import json
import tempfile
from pathlib import Path

import pytest
from helpers import DATA, FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.cli import main
from checkin.core import journal as j
from checkin.core import projection_delta, reception, stations, storage
from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme
from checkin.core.sync import bundle, merge_bundles, write_bundle

with (DATA / "occitanie-2022-inscriptions.csv").open(encoding="utf-8") as _f:
    _HEADER, *_ROWS = list(csv.reader(_f))
_ROWS = _ROWS[:40]
SESSIONS = ("A", "B", "C", "D", "E", "F")

# An operation: (station, kind, a number to pick a person or a row, another number).
KINDS = ("checkin", "undo", "walkin", "edit", "attend", "unattend", "cancel", "import",
         "sync", "wait", "print", "ticket")
operations = st.lists(st.tuples(st.integers(0, 4), st.sampled_from(KINDS),
                                st.integers(0, 10_000), st.integers(0, 10_000)),
                      min_size=1, max_size=40)


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "property-laptop")


@pytest.fixture(autouse=True, params=["python", "sql"])
def members_folded_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of adding a merge's set members: from Python, and (from SQL_FROM entries,
    here from the first) by SQLite from the journal's new rows; with the latter, bundles
    read on a worker in chunks of 3 lines (sync.bundle: each read whole otherwise)."""
    monkeypatch.setattr(bundle, "THREADED", request.param == "sql")
    if request.param == "sql":
        monkeypatch.setattr(projection_delta, "SQL_FROM", 0)
        monkeypatch.setattr(bundle, "FROM", 1)
        monkeypatch.setattr(bundle, "CHUNK", 3)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(_HEADER)
        writer.writerows(rows)
    return path


class World:
    """An organiser file cloned into stations, each with its own (skewed) clock."""

    def __init__(self, root: Path, count: int, skews: list[int]) -> None:
        self.root = root
        self.clocks = [FakeClock(dt.datetime(2022, 12, 8, 9, 0, tzinfo=dt.UTC)
                                 + dt.timedelta(minutes=s)) for s in skews[:count]]
        organiser = Event.create(root / "org.checkin", load_programme(DATA /
                                 "occitanie-2022.toml"), station_name="Organisation",
                                 now=self.clocks[0])
        plan = plan_import(_csv(root / "first.csv", _ROWS[:8]), organiser.programme, [])
        organiser.append(plan.entries)
        self.events = [organiser]
        for k in range(1, count):
            path = stations.clone(organiser, root / f"s{k}.checkin", f"Station {k}")
            self.events.append(Event.open(path, now=self.clocks[k]))
        self.bundles = 0

    def close(self) -> None:
        for ev in self.events:
            ev.close()

    def do(self, k: int, kind: str, a: int, b: int) -> None:
        ev = self.events[k % len(self.events)]
        clock = self.clocks[k % len(self.events)]
        clock.advance(seconds=1 + b % 600)
        people = sorted(ev.registrations(), key=lambda r: r.id)
        reg = people[a % len(people)] if people else None
        if kind == "checkin" and reg:
            reception.check_in(ev, reg)
        elif kind == "undo" and reg:
            reception.undo_check_in(ev, reg)
        elif kind == "walkin":
            reception.walk_in(ev, {"last_name": f"Walk{a}", "first_name": "Zoé"},
                              sessions=(SESSIONS[b % 3],), check_in_now=bool(b % 2))
        elif kind == "edit" and reg:
            reception.edit(ev, reg, {"organisation": f"Org {b}"},
                           sessions=(SESSIONS[a % 3], SESSIONS[3 + b % 3]) if a % 2 else None)
        elif kind == "attend" and reg:
            flags = {"flags": ["late", "full"][: b % 3]} if b % 4 else {}
            ev.append([j.NewEntry(j.ATTENDANCE_RECORDED, reg.id, {
                "session": SESSIONS[b % 6], "at": ev.timestamp(),
                "station_name": ev.station_name, **flags})])
        elif kind == "print" and reg:  # some without a station name: the station's id
            named = {"station_name": ev.station_name} if b % 2 else {}
            ev.append([j.NewEntry(j.BADGE_PRINTED, reg.id, {"at": ev.timestamp(), **named})])
        elif kind == "ticket" and reg:
            ev.append([j.NewEntry(j.TICKET_SENT, reg.id, {
                "at": ev.timestamp(), "station_name": ev.station_name,
                "email": f"p{b}@example.org"})])
        elif kind == "unattend" and reg:
            mine = [e for e in ev.entries(reg.id) if e.kind == j.ATTENDANCE_RECORDED]
            if mine:
                ev.append([j.NewEntry(j.ATTENDANCE_UNDONE, reg.id,
                                      {"entry": mine[b % len(mine)].id})])
        elif kind == "cancel" and reg:
            reception.set_cancelled(ev, reg, not reg.cancelled)
        elif kind == "import":
            self._import(ev, a, b)
        elif kind == "sync":
            self.exchange([(a % len(self.events), k % len(self.events))])

    def _import(self, ev: Event, a: int, b: int) -> None:
        start = a % len(_ROWS)
        rows = [list(r) for r in _ROWS[start:start + 3]]
        for row in rows[: b % 2 + 1]:
            row[4] = f"{row[4]} ({b})"  # a changed organisation: an update
        plan = plan_import(_csv(self.root / f"import-{a}-{b}.csv", rows), ev.programme,
                           ev.registrations())
        ev.append(plan.entries)

    def exchange(self, pairs: list[tuple[int, ...]]) -> None:
        """Each tuple: destination first, then the stations whose bundles it merges."""
        for dst, *sources in pairs:
            paths = []
            for src in sources:
                self.bundles += 1
                path = self.root / f"b{self.bundles}.ckb"
                write_bundle(self.events[src], path)
                paths.append(path)
            merge_bundles(self.events[dst], paths)


def _stats_json(path: Path) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["stats", str(path), "--json"]) == 0
    return json.loads(out.getvalue())


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(count=st.integers(3, 5), skews=st.lists(st.integers(-45, 45), min_size=5, max_size=5),
       ops=operations, order=st.randoms(use_true_random=False))
@pytest.mark.slow
def test_any_sync_order_ends_in_the_same_state_everywhere(count, skews, ops, order) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp), count, skews)
        try:
            for op in ops:
                world.do(*op)
            made = set().union(*({e.id for e in ev.entries()} for ev in world.events))
            # Random groupings: a random station gathers bundles from random others,
            # round after round, until everyone has been through one gatherer; then the
            # gatherer's knowledge goes back out, again in random order and groups.
            n = len(world.events)
            left = list(range(n))
            order.shuffle(left)
            hub = left.pop()
            while left:
                group = [left.pop() for _ in range(min(len(left), order.randint(1, 3)))]
                world.exchange([(hub, *group)])
            back = [k for k in range(n) if k != hub]
            order.shuffle(back)
            for k in back:
                world.exchange([(k, hub, *order.sample(range(n), order.randint(0, 2)))])
            # Everything made anywhere is everywhere; every file states the same.
            for ev in world.events:
                assert {e.id for e in ev.entries()} == made
            world.close()
            stats = [_stats_json(ev.path) for ev in world.events]
            assert all(s == stats[0] for s in stats)
            assert stats[0]["journal_entries"] == len(made)
            # And it is what the journal alone says, whatever order it arrived in.
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                assert main(["stats", str(world.events[-1].path), "--rebuild", "--json"]) == 0
            assert json.loads(out.getvalue())["digest"] == stats[0]["digest"]
        finally:
            world.close()


@settings(max_examples=10, deadline=None)
@given(ops=operations, order=st.randoms(use_true_random=False))
@pytest.mark.slow
def test_merging_one_by_one_or_all_at_once_gives_the_same_result(ops, order) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp), 4, [0, 20, -20, 5])
        try:
            for op in ops:
                world.do(*op)
            entries = [e for ev in world.events[1:] for e in ev.entries()]
            order.shuffle(entries)
            target = world.events[0]
            storage.copy_file(target.conn, Path(tmp) / "twin.checkin")
            cut = order.randint(0, len(entries))
            for e in entries[:cut]:  # one by one, in a random order
                target.merge([e])
            target.merge(entries[cut:])  # the rest in one go
            with Event.open(Path(tmp) / "twin.checkin") as twin:
                twin.merge(sorted(entries, key=lambda e: e.order))  # all at once, in order
                assert twin.digest() == target.digest()
            once = target.digest()
            target.rebuild()
            assert target.digest() == once
        finally:
            world.close()
