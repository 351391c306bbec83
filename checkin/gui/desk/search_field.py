"""The one search field: arrows and page keys move in the results without leaving it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5,
          Qt.Key.Key_PageDown: 5}


class SearchField(QLineEdit):
    move_by = Signal(int)  # rows to move the selection by (not `move`: QWidget.move)
    escape = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)

    def event(self, e: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z for its own text undo; at the desk it undoes a check-in.
        # (A key event's type asked only of key events: PySide makes the type's enum in
        # Python, 2-3 us for each of the field's events, paints and timers included.)
        if isinstance(e, QKeyEvent) and e.type() == QEvent.Type.ShortcutOverride \
                and e.matches(QKeySequence.StandardKey.Undo):
            e.ignore()
            return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        step = _MOVES.get(Qt.Key(e.key()))
        if step is not None:
            self.move_by.emit(step)
            return
        if e.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(e)
