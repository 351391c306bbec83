"""The desk's outcome card: reception outcomes (checked in, already, unknown...)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from checkin.core.model import Registration
from checkin.core.reception import Outcome, ScanResult
from checkin.gui.desk import outcomes
from checkin.gui.desk.outcomes import DeskState
from checkin.gui.station_card import StationCard, person_line


class OutcomeCard(StationCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_ready()

    def retranslate(self) -> None:
        shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setText(self.tr("Undo check-in (%1)").replace("%1", shortcut))

    def show_result(self, result: ScanResult, note: str = "") -> None:
        reg = result.registration
        detail = outcomes.advice(result.outcome)
        if result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_checkin:
            first = result.first_checkin
            detail = outcomes.when_where(first.at, first.station) + "\n" + detail
        elif result.outcome is Outcome.OTHER_EVENT:
            detail = outcomes.other_event_text(result.other_event)
        elif result.outcome is Outcome.AMBIGUOUS:
            names = "\n".join(f"• {person_line(c)}" for c in result.candidates[:6])
            detail = detail + "\n" + names
        if note:
            detail = note + "\n" + detail
        self._show(result.outcome, person_line(reg) if reg else "", detail,
                   undo=result.outcome is Outcome.CHECKED_IN)
        self.show_about(reg.id if reg and not result.candidates else None)

    def show_undone(self, reg: Registration) -> None:
        self._show(DeskState.UNDONE, person_line(reg), outcomes.advice(DeskState.UNDONE))
        self.show_about(reg.id)
