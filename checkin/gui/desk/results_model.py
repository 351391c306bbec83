"""The search results as a Qt table model: one row per registration, in core's order.
The person column is drawn by `PersonRows` (name, then organisation below it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from checkin.core.model import Registration
from checkin.gui import times
from checkin.gui.person_rows import RegistrationRole, listed

Index = QModelIndex | QPersistentModelIndex
_ANSWERED = frozenset((Qt.ItemDataRole.DisplayRole, RegistrationRole))
translate = QCoreApplication.translate


class ResultsModel(QAbstractTableModel):
    NAME, STATUS = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Registration] = []

    def set_results(self, rows: list[Registration]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    def registration(self, row: int) -> Registration | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def registrations(self) -> list[Registration]:
        return list(self._rows)

    def status_texts(self) -> list[str]:
        """What the "Arrived" column says of each row."""
        return [self._status(reg) for reg in self._rows]

    def replace(self, reg: Registration) -> None:
        """Show a registration's new state (after a check-in or an edit) where it is."""
        for row, old in enumerate(self._rows):
            if old.id == reg.id:
                self._rows[row] = reg
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [translate("Results", "Name, organisation"), translate("Results", "Arrived")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles, at every layout and paint: the others first
        if role not in _ANSWERED or not 0 <= (row := index.row()) < len(self._rows):
            return None
        reg = self._rows[row]
        return reg if role == RegistrationRole else self._text(reg, index.column())

    def _text(self, reg: Registration, column: int) -> str:
        if column == self.NAME:
            return listed(reg.first_name, reg.last_name)
        return self._status(reg)

    def _status(self, reg: Registration) -> str:
        if reg.cancelled:
            return translate("Results", "cancelled")
        if reg.checked_in_at:
            return "✓ " + times.time_text(reg.checked_in_at)
        return ""
