"""The dashboard's tables: sessions and breakdowns, and a fill bar that also says its figure
in words (never colour alone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from checkin.core.reports.figures import Breakdown, SessionFigures
from checkin.gui.table_model import DISPLAY, Index, RowsModel

FILL_ROLE = Qt.ItemDataRole.UserRole + 1  # a fraction 0..1 (or more), None: no bar

GREEN, ORANGE, RED, BLUE = "#3c8d50", "#d98a1c", "#c0392b", "#5b8fd0"


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "—"


class _Table(RowsModel):
    """A dashboard table: a column may also draw a bar (FILL_ROLE) behind its figure."""

    def fill(self, row: Any, column: int) -> float | None:
        return None

    def extra(self, row: Any, column: int, role: int) -> Any:
        return self.fill(row, column) if role == FILL_ROLE else None


class SessionsModel(_Table):
    """Each session: registered, present, capacity, how full, who changed workshop."""

    CODE, TITLE, ROOM, REGISTERED, PRESENT, CAPACITY, FILL, CHANGED = range(8)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Session"), self.tr("Room"), self.tr("Registered"),
                self.tr("Present"), self.tr("Capacity"), self.tr("Fill"),
                self.tr("Changed")]

    def cell(self, s: SessionFigures, column: int) -> Any:
        if column == self.FILL:
            return self.fill_text(s)
        return [s.code, s.title, s.room, s.registered, s.present, s.capacity,
                None, s.changed][column]

    def tooltip(self, s: SessionFigures, column: int) -> str:
        if column == self.REGISTERED and s.overbooked:
            assert s.capacity is not None
            return self.tr("Overbooked: %1 registered for %n place(s)", None, s.capacity) \
                .replace("%1", str(s.registered))
        if column == self.CHANGED:
            return self.tr("Present although registered for another session of the slot")
        hours = f" ({s.start}–{s.end})" if s.start else ""
        return f"{s.code} — {s.title}{hours}"

    def extra(self, s: SessionFigures, column: int, role: int) -> Any:
        if column == self.REGISTERED and s.overbooked:  # the banner above says it in words
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(RED)
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
        return super().extra(s, column, role)

    def fill_text(self, s: SessionFigures) -> str:
        if s.capacity is None:
            return self.tr("no limit")
        text = percent(s.present, s.capacity)
        return self.tr("%1 · full").replace("%1", text) if s.full else text

    def fill(self, s: SessionFigures, column: int) -> float | None:
        if column != self.FILL or not s.capacity:
            return None
        return s.present / s.capacity


class BreakdownModel(_Table):
    """Registered and arrived per type of organisation, or per département."""

    LABEL, REGISTERED, ARRIVED, SHARE = range(4)

    def __init__(self, heading: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.heading = heading

    def headers(self) -> list[str]:
        return [self.heading, self.tr("Registered"), self.tr("Arrived"), self.tr("Arrived %")]

    def cell(self, b: Breakdown, column: int) -> Any:
        label = b.label or self.tr("(not given)")
        return [label, b.registered, b.arrived, percent(b.arrived, b.registered)][column]

    def fill(self, b: Breakdown, column: int) -> float | None:
        if column != self.SHARE or not b.registered:
            return None
        return b.arrived / b.registered


class FillDelegate(QStyledItemDelegate):
    """A bar behind the cell's text, which says the figure. With `warn` (room capacity) it
    turns orange from 80 % and red when full; otherwise (a share of arrivals) it stays blue."""

    def __init__(self, warn: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.warn = warn

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width() + 24, 110), hint.height())  # room for the bar's insets

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(FILL_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        colour = QColor(BLUE)
        if self.warn:
            colour = QColor(RED if fraction >= 1 else ORANGE if fraction >= 0.8 else GREEN)
        bar = QRect(option.rect.adjusted(3, 4, -3, -4))
        painter.save()
        painter.fillRect(bar, QColor("#eceff4"))
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * min(1.0, float(fraction))))
        colour.setAlpha(150)
        painter.fillRect(filled, colour)
        painter.setPen(QColor("#1b2a4a"))
        painter.drawText(bar.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignCenter),
                         str(index.data(DISPLAY)))
        painter.restore()
