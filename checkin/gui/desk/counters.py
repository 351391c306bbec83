"""Always-visible counters: arrived / expected, walk-ins."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin.core.desk_stats import Counters


class CountersBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrived = QLabel(objectName="arrivedCounter")
        self.walk_ins = QLabel(objectName="walkInCounter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.arrived)
        layout.addSpacing(24)
        layout.addWidget(self.walk_ins)
        self.counters = Counters(0, 0, 0)
        self._say("…", "…", "…")  # until the event's thread has counted: never a false 0

    def show_counters(self, counters: Counters) -> None:
        self.counters = counters
        self._say(str(counters.arrived), str(counters.expected), str(counters.walk_ins))

    def _say(self, arrived: str, expected: str, walk_ins: str) -> None:
        self.arrived.setText(self.tr("Arrived %1 / %2").replace("%1", arrived)
                             .replace("%2", expected))
        self.walk_ins.setText(self.tr("Walk-ins %1").replace("%1", walk_ins))
