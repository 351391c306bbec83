"""A word on the person card when a badge cannot be printed: no printer chosen for this
station, or a print that failed. It names the person whose badge it is about (the card may
show someone else by the time a print fails), offers to choose a printer, and goes away
when the card shows another person or a badge of theirs prints."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from checkin.core import names
from checkin.core.model import Registration
from checkin.gui.widgets import WrapLabel, no_focus

STYLE = ("#printNotice { background: #fdecea; border: 1px solid #c0392b; border-radius: 6px; }"
         " #printNotice QLabel { color: #8a1c12; font-weight: bold; }")


class PrintNotice(QFrame):
    choose_printer = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printNotice")
        self.setStyleSheet(STYLE)
        self.text = WrapLabel(objectName="printNoticeText")
        self.button = no_focus(QPushButton(self.tr("Choose a printer…")))
        self.button.setObjectName("choosePrinterButton")
        self.button.clicked.connect(self.choose_printer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.about: set[str] = set()  # the registrations it speaks of
        self.hide()

    def no_printer(self, reg: Registration) -> None:
        self._say([reg], self.tr("⚠ No badge printer is chosen for this station: choose one"
                                 " to print the badge of %1.").replace("%1", _name(reg)))

    def failed(self, regs: Sequence[Registration], message: str) -> None:
        names = ", ".join(_name(r) for r in regs)
        text = (self.tr("⚠ Badge of %1 not printed: %2").replace("%1", names)
                if names else self.tr("⚠ Badge not printed: %2"))
        self._say(regs, text.replace("%2", message))

    def card_shows(self, reg: Registration | None) -> None:
        if self.isVisible() and (reg is None or reg.id not in self.about):
            self.clear()

    def printed(self, ids: Sequence[str]) -> None:
        if self.about & set(ids):
            self.clear()

    def clear(self) -> None:
        self.about = set()
        self.text.setText("")
        self.hide()

    def _say(self, regs: Sequence[Registration], text: str) -> None:
        self.about = {r.id for r in regs}
        self.text.setText(text)
        self.show()


def _name(reg: Registration) -> str:
    return names.full(reg.first_name, reg.last_name) or reg.code
