"""Benchmark: merging 8 station bundles of 12,500 entries each into one event.

Run: uv run python tests/perf/bench_merge.py [--registrations N] [--entries N]
     uv run python tests/perf/run.py --only merge   (with every other benchmark: no --only)

An organiser file with 50,000 registrations is cloned into 8 stations; each records
12,500 entries (check-ins, undos, session attendance, edits) and writes a bundle of its
own entries. The figures: `checkin sync EVENT --in B1 ... --in B8` (all at once), the
same bundles merged one by one, beside a baseline measured in the same run: a bare
`INSERT OR IGNORE` of the same rows into a table with the same primary key.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

sys.path.insert(0, str(ROOT / "tests/perf"))
from common import Fixtures, Row, like_event_file  # noqa: E402
from helpers import DATA, FakeClock  # noqa: E402

from checkin.cli import main  # noqa: E402
from checkin.core import journal as j  # noqa: E402
from checkin.core import stations, storage  # noqa: E402
from checkin.core.event import Event  # noqa: E402
from checkin.core.programme import load_programme  # noqa: E402
from checkin.core.sync import merge_bundles, read_bundle, write_bundle  # noqa: E402

STATIONS = 8
SESSIONS = ("A", "B", "C", "D", "E", "F")


def make_organiser(path: Path, registrations: int, clock: FakeClock) -> Event:
    event = Event.create(path, load_programme(DATA / "occitanie-2022.toml"),
                         station_name="Organisation", now=clock)
    rng = random.Random(1)
    new = [j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": f"{n:06X}", "source": "import", "submitted_at": "2022-10-03T15:52:41",
        "fields": {"last_name": f"Nom{n}", "first_name": "Prénom", "email": f"p{n}@ex.org",
                   "organisation": f"Structure {n % 700}", "category": "participant"},
        "extra": {}, "sessions": [rng.choice("ABC"), rng.choice("DEF")]})
        for n in range(registrations)]
    event.append(new)
    return event


def station_entries(event: Event, reg_ids: list[str], count: int, seed: int) -> None:
    """`count` entries of a station's day, appended in batches as a desk would not."""
    rng = random.Random(seed)
    batch: list[j.NewEntry] = []
    recorded: list[tuple[str, str]] = []
    for _ in range(count):
        reg = rng.choice(reg_ids)
        roll = rng.random()
        at = event.timestamp()
        if roll < 0.45:
            batch.append(j.NewEntry(j.CHECKIN_RECORDED, reg,
                                    {"at": at, "station_name": event.station_name}))
        elif roll < 0.80:
            batch.append(j.NewEntry(j.ATTENDANCE_RECORDED, reg, {
                "session": rng.choice(SESSIONS), "at": at, "station_name": event.station_name}))
        elif roll < 0.95:
            batch.append(j.NewEntry(j.REGISTRATION_EDITED, reg,
                                    {"fields": {"organisation": f"Corrigée {rng.random():.4f}"}}))
        elif recorded:
            target_reg, entry_id = rng.choice(recorded)
            batch.append(j.NewEntry(j.CHECKIN_UNDONE, target_reg, {"entry": entry_id}))
        else:
            batch.append(j.NewEntry(j.BADGE_PRINTED, reg, {"at": at}))
        if len(batch) == 500:
            stored = event.append(batch)
            recorded += [(e.subject, e.id) for e in stored if e.kind == j.CHECKIN_RECORDED]
            batch = []
    event.append(batch)


def baseline(organiser: Path, bundles: list[Path], work: Path) -> tuple[float, float]:
    """INSERT OR IGNORE of the same rows, same primary key, one transaction per bundle."""
    db = work / "baseline.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    like_event_file(conn)
    conn.execute("CREATE TABLE journal (id TEXT PRIMARY KEY, station TEXT, seq INTEGER,"
                 " clock TEXT, kind TEXT, subject TEXT, payload TEXT) WITHOUT ROWID")
    conn.execute(f"ATTACH '{organiser}' AS org")
    conn.execute("INSERT INTO journal SELECT * FROM org.journal")
    conn.execute("DETACH org")
    with Event.open(organiser) as ev:
        rows = [[e.row() for e in read_bundle(ev, b).entries] for b in bundles]
    start, cpu = time.perf_counter(), time.process_time()
    for chunk in rows:
        conn.execute("BEGIN")
        conn.executemany("INSERT OR IGNORE INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)", chunk)
        conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed, cpu


def run(registrations: int, per_station: int) -> None:
    os.environ[stations.MACHINE_ENV] = "bench-organiser"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        t0 = time.perf_counter()
        make_organiser(work / "org.checkin", registrations, FakeClock()).close()
        m = measure(work, STATIONS, per_station, t0)
    report(m, registrations, per_station)


def rows(fixtures: Fixtures) -> list[Row]:
    sizes = fixtures.sizes
    work = fixtures.folder / "merge"
    work.mkdir()
    previous = os.environ.get(stations.MACHINE_ENV)
    os.environ[stations.MACHINE_ENV] = "bench-organiser"
    try:
        fixtures.event_copy("merge-organiser", work / "org.checkin")
        m = measure(work, sizes.stations, sizes.entries_per_station, time.perf_counter())
    finally:
        if previous is None:
            del os.environ[stations.MACHINE_ENV]
        else:
            os.environ[stations.MACHINE_ENV] = previous
    total = sizes.stations * sizes.entries_per_station
    base = "bare INSERT OR IGNORE of the same rows, same key"
    load = (f"{sizes.stations} bundles x {sizes.entries_per_station:,} entries into"
            f" {sizes.registrations:,} registrations")
    return [
        Row("merge", f"merge {total:,} entries: checkin sync --in x{sizes.stations}",
            m["all_at_once"], "s", base, m["base"], load),
        Row("merge", "merge, one bundle after another", m["one_by_one"], "s", base, m["base"],
            load),
        Row("merge", "read + verify the bundles (part of merging)", m["verify"], "s", base,
            m["base"], load),
        # CPU time (this process): what a loaded machine blurs least
        Row("merge", "merge --in x8, CPU time of the process",
            m["all_at_once_cpu"], "s", base + ", CPU time", m["base_cpu"], load),
        Row("merge", "merge one bundle after another, CPU time of the process",
            m["one_by_one_cpu"], "s", base + ", CPU time", m["base_cpu"], load),
    ]


def measure(work: Path, station_count: int, per_station: int, t0: float) -> dict[str, float]:
    """Merge the entries of `station_count` clones of `work`/org.checkin back into it."""
    organiser = Event.open(work / "org.checkin", now=FakeClock())
    known = organiser.stats()["journal_entries"]
    reg_ids = [r[0] for r in organiser.conn.execute("SELECT id FROM registrations")]
    day = _day_after(organiser)
    bundles = []
    for k in range(station_count):
        path = stations.clone(organiser, work / f"s{k}.checkin", f"Station {k}")
        with Event.open(path, now=FakeClock(day)) as ev:
            station_entries(ev, reg_ids, per_station - 1, seed=k)  # + its STATION_NAMED
            bundle = work / f"s{k}.ckb"
            write_bundle(ev, bundle, station=ev.station_id)
            bundles.append(bundle)
    organiser.close()
    setup = time.perf_counter() - t0
    copies = [work / f"merge-{name}.checkin" for name in ("all", "each", "verify")]
    with Event.open(work / "org.checkin") as ev:
        for c in copies:
            storage.copy_file(ev.conn, c)
    total = station_count * per_station

    base, base_cpu = baseline(work / "org.checkin", bundles, work)

    with Event.open(copies[2]) as ev:
        start = time.perf_counter()
        for b in bundles:
            read_bundle(ev, b)
        verify = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(io.StringIO()):
        args = ["sync", str(copies[0])] + [a for b in bundles for a in ("--in", str(b))]
        assert main(args) == 0
    all_at_once, all_cpu = time.perf_counter() - start, time.process_time() - cpu

    with Event.open(copies[1]) as ev:
        start, cpu = time.perf_counter(), time.process_time()
        new = sum(merge_bundles(ev, [b]).new for b in bundles)
        one_by_one, each_cpu = time.perf_counter() - start, time.process_time() - cpu
        digest = ev.digest()
        assert new == total - station_count, (new, total)  # clone() merged STATION_NAMED
    with Event.open(copies[0]) as ev:
        assert ev.digest() == digest
        assert ev.stats()["journal_entries"] == known + total
    return {"setup": setup, "base": base, "verify": verify, "all_at_once": all_at_once,
            "one_by_one": one_by_one, "base_cpu": base_cpu, "all_at_once_cpu": all_cpu,
            "one_by_one_cpu": each_cpu}


def _day_after(organiser: Event) -> dt.datetime:
    """The stations' day: a minute after the organiser's last entry (the import), so that
    their clocks follow it, as on the day. (Stations set on 2022-12-08 while the import was
    stamped with today's date ran years behind it: every edit came before its person's
    creation, and the merge folded nothing of it.)"""
    (last,) = organiser.conn.execute("SELECT max(clock) FROM journal").fetchone()
    return dt.datetime.fromtimestamp(j.parse_clock(last)[0] / 1000 + 60, tz=dt.UTC)


def report(m: dict[str, float], registrations: int, per_station: int) -> None:
    setup, base, verify = m["setup"], m["base"], m["verify"]
    all_at_once, one_by_one = m["all_at_once"], m["one_by_one"]
    total = STATIONS * per_station
    print(f"setup (organiser with {registrations} registrations, {STATIONS} stations,"
          f" bundles): {setup:.1f} s")
    print(f"{STATIONS} bundles x {per_station} entries = {total} entries")
    print(f"{'':48}{'seconds':>9}{'entries/s':>12}{'x baseline':>12}")
    for label, secs in (
            ("baseline: INSERT OR IGNORE, same rows and key", base),
            ("read + verify the 8 bundles (part of merging)", verify),
            ("checkin sync --in (8 bundles at once)", all_at_once),
            ("merge_bundles, one bundle after another", one_by_one)):
        print(f"{label:48}{secs:9.2f}{total / secs:12,.0f}{secs / base:12.1f}")
    print(f"CPU time: baseline {m['base_cpu']:.2f} s, checkin sync --in (8 bundles at once)"
          f" {m['all_at_once_cpu']:.2f} s ({m['all_at_once_cpu'] / m['base_cpu']:.1f}x),"
          f" one bundle after another {m['one_by_one_cpu']:.2f} s"
          f" ({m['one_by_one_cpu'] / m['base_cpu']:.1f}x)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=50_000)
    parser.add_argument("--entries", type=int, default=12_500, help="per station")
    opts = parser.parse_args()
    run(opts.registrations, opts.entries)
