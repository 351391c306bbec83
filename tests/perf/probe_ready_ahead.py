"""A check-in's card made ready while its COMMIT syncs, or not: the two in turns, badge
after badge, in one desk window on one event file (the disk's latency swings within
minutes: alternate badges meet it alike). Enter → the card's first paint, as
`bench_desk` times it, each beside a bare journal INSERT + COMMIT made right before.
Printed, never asserted.

    uv run python tests/perf/probe_ready_ahead.py [FOLDER] [BADGES]

FOLDER: where the benchmarks' fixtures are kept (`run.py --keep FOLDER`), else a new one.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_desk
from bench_desk import BareJournal, PaintWatch, _scanned, settle, wait
from common import Fixtures, Sizes


def probe(path: Path, folder: Path, badges: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QSettings

    from checkin.core import reception
    from checkin.gui.app import make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds

    make_app()
    settings = Settings(QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, Sounds(volume=0))
    window.resize(1366, 768)
    window.show()
    window.open_event(path)
    wait(lambda: window.desk is not None and not window.worker.busy, timeout=120)
    desk = window.desk
    ready_ahead = desk.scan_job  # this code's: the card made ready during the COMMIT

    def after_commit(text: str):  # type: ignore[no-untyped-def]
        return lambda event: reception.scan(event, text)  # the card set once it returned
    bench_desk.SCANS = badges
    texts = bench_desk.payloads(path, 100)
    watch = PaintWatch(desk.outcome)
    bare = BareJournal(folder / "bare.sqlite")
    got: dict[str, list[float]] = {"made ready during the COMMIT": [],
                                   "words set after the COMMIT": [], "bare": []}
    for n, text in enumerate(texts):
        ahead = n % 2 == 0
        desk.scan_job = ready_ahead if ahead else after_commit  # type: ignore[method-assign]
        settle(window)
        bare.insert()
        took = _scanned(desk, watch, text)
        got["made ready during the COMMIT" if ahead else "words set after the COMMIT"].append(
            took)
    got["bare"] = bare.times
    bare.close()
    window.shutdown()
    return got


def main() -> None:
    badges = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)
        path = Fixtures(folder, Sizes(registrations=50_000)).event_copy("ready-ahead")
        work = Path(tempfile.mkdtemp(prefix="ready-ahead-", dir=folder))
        try:
            load = os.getloadavg()[0]
            cpu = time.process_time()
            got = probe(path, work, badges)
            print(f"load average {load:.2f} → {os.getloadavg()[0]:.2f},"
                  f" CPU {time.process_time() - cpu:.1f} s")
            bare = statistics.median(got.pop("bare"))
            for name, values in got.items():
                ms = sorted(v * 1000 for v in values)
                print(f"{statistics.median(ms):7.3f} ms (p25 {ms[len(ms) // 4]:.3f},"
                      f" p75 {ms[3 * len(ms) // 4]:.3f}, n={len(ms)}, "
                      f"{statistics.median(ms) / (bare * 1000):.2f}× the bare insert)  {name}")
            print(f"{bare * 1000:7.3f} ms  bare journal INSERT + COMMIT, median")
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
