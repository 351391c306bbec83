"""A list of people, each on two lines: the name (bold) then the organisation, both whole,
wrapped at words and never cut with "…". Someone at the desk or the kiosk tells two
homonyms apart by where they work, so the organisation must show in full at 1280 × 720
too. The kiosk's list, the desk's results table and the room's rosters draw their people
with `PersonRows`; in a table it draws the column it is set on, as wide as that column,
and a checkable cell (the room's "present" tick) keeps its box on the left, the lines
beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from checkin.core import names
from checkin.core.model import Registration
from checkin.gui.widgets import breakable

RegistrationRole = Qt.ItemDataRole.UserRole  # where a row keeps its Registration
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
Index = QModelIndex | QPersistentModelIndex


class Line(NamedTuple):
    rect: QRect
    font: QFont
    text: str


def first_last(reg: Registration) -> str:
    """As the kiosk greets a visitor: "Sophie MARTINEZ"."""
    return names.shown(reg.first_name, reg.last_name) or reg.code


def last_first(reg: Registration) -> str:
    """As the desk lists people, sorted by last name: "MARTINEZ Sophie"."""
    return names.listed(reg.first_name, reg.last_name) or reg.code


class PersonRows(QStyledItemDelegate):
    PAD_X, PAD_Y, GAP = 10, 6, 1
    ORGANISATION_SCALE = 0.8  # a step smaller than the name, still read from a step away

    def __init__(self, view: QListView | QTableView,
                 name: Callable[[Registration], str] = first_last) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self._measured: dict[tuple[str, str, int], tuple[str, int]] = {}
        self._sizes: dict[tuple[str, tuple[str, str], int], QSize] = {}
        view.setWordWrap(True)
        if isinstance(view, QListView):
            view.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when it resizes
            view.setUniformItemSizes(False)
        elif isinstance(view, QTableView):  # each row as tall as its person's lines
            # measured once a refill, not asked of every row at every change of the
            # selection (62 asks a keystroke at the desk) or every tick (a roster)
            self.heights = RowHeights(view)

    def texts(self, index: Index) -> tuple[str, str]:
        reg: Registration | None = index.data(RegistrationRole)
        if reg is None:
            return str(index.data() or ""), ""
        return self.name(reg), reg.organisation

    def fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name, organisation = QFont(option.font), QFont(option.font)
        name.setBold(True)
        organisation.setPointSizeF(option.font.pointSizeF() * self.ORGANISATION_SCALE)
        return name, organisation

    def width(self, index: Index) -> int:
        """The width a row's lines get: its column's in a table, the whole list's else."""
        if isinstance(self.view, QTableView):
            return self.view.columnWidth(index.column())
        return self.view.viewport().width()

    def lines(self, option: QStyleOptionViewItem, index: Index) -> list[Line]:
        """Where the name and the organisation go in `option.rect`, each as tall as its
        wrapped text."""
        left = self.text_left(option)
        width = max(1, option.rect.right() + 1 - left - 2 * self.PAD_X)
        top, out = option.rect.top() + self.PAD_Y, []
        for font, text in zip(self.fonts(option), self.texts(index), strict=True):
            if not text:
                continue
            text, height = self._wrapped(font, text, width)
            out.append(Line(QRect(left + self.PAD_X, top, width, height), font, text))
            top += height + self.GAP
        return out

    def text_left(self, option: QStyleOptionViewItem) -> int:
        """Where the words may start: past the check box of a checkable cell, as the
        style places it (so a click on the box still ticks it)."""
        if not option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            return option.rect.left()
        style = option.widget.style() if option.widget else self.view.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                   option.widget)
        return box.right() + 1

    def _wrapped(self, font: QFont, text: str, width: int) -> tuple[str, int]:
        """`text` with its break hints, and its height wrapped at `width`: measured once
        for the row's size and its paints (and the next search listing the same people)."""
        key = (font.key(), text, width)
        found = self._measured.get(key)
        if found is None:
            if len(self._measured) > 4000:  # a day's names at a few widths; then afresh
                self._measured.clear()
            hinted = breakable(text)
            found = self._measured[key] = (hinted, QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 1 << 20), WRAP, hinted).height())
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Asked for every row at every refill (the rows fit their contents), for the same
        # people keystroke after keystroke: kept by what decides it.
        key = (option.font.key(), self.texts(index), self.width(index))
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 4000:
                self._sizes.clear()
            size = self._sizes[key] = self._size(option, index, key[2])
        return size

    def _size(self, option: QStyleOptionViewItem, index: Index, width: int) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, width, 0)
        found = self.lines(opt, index)
        bottom = found[-1].rect.bottom() + 1 if found else QFontMetrics(opt.font).height()
        return QSize(opt.rect.width(), bottom + self.PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background and the selection only: the words are drawn below
        style = opt.widget.style() if opt.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        for line in self.lines(opt, index):
            painter.setFont(line.font)
            painter.drawText(line.rect, WRAP, line.text)
        painter.restore()


class RowHeights(QObject):
    """Each row of a table as tall as its contents, measured by hand rather than by the
    header's ResizeToContents, which measures every row again when one row changes (each
    tick of a roster of hundreds) and once more for each column moved. New rows or columns
    moved: every row, once, when the columns have settled (before the next paint); a row
    changed: that row."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.due = False
        self.soon = QTimer(self, singleShot=True, interval=0)
        self.soon.timeout.connect(self.measure)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged,
                       view.horizontalHeader().sectionResized):
            signal.connect(self.every_row)
        model.dataChanged.connect(self.rows_changed)
        view.viewport().installEventFilter(self)

    def every_row(self, *_: object) -> None:
        self.due = True
        self.soon.start()

    def rows_changed(self, first: QModelIndex, last: QModelIndex, *_: object) -> None:
        if not self.due:  # else every row is measured soon anyway
            for row in range(first.row(), last.row() + 1):
                self.view.resizeRowToContents(row)

    def measure(self) -> None:
        if self.due:
            self.due = False
            self.view.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.measure()  # a paint never shows rows of the heights before
        return False
