"""The hub's pull of a whole event, again and again on the same rows: where its time goes
(stage timers, cProfile, the server backend's CPU), and variants timed in turns beside
the bare SELECT + INSERT OR IGNORE of `bench_hub`. Printed, never asserted.

    uv run python tests/perf/probe_pull.py [--entries N] [--turns T] [--profile]
        [--stages] [--variants a,b] [--folder DIR]

`--stages`: each turn's pull also says the wall and CPU time of its stages (`STAGES`; CPU
of the thread that runs each: a pull beside a worker makes and checks its rows there).

Needs CHECKIN_TEST_PG. The hub and the files are made once (in DIR when given, kept
there for the next run: the database name is kept in DIR/hub.json); each pull goes into
a fresh copy of a file that lacks the entries. Variants: `pull` (the code as it is),
`whole` and `beside` (`pull_merge` forced either way, whatever the load).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parent), str(HERE)]

import bench_hub  # noqa: E402
from common import like_event_file  # noqa: E402
from helpers import FakeClock  # noqa: E402

from checkin.core import created_merge  # noqa: E402
from checkin.core import event as event_module  # noqa: E402
from checkin.core.event import Event  # noqa: E402
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub, pull_merge  # noqa: E402
from checkin.core.hub import sync as hub_sync  # noqa: E402
from checkin.core.hub.schema import EventInfo  # noqa: E402
from checkin.core.sync import merging  # noqa: E402


def prepare(base: str, entries: int, work: Path) -> dict[str, Any]:
    """The hub holding a whole event and a file lacking it (made once in `work`)."""
    saved = work / "hub.json"
    if saved.exists():
        return dict(json.loads(saved.read_text()))
    name, url = bench_hub._database(base)
    owner, password = HubAddress.parse(url)
    init_hub(owner, password)
    full, empty = bench_hub.make_files(work, entries)
    with Event.open(full, now=FakeClock()) as a:
        access = add_event(owner, password, EventInfo.of(a))
        sync = HubSync(a, access.address, access.password)
        assert sync.run_once().pushed > 0
        sync.close()
        digest = a.digest()
    info = {"name": name, "url": url, "station": access.address.conninfo,
            "password": access.password, "digest": digest, "empty": str(empty)}
    saved.write_text(json.dumps(info))
    return info


def pull(info: dict[str, Any], path: Path) -> tuple[float, float, float, float]:
    """One pull into `path`: wall, this process's CPU, the server backend's CPU, this
    thread's CPU (what sets the wall time when a worker beside has a core of its own)."""
    with Event.open(path) as event:
        sync = HubSync(event, HubAddress(info["station"]), info["password"])
        sync.link.open()
        conn = sync.link._conn
        assert conn is not None
        s0, c0, t0 = _server(conn), time.process_time(), time.perf_counter()
        h0 = time.thread_time()
        report = sync.run_once()
        t, c, s = time.perf_counter() - t0, time.process_time() - c0, _server(conn) - s0
        h = time.thread_time() - h0
        sync.close()
        assert report.new > 0 and not report.refused, report
        assert event.digest() == info["digest"]
    return t, c, s, h


def bare(info: dict[str, Any], path: Path) -> tuple[float, float, float, float]:
    """bench_hub's baseline: a bare SELECT of the same rows (from the event's table on the
    hub) and INSERT OR IGNORE into a SQLite table with the same key."""
    import psycopg
    with psycopg.connect(info["url"]) as conn:
        table = conn.execute("SELECT tablename FROM pg_tables WHERE tablename LIKE"
                             " 'checkin_entries_%' LIMIT 1").fetchone()[0]
        lite = like_event_file(sqlite3.connect(path, isolation_level=None))
        lite.execute("CREATE TABLE bare (id TEXT PRIMARY KEY, station, seq, clock, kind,"
                     " subject, payload) WITHOUT ROWID")
        s0, c0, t0 = _server(conn), time.process_time(), time.perf_counter()
        got = conn.execute("SELECT id, station, seq, clock, kind, subject, payload"
                           f" FROM {table} ORDER BY id").fetchall()
        lite.execute("BEGIN")
        lite.executemany("INSERT OR IGNORE INTO bare VALUES (?, ?, ?, ?, ?, ?, ?)", got)
        lite.execute("COMMIT")
        t, c, s = time.perf_counter() - t0, time.process_time() - c0, _server(conn) - s0
        lite.close()
    return t, c, s, c


def _server(conn: Any) -> float:
    with open(f"/proc/{conn.info.backend_pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# stage -> (where, the function's name): timed by `timed_stages`, in the pull's order; a
# stage inside another is counted in both (the derivation's SQLite in the derivation)
STAGES: dict[str, tuple[Any, str]] = {
    "select (exchange)": (hub_sync.HubLink, "exchange"),
    "rows made (peer_rows)": (pull_merge, "peer_rows"),
    "checks": (merging.Checks, "split_rows"),
    "merge (Event.merge_batches)": (Event, "merge_batches"),
    "  new subjects": (Event, "_known_subjects"),
    "  journal insert": (event_module, "_insert_sorted"),
    "  new people derived": (created_merge, "derive"),
    "    by SQLite": (created_merge, "_write_made"),
    "  fold (set members)": (Event, "_fold"),
    "marking ids sent": (hub_sync, "_mark_sent"),
}


@contextlib.contextmanager
def timed_stages(spent: dict[str, list[float]]) -> Iterator[None]:
    """Add each stage's wall and CPU seconds to `spent` (stage -> [wall, cpu]) while
    inside; the functions put back after."""
    saved = [(where, name, getattr(where, name)) for where, name in STAGES.values()]
    for stage, (where, name, inner) in zip(STAGES, saved, strict=True):
        setattr(where, name, _timer(inner, spent.setdefault(stage, [0.0, 0.0])))
    try:
        yield
    finally:
        for where, name, inner in saved:
            setattr(where, name, inner)


def _timer(inner: Callable[..., Any], into: list[float]) -> Callable[..., Any]:
    """CPU by the thread that runs the stage: the worker's stages (rows made, checks)
    overlap the calling thread's when the pull goes beside (`pull_merge`)."""
    def timed(*args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            return inner(*args, **kwargs)
        finally:
            into[0] += time.perf_counter() - t0
            into[1] += time.thread_time() - c0
    return timed


# name -> (set up, undo): a variant is the code with something switched for the pull
VARIANTS: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {
    "pull": (lambda: None, lambda _: None),
    # the pull merged whole on this thread, or beside a worker, whatever the load
    "whole": (lambda: setattr(pull_merge, "THREADED", False),
              lambda _: setattr(pull_merge, "THREADED", None)),
    "beside": (lambda: setattr(pull_merge, "THREADED", True),
               lambda _: setattr(pull_merge, "THREADED", None)),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--variants", default="pull")
    parser.add_argument("--folder")
    opts = parser.parse_args()
    work = Path(opts.folder) if opts.folder else Path(tempfile.mkdtemp(prefix="probe-pull-"))
    work.mkdir(exist_ok=True)
    info = prepare(os.environ["CHECKIN_TEST_PG"], opts.entries, work)
    target = work / "turn.checkin"
    if opts.profile:
        shutil.copy(info["empty"], target)
        prof = cProfile.Profile()
        prof.enable()
        print("pull", pull(info, target))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return
    names = ["bare", *opts.variants.split(",")]
    got: dict[str, list[tuple[float, float, float, float]]] = {n: [] for n in names}
    for turn in range(opts.turns):
        order = names[turn % len(names):] + names[:turn % len(names)]
        for name in order:
            if name == "bare":
                target.unlink(missing_ok=True)
                got[name].append(bare(info, target))
                continue
            shutil.copy(info["empty"], target)
            setup, undo = VARIANTS[name]
            state, spent = setup(), dict[str, list[float]]()
            try:
                with timed_stages(spent) if opts.stages else contextlib.nullcontext():
                    got[name].append(pull(info, target))
            finally:
                undo(state)
            if spent:
                print(f"  {name} stages (wall/cpu): " + ", ".join(
                    f"{stage.strip()} {w:.3f}/{c:.3f}" for stage, (w, c) in spent.items()))
        print(f"turn {turn}: " + ", ".join(
            f"{n} {got[n][-1][0]:.3f}/{got[n][-1][1]:.3f}/{got[n][-1][2]:.3f}"
            f"/{got[n][-1][3]:.3f}" for n in names),
            Path("/proc/loadavg").read_text().split()[:3], flush=True)
    for name in names:
        cols = list(zip(*got[name], strict=True))
        print(f"{name:12} " + "  ".join(
            f"{label} median {statistics.median(c):.3f} [{min(c):.3f}-{max(c):.3f}]"
            for label, c in zip(("wall", "cpu", "server", "thread"), cols, strict=True)))


if __name__ == "__main__":
    main()
