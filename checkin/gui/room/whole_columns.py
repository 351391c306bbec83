"""The lunch rosters' needs, shown whole: the column as wide as what it lists (the host
reads the needs beside the names), but at most its SHARE of the table, so that one
endless need cannot push the names out of sight. The person column (name, then
organisation, wrapped by `PersonRows`) takes what is left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from checkin.gui.room.roster_model import RosterModel

SHARE = 0.35
MEASURED_ROWS = 2000  # enough for any meeting's roster
_MEASURE = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class WholeColumns(QObject):
    """Sizes `table`'s needs column: measured when its rows are replaced or added, or
    when it is shown or its font changes; capped again when it is resized."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        model = table.model()
        assert isinstance(model, RosterModel)
        self.model = model
        self.wanted = 0  # the width the needs take
        model.modelReset.connect(self.measure)
        model.rowsInserted.connect(self.measure)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MEASURE:
            self.measure()
        elif event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def measure(self) -> None:
        # Measured here rather than by the view's size hints, which miss the bold of the
        # needs and cost a delegate call a row.
        font = QFont(self.table.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = self.model.texts(self.model.NEEDS, MEASURED_ROWS)
        self.wanted = (max(metrics.horizontalAdvance(text) for text in texts)
                       + 2 * metrics.averageCharWidth()) if texts else 0
        self.fit()

    def fit(self) -> None:
        column = self.model.column(self.model.NEEDS)
        if column < 0:
            return
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        most = int(self.table.viewport().width() * SHARE)
        wanted = max(self.wanted or most, header.sectionSizeHint(column))
        header.resizeSection(column, min(wanted, most))  # an empty list: balanced
