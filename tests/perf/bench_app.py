"""Benchmark: the app started on the big event, until its desk is shown, and its memory.

    uv run python tests/perf/bench_app.py [COUNT]
    uv run python tests/perf/run.py --only app       (with every other benchmark: no --only)

`python -m checkin EVENT` runs in a subprocess (Qt offscreen, its own settings folder);
with CHECKIN_REPORT_READY set it prints the monotonic time at which the desk of the opened
event is painted, and CHECKIN_EXIT_AFTER_MS makes it quit 0.5 s later. Start: from just
before the process is spawned to that moment (interpreter, imports, window, integrity
check, search index, desk). Memory: the process's peak resident set size then (VmHWM in
/proc; not `wait4`'s, which counts the pages of this big parent the child forked from).
Baseline, measured the same way: a process that imports PySide6, shows an empty
QMainWindow and quits. Times are printed, never asserted.

Both run from compiled bytecode, as the installed app does (PyInstaller ships it): the
sources are compiled once, by a first launch of each that is not timed, into a cache in
the workload's folder, even where PYTHONDONTWRITEBYTECODE is set (as on this machine,
where each start compiled about 140 modules again: 60-90 ms for the app, 20-45 ms for
the empty window, measured side by side at load 4).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, Fixtures, Row

BASELINE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
window.repaint()
print(f"checkin-ready {time.monotonic():.6f} 1", file=sys.stderr, flush=True)
time.sleep(0.5)  # as the app, alive a moment after: its peak memory is read then
"""


def launch(args: list[str], folder: Path) -> tuple[float, float]:
    """Seconds from spawn to the reported moment, and the peak RSS in MB then."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKIN_EXIT_AFTER_MS": "500",
           "CHECKIN_REPORT_READY": "1", "XDG_CONFIG_HOME": str(folder / "config"),
           "XDG_DATA_HOME": str(folder / "data"), "PYTHONPYCACHEPREFIX": str(folder / "pyc")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.monotonic()
    process = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    lines, ready, peak = [], None, 0.0
    for line in process.stderr:
        lines.append(line)
        if line.startswith("checkin-ready "):
            ready = line.split()
            peak = _peak_rss_mb(process.pid)
            break
    lines += process.stderr.read().splitlines()
    process.wait()
    if process.returncode != 0 or ready is None or ready[2] != "1":
        tail = "".join(lines[-5:])
        raise RuntimeError(f"{args[1:]} failed (status {process.returncode}):\n{tail}")
    return float(ready[1]) - start, peak


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(fixtures: Fixtures) -> dict[str, list[float]]:
    event = fixtures.event()
    folder = Path(tempfile.mkdtemp(prefix="app-", dir=fixtures.folder))
    app_args = [sys.executable, "-m", "checkin", str(event)]
    base_args = [sys.executable, "-c", BASELINE]
    launch(base_args, folder)  # warms the disk cache for both (same Python, same Qt)
    launch(app_args, folder)  # and compiles the bytecode of both
    out: dict[str, list[float]] = {"app": [], "app_rss": [], "base": [], "base_rss": []}
    for _ in range(fixtures.sizes.app_runs):
        for name, args in (("base", base_args), ("app", app_args)):
            seconds, rss = launch(args, folder)
            out[name].append(seconds)
            out[name + "_rss"].append(rss)
    return out


def rows(fixtures: Fixtures) -> list[Row]:
    m = measure(fixtures)
    runs = fixtures.sizes.app_runs
    load = (f"`checkin EVENT`, {fixtures.sizes.registrations:,} registrations, Qt offscreen,"
            f" median of {runs} run{'s' if runs > 1 else ''}")
    empty = "python: import PySide6, show an empty QMainWindow"
    return [
        Row("app", "app start → desk shown", statistics.median(m["app"]), "s", empty,
            statistics.median(m["base"]), load),
        Row("app", "app memory (peak RSS)", statistics.median(m["app_rss"]), "MB", empty,
            statistics.median(m["base_rss"]), load),
    ]


if __name__ == "__main__":  # the runner prints it beside the others' figures
    from run import main
    raise SystemExit(main(["--only", "app", *sys.argv[1:]]))
