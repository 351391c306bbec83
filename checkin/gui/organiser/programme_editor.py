"""Editing the programme during the event: session titles, rooms, capacities, and sessions
added to a slot. Saving journals the whole programme (`core.programme_edit`): every station
gets it at the next merge. A capacity left empty means no limit."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.core import journal as j
from checkin.core import overbooking, programme_edit
from checkin.core.event import Event
from checkin.core.overbooking import Overbooking
from checkin.core.programme import Programme, Session
from checkin.gui import times
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.organiser.overbooking import OverbookingBanner
from checkin.gui.organiser.status import JobStatus
from checkin.gui.widgets import WrapLabel, show_message

Index = QModelIndex | QPersistentModelIndex
_CODE = re.compile(r"^[A-Z0-9]{1,8}$")
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
OVERBOOKED = "#c0392b"


@dataclass
class SessionRow:
    slot: int  # index of its slot in the programme
    code: str
    title: str
    room: str
    capacity: int | None
    new: bool = False  # added here, not saved yet: its code can still change


class ProgrammeModel(QAbstractTableModel):
    """The sessions of the programme, slot by slot; edits stay here until saved."""

    SLOT, CODE, TITLE, ROOM, CAPACITY, REGISTERED = range(6)
    invalid = Signal(str)  # an edit refused, and why
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.programme: Programme | None = None
        self.rows: list[SessionRow] = []
        self.registered: dict[str, int] = {}  # active registrations per session, read-only
        self.dirty = False

    def set_programme(self, programme: Programme) -> None:
        self.beginResetModel()
        self.programme = programme
        self.rows = [SessionRow(n, s.code, s.title, s.room, s.capacity)
                     for n, slot in enumerate(programme.slots) for s in slot.sessions]
        self.dirty = False
        self.endResetModel()

    def set_registered(self, counts: dict[str, int]) -> None:
        self.registered = dict(counts)
        if self.rows:
            self.dataChanged.emit(self.index(0, self.REGISTERED),
                                  self.index(len(self.rows) - 1, self.REGISTERED))

    def overbooked(self) -> list[Overbooking]:
        """The sessions overbooked with the capacities as edited here (saved or not)."""
        return overbooking.overbooked({r.code: r.capacity for r in self.rows}, self.registered)

    def slot_label(self, n: int) -> str:
        assert self.programme is not None
        slot = self.programme.slots[n]
        return times.slot_text(slot.name, slot.start, slot.end)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        names = [self.tr("Slot"), self.tr("Code"), self.tr("Title"), self.tr("Room"),
                 self.tr("Capacity"), self.tr("Registered")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if column == self.REGISTERED:
            return self._registered_data(row, role)
        if role in (DISPLAY, EDIT, Qt.ItemDataRole.ToolTipRole):
            if column == self.SLOT:
                return self.slot_label(row.slot)
            if column == self.CAPACITY:
                if row.capacity is None:
                    return "" if role == EDIT else self.tr("no limit")
                return str(row.capacity)
            return [None, row.code, row.title, row.room][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _registered_data(self, row: SessionRow, role: int) -> Any:
        count = self.registered.get(row.code, 0)
        over = row.capacity is not None and count > row.capacity
        if role == DISPLAY:
            return str(count)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if over and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overbooked: %1 registered for %n place(s)", None,
                           row.capacity or 0).replace("%1", str(count))
        if over and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(OVERBOOKED)
        if over and role == Qt.ItemDataRole.FontRole:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        column = index.column()
        editable = column in (self.TITLE, self.ROOM, self.CAPACITY) or (
            column == self.CODE and self.rows[index.row()].new)
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not self.flags(index) & \
                Qt.ItemFlag.ItemIsEditable:
            return False
        row, column, text = self.rows[index.row()], index.column(), str(value).strip()
        problem = self._problem(row, column, text)
        if problem:
            self.invalid.emit(problem)
            return False
        if column == self.CODE:
            row.code = text.upper()
        elif column == self.TITLE:
            row.title = text
        elif column == self.ROOM:
            row.room = text
        else:
            row.capacity = int(text) if text else None
        self.dirty = True
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def _problem(self, row: SessionRow, column: int, text: str) -> str:
        if column == self.TITLE and not text:
            return self.tr("Session %1 needs a title.").replace("%1", row.code)
        if column == self.CAPACITY and text and not text.isdigit():
            return self.tr("A capacity is a whole number of places (empty: no limit), not"
                           " “%1”.").replace("%1", text)
        if column == self.CODE:
            code = text.upper()
            if not _CODE.match(code):
                return self.tr("A session code is 1 to 8 letters or digits, not “%1”.") \
                    .replace("%1", text)
            if any(r.code == code and r is not row for r in self.rows):
                return self.tr("The code %1 is already used.").replace("%1", code)
        return ""

    def add_session(self, slot: int) -> int:
        """A new session at the end of `slot`, with the next free code; returns its row."""
        used = {r.code for r in self.rows}
        code = next(c for c in (*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", *map(str, range(1, 100)))
                    if c not in used)
        at = max((n + 1 for n, r in enumerate(self.rows) if r.slot <= slot), default=0)
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, SessionRow(slot, code, self.tr("New session"), "", None, new=True))
        self.endInsertRows()
        self.dirty = True
        self.edited.emit()
        return at

    def edited_programme(self) -> Programme:
        assert self.programme is not None
        slots = tuple(dataclasses.replace(slot, sessions=tuple(
            Session(r.code, r.title, r.room, r.capacity) for r in self.rows if r.slot == n))
            for n, slot in enumerate(self.programme.slots))
        return dataclasses.replace(self.programme, slots=slots)


class ProgrammeTab(QWidget):
    saved = Signal()

    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ProgrammeModel(self)
        self.model.invalid.connect(lambda text: self.say(text, error=True))
        self.model.edited.connect(self._update_buttons)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.slot_box = QComboBox()
        add = QPushButton(self.tr("Add a session"))
        add.clicked.connect(self.add_session)
        self.save_button = QPushButton(self.tr("Save the programme"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo my changes"))
        self.revert_button.clicked.connect(self.load)
        self.message = WrapLabel(objectName="jobMessage")
        self.overbooked = OverbookingBanner()
        self.model.edited.connect(lambda: self.overbooked.show_items(self.model.overbooked()))
        self.status = JobStatus(context)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("In the slot")))
        row.addWidget(self.slot_box)
        row.addWidget(add)
        row.addStretch()
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(WrapLabel(self.tr(
            "Double-click a title, a room or a capacity to change it (an empty capacity means"
            " no limit). Saving records the new programme in the event's journal; the other"
            " stations get it at the next merge. Session codes cannot change: registrations"
            " and badges refer to them."), objectName="caption"))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.overbooked)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addWidget(self.status)
        context.worker.changed.connect(alive(self, self._on_changed))
        self.load()

    def title(self) -> str:
        return self.tr("Programme")

    def load(self) -> None:
        self.context.worker.submit(lambda ev: ev.programme, alive(self, self._loaded))
        self.count_registrations()

    def count_registrations(self) -> None:
        self.context.worker.submit(lambda ev: ev.registered_per_session(),
                                   alive(self, self._counted),
                                   key="organiser-programme-registered")

    def _counted(self, counts: dict[str, int]) -> None:
        self.model.set_registered(counts)
        self.overbooked.show_items(self.model.overbooked())

    def _loaded(self, programme: Programme) -> None:
        self.model.set_programme(programme)
        self.overbooked.show_items(self.model.overbooked())
        self.slot_box.clear()
        for n in range(len(programme.slots)):
            self.slot_box.addItem(self.model.slot_label(n), n)
        self.slot_box.setCurrentIndex(len(programme.slots) - 1)
        self.say("", error=False)
        self._update_buttons()

    def _on_changed(self, subjects: set[str]) -> None:
        if j.PROGRAMME_SUBJECT in subjects and not self.model.dirty:
            self.load()  # another station's edit, merged; ours are kept until saved
        else:
            self.count_registrations()  # an import, a walk-in, a cancellation...

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.model.dirty)
        self.revert_button.setEnabled(self.model.dirty)
        if self.model.dirty and not self.message.property("error"):
            self.say(self.tr("Changes not saved yet."), error=False)

    def add_session(self) -> None:
        if self.slot_box.count() == 0:
            return
        row = self.model.add_session(int(self.slot_box.currentData()))
        self.view.resizeColumnToContents(ProgrammeModel.CAPACITY)
        index = self.model.index(row, ProgrammeModel.TITLE)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def save(self) -> None:
        programme = self.model.edited_programme()

        def job(event: Event) -> Programme:
            return programme_edit.set_programme(event, programme)

        def done(saved: Programme) -> tuple[str, None]:
            self.model.set_programme(saved)
            self._update_buttons()
            self.saved.emit()
            return self.tr("Programme saved and journaled."), None
        self.say("", error=False)
        self.status.run(self.tr("Saving…"), job, done)
        self.status.finished.connect(self._save_failed_once)

    def _save_failed_once(self, ok: bool) -> None:
        self.status.finished.disconnect(self._save_failed_once)
        if not ok:  # the core's rules refused it: say so beside the table, keep the edits
            self.say(self.status.plain_text().removeprefix("⚠ "), error=True)
            self.status.show_message("")

    def say(self, text: str, error: bool) -> None:
        show_message(self.message, text, error)
