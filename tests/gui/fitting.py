"""Whether every word a station shows fits where it is drawn (fontMetrics, not a picture)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)


def cut_words(root: QWidget) -> list[str]:
    """Each visible label, button or drop-down under `root` whose text does not fit its
    width (or, wrapped, its height): "<class #name> '<text>' needs N px, has M"."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = _problem(widget)
        if problem:
            name = widget.objectName() or type(widget).__name__
            cut.append(f"{type(widget).__name__} #{name}: {problem}")
    return cut


def _problem(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint().width()
        if need > widget.width():
            return f"{widget.text()!r} needs {need} px, has {widget.width()}"
    if isinstance(widget, QComboBox) and widget.currentText():
        shown = getattr(widget, "shown_text", widget.currentText)()  # what is drawn
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        need = widget.fontMetrics().horizontalAdvance(shown)
        if need > field.width():
            return f"{shown!r} needs {need} px, has {field.width()}"
    return ""


def _label(label: QLabel) -> str:
    text = label.text().replace("\u200b", "")
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    rect = label.contentsRect()
    width = rect.width() - 2 * max(0, label.margin())
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"{text!r} needs {need} px high, has {label.height()}"
        return ""
    metrics = label.fontMetrics()
    lines = text.split("\n")
    need = max(metrics.horizontalAdvance(line) for line in lines)
    if need > width:
        return f"{text!r} needs {need} px, has {width}"
    high = metrics.height() * len(lines)
    if high > rect.height() + 1:
        return f"{text!r} needs {high} px high, has {rect.height()}"
    return ""


def person_rows_cut(view: QAbstractItemView, index: QModelIndex) -> tuple[list[str], list[str]]:
    """The texts `PersonRows` draws for the row at `index` (name, organisation, without
    their break hints), and what of them does not fit: a line wider or taller than the
    space it gets, or outside its row or the list's viewport."""
    from checkin.gui.person_rows import WRAP
    delegate = view.itemDelegateForIndex(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()  # as the view gives it to its delegate
    delegate.initStyleOption(option, index)
    option.rect = view.visualRect(index)
    viewport = view.viewport().rect()
    texts, cut = [], []
    for line in delegate.lines(option, index):
        text = line.text.replace("\u200b", "")
        texts.append(text)
        need = QFontMetrics(line.font).boundingRect(
            QRect(0, 0, line.rect.width(), 1 << 20), WRAP, line.text)
        if need.width() > line.rect.width() or need.height() > line.rect.height():
            cut.append(f"{text!r} needs {need.width()}×{need.height()} px, "
                       f"has {line.rect.width()}×{line.rect.height()}")
        if not option.rect.contains(line.rect) or line.rect.right() > viewport.right():
            cut.append(f"{text!r} at {line.rect} leaves its row {option.rect}")
    return texts, cut
