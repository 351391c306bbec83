"""A session's people as a Qt table model: a tick for those present, ticking records.

Rows are plain `RosterLine` values loaded in one job; `data()` only formats them, so a
roster of thousands stays instant. Reloading the same people (after each recording)
updates the rows in place instead of resetting, so the list keeps its scroll position.
The person column is drawn by `PersonRows` (name, then organisation below it, both
whole), beside its tick.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from checkin.core import names
from checkin.core.model import Registration
from checkin.core.rooms import RosterLine
from checkin.gui.person_rows import RegistrationRole
from checkin.gui.room.looks import at_text

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
NEEDS_COLOUR = QColor("#8a3b00")
_ANSWERED = frozenset((Qt.ItemDataRole.DisplayRole, RegistrationRole,
                       Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.FontRole,
                       Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))


class RosterModel(QAbstractTableModel):
    """Columns: person (checkable: name, organisation), [dietary needs], [chosen], time
    present."""

    NAME, NEEDS, CHOSEN, PRESENT = "name", "needs", "chosen", "present"
    tick_requested = Signal(object, bool)  # Registration, present?

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[RosterLine] = []
        self._columns = [self.NAME, self.PRESENT]
        self._slot_codes: frozenset[str] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)

    def configure(self, needs: bool, chosen: bool, slot_codes: frozenset[str]) -> None:
        """Which columns to show: dietary needs at lunch, the choice made in this slot."""
        columns = [self.NAME]
        columns += [self.NEEDS] if needs else []
        columns += [self.CHOSEN] if chosen else []
        columns.append(self.PRESENT)
        self.beginResetModel()
        self._columns = columns
        self._slot_codes = slot_codes
        self.endResetModel()

    def set_lines(self, lines: list[RosterLine] | tuple[RosterLine, ...]) -> None:
        new = list(lines)
        if [ln.registration.id for ln in new] != [ln.registration.id for ln in self._lines]:
            self.beginResetModel()
            self._lines = new
            self.endResetModel()
            return
        for row, (old, line) in enumerate(zip(self._lines, new, strict=True)):
            if old != line:
                self._lines[row] = line
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def lines(self) -> list[RosterLine]:
        return list(self._lines)

    def line(self, row: int) -> RosterLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def column(self, name: str) -> int:
        return self._columns.index(name) if name in self._columns else -1

    def texts(self, column: str, most: int) -> list[str]:
        """What the first `most` rows show in `column` (a tenth of data()'s cost)."""
        return [self._text(line, column) for line in self._lines[:most]]

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(self._columns):
            return None
        return {self.NAME: translate("Roster", "Name, organisation"),
                self.NEEDS: translate("Roster", "Needs"),
                self.CHOSEN: translate("Roster", "Had chosen"),
                self.PRESENT: translate("Roster", "Present")}[self._columns[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._columns[index.column()] == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles, at every layout and paint: the others first
        if role not in _ANSWERED:
            return None
        line = self.line(index.row()) if index.isValid() else None
        if line is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        reg = line.registration
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == RegistrationRole and column == self.NAME:
            return reg
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if line.present_at else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == self.NEEDS:  # names: PersonRows
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEEDS:
            return QBrush(NEEDS_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = names.full(reg.first_name, reg.last_name)
            return f"{name} — {reg.organisation}" if reg.organisation else name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick asks the page to record (or undo); the row changes when that is done."""
        line = self.line(index.row()) if index.isValid() else None
        if line is None or role != Qt.ItemDataRole.CheckStateRole \
                or self._columns[index.column()] != self.NAME:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != bool(line.present_at):
            self.tick_requested.emit(line.registration, checked)
        return True

    def _text(self, line: RosterLine, column: str) -> str:
        reg: Registration = line.registration
        if column == self.NAME:
            return names.listed(reg.first_name, reg.last_name) or reg.code
        if column == self.NEEDS:
            return reg.needs
        if column == self.CHOSEN:
            return ", ".join(c for c in reg.sessions if c in self._slot_codes)
        return "✓ " + at_text(line.present_at) if line.present_at else ""
