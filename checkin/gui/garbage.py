"""Python's cyclic garbage collector, run on the GUI thread only.

A Qt object caught in a reference cycle is destroyed by whichever thread happens to start a
collection. When that is the event worker, ~QObject takes Qt's connection lock and then
waits for the GIL, while the GUI thread holds the GIL and waits for that lock to connect a
signal: the window freezes for good (seen when the desk was built while the worker built
the search index). So automatic collection is turned off, and the GUI thread collects from
a timer whenever the allocation counts pass the thresholds Python itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Owned by the QApplication; one per process."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> int:
        """Collect the oldest generation whose count passed its threshold; how many were freed."""
        counts = gc.get_count()
        due = [g for g in range(3) if counts[g] > self.thresholds[g]]
        return gc.collect(due[-1]) if due else 0


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on `app` once; later calls return the same one."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
