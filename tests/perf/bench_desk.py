"""Benchmark: the reception desk at 50,000 registrations, in the real main window.

    uv run python tests/perf/bench_desk.py [COUNT]
    uv run pytest tests/perf/bench_desk.py -s
    uv run python tests/perf/run.py --only desk      (with every other benchmark: no --only)

Four figures, each beside a baseline measured in the same run:

- keystroke → updated result list: a key sent to the search field until the results of
  that query are in the list (search in the event's thread, model reset, person card
  filled, list repainted: timed from inside the desk, when its results slot has run and
  the list is repainted); baseline: a bare QLineEdit whose textChanged refills a
  QListWidget with the same results, already computed. The desk's wedge-scanner capture
  holds a typed key for at most its `gap` (50 ms) to tell typing from a scan; it is
  switched off here and reported apart, since it is a fixed, chosen delay.
- a scan's Enter → outcome card: a badge payload typed as a burst, from the Enter key to
  the moment the outcome card starts painting the person "checked in" (check-in written
  durably in the event's thread), as the window paints it in its own time: whatever the
  GUI thread does before (laying the window out, filling the person card, refreshes set
  off by the change) counts. The card's own paint follows (its time, a repaint forced
  after each scan, is printed apart: `card_paint`). Until 1 December 2026 the figure was
  Enter → the card's words set and the card repainted by force, which left out what the
  window did before its next paint (2-10 ms then, see docs/performance.md, "Desk and start").
  Baseline: a bare INSERT of one journal row and COMMIT on the same kind of file
  (rollback journal, synchronous=FULL), one made right before each scan (the disk's
  latency swings within minutes: compared with inserts made at another moment, the
  ratio followed the disk).
  Each scan comes once the previous one's follow-up work (counters refreshed, the window
  laid out and painted again) is done, as at a real desk where badges come seconds
  apart; until 2 December 2026 the window's own follow-up could still be queued at the
  next Enter (see `settle`).
- the same with badges scanned back to back (a queue at the desk): each as soon as the
  previous card is painted, the desk's follow-up work (counters, person read again,
  layout) still going on; until 2 December 2026 the counters were counted over the whole
  table after each check-in (18 ms at 50,000), and the next badge waited behind that.
- scan → outcome in core alone (`reception.scan`, which checks in), same baseline.

Times are printed, never asserted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Fixtures, Row, Sizes, like_event_file, median_ms, p95_ms

COUNT = 50_000
QUERIES = ["m", "ma", "mar", "mart", "marti", "martin", "d", "du", "dur", "dura", "duran",
           "g", "gu", "gue", "guer", "l", "le", "lef", "lefe", "lefeb", "b", "be", "ber",
           "bern", "berna", "p", "pe", "pet", "peti", "petit"]
SCANS = 30


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


def settle(window) -> None:
    """Until the event's thread is idle and the GUI thread has nothing left to do: the
    layouts and paints that follow a check-in (the person card filled, the counters) were
    still queued when `busy` went false, and ran after the next scan's Enter, beside its
    job on the event's thread (1.5 ms for the desk's layout; the app's scanner filter, in
    Python, sees each of its events, waiting for Python's lock each time)."""
    wait(lambda: not window.worker.busy)
    for _ in range(3):  # a layout may post a paint, a paint another layout
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    wait(lambda: not window.worker.busy)


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
    shown_at: dict[str, float] = {}
    original = desk.live._show  # called with the results of the query still in the field

    def show(query, regs):  # the moment the list shows the query's results, painted
        original(query, regs)
        desk.results.viewport().repaint()
        shown_at[query] = time.perf_counter()
    desk.live._show = show
    times, shown = [], {}
    for query in QUERIES:
        if len(query) == 1:
            field.clear()
            wait(lambda: desk.model.rowCount() == 0)
        start = time.perf_counter()
        key(field, query[-1])
        wait(lambda q=query: q in shown_at)
        times.append(shown_at[query] - start)
        shown[query] = [desk.model.data(desk.model.index(r, 0))
                        for r in range(desk.model.rowCount())]
    desk.live._show = original
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
    wait(lambda: box.windowHandle() is not None and box.windowHandle().isExposed())

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


def payloads(path: Path, first: int) -> list[str]:
    from checkin.core.event import Event
    with Event.open(path) as event:
        return [event.qr(r) for r in event.registrations()[first:first + SCANS]]


def core_scans(path: Path, bare: BareJournal) -> list[float]:
    """`reception.scan` of badges not yet checked in: the core's part of a scan; each
    beside a bare insert (`bare`), so that both meet the disk in the same state."""
    from checkin.core import reception
    from checkin.core.event import Event
    texts = payloads(path, 300)
    times = []
    with Event.open(path) as event:
        for text in texts:
            bare.insert()
            start = time.perf_counter()
            result = reception.scan(event, text)
            times.append(time.perf_counter() - start)
            assert result.outcome == reception.Outcome.CHECKED_IN, result.outcome
    return times


class PaintWatch(QObject):
    """When the outcome card starts painting the next person's outcome: its first Paint
    event once it names someone else, as the window delivers it in its own time (nothing
    is repainted by force)."""

    def __init__(self, card) -> None:
        super().__init__(card)
        self.card = card
        self.before: str | None = None  # armed: the person the card named before
        self.at = 0.0
        card.installEventFilter(self)

    def arm(self) -> None:
        self.before = self.card.person.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.before is not None and event.type() == QEvent.Type.Paint
                and self.card.person.text() != self.before):
            self.at = time.perf_counter()
            self.before = None
        return False


def desk_scans(window, path: Path, bare: BareJournal) -> tuple[list[float], list[float]]:
    """Enter → the outcome card painting "checked in", as the window paints it; and the
    card's paint alone (a repaint by force, after each scan)."""
    payloads_ = payloads(path, 100)
    desk = window.desk
    watch = PaintWatch(desk.outcome)
    times, paints = [], []
    for payload in payloads_:
        # A desk scans a badge every few seconds at most: the work that follows a check-in
        # (the counters' refresh, the window laid out again) is done before the next one.
        settle(window)
        bare.insert()  # the baseline, on the disk as it is now
        times.append(_scanned(desk, watch, payload))
        wait(lambda: not window.worker.busy)
        paint_start = time.perf_counter()
        desk.outcome.repaint()
        paints.append(time.perf_counter() - paint_start)
    return times, paints


def desk_queue(window, path: Path, bare: BareJournal) -> list[float]:
    """A queue scanned back to back: each badge as soon as the previous one's card is
    painted, whatever the desk still does after it (the counters' refresh, the person
    read again, the window laid out). Enter → that badge's card painted. The bare
    inserts, one per badge, are made before the queue (the queue leaves no gap for them)."""
    payloads_ = payloads(path, 200)
    desk = window.desk
    watch = PaintWatch(desk.outcome)
    settle(window)
    for _ in payloads_:
        bare.insert()
    times = []
    for payload in payloads_:
        times.append(_scanned(desk, watch, payload))
    settle(window)
    return times


def _scanned(desk, watch: PaintWatch, payload: str) -> float:
    """A badge's payload keyed into the desk, then Enter: seconds until its card paints."""
    for ch in payload:
        key(desk.search_field, ch)
    watch.arm()
    start = time.perf_counter()
    key(desk.search_field, "\r", Qt.Key.Key_Return)
    wait(lambda: watch.before is None)
    assert desk.outcome.state == "checked_in", desk.outcome.state
    return float(watch.at - start)


class BareJournal:
    """The baseline: one journal row inserted and committed on a file of the same kind
    (rollback journal, synchronous=FULL). The disk's latency here swings several-fold
    within minutes, so each insert is made right before the scan it is compared with."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        like_event_file(self.conn)
        self.conn.execute("CREATE TABLE journal (id TEXT PRIMARY KEY, station TEXT,"
                          " seq INTEGER, clock TEXT, kind TEXT, subject TEXT,"
                          " payload TEXT) WITHOUT ROWID")
        self.times: list[float] = []
        self.rows = 0

    def insert(self) -> None:
        i = self.rows = self.rows + 1
        start = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (f"id{i}", "st", i, f"{i:013d}.00000", "checkin.recorded", f"r{i}",
                           '{"at":"2022-12-08T09:30:00+01:00"}'))
        self.conn.execute("COMMIT")
        self.times.append(time.perf_counter() - start)

    def close(self) -> None:
        self.conn.close()


def rows(fixtures: Fixtures) -> list[Row]:
    m = measure(fixtures)
    work = f"{m['count']:,} registrations, the real main window (offscreen)"
    bare_list = "bare QLineEdit → QListWidget refill, same results"
    bare_insert = "bare journal INSERT + COMMIT (rollback journal, synchronous=FULL)"
    keys = f"{work}, {len(QUERIES)} keys typed; + scanner hold <= {m['gap']:.0f} ms"
    scans = f"{work}, {SCANS} badges, until the card paints (in the window's time)"
    return [
        Row("desk", "desk keystroke → result list, median", median_ms(m["desk_keys"]), "ms",
            bare_list, median_ms(m["base_keys"]), keys),
        Row("desk", "desk keystroke → result list, p95", p95_ms(m["desk_keys"]), "ms",
            bare_list, p95_ms(m["base_keys"]), keys),
        Row("desk", "scan Enter → outcome card, median", median_ms(m["desk_scan"]), "ms",
            bare_insert, median_ms(m["base_insert"]), scans),
        Row("desk", "scan Enter → outcome card, badges back to back, median",
            median_ms(m["queue_scan"]), "ms", bare_insert, median_ms(m["base_queue"]),
            f"{work}, {SCANS} badges, each as soon as the last one's card is painted"),
        Row("desk", "scan → outcome (core reception.scan), median",
            median_ms(m["core_scan"]), "ms", bare_insert, median_ms(m["base_core"]),
            f"{m['count']:,} registrations, {SCANS} badges checked in"),
    ]


def measure(fixtures: Fixtures, verbose: bool = False) -> dict:
    from PySide6.QtCore import QSettings

    from checkin.gui.app import make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds

    app = make_app()
    folder = Path(tempfile.mkdtemp(prefix="bench-desk-", dir=fixtures.folder))
    try:
        path = fixtures.event_copy("desk")
        settings = Settings(QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, Sounds(volume=0))
        window.resize(1366, 768)
        window.show()
        started = time.perf_counter()
        window.open_event(path)
        wait(lambda: window.desk is not None and not window.worker.busy, timeout=120)
        opened = time.perf_counter() - started
        desk_keys, shown = desk_keystrokes(window)
        window.capture.enabled = False  # the bare field is measured without it too
        base_keys = baseline_keystrokes(shown)
        window.capture.enabled = True
        window.activateWindow()
        bare = BareJournal(folder / "bare.sqlite")
        desk_scan, card_paint = desk_scans(window, path, bare)
        base_insert, bare.times = bare.times, []
        queue_scan = desk_queue(window, path, bare)
        base_queue, bare.times = bare.times, []
        gap = window.capture.gap * 1000
        window.shutdown()
        window.deleteLater()
        core_scan = core_scans(path, bare)
        base_core = bare.times
        bare.close()
        QTimer.singleShot(0, app.quit)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"count": fixtures.sizes.registrations, "open": opened, "desk_keys": desk_keys,
            "base_keys": base_keys, "desk_scan": desk_scan, "base_insert": base_insert,
            "core_scan": core_scan, "base_core": base_core, "gap": gap,
            "card_paint": card_paint, "queue_scan": queue_scan, "base_queue": base_queue}


def main(count: int = COUNT) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fixtures = Fixtures(Path(tmp), Sizes(registrations=count))
        started = time.perf_counter()
        fixtures.event()
        print(f"event file with {count:,} registrations built in "
              f"{time.perf_counter() - started:.1f} s")
        m = measure(fixtures)
        desk_keys, base_keys, desk_scan = m["desk_keys"], m["base_keys"], m["desk_scan"]
        base_insert, gap = m["base_insert"], m["gap"]
        print(f"opened (integrity check, search index) in {m['open']:.2f} s,"
              " off the GUI thread")
        print()
        print(f"keystroke → result list   desk     : {summary(desk_keys)}  ({len(QUERIES)} keys)")
        print(f"                          baseline : {summary(base_keys)}  (QLineEdit → "
              "QListWidget refill, same results)")
        print(f"                          + the scanner capture holds typed keys ≤ {gap:.0f} ms")
        print(f"scan Enter → outcome card desk     : {summary(desk_scan)}  ({SCANS} scans)")
        print(f"                          baseline : {summary(base_insert)}  (bare journal "
              "INSERT + COMMIT, rollback journal, synchronous=FULL)")
        print(f"                          the card's own paint: {summary(m['card_paint'])}")
        print(f"  badges back to back     desk     : {summary(m['queue_scan'])}")
        print(f"                          baseline : {summary(m['base_queue'])}")
        print(f"scan → outcome, core alone: {summary(m['core_scan'])}")
        print(f"                  baseline: {summary(m['base_core'])}  (beside those)")


def test_bench_desk() -> None:
    main(int(os.environ.get("BENCH_COUNT", COUNT)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else COUNT)
