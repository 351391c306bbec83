"""Asked once per station: which room is this laptop in? One big button per room."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from checkin.core import rooms
from checkin.core.programme import Programme
from checkin.gui.room import looks


class RoomChoice(QWidget):
    chosen = Signal(str)

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        question = QLabel(self.tr("In which room is this station?"), objectName="startTitle")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(question)
        hint = QLabel(self.tr("Asked once: the station then opens on the session of the hour."
                              " You can change the room from the Room menu."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons: dict[str, QPushButton] = {}
        for room in rooms.rooms(programme):
            held = ", ".join(f"{s.code} ({looks.clock_text(slot.start)})"
                             for slot in programme.slots for s in slot.sessions
                             if s.room == room)
            button = QPushButton(f"{room}\n{held}", objectName="roomButton")
            button.clicked.connect(lambda _=False, r=room: self.chosen.emit(r))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[room] = button
        if not self.buttons:
            layout.addWidget(QLabel(self.tr("The programme names no rooms: add them to the"
                                            " sessions first.")), 0,
                             Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
