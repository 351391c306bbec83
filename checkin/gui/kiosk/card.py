"""The kiosk's one big outcome, worded for the visitor: "Scan your ticket" while ready,
then welcome, already here, or see the reception desk. Same colours, icons and sounds
as the desk (`desk.outcomes.LOOKS`); only the words differ."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize

from checkin.core.model import Registration
from checkin.core.reception import Outcome, ScanResult
from checkin.gui import times
from checkin.gui.desk.outcomes import DeskState
from checkin.gui.station_card import StationCard, person_line

translate = QCoreApplication.translate


def title(state: str) -> str:
    words: dict[str, str] = {
        Outcome.CHECKED_IN: translate("KioskCard", "Welcome!"),
        Outcome.ALREADY_CHECKED_IN: translate("KioskCard", "You are already checked in"),
        Outcome.AMBIGUOUS: translate("KioskCard", "Choose your name"),
        Outcome.UNKNOWN: translate("KioskCard", "Ticket not recognised"),
        Outcome.OTHER_EVENT: translate("KioskCard", "Ticket of another event"),
        Outcome.INVALID_SIGNATURE: translate("KioskCard", "Ticket not recognised"),
        Outcome.CANCELLED: translate("KioskCard", "Registration cancelled"),
        DeskState.UNDONE: translate("KioskCard", "Cancelled"),
        DeskState.ERROR: translate("KioskCard", "Something went wrong"),
        DeskState.READY: translate("KioskCard", "Scan your ticket"),
    }
    return words[state]


def advice(state: str) -> str:
    """What the visitor does next."""
    see_desk = translate("KioskCard", "Please go to the reception desk.")
    no_ticket = translate("KioskCard", "Touch “I don't have my ticket”, or go to the"
                                       " reception desk.")
    words: dict[str, str] = {
        Outcome.CHECKED_IN: translate("KioskCard", "Your arrival is recorded. Enjoy the day!"),
        Outcome.ALREADY_CHECKED_IN: translate("KioskCard", "Nothing more to do. Enjoy the"
                                                           " day!"),
        Outcome.AMBIGUOUS: translate("KioskCard", "Touch your name in the list."),
        Outcome.UNKNOWN: no_ticket, Outcome.OTHER_EVENT: no_ticket,
        Outcome.INVALID_SIGNATURE: no_ticket, Outcome.CANCELLED: see_desk,
        DeskState.UNDONE: translate("KioskCard", "Your arrival is no longer recorded."
                                                 " Try again, or go to the reception desk."),
        DeskState.ERROR: see_desk,
        DeskState.READY: translate("KioskCard", "Hold up the QR code of your ticket, on your"
                                                " phone or on paper."),
    }
    return words[state]


class KioskCard(StationCard):
    title_of = staticmethod(title)
    advice_of = staticmethod(advice)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("outcomeCard")
        self.icon.setFixedSize(QSize(140, 140))
        self.show_ready()

    def retranslate(self) -> None:
        self.undo_button.setText(translate("KioskCard", "This is not me"))

    def show_result(self, result: ScanResult, note: str = "") -> None:
        reg = result.registration
        detail = advice(result.outcome)
        if result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_checkin:
            at = times.time_text(result.first_checkin.at)
            detail = translate("KioskCard", "Recorded at %1.").replace("%1", at) + "\n" + detail
        if note:
            detail = detail + "\n" + note
        self._show(result.outcome, person_line(reg) if reg else "", detail,
                   undo=result.outcome is Outcome.CHECKED_IN)

    def _show(self, state: str, person: str, detail: str, undo: bool = False) -> None:
        super()._show(state, person, detail, undo)
        self.show()  # stepped aside while a name was typed: every outcome is seen

    def show_undone(self, reg: Registration) -> None:
        self._show(DeskState.UNDONE, person_line(reg), advice(DeskState.UNDONE))

    def add_line(self, text: str) -> None:
        """A word after the fact (the badge could not be printed)."""
        self.detail.setText(self.detail.plain_text() + "\n" + text)
