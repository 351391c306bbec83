"""Benchmark: importing the registrations export (CSV and XLSX) into a new event, beside
reading the same file with the standard reader into a bare SQLite table.

    uv run python tests/perf/bench_import.py [COUNT]
    uv run python tests/perf/run.py --only import    (with every other benchmark: no --only)

Ours: `plan_import` (reading, recognising columns and workshops, merging resubmitted
forms, every check and the report) and `Event.append` of the entries (journal and
projections, durable); and, as whole processes, `checkin import EVENT FILE` as a user runs
it (Python's start, checkin's imports, the backup before an import, all of the above).
Baseline: `csv.DictReader`, or openpyxl in read-only mode, and one INSERT per row into a
table of text columns, one transaction, on the same kind of file (rollback journal,
synchronous=FULL); as a whole process, the same in a `python` started for it. Processes
run with their modules' bytecode cached, as an installed program's are (a warm-up round),
and their CPU time (user + system) is printed beside their clock time.
Also the import as `checkin import` makes it into an event without registrations, in
process: planned while it is written (`ImportStream`, `Event.append_stream`).
Also `Event.append` alone, through batch_writer, beside the row-by-row path that smaller
appends take (both on the CSV's planned entries). Ours and the baseline run alternately,
`rounds` times (median kept): the machine's load touches both alike.
Times are printed, never asserted.
"""

from __future__ import annotations

import os
import resource as rusage
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bare_import import bare, csv_rows, xlsx_rows
from common import ROOT, Fixtures, Row

from checkin.core import batch_writer
from checkin.core.bulk import gc_paused
from checkin.core.event import Event
from checkin.core.importing import ImportStream, plan_import
from checkin.core.programme import load_programme
from checkin.resources import resource


def ours(export: Path, target: Path) -> int:
    programme = load_programme(resource("demo", "programme.toml"))
    with Event.create(target, programme, station_name="Import") as event:
        plan = plan_import(export, programme, event.registrations())
        event.append(plan.entries)
    return len(plan.entries)


def streamed(export: Path, target: Path) -> int:
    """What `checkin import` does into an event without registrations: planned while it
    is written (ImportStream, Event.append_stream), on both cores."""
    programme = load_programme(resource("demo", "programme.toml"))
    with Event.create(target, programme, station_name="Import") as event, gc_paused():
        stream = ImportStream(export, programme)
        event.append_stream(stream.batches(batch_writer.CHUNK), stream.report.rows,
                            stream.revised)
        plan = stream.plan()
    return len(plan.entries)


def append_only(export: Path, target: Path, batch: bool) -> Callable[[], object]:
    """`Event.append` of the export's planned entries (planned beforehand, not timed),
    through batch_writer or, with batch=False, row by row as smaller appends go."""
    programme = load_programme(resource("demo", "programme.toml"))
    entries = plan_import(export, programme, []).entries

    def job() -> None:
        start = batch_writer.FROM
        batch_writer.FROM = start if batch else len(entries) + 1
        try:
            with Event.create(_fresh(target), programme, station_name="Import") as event:
                event.append(entries)
        finally:
            batch_writer.FROM = start
    return job


def seconds(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def _fresh(path: Path) -> Path:
    for old in path.parent.glob(path.name + "*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    return path


def _command(export: Path, event: Path) -> Callable[[], object]:
    """`checkin import` on a new event (made beforehand, not timed)."""
    subprocess.run([sys.executable, "-m", "checkin", "new", str(_fresh(event)),
                    "--programme", str(resource("demo", "programme.toml"))],
                   check=True, capture_output=True, cwd=ROOT, env=_ENV)
    return lambda: _child([sys.executable, "-m", "checkin", "import", str(event), str(export)])


def _bare_process(export: Path, target: Path) -> Callable[[], object]:
    """The baseline in a Python started for it."""
    reader = "csv_rows" if export.suffix == ".csv" else "xlsx_rows"
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            f"from bare_import import bare, {reader}; from pathlib import Path; "
            f"bare({reader}(Path({str(export)!r})), Path({str(target)!r}))")
    return lambda: _child([sys.executable, "-c", code])


# Processes run as on a user's machine, their modules compiled once and kept (here, in
# a folder of the benchmark's: PYTHONDONTWRITEBYTECODE, set where these runs are made,
# would have every `checkin import` compile checkin's modules again, 0.1 s of CPU).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_last_cpu = [0.0]  # the CPU (user + system) of the last process run


def _child(command: list[str]) -> None:
    before = _children_cpu()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=_ENV)
    _last_cpu[0] = _children_cpu() - before


def _children_cpu() -> float:
    usage = rusage.getrusage(rusage.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(fixtures: Fixtures) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="import-", dir=fixtures.folder))
    _ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    runs: dict[str, list[float]] = {}
    for round_ in range(max(1, min(3, fixtures.sizes.rounds)) + 1):  # the first: warm-up
        for suffix, reader in ((".csv", csv_rows), (".xlsx", xlsx_rows)):
            export = fixtures.export(suffix)
            name = suffix[1:]
            jobs = {
                name: lambda e=export, n=name: ours(e, _fresh(work / f"{n}.checkin")),
                name + "_base": lambda e=export, n=name, r=reader: bare(
                    r(e), _fresh(work / f"{n}.sqlite")),
                name + "_process": _command(export, work / f"{name}-cli.checkin"),
                name + "_process_base": _bare_process(export, _fresh(work / f"{name}-p.sqlite")),
            }
            if suffix == ".csv":
                jobs["csv_stream"] = lambda e=export: streamed(e, _fresh(work / "stream.checkin"))
                jobs["append_batch"] = append_only(export, work / "batch.checkin", True)
                jobs["append_rows"] = append_only(export, work / "rows.checkin", False)
            for key, job in jobs.items():
                if key.endswith("_process_base"):
                    _fresh(work / f"{name}-p.sqlite")
                if not round_:  # compiles and caches the processes' modules
                    if key.endswith(("_process", "_process_base")):
                        job()
                    continue
                runs.setdefault(key, []).append(seconds(job))
                if key.endswith(("_process", "_process_base")):
                    runs.setdefault(key + "_cpu", []).append(_last_cpu[0])
    shutil.rmtree(work, ignore_errors=True)
    return {key: statistics.median(values) for key, values in runs.items()}


def rows(fixtures: Fixtures) -> list[Row]:
    m = measure(fixtures)
    count = fixtures.sizes.registrations
    load = f"{count:,}-row Google Forms export (make_registrations.py), into a new event"
    return [
        Row("import", "import CSV (plan_import + append)", m["csv"], "s",
            "csv.DictReader into a bare SQLite table", m["csv_base"], load),
        Row("import", "import CSV planned while written (ImportStream + append_stream)",
            m["csv_stream"], "s", "csv.DictReader into a bare SQLite table", m["csv_base"],
            load),
        Row("import", "import CSV: checkin import, whole process", m["csv_process"], "s",
            "python: csv.DictReader into a bare SQLite table", m["csv_process_base"], load),
        Row("import", "import CSV: checkin import, whole process, CPU (user + system)",
            m["csv_process_cpu"], "s", "python: csv.DictReader into a bare SQLite table, CPU",
            m["csv_process_base_cpu"], load),
        Row("import", "import CSV: Event.append alone (batch_writer)", m["append_batch"], "s",
            "the same append row by row", m["append_rows"], load),
        Row("import", "import XLSX (plan_import + append)", m["xlsx"], "s",
            "openpyxl read-only into a bare SQLite table", m["xlsx_base"], load),
        Row("import", "import XLSX: checkin import, whole process", m["xlsx_process"], "s",
            "python: openpyxl read-only into a bare SQLite table", m["xlsx_process_base"],
            load),
    ]


if __name__ == "__main__":  # the runner prints it beside the others' figures
    from run import main
    raise SystemExit(main(["--only", "import", *sys.argv[1:]]))
