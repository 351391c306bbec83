"""Synchronisation ▸ Serveur…: the hub's address (never its password), the password
(kept in memory, or in the system keyring when asked), sslmode, and whether to sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.core.hub import HubAddress, HubError
from checkin.gui.errors import describe
from checkin.gui.widgets import WrapLabel

translate = QCoreApplication.translate
SSL_MODES = ("", "disable", "prefer", "require", "verify-ca", "verify-full")


class HubDialog(QDialog):
    def __init__(self, address: HubAddress | None, password: str | None, on: bool,
                 keyring: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("HubSync", "Server"))
        explain = WrapLabel(translate(
            "HubSync", "Where the venue has a network, the stations sync live through a"
                       " PostgreSQL server: each check-in is recorded here first, then sent;"
                       " the others’ arrive within a second. The address comes from"
                       " `checkin hub add`; the password is never written to the event file."))
        ssl = str(address.params.get("sslmode", "")) if address else ""
        self.address_field = QLineEdit(
            address.with_param("sslmode", None).conninfo if address else "",
            objectName="hubAddress")
        self.address_field.setPlaceholderText(
            translate("HubSync", "postgresql://checkin_ev_…@server/database"))
        self.password_field = QLineEdit(password or "", objectName="hubPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(objectName="hubSslmode")
        for mode in SSL_MODES:
            self.sslmode.addItem(mode or translate("HubSync", "as libpq decides (prefer)"),
                                 mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(ssl)))
        self.remember = QCheckBox(translate("HubSync", "Keep the password in the system"
                                                       " keyring"), objectName="hubRemember")
        self.remember.setEnabled(keyring)
        if not keyring:
            self.remember.setToolTip(translate("HubSync", "No system keyring here: the"
                                                          " password is kept until the file"
                                                          " is closed."))
        self.on = QCheckBox(translate("HubSync", "Sync through this server"),
                            objectName="hubOn")
        self.on.setChecked(on or address is None)
        self.problem = QLabel(objectName="hubProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(translate("HubSync", "Address"), self.address_field)
        form.addRow(translate("HubSync", "Password"), self.password_field)
        form.addRow(translate("HubSync", "Encryption (sslmode)"), self.sslmode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.remember, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.on, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.ensurePolished()  # the application's fonts, before measuring the words
        width = 620  # wide enough for an address; as high as every word needs at that width
        # (not the size hint's height, measured at a narrower width: 36 px left blank)
        high = self.heightForWidth(width)
        self.resize(width, high if high > 0 else self.sizeHint().height())

    def chosen(self) -> tuple[HubAddress | None, str | None]:
        """The address (sslmode included, password taken out) and the password; a
        password typed inside the address counts as the password."""
        text = self.address_field.text().strip()
        if not text:
            return None, None
        address, inline = HubAddress.parse(text)
        if self.sslmode.currentData():  # else as the address says (libpq's default)
            address = address.with_param("sslmode", self.sslmode.currentData())
        return address, (self.password_field.text() or inline or None)

    def accept(self) -> None:
        try:
            self.chosen()
        except HubError as exc:
            self.problem.setText(describe(exc))
            return
        super().accept()
