"""The data-protection purge, confirmed by typing the event's short name (as the command
line asks). The core checks the name again: a wrong one is refused with its message."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core import purge
from checkin.gui.errors import describe
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.widgets import WrapLabel


class PurgeDialog(QDialog):
    purged = Signal(object)  # purge.PurgeReport

    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.short = context.info.short
        self.report: purge.PurgeReport | None = None
        self.setWindowTitle(self.tr("Purge the personal data"))
        self.setMinimumWidth(620)
        removed = self.tr(
            "<p><b>Removed from %1, for good</b>: every name, e-mail, organisation, role,"
            " phone number, type of organisation, département, specific needs and form"
            " answer, badge codes included — in the journal too — and the file's backups."
            "</p><p><b>Kept</b>: the programme, the stations, the funders' logos, and the"
            " anonymous figures (arrivals, sessions, breakdowns) that the dashboard and the"
            " exports show from then on. The file states that it was purged and when; it"
            " records nothing more.</p><p>Copies on other stations and sync bundles still"
            " hold the data: purge them too.</p>").replace("%1", context.info.path.name)
        explanation = QLabel(removed)
        explanation.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.short)
        self.message = WrapLabel(objectName="jobMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.purge_button = QPushButton(self.tr("Purge"))
        self.purge_button.setObjectName("dangerButton")
        self.purge_button.setEnabled(False)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.purge_button.clicked.connect(self.run)
        self.confirm.textChanged.connect(
            lambda text: self.purge_button.setEnabled(bool(text.strip()) and not self.report))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("Type the event's short name, %1, to confirm:")
                                .replace("%1", self.short)))
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def run(self) -> None:
        typed = self.confirm.text()
        self.purge_button.setEnabled(False)
        self._say(self.tr("Purging…"), error=False)
        self.context.worker.submit(lambda ev: purge.purge(ev, typed),
                                   alive(self, self._done), alive(self, self._failed))

    def _done(self, report: purge.PurgeReport) -> None:
        self.report = report
        self.confirm.setEnabled(False)
        self._say(self.tr("Purged on %1: %2 registrations made anonymous, %3 backups deleted;"
                          " the figures are kept.")
                  .replace("%1", report.purged_at[:16].replace("T", " "))
                  .replace("%2", str(report.registrations))
                  .replace("%3", str(report.backups_deleted)), error=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.purged.emit(report)

    def _failed(self, exc: Exception) -> None:
        self._say(describe(exc), error=True)
        self.purge_button.setEnabled(bool(self.confirm.text().strip()))
        self.confirm.selectAll()
        self.confirm.setFocus()

    def _say(self, text: str, error: bool) -> None:
        self.message.setProperty("error", error)
        self.message.setText(("⚠ " if error else "") + text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
