"""Run every benchmark and print one table: each figure beside its baseline measured in the
same run, their ratio, and the workload.

    uv run python tests/perf/run.py [--quick] [--json OUT.json] [--only NAME ...]
                                    [--registrations N] [--keep DIR]

Workloads (full run, about 10 minutes on 2 cores): 50,000 registrations made by
`../shared/tools/make_registrations.py` (CSV, XLSX and the event imported from them, made
once in a scratch folder and shared), 1,000 badges, 8 station bundles of 12,500 entries.
`--quick` runs the same benchmarks on small workloads (a smoke run: its figures mean
little). Ratios are what to read: absolute times follow the machine and its load.
Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import Fixtures, Row, Sizes, machine  # noqa: E402

# Name -> module; each module's rows(fixtures) measures and returns its Rows.
BENCHMARKS = {
    "search": "bench_search",
    "desk": "bench_desk",
    "import": "bench_import",
    "badges": "bench_badges",
    "printing": "bench_printing",
    "merge": "bench_merge",
    "app": "bench_app",
    "reports": "bench_reports",
    "hub": "bench_hub",
}
COLUMNS = ("figure", "ours", "baseline", "ratio", "workload")


def run(names: list[str], fixtures: Fixtures,
        log: Callable[[str], None]) -> tuple[list[Row], dict[str, str]]:
    rows: list[Row] = []
    failures: dict[str, str] = {}
    for name in names:
        started = time.perf_counter()
        log(f"running {name}…")
        try:
            module = importlib.import_module(BENCHMARKS[name])
            got = module.rows(fixtures)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failures[name] = f"{type(exc).__name__}: {exc}"
            log(traceback.format_exc())
            continue
        rows += got
        log(f"  {name}: {time.perf_counter() - started:.0f} s")
    return rows, failures


def number(value: float, unit: str) -> str:
    if unit.startswith("of "):
        return f"{value:.0f} {unit}"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {unit}"


def ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}×" if value >= 0.95 else f"{value:.2g}×"


def table(rows: list[Row]) -> str:
    """A Markdown table: readable in a terminal, pasteable in the README."""
    lines = [[r.figure, number(r.value, r.unit),
              (number(r.baseline_value, r.unit) if r.baseline_value is not None else "—")
              + f" ({r.baseline})",
              ratio(r.ratio), r.workload] for r in rows]
    widths = [max([len(c), *(len(line[i]) for line in lines)]) for i, c in enumerate(COLUMNS)]
    right = {1, 3}

    def cells(values: list[str] | tuple[str, ...]) -> str:
        padded = (v.rjust(w) if i in right else v.ljust(w)
                  for i, (v, w) in enumerate(zip(values, widths, strict=True)))
        return "| " + " | ".join(padded) + " |"
    rule = "|" + "|".join("-" * (w + 1) + (":" if i in right else "-")
                          for i, w in enumerate(widths)) + "|"
    return "\n".join([cells(COLUMNS), rule, *(cells(line) for line in lines)])


def machine_line(info: dict[str, object]) -> str:
    load = info.get("load_average") or []
    return (f"{info.get('cpu')}, {info.get('cores_usable')} cores, {info.get('ram_gb')} GB RAM;"
            f" {info.get('system')}; Python {info.get('python')}, Qt {info.get('qt')}"
            f" (PySide6 {info.get('pyside6')}), SQLite {info.get('sqlite')};"
            f" load average at start {', '.join(f'{x:.2f}' for x in load)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run checkin's benchmarks.")
    parser.add_argument("--quick", action="store_true",
                        help="small workloads: a smoke run whose figures mean little")
    parser.add_argument("--json", type=Path, metavar="OUT.json",
                        help="also write the rows and the machine's description here")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), metavar="NAME",
                        help=f"run only these ({', '.join(BENCHMARKS)})")
    parser.add_argument("--registrations", type=int, metavar="N",
                        help="registrations in the workload (default 50,000; 2,000 quick)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="make (and reuse) the workload files in DIR instead of a"
                             " temporary folder")
    opts = parser.parse_args(argv)

    info = machine()  # load average before anything runs
    started = time.perf_counter()
    sizes = Sizes.quick() if opts.quick else Sizes()
    if opts.registrations:
        sizes = Sizes(**{**sizes.__dict__, "registrations": opts.registrations})
    names = opts.only or list(BENCHMARKS)
    folder = opts.keep or Path(tempfile.mkdtemp(prefix="checkin-bench-"))

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    try:
        fixtures = Fixtures(folder, sizes)
        log(f"workload files in {folder}")
        rows, failures = run(names, fixtures, log)
    finally:
        if opts.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    duration = time.perf_counter() - started

    print()
    print(table(rows))
    print()
    print(f"Machine: {machine_line(info)}.")
    print(f"Run: {dt.datetime.now():%Y-%m-%d %H:%M}, {duration / 60:.1f} min"
          f"{', --quick' if opts.quick else ''}. Ratio: ours / baseline (lower is better).")
    for name, why in failures.items():
        print(f"FAILED {name}: {why}")
    if opts.json:
        opts.json.write_text(json.dumps({
            "machine": info, "quick": opts.quick, "sizes": sizes.__dict__,
            "date": dt.datetime.now().isoformat(timespec="seconds"),
            "duration_s": round(duration, 1), "rows": [r.as_dict() for r in rows],
            "failures": failures}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
