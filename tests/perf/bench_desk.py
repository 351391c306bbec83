"""Benchmark: the reception desk at 50,000 registrations, in the real main window.

    uv run python tests/perf/bench_desk.py [COUNT]
    uv run pytest tests/perf/bench_desk.py -s

Two figures, each beside a baseline measured in the same run:

- keystroke → updated result list: a key sent to the search field until the results of
  that query are in the list (search in the event's thread, model reset, view repainted);
  baseline: a bare QLineEdit whose textChanged refills a QListWidget with the same
  results, already computed. The desk's wedge-scanner capture holds a typed key for at
  most its `gap` (50 ms) to tell typing from a scan; it is switched off here and reported
  apart, since it is a fixed, chosen delay.
- a scan's Enter → outcome card: a badge payload typed as a burst, from the Enter key to
  the outcome card showing "checked in" (check-in written durably in the event's thread);
  baseline: a bare INSERT of one journal row and COMMIT on the same kind of file (WAL,
  synchronous=FULL).

Times are printed, never asserted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

ROOT = Path(__file__).resolve().parents[2]
MAKE_REGISTRATIONS = ROOT.parent / "shared/tools/make_registrations.py"
COUNT = 50_000
QUERIES = ["m", "ma", "mar", "mart", "marti", "martin", "d", "du", "dur", "dura", "duran",
           "g", "gu", "gue", "guer", "l", "le", "lef", "lefe", "lefeb", "b", "be", "ber",
           "bern", "berna", "p", "pe", "pet", "peti", "petit"]
SCANS = 30


def build_event(folder: Path, count: int) -> Path:
    from checkin.core.event import Event
    from checkin.core.importing import plan_import
    from checkin.core.programme import load_programme
    from checkin.resources import resource

    export = folder / "registrations.csv"
    subprocess.run([sys.executable, str(MAKE_REGISTRATIONS), str(count), str(export),
                    "--seed", "7"], check=True, capture_output=True)
    programme = load_programme(resource("demo", "programme.toml"))
    path = folder / "big.checkin"
    with Event.create(path, programme, station_name="Accueil 1") as event:
        event.append(plan_import(export, programme, []).entries)
    return path


def wait(condition, timeout: float = 30.0) -> None:
    """Sleep in the event loop until `condition()`: a busy loop would hold the GIL and
    slow down the event's thread that is being measured."""
    end = time.perf_counter() + timeout
    ticker = QTimer()
    ticker.start(5)  # wakes the loop even when no event comes
    while not condition():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > end:
            raise TimeoutError("the desk did not answer")
    ticker.stop()


def key(widget: QWidget, text: str, code: int = 0) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)
    QApplication.sendEvent(widget, event)


def summary(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"median {statistics.median(ms):6.2f} ms, p95 {p95:6.2f} ms, max {ms[-1]:6.2f} ms"


def desk_keystrokes(window) -> tuple[list[float], dict[str, list[str]]]:
    desk = window.desk
    window.capture.enabled = False
    field = desk.search_field
    times, shown = [], {}
    for query in QUERIES:
        if len(query) == 1:
            field.clear()
            wait(lambda: desk.model.rowCount() == 0)
        start = time.perf_counter()
        key(field, query[-1])
        wait(lambda q=query: desk._shown_query == q)
        desk.results.viewport().repaint()
        times.append(time.perf_counter() - start)
        shown[query] = [desk.model.data(desk.model.index(r, 0))
                        for r in range(desk.model.rowCount())]
    window.capture.enabled = True
    return times, shown


def baseline_keystrokes(shown: dict[str, list[str]]) -> list[float]:
    box = QWidget()
    edit, view = QLineEdit(), QListWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(edit)
    layout.addWidget(view)
    box.resize(800, 600)
    box.show()

    def refill(text: str) -> None:
        view.clear()
        view.addItems(shown.get(text, []))
    edit.textChanged.connect(refill)
    times = []
    for query in QUERIES:
        if len(query) == 1:
            edit.clear()
        start = time.perf_counter()
        key(edit, query[-1])
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    box.close()
    return times


def desk_scans(window, path: Path) -> list[float]:
    from checkin.core.event import Event
    with Event.open(path) as event:
        people = event.registrations()[100:100 + SCANS]
        payloads = [event.qr(r) for r in people]
    desk = window.desk
    shown_at: list[float] = []
    original = desk.outcome.show_result

    def timed(result, note=""):
        original(result, note)
        desk.outcome.repaint()
        shown_at.append(time.perf_counter())
    desk.outcome.show_result = timed
    field = desk.search_field
    times = []
    for payload in payloads:
        for ch in payload:
            key(field, ch)
        start = time.perf_counter()
        key(field, "\r", Qt.Key.Key_Return)
        before = len(times)
        wait(lambda n=before: len(shown_at) > n)
        times.append(shown_at[-1] - start)
        assert desk.outcome.state == "checked_in", desk.outcome.state
    return times


def baseline_inserts(folder: Path) -> list[float]:
    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE journal (id TEXT PRIMARY KEY, station TEXT, seq INTEGER,"
                 " clock TEXT, kind TEXT, subject TEXT, payload TEXT) WITHOUT ROWID")
    times = []
    for i in range(SCANS):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (f"id{i}", "st", i, f"{i:013d}.00000", "checkin.recorded", f"r{i}",
                      '{"at":"2022-12-08T09:30:00+01:00"}'))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def main(count: int = COUNT) -> None:
    from PySide6.QtCore import QSettings

    from checkin.gui.app import make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds

    app = make_app()
    folder = Path(tempfile.mkdtemp(prefix="bench-desk-"))
    try:
        started = time.perf_counter()
        path = build_event(folder, count)
        print(f"event file with {count:,} registrations built in "
              f"{time.perf_counter() - started:.1f} s")
        settings = Settings(QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, Sounds(volume=0))
        window.resize(1366, 768)
        window.show()
        started = time.perf_counter()
        window.open_event(path)
        wait(lambda: window.desk is not None and not window.worker.busy, timeout=120)
        print(f"opened (integrity check, search index) in {time.perf_counter() - started:.2f} s,"
              " off the GUI thread")
        desk_keys, shown = desk_keystrokes(window)
        base_keys = baseline_keystrokes(shown)
        desk_scan = desk_scans(window, path)
        base_insert = baseline_inserts(folder)
        gap = window.capture.gap * 1000
        print()
        print(f"keystroke → result list   desk     : {summary(desk_keys)}  ({len(QUERIES)} keys)")
        print(f"                          baseline : {summary(base_keys)}  (QLineEdit → "
              "QListWidget refill, same results)")
        print(f"                          + the scanner capture holds typed keys ≤ {gap:.0f} ms")
        print(f"scan Enter → outcome card desk     : {summary(desk_scan)}  ({SCANS} scans)")
        print(f"                          baseline : {summary(base_insert)}  (bare journal "
              "INSERT + COMMIT, WAL, synchronous=FULL)")
        window.shutdown()
        QTimer.singleShot(0, app.quit)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_bench_desk() -> None:
    main(int(os.environ.get("BENCH_COUNT", COUNT)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else COUNT)
