"""The organiser's PIN: asked to leave the kiosk or close the window, set at the first
entry into the kiosk or from Settings in the Organiser mode. The rules (digits, length,
hash, the wait after too many wrong tries) are `core.pin`'s; this only asks."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.core import pin
from checkin.core.pin import PinCheck, PinGuard, PinProblem
from checkin.gui.settings import Settings


def pin_field(name: str) -> QLineEdit:
    field = QLineEdit(objectName=name, echoMode=QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return field


class _PinBase(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.message = QLabel(objectName="pinMessage", wordWrap=True)
        self.message.setStyleSheet("color: #a3231a; font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


# The kiosk runs full screen, often with no window manager to draw a dialog's frame and
# title: the PIN dialog draws its own, so that it looks the same with or without one.
FRAMED_STYLE = """
QFrame#pinFrame { background: palette(window); border: 2px solid #34405a; }
QLabel#pinTitle { background: #34405a; color: white; font-weight: bold; padding: 6px 10px; }
"""


class PinDialog(_PinBase):
    """Asks for the organiser's PIN; accepted only with the right one. Shown over the
    full-screen kiosk, it carries its own title bar and border (see FRAMED_STYLE)."""

    def __init__(self, guard: PinGuard, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setWindowTitle(self.tr("Organiser's PIN"))
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setStyleSheet(FRAMED_STYLE)
        self.pin = pin_field("pinField")
        frame = QFrame(objectName="pinFrame")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.windowTitle(), objectName="pinTitle")
        inside.addWidget(self.title)
        layout = QVBoxLayout()
        layout.setContentsMargins(12, 8, 12, 12)
        inside.addLayout(layout)
        layout.addWidget(QLabel(reason, wordWrap=True))
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        check = self.guard.check(self.pin.text())
        self.pin.clear()
        if check is PinCheck.RIGHT:
            super().accept()
        elif check is PinCheck.LOCKED:
            self.message.setText(self.tr("Too many wrong PINs: try again in %1 s.")
                                 .replace("%1", str(round(self.guard.wait_left()))))
        else:
            self.message.setText(self.tr("Wrong PIN."))


class NewPinDialog(_PinBase):
    """Sets the organiser's PIN (typed twice); saved as a salted hash in the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.pin = pin_field("newPinField")
        self.again = pin_field("newPinAgain")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Choose the organiser's PIN (%1 to %2 digits). It will be asked to leave the"
            " kiosk, to change a setting and to close the window.")
            .replace("%1", str(pin.MIN_DIGITS)).replace("%2", str(pin.MAX_DIGITS)),
            wordWrap=True))
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Once more"), self.again)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        why = pin.problem(self.pin.text(), self.again.text())
        if why is not None:
            self.message.setText(self.problem_text(why))
            self.again.clear()
            return
        self.settings.kiosk_pin = pin.hash_pin(self.pin.text())
        super().accept()

    def problem_text(self, why: PinProblem) -> str:
        return {
            PinProblem.NOT_DIGITS: self.tr("The PIN is made of digits only."),
            PinProblem.TOO_SHORT: self.tr("The PIN needs at least %1 digits.")
            .replace("%1", str(pin.MIN_DIGITS)),
            PinProblem.TOO_LONG: self.tr("The PIN has at most %1 digits.")
            .replace("%1", str(pin.MAX_DIGITS)),
            PinProblem.MISMATCH: self.tr("The two PINs differ: type it again."),
        }[why]
