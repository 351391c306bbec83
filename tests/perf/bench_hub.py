"""Benchmark: the PostgreSQL hub. Needs a server: CHECKIN_TEST_PG (see tests/hub).

Run: uv run python tests/perf/bench_hub.py [--entries N]
     uv run python tests/perf/run.py --only hub

A station's file with N journal entries (registrations, check-ins, attendance) pushes
them to an empty hub (read from the file, COPY straight into the event's table, marked
sent), and another station's file that lacks them pulls them (SELECT by serial, each
entry checked, merged and folded; and that pull less its merge, `merge_pulled`: the rows
made (`peer_rows`), their checks and the merge engine, which a large pull runs together,
chunk by chunk, beside a worker thread). Baselines in the same run, on the same server and
rows: a bare COPY into a table with the same primary key, and a bare SELECT of those
rows with an INSERT OR IGNORE into a SQLite table with the same key. The push and the
bare COPY are then made again in turns (`PUSH_ROUNDS` times each, the hub's table
emptied and the file as it was before its first push): on a shared machine one of each
can differ by half, so the figures are the medians of the rounds.

The bare COPY (the push's baseline) has its rows in memory already and sends them as
text (psycopg's `write_row`) into a plain table with the same primary key, then
commits. The push does more: it reads the rows from the event file, pulls first under
the event's lock, sends them as binary COPY into the event's partition (whose serial
is drawn by default and indexed for pulls), notifies the other stations, and records
in the file, with its syncs, which ids the hub holds. Its binary COPY is also put
beside a bare binary COPY of the same rows (made in the same turns), the fastest bare
COPY there is here. Then check-in ->
visible at another station: one station checks in and syncs, another runs `checkin sync
--hub --every 60` in its own process (woken by NOTIFY); beside a bare NOTIFY round trip.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests/perf"))
import psycopg  # noqa: E402
from bench_merge import make_organiser  # noqa: E402
from common import Fixtures, Row, like_event_file, median_ms, p95_ms  # noqa: E402
from helpers import FakeClock  # noqa: E402
from psycopg import conninfo, sql  # noqa: E402

from checkin.core import created_merge, reception, stations  # noqa: E402
from checkin.core import journal as j  # noqa: E402
from checkin.core.event import Event  # noqa: E402
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub  # noqa: E402
from checkin.core.hub import sync as hub_sync  # noqa: E402
from checkin.core.hub.schema import EventInfo, entries_table  # noqa: E402

LATENCY_CHECKINS = 40
PUSH_ROUNDS = 4  # pushes and bare COPYs timed in turns, beside the first push
PULL_TURNS = 2  # pulls with created_merge and without, in turns, after the first pull


def _database(base: str) -> tuple[str, str]:
    name = "checkin_bench_" + secrets.token_hex(4)
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    params = {k: str(v) for k, v in conninfo.conninfo_to_dict(base).items()}
    return name, conninfo.make_conninfo(**{**params, "dbname": name})


def _drop(base: str, name: str) -> None:
    with psycopg.connect(base, autocommit=True) as admin:
        try:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                          .format(sql.Identifier(name)))
        except psycopg.errors.InsufficientPrivilege:  # a station's session still open
            print(f"bench_hub: database {name} left behind", file=sys.stderr)


def make_files(work: Path, entries: int) -> tuple[Path, Path]:
    """A station's file holding about `entries` entries, and one of the same event
    holding only the programme (made before the registrations)."""
    clock = FakeClock()
    registrations = entries // 2
    with make_organiser(work / "full.checkin", 0, clock) as event:
        event.close()
    shutil.copy(work / "full.checkin", work / "empty.checkin")
    with Event.open(work / "full.checkin", now=clock) as event:
        fresh = make_organiser(work / "tmp.checkin", registrations, clock)
        created = [e for e in fresh.entries() if e.kind == j.REGISTRATION_CREATED]
        fresh.close()
        event.merge(created)
        rng = random.Random(3)
        ids = [e.subject for e in created]
        new = []
        while len(new) < entries - registrations:
            reg = rng.choice(ids)
            new.append(j.NewEntry(j.CHECKIN_RECORDED, reg, {"at": "2022-12-08T09:40:00"}))
            new.append(j.NewEntry(j.ATTENDANCE_RECORDED, reg,
                                  {"session": rng.choice("ABCDEF"),
                                   "at": "2022-12-08T14:05:00"}))
        new = new[:entries - registrations]
        for start in range(0, len(new), 1000):  # a day's pace: the clock moves on
            clock.advance(seconds=2)
            event.append(new[start:start + 1000])
    return work / "full.checkin", work / "empty.checkin"


def measure(base: str, entries: int, work: Path) -> dict[str, Any]:
    name, url = _database(base)
    try:
        owner, password = HubAddress.parse(url)
        init_hub(owner, password)
        full, empty = make_files(work, entries)
        shutil.copy(full, work / "unsynced.checkin")  # the file before its first push
        shutil.copy(empty, work / "lacking.checkin")  # for the pulls in turns
        m: dict[str, Any] = {}
        with Event.open(full, now=FakeClock()) as a, Event.open(empty) as b:
            access = add_event(owner, password, EventInfo.of(a))
            event_id = a.event_id
            sync_a = HubSync(a, access.address, access.password)
            sync_a.link.open()
            rows = a.conn.execute("SELECT id, station, seq, clock, kind, subject, payload"
                                  " FROM journal").fetchall()
            m["entries"] = len(rows)
            t0 = time.perf_counter()
            pushed = sync_a.run_once().pushed
            m["push"] = time.perf_counter() - t0
            assert pushed == len(rows)
            merging, _ = _timed(hub_sync, "merge_pulled")
            t0 = time.perf_counter()
            sync_b = HubSync(b, access.address, access.password)
            report = sync_b.run_once()
            m["pull"] = time.perf_counter() - t0
            m["merge"] = merging()
            m["pull_own"] = m["pull"] - m["merge"]  # the hub's part: less the shared merge
            assert report.new == len(rows) - 2 and a.digest() == b.digest(), report
            stations.clone(a, work / "late.checkin", "Bench C")
            with Event.open(work / "late.checkin") as c:
                sync_c = HubSync(c, access.address, access.password)
                t0 = time.perf_counter()
                late = sync_c.run_once()
                m["late"] = time.perf_counter() - t0
                assert late.new == 0 and late.waiting == 0 and c.digest() == a.digest()
                sync_c.close()
            m.update(_pull_turns(work, access, a.digest()))
            sync_a.close()
            sync_b.close()
        copy, m["select"], m["copy_shaped"] = _baselines(owner, password, rows, work)
        m.update(_latency(full, empty, access, owner, password))
        # last: they empty the event's table
        rounds = _push_rounds(owner, password, access, event_id, rows, work)
        pushes, copies = [m["push"], *rounds["push"]], [copy, *rounds["copy"]]
        m["push"], m["copy"] = statistics.median(pushes), statistics.median(copies)
        m["push_ratios"] = [round(p / c, 2) for p, c in zip(pushes, copies, strict=True)]
        m["copy_binary"] = statistics.median(rounds["copy_binary"])
        m["push_rounds"] = statistics.median(rounds["push"])
        m["push_cpu"] = statistics.median(rounds["push_cpu"])
        m["copy_cpu"] = statistics.median(rounds["copy_cpu"])
    finally:
        _drop(base, name)
    return m


def _pull_turns(work: Path, access: Any, digest: str) -> dict[str, float]:
    """The pull into a file lacking the entries, with a merge's new people made by SQLite
    (`created_merge`) and folded in Python as before it, `PULL_TURNS` times each in turns
    (ABBA): medians of their time and CPU (this process: the server's part is the same
    SELECT), and of their merge's (`merge_pulled`: rows made, checked, merged). The same
    projections (`digest`)."""
    got: dict[str, list[float]] = {}
    for n in range(PULL_TURNS):
        for folded in ((True, False) if n % 2 == 0 else (False, True)):
            name = "folded" if folded else "sql"
            for key, value in _pull_once(work, access, digest, folded).items():
                got.setdefault(f"{name}_{key}", []).append(value)
    return {key: statistics.median(values) for key, values in got.items()}


def _pull_once(work: Path, access: Any, digest: str, folded: bool) -> dict[str, float]:
    path = work / "turn.checkin"
    shutil.copy(work / "lacking.checkin", path)
    before = created_merge.FROM
    created_merge.FROM = sys.maxsize if folded else before
    try:
        with Event.open(path) as event:
            sync = HubSync(event, access.address, access.password)
            sync.link.open()
            merging, merging_cpu = _timed(hub_sync, "merge_pulled", time.process_time)
            cpu0, t0 = time.process_time(), time.perf_counter()
            sync.run_once()
            seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            sync.close()
            merge, merge_cpu = merging(), merging_cpu()
            assert event.digest() == digest
    finally:
        created_merge.FROM = before
    return {"pull": seconds, "pull_cpu": cpu, "merge": merge, "merge_cpu": merge_cpu}


def _timed(module: Any, name: str, clock: Callable[[], float] = time.perf_counter
           ) -> tuple[Callable[[], float], Callable[[], float]]:
    """Time spent in `module.name` from now until the first returned function is called
    (which puts the function back); the second says the time by `clock` (CPU, say)."""
    inner, spent = getattr(module, name), [0.0, 0.0]

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.perf_counter(), clock()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t0
            spent[1] += clock() - c0

    setattr(module, name, timed)

    def done() -> float:
        setattr(module, name, inner)
        return spent[0]
    return done, lambda: spent[1]


def _push_rounds(owner: HubAddress, password: str | None, access: Any, event_id: str,
                 rows: list[tuple[str, ...]], work: Path) -> dict[str, list[float]]:
    """The push of the whole file to the event's emptied table, a bare COPY of the same
    rows and a bare binary COPY, `PUSH_ROUNDS` times each in turns (each round starts
    one step further: none always goes first): their times, and the CPU both sides spent
    (this process and the server's backend, when the server runs here), which other
    jobs on the machine hardly change."""
    steps = ("copy", "copy_binary", "push")
    got: dict[str, list[float]] = {k: [] for s in steps for k in (s, s + "_cpu")}
    table = sql.Identifier(entries_table(event_id))
    for n in range(PUSH_ROUNDS):
        for step in steps[n % 3:] + steps[:n % 3]:
            if step.startswith("copy"):
                seconds, cpu = _bare_copy(owner, password, rows, step == "copy_binary")
            else:
                with owner.connect(password) as conn:
                    conn.execute(sql.SQL("TRUNCATE {}").format(table))
                shutil.copy(work / "unsynced.checkin", work / "again.checkin")
                with Event.open(work / "again.checkin", now=FakeClock()) as again:
                    sync = HubSync(again, access.address, access.password)
                    sync.link.open()
                    conn_ = sync.link._conn  # its backend's CPU
                    assert conn_ is not None
                    cpu0, t0 = _cpu(conn_), time.perf_counter()
                    assert sync.run_once().pushed == len(rows)
                    seconds, cpu = time.perf_counter() - t0, _cpu(conn_) - cpu0
                    sync.close()
            got[step].append(seconds)
            got[step + "_cpu"].append(cpu)
    return got


def _cpu(conn: psycopg.Connection[Any]) -> float:
    """CPU seconds so far of this process and of `conn`'s backend (NaN when the server's
    processes cannot be read: not on this machine)."""
    try:
        with open(f"/proc/{conn.info.backend_pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    server = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return time.process_time() + server


def _bare_copy(owner: HubAddress, password: str | None, rows: list[tuple[str, ...]],
               binary: bool = False) -> tuple[float, float]:
    """A bare COPY of `rows` into a new table with the same primary key (text, or
    `binary`); its time and CPU (both sides)."""
    with owner.connect(password) as conn:
        conn.execute("CREATE TABLE bare_round (id text PRIMARY KEY, event_id text, station"
                     " text, seq integer, clock text, kind text, subject text, payload text)")
        conn.commit()
        cpu0, t0 = _cpu(conn), time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY bare_round FROM STDIN"
                                            + (" (FORMAT BINARY)" if binary else "")) as copy:
            if binary:
                copy.set_types(["text", "text", "text", "int4", "text", "text", "text",
                                "text"])
            for r in rows:
                copy.write_row((r[0], "e", *r[1:]))
        conn.commit()
        seconds, cpu = time.perf_counter() - t0, _cpu(conn) - cpu0
        conn.execute("DROP TABLE bare_round")
        conn.commit()
    return seconds, cpu


def _baselines(owner: HubAddress, password: str | None, rows: list[tuple[str, ...]],
               work: Path) -> tuple[float, float, float]:
    with owner.connect(password) as conn:
        conn.execute("CREATE TABLE bare (id text PRIMARY KEY, event_id text, station text,"
                     " seq integer, clock text, kind text, subject text, payload text)")
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY bare FROM STDIN") as copy:
            for r in rows:
                copy.write_row((r[0], "e", *r[1:]))
        conn.commit()
        copy_s = time.perf_counter() - t0
        lite = sqlite3.connect(work / "bare.sqlite", isolation_level=None)
        like_event_file(lite)
        lite.execute("CREATE TABLE bare (id TEXT PRIMARY KEY, station, seq, clock, kind,"
                     " subject, payload) WITHOUT ROWID")
        t0 = time.perf_counter()
        got = conn.execute("SELECT id, station, seq, clock, kind, subject, payload"
                           " FROM bare ORDER BY id").fetchall()
        lite.execute("BEGIN")
        lite.executemany("INSERT OR IGNORE INTO bare VALUES (?, ?, ?, ?, ?, ?, ?)", got)
        lite.execute("COMMIT")
        select_s = time.perf_counter() - t0
        lite.close()
        # as an event's table on the hub: its serial drawn by default, its pull index
        conn.execute("CREATE TABLE shaped (serial bigint NOT NULL DEFAULT"
                     " (pg_current_xact_id()::text::bigint), id text PRIMARY KEY,"
                     " event_id text NOT NULL DEFAULT 'e', station text, seq integer,"
                     " clock text, kind text, subject text, payload text)")
        conn.execute("CREATE INDEX ON shaped (serial)")
        conn.commit()
        t0 = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY shaped (id, station, seq, clock, kind,"
                                            " subject, payload) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        conn.commit()
        shaped_s = time.perf_counter() - t0
    return copy_s, select_s, shaped_s


def _latency(full: Path, empty: Path, access, owner: HubAddress,
             password: str | None) -> dict[str, float]:
    env = {**os.environ, "PGPASSWORD": access.password or ""}
    listener = subprocess.Popen(
        [sys.executable, "-m", "checkin", "sync", str(empty), "--hub",
         access.address.conninfo, "--every", "60", "--json", "--station", "Bench B"],
        stdout=subprocess.PIPE, text=True, env=env)
    seconds = []
    try:
        assert listener.stdout is not None
        json.loads(listener.stdout.readline())
        with Event.open(full) as a:
            sync = HubSync(a, access.address, access.password)
            sync.run_once()
            time.sleep(0.5)  # let the listener take that (nothing new) and wait again
            regs = [r for r in a.registrations() if not r.checked_in_at][:LATENCY_CHECKINS]
            for reg in regs:
                t0 = time.perf_counter()
                reception.check_in(a, reg)
                sync.run_once()
                while json.loads(listener.stdout.readline())["new"] < 1:
                    pass
                seconds.append(time.perf_counter() - t0)
            sync.close()
    finally:
        listener.terminate()
        listener.wait(timeout=30)
    bare = []
    with owner.connect(password, autocommit=True) as ear, \
            owner.connect(password, autocommit=True) as mouth:
        ear.execute("LISTEN bench")
        for _ in range(LATENCY_CHECKINS):
            t0 = time.perf_counter()
            mouth.execute("NOTIFY bench")
            next(iter(ear.notifies(timeout=5, stop_after=1)))
            bare.append(time.perf_counter() - t0)
    return {"lat_p50": median_ms(seconds), "lat_p95": p95_ms(seconds),
            "notify_p50": median_ms(bare), "notify_p95": p95_ms(bare)}


def _base() -> str:
    base = os.environ.get("CHECKIN_TEST_PG", "")
    if not base:
        raise RuntimeError("CHECKIN_TEST_PG is not set: the hub benchmark needs a"
                           " PostgreSQL server (see tests/hub/conftest.py)")
    return base


def rows(fixtures: Fixtures) -> list[Row]:
    if not os.environ.get("CHECKIN_TEST_PG"):
        print("hub: skipped, CHECKIN_TEST_PG is not set (no PostgreSQL server)",
              file=sys.stderr)
        return []
    entries = 100_000 if fixtures.sizes.registrations >= 50_000 else 2_000
    work = fixtures.folder / "hub"
    work.mkdir(exist_ok=True)
    m = measure(_base(), entries, work)
    n = int(m["entries"])
    load = f"{n:,} entries, PostgreSQL on loopback"
    copy = "bare COPY of the same rows, same primary key"
    rounds = (f"; median of {PUSH_ROUNDS + 1} pushes and COPYs in turns (ratios of the"
              f" pairs: {', '.join(map(str, m['push_ratios']))})")
    select = "bare SELECT of the same rows + SQLite INSERT OR IGNORE, same key"
    notify = "bare NOTIFY -> LISTEN round trip"
    turns = (f"; medians of {PULL_TURNS} pulls each in turns, into a file that lacks them"
             " (`created_merge` on and off)")
    lat = (f"{LATENCY_CHECKINS} check-ins one after another; the other station is"
           " `checkin sync --hub --every 60` in its own process")
    return [
        Row("hub", "hub push (file -> COPY into the event's table, marked sent)", m["push"],
            "s", copy, m["copy"], load + rounds),
        Row("hub", "hub push, beside a bare binary COPY (the push's COPY is binary)",
            m["push_rounds"], "s", "bare binary COPY of the same rows, same primary key",
            m["copy_binary"], load + f"; medians of the {PUSH_ROUNDS} in turns"),
        Row("hub", "hub push, CPU of both sides (this process + the server's backend)",
            m["push_cpu"], "s", copy + ", CPU of both sides", m["copy_cpu"],
            load + f"; median of {PUSH_ROUNDS} in turns: hardly moved by other jobs"),
        Row("hub", "bare COPY into a table shaped as an event's on the hub (serial, index)",
            m["copy_shaped"], "s", copy, m["copy"], load + "; where a push's time goes"),
        Row("hub", "hub pull (SELECT by serial, checked, merged, folded)", m["pull"], "s",
            select, m["select"], load + "; into a file that lacks them"),
        Row("hub", "hub pull, outside the merge every transport shares", m["pull_own"], "s",
            select, m["select"],
            load + "; the pull less `merge_pulled` (rows made, checks, merge)"),
        Row("hub", "hub pull, CPU (this process)", m["sql_pull_cpu"], "s",
            "the same pull, new people folded in Python as before created_merge",
            m["folded_pull_cpu"], load + turns),
        Row("hub", "hub pull's merge (`merge_pulled`), CPU", m["sql_merge_cpu"], "s",
            "the same merge, new people folded in Python", m["folded_merge_cpu"],
            load + turns),
        Row("hub", "hub pull, pulls in turns", m["sql_pull"], "s",
            "the same pull, new people folded in Python", m["folded_pull"], load + turns),
        Row("hub", "hub first sync of a clone holding the event (pull all, push its own)",
            m["late"], "s", select, m["select"], load + "; the clone holds them all"),
        Row("hub", "check-in -> visible at another station, p50", m["lat_p50"], "ms",
            notify, m["notify_p50"], lat),
        Row("hub", "check-in -> visible at another station, p95", m["lat_p95"], "ms",
            notify, m["notify_p95"], lat),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="checkin-bench-hub-"))
    try:
        m = measure(_base(), opts.entries, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(m, indent=2))


if __name__ == "__main__":
    main()
