"""The results list's "Arrived" column, as wide as the widest of its texts among the people
listed. Its texts are few (none, "✓ 9h42", "cancelled"): the width is asked of one row
for each, not of every row at each refill as the header's ResizeToContents did (50 rows
a keystroke, each through the model and the style)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from checkin.gui.desk.results_model import ResultsModel

_REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish)


class StatusColumn(QObject):
    def __init__(self, view: QTableView, model: ResultsModel) -> None:
        super().__init__(view)
        self.view, self.model = view, model
        view.horizontalHeader().setSectionResizeMode(model.STATUS, QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self.fit)
        model.dataChanged.connect(self.fit)
        # a new font or style: fitted once it is in place (not inside the style's change)
        self.soon = QTimer(self, singleShot=True, interval=0)
        self.soon.timeout.connect(self.fit)
        view.installEventFilter(self)
        self.fit()

    def fit(self, *_: object) -> None:
        column, header = self.model.STATUS, self.view.horizontalHeader()
        first_of: dict[str, int] = {}
        for row, text in enumerate(self.model.status_texts()):
            first_of.setdefault(text, row)
        width = max([header.sectionSizeHint(column)] + [
            self.view.sizeHintForIndex(self.model.index(row, column)).width()
            for text, row in first_of.items() if text])
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT:  # the words take another width
            self.soon.start()
        return False
