"""Small widgets shared by the screens."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSizePolicy, QTableView, QWidget

W = TypeVar("W", bound=QWidget)


class WrapLabel(QLabel):
    """A label that wraps long text (even a single long word) instead of widening its parent."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 within_words: bool = True, **kwargs: Any) -> None:
        self.within_words = within_words  # may break a word at - _ / @ . · or when long
        super().__init__(text, parent, **kwargs)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(1)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        # Zero-width spaces after separators let Qt break "Jean-Christophe-Marie-..." too.
        super().setText(breakable(text) if self.within_words else text)

    def plain_text(self) -> str:
        return self.text().replace("\u200b", "")


def breakable(text: str) -> str:
    out = []
    run = 0
    for ch in text:
        out.append(ch)
        run = 0 if ch.isspace() else run + 1
        if ch in "-_/@.·" or run >= 24:
            out.append("\u200b")
            run = 0
    return "".join(out)


def no_focus(widget: W) -> W:
    """Buttons never take the focus: it stays in the search field."""
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, selected and visible row of a list of results."""
    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)


def step_row(view: QAbstractItemView, step: int) -> None:
    """↑ ↓ typed in a search field: the current row moves, staying in the list."""
    count = view.model().rowCount()
    if count:
        current = view.currentIndex().row()
        select_row(view, max(0, min(count - 1, current + step)))


def results_table(model: QAbstractItemModel, name: str, alternate: bool = False) -> QTableView:
    """A station's list of people: whole rows, one chosen at a time, never edited, and no
    focus (the keys stay in the search field, which moves the choice)."""
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(alternate)
    table.verticalHeader().hide()
    return table


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, and have the widget drawn again by it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    """A page's one-line message: red, and marked ⚠ (never colour alone), when an error."""
    label.setText(("⚠ " if error and text else "") + text)
    restyle(label, "error", error)
