"""The outcome card: what just happened, big enough to read from a metre away."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from checkin.core.model import Registration
from checkin.core.reception import Outcome, ScanResult
from checkin.gui.desk import outcomes
from checkin.gui.desk.outcomes import LOOKS, DeskState, Look
from checkin.gui.widgets import WrapLabel, no_focus
from checkin.resources import resource


class OutcomeCard(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeCard")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.state: str = DeskState.READY
        self.icon = QSvgWidget()
        self.icon.setFixedSize(QSize(84, 84))
        self.title = WrapLabel(objectName="outcomeTitle")
        self.person = WrapLabel(objectName="outcomePerson")
        self.detail = WrapLabel(objectName="outcomeDetail")
        self.undo_button = no_focus(QPushButton())
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_requested)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.person)
        text.addWidget(self.detail)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.undo_button)
        text.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.show_ready()

    def retranslate(self) -> None:
        shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setText(self.tr("Undo check-in (%1)").replace("%1", shortcut))

    # -- what the card can show ------------------------------------------------------------

    def show_ready(self) -> None:
        self._show(DeskState.READY, "", outcomes.advice(DeskState.READY))

    def show_result(self, result: ScanResult, note: str = "") -> None:
        reg = result.registration
        detail = outcomes.advice(result.outcome)
        if result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_checkin:
            first = result.first_checkin
            detail = outcomes.when_where(first.at, first.station) + "\n" + detail
        elif result.outcome is Outcome.OTHER_EVENT:
            detail = outcomes.other_event_text(result.other_event)
        elif result.outcome is Outcome.AMBIGUOUS:
            names = "\n".join(f"• {_line(c)}" for c in result.candidates[:6])
            detail = detail + "\n" + names
        if note:
            detail = note + "\n" + detail
        self._show(result.outcome, _line(reg) if reg else "", detail,
                   undo=result.outcome is Outcome.CHECKED_IN)

    def show_undone(self, reg: Registration) -> None:
        self._show(DeskState.UNDONE, _line(reg), outcomes.advice(DeskState.UNDONE))

    def show_error(self, message: str) -> None:
        self._show(DeskState.ERROR, "", outcomes.advice(DeskState.ERROR) + "\n" + message)

    # what a state looks like and is called: the room's card has outcomes of its own
    state_looks: Mapping[str, Look] = LOOKS
    title_of = staticmethod(outcomes.title)

    def _show(self, state: str, person: str, detail: str, undo: bool = False) -> None:
        self.state = state
        look = self.state_looks[state]
        self.setStyleSheet(f"#outcomeCard {{ background: {look.colour}; border-radius: 10px; }}"
                           " #outcomeCard QLabel { color: white; }")
        self.icon.load(str(resource("icons", f"{look.icon}.svg")))
        self.title.setText(self.title_of(state))
        self.person.setText(person)
        self.person.setVisible(bool(person))
        self.detail.setText(detail)
        self.retranslate()
        self.undo_button.setVisible(undo)


def _line(reg: Registration) -> str:
    name = reg.full_name or reg.code
    return f"{name} — {reg.organisation}" if reg.organisation else name
