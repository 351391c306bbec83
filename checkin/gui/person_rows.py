"""A list of people, each on two lines: the name (bold) then the organisation, both whole,
wrapped at words and never cut with "…". Someone at the desk or the kiosk tells two
homonyms apart by where they work, so the organisation must show in full at 1280 × 720
too. The kiosk's list, the desk's results table and the room's rosters draw their people
with `PersonRows`; in a table it draws the column it is set on, as wide as that column,
and a checkable cell (the room's "present" tick) keeps its box on the left, the lines
beside it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette
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


# The names of the people a search lists, asked at each refill, row measure and paint
# (the same people keystroke after keystroke): tidied once.
shown = functools.lru_cache(maxsize=4096)(names.shown)
listed = functools.lru_cache(maxsize=4096)(names.listed)


def first_last(reg: Registration) -> str:
    """As the kiosk greets a visitor: "Sophie MARTINEZ"."""
    return shown(reg.first_name, reg.last_name) or reg.code


def last_first(reg: Registration) -> str:
    """As the desk lists people, sorted by last name: "MARTINEZ Sophie"."""
    return listed(reg.first_name, reg.last_name) or reg.code


class Measures:
    """The two fonts of a row drawn in `base`, and what their texts take: a text that fits
    one line is one line of its font (found by its advance, a few microseconds, rather
    than a wrapped layout) and drawn without one, the rest wrapped once. Kept per text
    for the day: a search lists the same people keystroke after keystroke."""

    LIMIT = 4000  # a day's names at a few widths; then afresh

    def __init__(self, base: QFont, scale: float) -> None:
        self.base = QFont(base)
        name, organisation = QFont(base), QFont(base)
        name.setBold(True)
        if base.pointSizeF() > 0:
            organisation.setPointSizeF(base.pointSizeF() * scale)
        else:  # a size set in pixels
            organisation.setPixelSize(max(1, round(base.pixelSize() * scale)))
        self.fonts = (name, organisation)
        self.metrics = (QFontMetrics(name), QFontMetrics(organisation))
        # one line as tall as a wrapped layout makes it (its height rounded up), and the
        # baseline where that layout draws it
        self.line = tuple(m.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), WRAP, "Hg").height()
                          for m in self.metrics)
        self.ascent = tuple(QFontMetricsF(font).ascent() for font in self.fonts)
        self.plain = QFontMetrics(base).height()
        self._advance: tuple[dict[str, int], dict[str, int]] = ({}, {})
        self._wrapped: dict[tuple[int, str, int], tuple[str, int]] = {}

    def one_line(self, which: int, text: str, width: int) -> bool:
        advances = self._advance[which]
        advance = advances.get(text)
        if advance is None:
            if len(advances) > self.LIMIT:
                advances.clear()
            metrics = self.metrics[which]
            # a glyph from another font may make the line taller: wrapped then, as before
            own = "\n" not in text and (text.isascii() or all(
                metrics.inFontUcs4(ord(c)) for c in set(text) if c > "\x7f"))
            advance = advances[text] = metrics.horizontalAdvance(text) if own else 1 << 20
        return advance + 1 <= width  # the advance is rounded: a pixel to spare

    def wrapped(self, which: int, text: str, width: int) -> tuple[str, int]:
        """`text` with its break hints, and its height wrapped at `width`."""
        key = (which, text, width)
        found = self._wrapped.get(key)
        if found is None:
            if len(self._wrapped) > self.LIMIT:
                self._wrapped.clear()
            metrics = self.metrics[which]
            hinted = breakable(text)
            need = metrics.boundingRect(QRect(0, 0, width, 1 << 20), WRAP, hinted)
            if need.width() > width:  # a run longer than the line (narrow window, bold caps)
                hinted = _anywhere(hinted, metrics, width)
                need = metrics.boundingRect(QRect(0, 0, width, 1 << 20), WRAP, hinted)
            found = self._wrapped[key] = (hinted, need.height())
        return found

    def height(self, which: int, text: str, width: int) -> int:
        return self.line[which] if self.one_line(which, text, width) \
            else self.wrapped(which, text, width)[1]

    def row_height(self, texts: tuple[str, str], width: int, pad_y: int, gap: int) -> int:
        """The height of a row whose lines are `width` wide."""
        name, organisation = texts
        if name and organisation and self.one_line(0, name, width) \
                and self.one_line(1, organisation, width):  # most people
            return pad_y + self.line[0] + gap + self.line[1] + pad_y
        tall = [self.height(which, text, width) for which, text in enumerate(texts) if text]
        if not tall:
            return self.plain + pad_y
        return pad_y + sum(tall) + gap * (len(tall) - 1) + pad_y


def _anywhere(hinted: str, metrics: QFontMetrics, width: int) -> str:
    """`hinted` with a break hint between every letter of each run too long for `width`,
    so that it breaks where the line ends rather than running past it (and being cut);
    the other words still break between words."""
    runs = re.split(r"(\s+|\u200b)", hinted)
    return "".join("\u200b".join(run) if metrics.horizontalAdvance(run) > width else run
                   for run in runs)


class PersonRows(QStyledItemDelegate):
    PAD_X, PAD_Y, GAP = 10, 6, 1
    ORGANISATION_SCALE = 0.8  # a step smaller than the name, still read from a step away

    def __init__(self, view: QListView | QTableView,
                 name: Callable[[Registration], str] = first_last) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self._measures = Measures(view.font(), self.ORGANISATION_SCALE)
        view.setWordWrap(True)
        if isinstance(view, QListView):
            view.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when it resizes
            view.setUniformItemSizes(False)
        elif isinstance(view, QTableView):  # each row as tall as its person's lines
            # measured once a refill, not asked of every row at every change of the
            # selection (62 asks a keystroke at the desk) or every tick (a roster)
            self.heights = RowHeights(view, self)

    def measures(self, font: QFont) -> Measures:
        """The measures for the view's font (a new style or size starts them afresh)."""
        if font != self._measures.base:
            self._measures = Measures(font, self.ORGANISATION_SCALE)
        return self._measures

    def texts(self, index: Index) -> tuple[str, str]:
        reg: Registration | None = index.data(RegistrationRole)
        if reg is None:
            return str(index.data() or ""), ""
        return self.name(reg), reg.organisation

    def fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        return self.measures(option.font).fonts

    def width(self, index: Index) -> int:
        """The width a row's lines get: its column's in a table, the whole list's else."""
        if isinstance(self.view, QTableView):
            return self.view.columnWidth(index.column())
        return self.view.viewport().width()

    def lines(self, option: QStyleOptionViewItem, index: Index) -> list[Line]:
        """Where the name and the organisation go in `option.rect`, each as tall as its
        wrapped text."""
        return [line for line, _ in self._lines(option, index)]

    def _lines(self, option: QStyleOptionViewItem,
               index: Index) -> list[tuple[Line, float | None]]:
        """The lines, each with its baseline when it fits one line (drawn then without a
        layout), else None."""
        measures = self.measures(option.font)
        left = self.text_left(option)
        width = max(1, option.rect.right() + 1 - left - 2 * self.PAD_X)
        top, out = option.rect.top() + self.PAD_Y, []
        for which, text in enumerate(self.texts(index)):
            if not text:
                continue
            if measures.one_line(which, text, width):
                height, baseline = measures.line[which], top + measures.ascent[which]
            else:
                (text, height), baseline = measures.wrapped(which, text, width), None
            rect = QRect(left + self.PAD_X, top, width, height)
            out.append((Line(rect, measures.fonts[which], text), baseline))
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

    def lines_width(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        """The width the lines of a cell `width` wide get."""
        if index.data(Qt.ItemDataRole.CheckStateRole) is None:  # no box: no style to ask
            return max(1, width - 2 * self.PAD_X)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, width, 0)
        return max(1, width - self.text_left(opt) - 2 * self.PAD_X)

    def row_height(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        """The height of the row at `index` in a cell `width` wide."""
        return self.measures(option.font).row_height(
            self.texts(index), self.lines_width(option, index, width), self.PAD_Y, self.GAP)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.width(index)
        return QSize(width, self.row_height(option, index, width))

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
        for line, baseline in self._lines(opt, index):
            painter.setFont(line.font)
            if baseline is not None:  # one line: no layout to make
                painter.drawText(QPointF(line.rect.left(), baseline), line.text)
            else:
                painter.drawText(line.rect, WRAP, line.text)
        painter.restore()


class RowHeights(QObject):
    """Each row of a table as tall as its person's lines, measured by hand rather than by
    the header's ResizeToContents, which measures every row again when one row changes
    (each tick of a roster of hundreds) and once more for each column moved, or by
    `resizeRowsToContents`, which asks every cell of every row for its wrapped size (a
    refill of 50 people at the desk: 5 ms a keystroke). New rows or columns moved: every
    row, once, when the columns have settled (before the next paint); a row changed: that
    row. Most rows are `common` high (a name and an organisation each on one line): that
    is the rows' default height, and only the others are sized one by one. A row whose
    other cells may wrap (a column neither sized to its contents nor the person's) is
    left to Qt's measure when one of its texts does not fit one line."""

    def __init__(self, view: QTableView, rows: PersonRows) -> None:
        super().__init__(view)
        self.view, self.rows = view, rows
        self.single_line: set[int] = set()  # columns their owner keeps as wide as their words
        self.due = False
        self.font = QFont(view.font())  # the font of the last measure
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
            option, column, others = self._setting()
            for row in range(first.row(), last.row() + 1):
                self._size_row(option, column, others, row)

    def measure(self) -> None:
        if not self.due:
            return
        self.due = False
        option, column, others = self._setting()
        model, header = self.view.model(), self.view.verticalHeader()
        if column < 0 or not model.rowCount():
            return
        self.font = QFont(option.font)
        rows, measures = self.rows, self.rows.measures(option.font)
        common = 2 * rows.PAD_Y + measures.line[0] + rows.GAP + measures.line[1]
        if header.defaultSectionSize() != common:
            header.setDefaultSectionSize(common)  # every row to it, in one pass
        # one width for the column's lines: its cells are all checkable, or none is
        first = model.index(0, column)
        width = rows.lines_width(option, first, rows.width(first))
        texts, row_height = rows.texts, measures.row_height
        for row in range(model.rowCount()):  # the loop of a refill: kept to what it needs
            if others and not self._others_fit(option, others, row):
                self.view.resizeRowToContents(row)
                continue
            height = row_height(texts(model.index(row, column)), width, rows.PAD_Y, rows.GAP)
            if header.sectionSize(row) != height:
                header.resizeSection(row, height)

    def _size_row(self, option: QStyleOptionViewItem, column: int, others: list[int],
                  row: int) -> None:
        if others and not self._others_fit(option, others, row):
            self.view.resizeRowToContents(row)
            return
        index = self.view.model().index(row, column)
        height = self.rows.row_height(option, index, self.rows.width(index))
        if self.view.rowHeight(row) != height:
            self.view.verticalHeader().resizeSection(row, height)

    def _setting(self) -> tuple[QStyleOptionViewItem, int, list[int]]:
        """The options the view gives its cells (its font, its style), as its paint does;
        the person's column (-1 when none is); the other columns that may wrap: neither
        hidden nor sized to their contents (by the header, or by their owner)."""
        view = self.view
        view.ensurePolished()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        column, others = -1, []
        header = view.horizontalHeader()
        for each in range(view.model().columnCount()):
            if view.itemDelegateForColumn(each) is self.rows:
                column = each
            elif each not in self.single_line and not view.isColumnHidden(each) \
                    and header.sectionResizeMode(each) != QHeaderView.ResizeMode.ResizeToContents:
                others.append(each)
        return option, column, others

    def _others_fit(self, option: QStyleOptionViewItem, others: list[int], row: int) -> bool:
        """Whether the row's other cells that may wrap have texts that fit one line."""
        model = self.view.model()
        for column in others:
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
            if "\n" in text or metrics.horizontalAdvance(text) + 2 * self.rows.PAD_X \
                    > self.view.columnWidth(column):
                return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if self.view.font() != self.font:  # a new style or size: every row again
                self.due = True
            self.measure()  # a paint never shows rows of the heights before
        return False
