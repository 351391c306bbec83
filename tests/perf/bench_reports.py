"""Benchmark: the organisers' outputs on a big event, beside a baseline.

An event of COUNT registrations (default 50,000), two thirds checked in and recorded at a
workshop. Measures the dashboard's figures, the XLSX export (every sheet), the CSV export
and the sign-in sheets of one session. The baseline writes the same number of plain cells
with openpyxl in write-only mode and nothing else: the library's own floor. Run:

    uv run python tests/perf/bench_reports.py [COUNT]
    uv run python tests/perf/run.py --only reports   (with every other benchmark: no --only)

Prints CPU and wall times; nothing here asserts on time.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Fixtures, Row
from helpers import DATA, FakeClock

from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.programme import load_programme
from checkin.core.reports import figures, sheets, spreadsheet

CSV_RUNS = 7


def make_event(path: Path, count: int) -> Event:
    event = Event.create(path, load_programme(DATA / "occitanie-2022.toml"), now=FakeClock())
    rnd = random.Random(1)
    entries = []
    for i in range(count):
        reg_id = j.new_id()
        entries.append(j.NewEntry(j.REGISTRATION_CREATED, reg_id, {
            "code": f"C{i:06d}", "sessions": [rnd.choice("ABC"), rnd.choice("DEF"), "DEJ"],
            "fields": {"last_name": f"Lefèvre{i}", "first_name": "Hélène",
                       "email": f"h{i}@example.org", "phone": "+33 6 12 34 56 78",
                       "organisation": rnd.choice(["Mairie de Nîmes", "=1+1", "Préfecture"]),
                       "org_type": rnd.choice(["Entreprise", "Autre", "Bailleur social"]),
                       "department": rnd.choice(["34 - Hérault", "30 - Gard"])}}))
        if i % 3:
            entries.append(j.NewEntry(j.CHECKIN_RECORDED, reg_id, {
                "at": f"2022-12-08T{9 + i % 4:02d}:{i % 60:02d}:00+01:00",
                "station_name": "Accueil 1"}))
            entries.append(j.NewEntry(j.ATTENDANCE_RECORDED, reg_id, {
                "session": rnd.choice("ABC"), "at": "2022-12-08T14:03:00+01:00",
                "station_name": "Salle", "flags": []}))
    event.append(entries)
    return event


def timed(label: str, run: Callable[[], object]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    print(f"{label:<44} {time.perf_counter() - wall:7.2f} s wall"
          f" {time.process_time() - cpu:7.2f} s CPU")


def baseline(path: Path, rows: int, columns: int) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("x")
    row = ["Lefèvre", "Hélène", "h@example.org", 3, "Mairie de Nîmes"] * (columns // 5 + 1)
    for _ in range(rows):
        ws.append(row[:columns])
    wb.save(path)


def csv_baseline(path: Path, rows: int, columns: int) -> None:
    row = ["Lefèvre", "Hélène", "h@example.org", 3, "Mairie de Nîmes"] * (columns // 5 + 1)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";")
        for _ in range(rows):
            out.writerow(row[:columns])


def seconds(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def both_seconds(job: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of `job`."""
    wall, cpu = time.perf_counter(), time.process_time()
    job()
    return time.perf_counter() - wall, time.process_time() - cpu


def rows(fixtures: Fixtures) -> list[Row]:
    count = fixtures.sizes.registrations
    tmp = fixtures.folder / "reports"
    tmp.mkdir()
    event = make_event(tmp / "big.checkin", count)
    try:
        headers, _ = spreadsheet.registration_table(event)
        xlsx = seconds(lambda: spreadsheet.export(event, tmp / "x.xlsx"))
        xlsx_base = seconds(lambda: baseline(tmp / "b.xlsx", count, len(headers)))
        # Under a second each: the fastest of CSV_RUNS, taken in turns, so that one busy
        # moment of a shared machine does not make the figure; CPU time beside, which the
        # other jobs of a busy machine move less than wall time.
        texts, bases = [], []
        for _ in range(CSV_RUNS):
            texts.append(both_seconds(lambda: spreadsheet.export(event, tmp / "x.csv")))
            bases.append(both_seconds(lambda: csv_baseline(tmp / "b.csv", count,
                                                           len(headers))))
        text, text_cpu = (min(t[i] for t in texts) for i in (0, 1))
        text_base, base_cpu = (min(t[i] for t in bases) for i in (0, 1))
    finally:
        event.close()
    load = f"{count:,} registrations, 2/3 checked in and at a workshop"
    return [
        Row("reports", "export XLSX (every sheet)", xlsx, "s",
            "openpyxl write-only, registrations sheet's cells only", xlsx_base, load),
        Row("reports", "export CSV", text, "s", "csv.writer, the same number of cells",
            text_base, f"{load}; fastest of {CSV_RUNS}"),
        Row("reports", "export CSV, CPU time", text_cpu, "s",
            "csv.writer, the same number of cells, CPU time", base_cpu,
            f"{load}; fastest of {CSV_RUNS}"),
    ]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        wall = time.perf_counter()
        event = make_event(tmp / "big.checkin", count)
        print(f"{count} registrations made in {time.perf_counter() - wall:.1f} s")
        timed("figures.compute", lambda: figures.compute(event))
        timed("export XLSX (all sheets)", lambda: spreadsheet.export(event, tmp / "x.xlsx"))
        timed("export CSV", lambda: spreadsheet.export(event, tmp / "x.csv"))
        timed("sign-in sheets, session A", lambda: sheets.write(event, tmp / "a.pdf",
                                                                only=["A"]))
        headers, _ = spreadsheet.registration_table(event)
        timed("baseline: openpyxl, registrations sheet only",
              lambda: baseline(tmp / "b.xlsx", count, len(headers)))
        event.close()


if __name__ == "__main__":
    main()
