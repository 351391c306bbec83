"""The top of the room page: which session, where, when, how many, and the picker."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from checkin.core import rooms
from checkin.core.programme import Programme, Session
from checkin.gui.room import looks
from checkin.gui.room.session_picker import SessionPicker
from checkin.gui.widgets import WrapLabel, no_focus, restyle


class SessionHeader(QWidget):
    picked = Signal(str)  # a session code chosen by hand
    follow_clock = Signal()

    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.programme = programme
        self.title = WrapLabel(objectName="sessionTitle")
        self.where = WrapLabel(objectName="sessionWhere")
        self.counter = QLabel(objectName="roomCounter")
        self.counter.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.picker = SessionPicker(programme)
        self.picker.activated.connect(lambda i: self.picked.emit(self.picker.itemData(i)))
        self.clock_button = no_focus(QPushButton(objectName="followClock"))
        self.clock_button.clicked.connect(self.follow_clock)
        self.clock_button.hide()
        self.clock_button.setText(self.tr("Back to the session by the clock"))

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.title, 0, 0)
        layout.addWidget(self.counter, 0, 1, 1, 2)
        layout.addWidget(self.where, 1, 0)
        layout.addWidget(self.clock_button, 1, 1)
        layout.addWidget(self.picker, 1, 2)
        layout.setColumnStretch(0, 1)
        self.session: Session | None = None

    def set_programme(self, programme: Programme) -> None:
        self.programme = programme
        self.picker.fill(programme)

    def show_session(self, session: Session, pinned: bool, now: dt.time) -> None:
        self.session = session
        self.title.setText(f"{session.code} — {session.title}")
        self.picker.setCurrentIndex(self.picker.findData(session.code))
        self.clock_button.setVisible(pinned)
        self.show_time(now)

    def show_time(self, now: dt.time) -> None:
        """Where and when, and whether the session is on now (the host may be on the wrong one)."""
        session = self.session
        if session is None:
            return
        slot = self.programme.slot_of(session.code)
        parts = [session.room] if session.room else []
        if slot is not None:
            parts.append(looks.hours(slot))
            if rooms.is_open(slot, now):
                parts.append(self.tr("on now"))
            elif now < dt.time.fromisoformat(slot.start):
                parts.append(self.tr("not started yet"))
            else:
                parts.append(self.tr("over"))
        self.where.setText(" · ".join(parts))

    def show_counts(self, present: int, registered: int, needs: int | None) -> None:
        session = self.session
        capacity = session.capacity if session else None
        text = self.tr("Present %1").replace("%1", str(present))
        if capacity is not None:
            text += " " + self.tr("/ %1 places").replace("%1", str(capacity))
        text += " · " + self.tr("%n registered", "", registered)
        if needs:
            text += " · " + self.tr("%n with needs", "", needs)
        self.counter.setText(text)
        full = capacity is not None and present >= capacity
        restyle(self.counter, "full", full)
