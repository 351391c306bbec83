"""What the benchmarks share: the rows they report, the workloads' sizes, the fixtures
built once per run (the registrations export as CSV and XLSX, the event file imported from
it), and a description of the machine.

Every figure is reported beside a baseline measured in the same run on the same machine:
read the ratio, not the absolute time, which depends on the machine and its load.
"""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
MAKE_REGISTRATIONS = ROOT.parent / "shared/tools/make_registrations.py"
SEED = 7

# Baselines write to files of the event file's kind (checkin/core/storage.py): a rollback
# journal truncated after each commit (not WAL: see storage._no_wal), synchronous=FULL.
FILE_KIND = "rollback journal, synchronous=FULL"


def like_event_file(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.execute("PRAGMA journal_mode = TRUNCATE")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@dataclass
class Row:
    """One figure beside its baseline. `value / baseline_value` is the ratio: for a time,
    how many times the baseline's; None when it means nothing (a recall, a zero)."""

    bench: str
    figure: str
    value: float
    unit: str
    baseline: str
    baseline_value: float | None
    workload: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.baseline_value or self.unit.startswith("of "):  # "3 of 3": a recall
            return None
        return self.value / self.baseline_value

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


@dataclass(frozen=True)
class Sizes:
    registrations: int = 50_000
    badges: int = 1_000
    stations: int = 8
    entries_per_station: int = 12_500
    rounds: int = 5  # repetitions of each small measurement (medians are kept)
    app_runs: int = 3

    @classmethod
    def quick(cls, registrations: int = 2_000) -> Sizes:
        return cls(registrations=registrations, badges=20, stations=8,
                   entries_per_station=100, rounds=2, app_runs=1)


class Fixtures:
    """Workload files made once per run in `folder` and shared by the benchmarks."""

    def __init__(self, folder: Path, sizes: Sizes) -> None:
        self.folder = folder
        self.sizes = sizes
        folder.mkdir(parents=True, exist_ok=True)

    def export(self, suffix: str = ".csv") -> Path:
        """The Google-Forms-like export of `sizes.registrations` people (.csv or .xlsx)."""
        path = self.folder / f"registrations-{self.sizes.registrations}{suffix}"
        if not path.exists():
            subprocess.run([sys.executable, str(MAKE_REGISTRATIONS),
                            str(self.sizes.registrations), str(path), "--seed", str(SEED)],
                           check=True, capture_output=True)
        return path

    def event(self) -> Path:
        """An event file (demo programme, station "Accueil 1") with the export imported.
        Treat it as read-only: `event_copy` gives a file a benchmark may change."""
        path = self.folder / f"event-{self.sizes.registrations}.checkin"
        if not path.exists():
            from checkin.core.event import Event
            from checkin.core.importing import plan_import
            from checkin.core.programme import load_programme
            from checkin.resources import resource

            programme = load_programme(resource("demo", "programme.toml"))
            part = path.with_name("building-" + path.name)
            with Event.create(part, programme, station_name="Accueil 1") as event:
                event.append(plan_import(self.export(), programme, []).entries)
            part.rename(path)  # closed: the WAL is checkpointed into the file
        return path

    def event_copy(self, name: str, target: Path | None = None) -> Path:
        """A fresh clone of `event()` (station `name`, unclaimed) that a benchmark may change."""
        from checkin.core import stations
        from checkin.core.event import Event

        target = target or self.folder / f"{name}.checkin"
        for old in target.parent.glob(target.name + "*"):
            if old.is_dir():
                shutil.rmtree(old)
            else:
                old.unlink()
        # Cloned from a throwaway copy: a clone records its station in its source too.
        source = target.with_name(f"source-{target.name}")
        shutil.copyfile(self.event(), source)
        try:
            with Event.open(source) as event:
                stations.clone(event, target, f"Bench {name}")
        finally:
            for leftover in source.parent.glob(source.name + "*"):
                shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        return target


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def p95_ms(seconds: list[float]) -> float:
    ms = sorted(s * 1000 for s in seconds)
    return ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    info: dict[str, Any] = {
        "cpu": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        names = [line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
                 if line.startswith("model name")]
        if names:
            info["cpu"] = names[0]
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        total_kb = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
        info["ram_gb"] = round(total_kb / 1024 / 1024, 1)
    except (OSError, StopIteration, ValueError):
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        pass
    return info
