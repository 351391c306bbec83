"""Where a scan's time goes in the real desk window: `time.perf_counter_ns` stamps along
the path, medians over the scans, printed (never asserted).

    uv run python tests/perf/probe_scan_path.py [FOLDER] [SCANS]

FOLDER: where the benchmarks' fixtures are kept (`run.py --keep FOLDER`), else a new one:
the event of 50,000 registrations is then made first, as bench_desk's.
Stamps: Enter (the key sent) → the job handed over (`EventWorker.submit` returns) → the
event's thread starts it → each SQL statement starts (SQLite's trace callback) → the
COMMIT returns (`Event._changed` called) → the scan returns → the result is posted → the
GUI thread delivers it → the card's words set → the card's first paint. And Enter →
painted less the COMMIT: what is left when the disk's latency, which swings several-fold
within minutes on this machine, is taken out. Beside the wall times, each thread's own CPU
time (`time.thread_time_ns`) over its part (the GUI thread's from Enter to the job handed
over, while the job runs, from the result delivered to the card's words and to its paint;
the event thread's from BEGIN to the COMMIT): under load, wall time above CPU time is
waiting for a core or for Python's lock, CPU time above a quiet run's is the same work run
with cold caches. The window is made active: under X, the scanner's filter hears only the
keys of the active window (else the Enter went to the search field as typing). The stamps
are installed by wrapping methods here, so the app itself carries none.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from bench_desk import PaintWatch, key, payloads, settle, wait
from common import Fixtures, Sizes
from PySide6.QtCore import QSettings, Qt

now = time.perf_counter_ns


def probe(path: Path, scans: int) -> dict[str, list[float]]:
    from checkin.core import reception
    from checkin.gui import worker as worker_mod
    from checkin.gui.app import make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds

    make_app()
    stamps: dict[str, int] = {}
    sql: list[tuple[int, str]] = []
    cpu_marks: list[int] = []  # the event thread's CPU time at each statement
    gui_cpu: dict[str, int] = {}  # the GUI thread's CPU time at its stamps
    worker_cls = worker_mod.EventWorker
    submit, deliver = worker_cls.submit, worker_cls._deliver
    scan = reception.scan

    def submit_stamped(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        submit(self, *args, **kwargs)
        stamps.setdefault("submitted", now())
        gui_cpu.setdefault("submitted", time.thread_time_ns())

    def deliver_stamped(self, delivery):  # type: ignore[no-untyped-def]
        stamps.setdefault("delivered", now())
        gui_cpu.setdefault("delivered", time.thread_time_ns())
        deliver(self, delivery)

    def scan_stamped(event, text):  # type: ignore[no-untyped-def]
        stamps["thread starts"] = now()
        cpu = stamps["thread starts CPU"] = time.thread_time_ns()
        event.conn.set_trace_callback(lambda s: (sql.append((now(), s)),
                                                  cpu_marks.append(time.thread_time_ns())))
        try:
            return scan(event, text)
        finally:
            stamps["scan returns"] = now()
            stamps["scan CPU"] = time.thread_time_ns() - cpu
            event.conn.set_trace_callback(None)

    worker_cls.submit, worker_cls._deliver = submit_stamped, deliver_stamped
    from checkin.core.event import Event
    changed = Event._changed

    def changed_stamped(self, subjects):  # type: ignore[no-untyped-def]
        stamps.setdefault("committed", now())  # called once the COMMIT has returned
        changed(self, subjects)
    Event._changed = changed_stamped  # type: ignore[method-assign]
    on_scan = MainWindow.on_scan

    def on_scan_stamped(self, text):  # type: ignore[no-untyped-def]
        stamps.setdefault("scan read", now())
        on_scan(self, text)
    MainWindow.on_scan = on_scan_stamped
    reception.scan = scan_stamped
    folder = Path(tempfile.mkdtemp(prefix="probe-scan-"))
    settings = Settings(QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, Sounds(volume=0))
    window.resize(1366, 768)
    window.show()
    window.open_event(path)
    wait(lambda: window.desk is not None and not window.worker.busy, timeout=120)
    window.activateWindow()  # under X, the scanner's filter hears keys of the active window
    desk = window.desk
    card = desk.outcome
    show = card._show

    def show_stamped(*args, **kwargs):  # type: ignore[no-untyped-def]
        stamps.setdefault("card shown", now())
        gui_cpu.setdefault("card shown", time.thread_time_ns())
        return show(*args, **kwargs)
    card._show = show_stamped
    watch = CpuPaintWatch(card)
    # PROBE_PROFILE=1: what the GUI thread does from Enter to the job handed over
    profile = cProfile.Profile() if os.environ.get("PROBE_PROFILE") else None
    spans: dict[str, list[float]] = defaultdict(list)
    statements: dict[str, list[float]] = defaultdict(list)
    started = time.process_time_ns()
    # PROBE_WARM=k: after the badge's k-th key (-1: its last), a read-only job runs the
    # scan's Python path on the event's thread (another badge identified, nothing written)
    warm = int(os.environ.get("PROBE_WARM", "0"))
    warm_with = payloads(path, 900)[0]
    for payload in payloads(path, 500)[:scans]:
        warm_at = len(payload) + 1 + warm if warm < 0 else warm
        settle(window)
        for n, ch in enumerate(payload, 1):
            key(desk.search_field, ch)
            if n == warm_at:  # PROBE_WARM: the event's thread woken while the badge is read
                window.worker.submit(lambda event: reception.identify(event, warm_with))
        stamps.clear()
        sql.clear()
        cpu_marks.clear()
        watch.arm()
        gui_cpu.clear()
        stamps["enter"] = now()
        gui_cpu["enter"] = time.thread_time_ns()
        cpu = time.process_time_ns()
        if profile is not None:
            profile.enable()
        key(desk.search_field, "\r", Qt.Key.Key_Return)
        stamps["Enter handled"] = now()
        if profile is not None:
            profile.disable()
        wait(lambda: watch.before is None)
        spans["CPU (both threads), Enter → the card seen painted"].append(
            (time.process_time_ns() - cpu) / 1e6)
        stamps["painted"] = int(watch.at * 1e9)
        assert card.state == "checked_in", card.state
        order = ["enter", "scan read", "submitted", "thread starts", "scan returns", "delivered",
                 "card shown", "painted"]
        for a, b in itertools.pairwise(order):
            spans[f"{a} → {b}"].append((stamps[b] - stamps[a]) / 1e6)
        spans["Enter → painted"].append((stamps["painted"] - stamps["enter"]) / 1e6)
        gui_cpu["painted"] = watch.cpu
        for a, b in itertools.pairwise(["enter", "submitted", "delivered", "card shown",
                                        "painted"]):
            spans[f"  the GUI thread's CPU, {a} → {b}"].append((gui_cpu[b] - gui_cpu[a]) / 1e6)
        spans["  submitted → Enter handled (the GUI thread back in its loop)"].append(
            (stamps["Enter handled"] - stamps["submitted"]) / 1e6)
        at = next(i for i, (_, s) in enumerate(sql) if s.startswith("COMMIT"))
        commit = sql[at][0]
        spans["  BEGIN → COMMIT, the event thread's wall time"].append(
            (commit - sql[0][0]) / 1e6)
        spans["  BEGIN → COMMIT, the event thread's CPU"].append(
            (cpu_marks[at] - cpu_marks[0]) / 1e6)
        spans["  the event thread's CPU in reception.scan"].append(stamps["scan CPU"] / 1e6)
        spans["  thread starts → BEGIN"].append((sql[0][0] - stamps["thread starts"]) / 1e6)
        spans["  thread starts → BEGIN, the event thread's CPU"].append(
            (cpu_marks[0] - stamps["thread starts CPU"]) / 1e6)
        spans["  COMMIT returned → scan returns"].append(
            (stamps["scan returns"] - stamps["committed"]) / 1e6)
        spans["Enter → painted, less the COMMIT"].append(
            (stamps["painted"] - stamps["enter"] - stamps["committed"] + commit) / 1e6)
        marks = [*sql, (stamps["committed"], "(committed)")]
        for (t0, s), (t1, _) in itertools.pairwise(marks):
            statements[_shape(s)].append((t1 - t0) / 1e6)
    spans["CPU (both threads) a scan, all its work included"] = [
        (time.process_time_ns() - started) / 1e6 / scans]
    window.shutdown()
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    shutil.rmtree(folder, ignore_errors=True)
    return {**spans, **{f"  sql: {k}": v for k, v in statements.items()}}


class CpuPaintWatch(PaintWatch):
    """PaintWatch that also notes the GUI thread's CPU time at the card's paint."""

    cpu = 0

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        armed = self.before is not None
        result = super().eventFilter(watched, event)
        if armed and self.before is None:
            self.cpu = time.thread_time_ns()
        return result


def _shape(statement: str) -> str:
    """A statement without its values: one line per statement of the path."""
    words = " ".join(statement.split())
    return re.sub(r"'[^']*'", "?", words.split(" VALUES ")[0])[:80]


def main() -> None:
    scans = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)
        path = Fixtures(folder, Sizes(registrations=50_000)).event_copy("probe")
        print(f"load average {os.getloadavg()[0]:.2f}")
        for name, values in probe(path, scans).items():
            print(f"{statistics.median(values):7.3f} ms  (n={len(values):3d})  {name}")


if __name__ == "__main__":
    main()
