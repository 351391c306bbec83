"""The benchmark runner (tests/perf/run.py), smoke-run on a tiny workload: its table and
its JSON have the promised shape. Times are never checked, only structure."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUNNER = ROOT / "tests/perf/run.py"
FIELDS = {"bench", "figure", "value", "unit", "baseline", "baseline_value", "ratio",
          "workload", "extra"}


@pytest.mark.slow
def test_quick_run_prints_the_table_and_writes_the_json(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(RUNNER), "--quick", "--registrations", "600",
                           "--json", str(out), "--keep", str(tmp_path / "work")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]

    report = json.loads(out.read_text(encoding="utf-8"))
    machine = report["machine"]
    for key in ("cpu", "cores", "ram_gb", "python", "qt", "sqlite", "load_average"):
        assert machine[key], key
    assert report["quick"] is True and report["failures"] == {}
    rows = report["rows"]
    hub = {"hub"} if os.environ.get("CHECKIN_TEST_PG") else set()  # needs its server
    assert {r["bench"] for r in rows} == {"search", "desk", "import", "badges", "printing",
                                          "merge", "app", "reports", *hub}
    for row in rows:
        assert set(row) == FIELDS
        assert row["figure"] and row["unit"] and row["baseline"] and row["workload"]
        assert math.isfinite(row["value"]) and row["value"] >= 0
        if row["ratio"] is not None:
            assert math.isclose(row["ratio"], row["value"] / row["baseline_value"])
    recall = [r for r in rows if r["unit"].startswith("of ")]
    assert recall and all(r["ratio"] is None for r in recall)
    assert any(r["workload"].startswith("600-row") for r in rows)

    table = [line for line in done.stdout.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in table[0].strip("|").split("|")]
    assert header == ["figure", "ours", "baseline", "ratio", "workload"]
    body = table[2:]
    assert [line.split("|")[1].strip() for line in body] == [r["figure"] for r in rows]
    assert "Machine: " in done.stdout and machine["cpu"] in done.stdout
