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
from checkin.gui.widgets import WrapLabel, show_message


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
            " answer, badge codes included — in the journal too — and from the file's"
            " backups, the bundles this laptop wrote (where they still are) and this"
            " station's file in the shared folder.</p><p><b>Kept</b>: the programme, the"
            " stations, the funders' logos, and the anonymous figures (arrivals, sessions,"
            " breakdowns) that the dashboard and the exports show from then on. The file"
            " states that it was purged and when; it records and syncs nothing more.</p>"
            "<p><b>Out of this laptop's reach</b>, still holding the data: the copies of the"
            " event on the other laptops, the other stations' files in the shared folder,"
            " and bundles moved or copied to USB keys or other laptops. Purge them there."
            "</p>").replace("%1", context.info.path.name)
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
        done = (self.tr("Purged on %1: %2 registrations made anonymous, %3 backups deleted;"
                        " the figures are kept.")
                .replace("%1", report.purged_at[:16].replace("T", " "))
                .replace("%2", str(report.registrations))
                .replace("%3", str(report.backups_deleted)))
        done += " " + (self.tr("%1 bundles deleted, %2 shared-folder files emptied.")
                       .replace("%1", str(len(report.bundles_deleted)))
                       .replace("%2", str(len(report.folder_files_emptied))))
        beyond = "\n".join("• " + self._beyond(kind, where) for kind, where in report.beyond)
        self._say(done + "\n" + self.tr("Still holding the data, out of reach:") + "\n"
                  + beyond, error=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.purged.emit(report)

    def _beyond(self, kind: purge.Beyond, where: str) -> str:
        words = {
            purge.Beyond.STATION: self.tr("the event file of the station “%1”, on its laptop"),
            purge.Beyond.FOLDER_FILE: self.tr("another station's file in the shared folder:"
                                              " %1"),
            purge.Beyond.BUNDLE_MOVED: self.tr("a bundle written here, moved or deleted"
                                               " since: %1"),
            purge.Beyond.COPIES: self.tr("copies of bundles on USB keys or other laptops"),
        }
        return words[kind].replace("%1", where)

    def _failed(self, exc: Exception) -> None:
        self._say(describe(exc), error=True)
        self.purge_button.setEnabled(bool(self.confirm.text().strip()))
        self.confirm.selectAll()
        self.confirm.setFocus()

    def _say(self, text: str, error: bool) -> None:
        show_message(self.message, text, error)
