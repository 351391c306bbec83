"""Benchmark: importing the registrations export (CSV and XLSX) into a new event, beside
reading the same file with the standard reader into a bare SQLite table.

    uv run python tests/perf/bench_import.py [COUNT]
    uv run python tests/perf/run.py --only import    (with every other benchmark: no --only)

Ours: `plan_import` (reading, recognising columns and workshops, merging resubmitted
forms, validating) and `Event.append` of the entries (journal and projections, durable).
Baseline: `csv.DictReader`, or openpyxl in read-only mode, and one INSERT per row into a
table of text columns, one transaction, on the same kind of file (WAL, synchronous=FULL).
Times are printed, never asserted.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Fixtures, Row

from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme
from checkin.resources import resource


def ours(export: Path, target: Path) -> int:
    programme = load_programme(resource("demo", "programme.toml"))
    with Event.create(target, programme, station_name="Import") as event:
        plan = plan_import(export, programme, event.registrations())
        event.append(plan.entries)
    return len(plan.entries)


def csv_rows(export: Path) -> Iterator[list[str]]:
    with export.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield list(row.values())


def xlsx_rows(export: Path) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(export, read_only=True)
    try:
        sheet = book.worksheets[0]
        for values in sheet.iter_rows(min_row=2, values_only=True):
            yield list(values)
    finally:
        book.close()


def bare(rows: Iterator[list[object]], target: Path) -> int:
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    first = next(rows)
    columns = ", ".join(f"c{i} TEXT" for i in range(len(first)))
    marks = ", ".join("?" * len(first))
    conn.execute(f"CREATE TABLE registrations ({columns})")
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO registrations VALUES ({marks})", first)
    conn.executemany(f"INSERT INTO registrations VALUES ({marks})",
                     (r[:len(first)] + [None] * (len(first) - len(r)) for r in rows))
    conn.execute("COMMIT")
    (count,) = conn.execute("SELECT count(*) FROM registrations").fetchone()
    conn.close()
    return int(count)


def seconds(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def measure(fixtures: Fixtures) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="import-", dir=fixtures.folder))
    out = {}
    for suffix, reader in ((".csv", csv_rows), (".xlsx", xlsx_rows)):
        export = fixtures.export(suffix)
        name = suffix[1:]
        out[name] = seconds(lambda e=export, n=name: ours(e, work / f"{n}.checkin"))
        out[name + "_base"] = seconds(
            lambda e=export, n=name, r=reader: bare(r(e), work / f"{n}.sqlite"))
    return out


def rows(fixtures: Fixtures) -> list[Row]:
    m = measure(fixtures)
    count = fixtures.sizes.registrations
    load = f"{count:,}-row Google Forms export (make_registrations.py), into a new event"
    return [
        Row("import", "import CSV (plan_import + append)", m["csv"], "s",
            "csv.DictReader into a bare SQLite table", m["csv_base"], load),
        Row("import", "import XLSX (plan_import + append)", m["xlsx"], "s",
            "openpyxl read-only into a bare SQLite table", m["xlsx_base"], load),
    ]


if __name__ == "__main__":  # the runner prints it beside the others' figures
    from run import main
    raise SystemExit(main(["--only", "import", *sys.argv[1:]]))
