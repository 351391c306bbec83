"""Whether two versions of the code merge alike: run by each checkout's own interpreter on
the same files, it prints what the merges made (the projections' digest, a hash of the
journal's rows by id and one of every other table's rows, the merge reports); the lines
of two checkouts must be equal. Printed, never asserted.

    uv run python tests/perf/same_merge.py make DIR      (the fixtures, once)
    uv run python tests/perf/same_merge.py run DIR       (in each checkout, then diff)
    uv run python tests/perf/same_merge.py time DIR [beside|whole]  (one turn: in turns)
    valgrind --tool=callgrind python tests/perf/same_merge.py once DIR bundle|rows|pulled

The fixtures are `bench_merge`'s (8 bundles of 12,500 entries into the 50,000-people
organiser file: merged at once and one after another, read beside a worker and whole)
and `probe_pull`'s (a hub's pull of 100,002 entries into a file lacking them, beside and
whole; needs CHECKIN_TEST_PG). Imports `checkin` from the interpreter's own checkout.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path += [str(HERE.parent), str(HERE)]  # after the checkout's own `checkin`

from helpers import FakeClock  # noqa: E402

from checkin.core import stations  # noqa: E402
from checkin.core.event import Event  # noqa: E402
from checkin.core.hub import pull_merge  # noqa: E402
from checkin.core.sync import bundle, merge_bundles, write_bundle  # noqa: E402


def make(work: Path) -> None:
    import bench_merge
    import probe_pull
    os.environ[stations.MACHINE_ENV] = "bench-organiser"
    org = work / "org.checkin"
    bench_merge.make_organiser(org, 50_000, FakeClock()).close()
    organiser = Event.open(org, now=FakeClock())
    reg_ids = [r[0] for r in organiser.conn.execute("SELECT id FROM registrations")]
    day = bench_merge._day_after(organiser)
    for k in range(bench_merge.STATIONS):
        path = stations.clone(organiser, work / f"s{k}.checkin", f"Station {k}")
        with Event.open(path, now=FakeClock(day)) as ev:
            bench_merge.station_entries(ev, reg_ids, 12_500 - 1, seed=k)
            write_bundle(ev, work / f"s{k}.ckb", station=ev.station_id)
    organiser.close()
    if "CHECKIN_TEST_PG" in os.environ:
        (work / "pull").mkdir(exist_ok=True)
        probe_pull.prepare(os.environ["CHECKIN_TEST_PG"], 100_000, work / "pull")


def run(work: Path) -> None:
    bundles = sorted(work.glob("s*.ckb"))
    for threaded in (True, False):
        bundle.THREADED = threaded
        for at_once in (True, False):
            target = work / "turn.checkin"
            shutil.copy(work / "org.checkin", target)
            with Event.open(target) as ev:
                groups = [bundles] if at_once else [[b] for b in bundles]
                reports = [merge_bundles(ev, g) for g in groups]
            said = [(r.entries, r.new, sorted((r.new_by_station or {}).items()), len(r.refused))
                    for r in reports]
            _say(f"bundles threaded={threaded} at_once={at_once}", target, said)
    info_path = work / "pull" / "hub.json"
    if info_path.exists() and "CHECKIN_TEST_PG" in os.environ:
        import probe_pull  # (puts its checkout first: `checkin` is imported already)
        info = json.loads(info_path.read_text())
        for threaded in (True, False):
            pull_merge.THREADED = threaded
            target = work / "turn.checkin"
            shutil.copy(info["empty"], target)
            probe_pull.pull(info, target)  # (its times: not compared)
            _say(f"pull threaded={threaded}", target, [])


def time_turn(work: Path, mode: str = "decided") -> None:
    """The bundles merged at once and one after another, the pull, each `beside` a worker,
    `whole` or as the code `decided`: wall and CPU seconds of each, one JSON line."""
    import time
    bundle.THREADED = pull_merge.THREADED = {"beside": True, "whole": False}.get(mode)
    bundles = sorted(work.glob("s*.ckb"))
    got: dict[str, tuple[float, float]] = {}
    for name, groups in (("at_once", [bundles]), ("one_by_one", [[b] for b in bundles])):
        target = work / "turn.checkin"
        shutil.copy(work / "org.checkin", target)
        with Event.open(target) as ev:
            t0, c0 = time.perf_counter(), time.process_time()
            for g in groups:
                merge_bundles(ev, g)
            got[name] = (time.perf_counter() - t0, time.process_time() - c0)
    info_path = work / "pull" / "hub.json"
    if info_path.exists() and "CHECKIN_TEST_PG" in os.environ:
        import probe_pull
        info = json.loads(info_path.read_text())
        shutil.copy(info["empty"], work / "turn.checkin")
        got["pull"] = probe_pull.pull(info, work / "turn.checkin")[:2]
    print(json.dumps({k: [round(x, 3) for x in v] for k, v in got.items()}), flush=True)


def once(work: Path, what: str) -> None:
    """One merge for an instruction count (valgrind --tool=callgrind, threads one at a
    time): `bundle`, the first bundle into the organiser file, read whole; `rows`, the
    pull's rows that its empty file lacks, merged whole by `merging.merge_rows`;
    `pulled`, the same as the hub's rows through `pull_merge`, beside a worker."""
    from checkin.core.sync.merging import merge_rows
    target = work / "turn.checkin"
    if what == "bundle":
        bundle.THREADED = False
        shutil.copy(work / "org.checkin", target)
        with Event.open(target) as ev:
            print(merge_bundles(ev, [sorted(work.glob("s*.ckb"))[0]]).new)
        return
    info = json.loads((work / "pull" / "hub.json").read_text())
    shutil.copy(info["empty"], target)
    full = sqlite3.connect(Path(info["empty"]).with_name("full.checkin"))
    rows = full.execute("SELECT * FROM journal ORDER BY rowid").fetchall()
    with Event.open(target) as ev:
        if what == "rows":
            print(merge_rows(ev, rows, [json.loads(r[6]) for r in rows]).new)
        else:  # `pulled`: the hub's rows, decoded and checked beside a worker
            pull_merge.THREADED = True
            pulled = [(serial, *r) for serial, r in enumerate(rows)]
            print(pull_merge.merge_pulled(ev, pulled, set())[1].new)


def _say(what: str, path: Path, said: Any) -> None:
    with Event.open(path) as ev:
        digest = ev.digest()
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    hashes = {t: _hash(conn, t, "id, station, seq, clock, kind, subject, payload"
                       if t == "journal" else "*") for t in tables}
    conn.close()
    print(json.dumps({"what": what, "digest": digest, "said": said, "tables": hashes}))


def _hash(conn: sqlite3.Connection, table: str, columns: str) -> str:
    rows = sorted(repr(r) for r in conn.execute(f"SELECT {columns} FROM {table}"))
    return f"{len(rows)}:" + hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


if __name__ == "__main__":
    verbs = {"make": make, "run": run, "time": time_turn, "once": once}
    verbs[sys.argv[1]](Path(sys.argv[2]), *sys.argv[3:])
