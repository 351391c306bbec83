"""The rosters' names and needs, shown whole: each of these columns as wide as what it
lists (the host reads names, and at lunch the needs beside them), but at most its SHARES
of the table, so that one endless name cannot push the rest out of sight. The
organisation takes what is left, elided if it must be."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from checkin.gui.room.roster_model import RosterModel

SHARES = {RosterModel.NAME: 0.45, RosterModel.NEEDS: 0.35}
MEASURED_ROWS = 2000  # enough for any meeting's roster
_MEASURE = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class WholeColumns(QObject):
    """Sizes `table`'s name and needs columns: measured when its rows are replaced or
    added, or when it is shown or its font changes; capped again when it is resized."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        model = table.model()
        assert isinstance(model, RosterModel)
        self.model = model
        self.wanted: dict[int, int] = {}  # column -> the width its texts need
        self.natural: dict[int, int] = {}  # the last column's width before it stretched
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
        # names and the style sheet's big check boxes, and cost a delegate call a row.
        font = QFont(self.table.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        box = self.table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None,
                                             self.table)
        self.wanted = {}
        self._show_organisation()  # the columns may have changed: decided again below
        for name in SHARES:
            column = self.model.column(name)
            texts = self.model.texts(name, MEASURED_ROWS)
            if column < 0 or not texts:
                continue
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            checkable = self.model.index(0, column).data(Qt.ItemDataRole.CheckStateRole)
            self.wanted[column] = (widest + 2 * metrics.averageCharWidth()
                                   + (box + metrics.averageCharWidth() if checkable is not None
                                      else 0))
        self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        for name, share in SHARES.items():
            column = self.model.column(name)
            if column < 0:
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            most = int(self.table.viewport().width() * share)
            wanted = max(self.wanted.get(column, most), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, most))  # an empty list: balanced
        self._organisation_if_room()

    def _show_organisation(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, False)
        header.setStretchLastSection(False)
        self.natural = {}

    def _organisation_if_room(self) -> None:
        # On a small screen at lunch the organisation would be a few letters and a cut
        # heading: hidden then (the name's tooltip still gives it), the last column
        # taking its place.
        column = self.model.column(self.model.ORGANISATION)
        if column < 0:
            return
        header = self.table.horizontalHeader()
        # the last column at its own width, not as stretched while the organisation is hidden
        others = sum(self.natural.get(c, header.sectionSize(c))
                     for c in range(header.count()) if c != column)
        heading = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        metrics = header.fontMetrics()
        least = metrics.horizontalAdvance(heading) + 4 * metrics.averageCharWidth()
        hide = self.table.viewport().width() - others < least
        if hide != header.isSectionHidden(column):
            last = header.count() - 1
            self.natural = {last: header.sectionSize(last)} if hide else {}
            header.setSectionHidden(column, hide)
            header.setStretchLastSection(hide)
