"""App start, two versions of the code in turns: `checkin EVENT` until its desk is shown.

    uv run python tests/perf/probe_app_turns.py OLD_TREE NEW_TREE EVENT [--pairs 6]

OLD_TREE and NEW_TREE are checkouts (`git worktree add --detach ../old main`), each with
its own `uv sync`. Each pair starts the empty window (bench_app's baseline), then both
versions, in an order that alternates, on the same event file, each with its own
settings folder and compiled bytecode (a first start of each is not timed). At the ready
line it reads the wall time since the spawn, the CPU time of the main thread and of all
threads (/proc/PID/task/*/schedstat: steadier than wall time on a loaded machine) and
the peak RSS. Prints each pair, then medians and ranges; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_app import BASELINE

Start = tuple[float, float, float, float]  # wall, main thread CPU, all threads CPU, RSS MB


def start(tree: Path, args: list[str], folder: Path) -> Start:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKIN_EXIT_AFTER_MS": "500",
           "CHECKIN_REPORT_READY": "1", "XDG_CONFIG_HOME": str(folder / "config"),
           "XDG_DATA_HOME": str(folder / "data"), "PYTHONPYCACHEPREFIX": str(folder / "pyc")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    began = time.monotonic()
    process = subprocess.Popen([str(tree / ".venv/bin/python"), *args], cwd=tree, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    seen = None
    for line in process.stderr:
        if line.startswith("checkin-ready "):
            seen = (float(line.split()[1]) - began, *_cpu(process.pid), _peak_mb(process.pid))
            break
    rest = process.stderr.read()
    process.wait()
    if seen is None or process.returncode != 0:
        raise RuntimeError(f"{tree}: status {process.returncode}\n{rest[-2000:]}")
    return seen


def _cpu(pid: int) -> tuple[float, float]:
    tasks = Path(f"/proc/{pid}/task")
    def ns(task: Path) -> int:
        return int((task / "schedstat").read_text().split()[0])
    return ns(tasks / str(pid)) / 1e9, sum(ns(t) for t in tasks.iterdir()) / 1e9


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _summary(name: str, runs: list[Start], base: list[Start]) -> str:
    def span(values: list[float], digits: int = 3) -> str:
        return (f"{statistics.median(values):.{digits}f}"
                f" [{min(values):.{digits}f}-{max(values):.{digits}f}]")
    gaps = [r[0] - b[0] for r, b in zip(runs, base, strict=True)]
    return (f"{name}: wall {span([r[0] for r in runs])} s, gap to the empty window"
            f" {span(gaps)} s, main thread CPU {span([r[1] for r in runs])} s, all threads"
            f" {span([r[2] for r in runs])} s, peak RSS {span([r[3] for r in runs], 1)} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("event", type=Path)
    parser.add_argument("--pairs", type=int, default=6)
    opts = parser.parse_args()
    trees = {"old": opts.old.resolve(), "new": opts.new.resolve()}
    scratch = Path(tempfile.mkdtemp(prefix="app-turns-"))
    folders = {name: scratch / name for name in trees}
    app = ["-m", "checkin", str(opts.event.resolve())]
    for name, tree in trees.items():  # compiles the bytecode, warms the disk cache
        start(tree, ["-c", BASELINE], folders[name])
        start(tree, app, folders[name])
    runs: dict[str, list[Start]] = {"base": [], "old": [], "new": []}
    for pair in range(opts.pairs):
        load = Path("/proc/loadavg").read_text().split()[0]
        base = start(trees["new"], ["-c", BASELINE], folders["new"])
        runs["base"].append(base)
        words = [f"pair {pair + 1}, load {load}: empty window {base[0]:.3f} s"]
        for name in (("old", "new") if pair % 2 == 0 else ("new", "old")):
            r = start(trees[name], app, folders[name])
            runs[name].append(r)
            words.append(f"{name} {r[0]:.3f} s (+{r[0] - base[0]:.3f}), main {r[1]:.3f},"
                         f" all {r[2]:.3f} s CPU, {r[3]:.0f} MB")
        print("; ".join(words), flush=True)
    for name in ("old", "new", "base"):
        print(_summary(name, runs[name], runs["base"]))
    print("load average at the end:", Path("/proc/loadavg").read_text().strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
