"""Whether every word a station shows fits where it is drawn (fontMetrics, not a picture)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
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
