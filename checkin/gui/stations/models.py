"""Qt table models of what the organiser sees of the stations: each station's last entry,
and the people checked in at two stations before these synced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from checkin.core.stations import StationStatus
from checkin.core.sync import DoubleCheckin
from checkin.gui.desk.outcomes import short_time

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ROOT = QModelIndex()


def day_time(moment: dt.datetime | None) -> str:
    """ "08/12 09:42": the day too, since a station may have stopped the day before."""
    return moment.strftime("%d/%m %H:%M") if moment else ""


class _TableModel(QAbstractTableModel):
    """Rows of plain values replaced whole; headers given by the subclass."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if (role == _DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers())):
            return self.headers()[section]
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number] if 0 <= number < len(self._rows) else None


class StationsModel(_TableModel):
    """One row per station: name, entries held here, last entry (the station's own
    clock), entries still missing from it, the version of checkin it runs (where support
    starts), and which one is this station."""

    NAME, ENTRIES, LAST, MISSING, VERSION = range(5)

    def headers(self) -> list[str]:
        return [translate("Stations", "Station"), translate("Stations", "Entries"),
                translate("Stations", "Last entry"), translate("Stations", "Missing entries"),
                translate("Stations", "checkin version")]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        status: StationStatus | None = self.row(index.row()) if index.isValid() else None
        if status is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._text(status, column)
        if role == Qt.ItemDataRole.FontRole and status.is_this_station:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MISSING and status.missing:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ENTRIES, self.MISSING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{status.id}"
        return None

    def _text(self, status: StationStatus, column: int) -> str:
        if column == self.NAME:
            name = status.name or translate("Stations", "(unnamed) %1").replace("%1", status.id)
            return (translate("Stations", "%1 (this station)").replace("%1", name)
                    if status.is_this_station else name)
        if column == self.ENTRIES:
            return str(status.entries)
        if column == self.LAST:
            return day_time(status.last_at)
        if column == self.MISSING:
            return str(status.missing) if status.missing else ""
        if column == self.VERSION:
            return status.version or translate("Stations", "before 0.1")
        return ""


class DoublesModel(_TableModel):
    """People checked in at two stations (or twice) before these synced: both kept, the
    first one counts; the organiser sees them here."""

    NAME, CODE, CHECKINS = range(3)

    def headers(self) -> list[str]:
        return [translate("Stations", "Person"), translate("Stations", "Badge code"),
                translate("Stations", "Check-ins (the first one counts)")]

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        double: DoubleCheckin | None = self.row(index.row()) if index.isValid() else None
        if double is None or role not in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.NAME:
            return f"{double.last_name.upper()} {double.first_name}".strip()
        if column == self.CODE:
            return double.code
        if column == self.CHECKINS:
            return " · ".join(f"{short_time(c.at)} {c.station}" for c in double.checkins)
        return None
