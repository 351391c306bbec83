"""The journal's queries at 150,000 entries, with the indexes on clock and (station, seq)
that schema 8 dropped made back on a copy (the baseline) and without them: each one's
`EXPLAIN QUERY PLAN` and median time over 5 runs, printed beside each other (never
asserted).

    uv run python tests/perf/probe_journal_queries.py [FOLDER]

The file: 50,000 registrations (bench_merge's organiser), 100,000 check-ins of 4 other
stations merged, 2,000 of this station's own appended; made in FOLDER (else a new one).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE.parent), str(HERE)]

from bench_merge import make_organiser  # noqa: E402
from helpers import FakeClock  # noqa: E402

from checkin.core import journal as j  # noqa: E402
from checkin.core import stamp_basis  # noqa: E402

OTHERS = [f"station{s}" for s in range(4)]


def make_file(path: Path) -> None:
    clock = FakeClock()
    event = make_organiser(path, 50_000, clock)
    regs = [r[0] for r in event.conn.execute("SELECT id FROM registrations")]
    rng, base = random.Random(2), event.now_millis()
    for s, station in enumerate(OTHERS):
        entries = []
        for n in range(25_000):
            ms = base + n * 300 + s
            entries.append(j.Entry(j.new_ids(1, ms)[0], station, n + 1, j.format_clock(ms, 0),
                                   j.CHECKIN_RECORDED, rng.choice(regs),
                                   {"at": "2022-12-08T09:40:00", "station_name": station}))
        for k in range(0, len(entries), 5_000):
            event.merge(entries[k:k + 5_000])
    clock.advance(hours=3)
    for _ in range(4):
        event.append([j.NewEntry(j.CHECKIN_RECORDED, rng.choice(regs), {"at": event.timestamp()})
                      for _ in range(500)])
    event.close()


def queries(conn: sqlite3.Connection) -> dict[str, tuple[str, object]]:
    me = conn.execute("SELECT value FROM meta WHERE key = 'station_id'").fetchone()[0]
    (seq, last) = conn.execute("SELECT max(seq), max(rowid) FROM journal WHERE station = ?",
                               (me,)).fetchone()
    since = {"station": me, "bound": "9999", "rowid": 0}
    return {
        "stamp, the old query": (
            "SELECT (SELECT coalesce(max(seq), 0) FROM journal WHERE station = ?),"
            " (SELECT max(clock) FROM journal WHERE clock <= ?)", (me, "9999")),
        "stamp_basis, first read": (stamp_basis._SINCE, since),
        "stamp_basis, 5 rows since": (stamp_basis._SINCE, {**since, "rowid": last - 5}),
        "hub cycle's own, by station": (
            "SELECT id FROM journal WHERE station = ? AND seq > ?", (me, seq - 5)),
        "hub cycle's own, by rowid": (
            "SELECT id FROM journal WHERE rowid > ? AND station = ? AND seq > ?",
            (last - 5, me, seq - 5)),
        "first push's max(seq)": ("SELECT max(seq) FROM journal WHERE station = ?", (me,)),
        "bundle of one station": (
            "SELECT * FROM journal WHERE station = ? ORDER BY clock, station, id", (me,)),
        "whole journal in order (rebuild, bundle)": (
            "SELECT * FROM journal ORDER BY clock, station, id", ()),
        "folder sync's _missing": (
            "SELECT id FROM journal WHERE station = ? OR (clock > ? AND station NOT IN"
            " (SELECT value FROM json_each(?)))", (me, "1670488200000.00000", json.dumps(OTHERS))),
        "stations list": (
            "SELECT j.station, count(*), max(j.seq), count(DISTINCT j.seq), max(j.clock)"
            " FROM journal j GROUP BY j.station", ()),
        "clone's max(clock)": ("SELECT coalesce(max(clock), '') FROM journal", ()),
    }


def measure(path: Path, sql: str, args: object) -> tuple[float, str]:
    conn = sqlite3.connect(path)
    plan = "; ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    times = []
    for _ in range(5):
        start = time.perf_counter()
        conn.execute(sql, args).fetchall()
        times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times) * 1000, plan


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    without, with_ = folder / "journal-150k.checkin", folder / "journal-150k-indexed.checkin"
    if not without.exists():
        make_file(without)
    shutil.copy(without, with_)
    conn = sqlite3.connect(with_)
    conn.execute("CREATE INDEX IF NOT EXISTS journal_clock ON journal (clock)")
    conn.execute("CREATE INDEX IF NOT EXISTS journal_station ON journal (station, seq)")
    conn.commit()
    conn.close()
    with sqlite3.connect(without) as conn:
        named = queries(conn)
    for name, (sql, args) in named.items():
        print(name)
        for label, path in (("indexed (baseline)", with_), ("schema 8", without)):
            ms, plan = measure(path, sql, args)
            print(f"  {label:18s} {ms:9.2f} ms  {plan}")


if __name__ == "__main__":
    main()
