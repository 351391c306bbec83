"""Dialogs between laptops: naming this copy's station, cloning the event for another
laptop, and choosing the shared folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.gui.stations.session import StationFacts, name_problem
from checkin.gui.widgets import WrapLabel

translate = QCoreApplication.translate


class _NameDialog(QDialog):
    """A dialog around a station name that must be new: OK only when it is."""

    def __init__(self, taken: tuple[str, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.taken = taken
        self.name_field = QLineEdit()
        self.problem = QLabel(objectName="nameProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_field.textChanged.connect(self._check)

    def name(self) -> str:
        return " ".join(self.name_field.text().split())

    def why_not(self) -> str:
        return name_problem(self.name(), self.taken)

    def _check(self) -> None:
        why = self.why_not()
        self.problem.setText(why)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not why)

    def accept(self) -> None:
        if not self.why_not():
            super().accept()


class NewStationDialog(_NameDialog):
    """The file was copied from another laptop (or is a second copy here): before this
    laptop records anything, it gets a station of its own."""

    def __init__(self, facts: StationFacts, parent: QWidget | None = None) -> None:
        super().__init__(facts.names, parent)
        self.setWindowTitle(translate("Stations", "A copy from another laptop"))
        self.setModal(True)
        text = translate(
            "Stations",
            "This file is the station “%1”, which was set up on another laptop (or this is"
            " a second copy of it). Two laptops must never record as the same station:"
            " give this one its own name. Everything the file already holds is kept.")
        explain = WrapLabel(text.replace("%1", facts.station_name), objectName="copyExplained")
        # core's reason is for logs and the command line: here, the file in our words
        detail = WrapLabel(translate("Stations", "File: %1").replace("%1", str(facts.path)),
                           objectName="copyFile")
        detail.setStyleSheet("color: #555;")
        self.name_field.setText(facts.suggested_name())
        self.name_field.selectAll()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Stations", "Name this station"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Stations", "Close the file"))
        form = QFormLayout()
        form.addRow(translate("Stations", "This station’s name"), self.name_field)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(detail)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self._check()


class CloneDialog(_NameDialog):
    """A copy of the event for another laptop: its station's name and where to save it."""

    def __init__(self, facts: StationFacts, parent: QWidget | None = None) -> None:
        super().__init__(facts.names, parent)
        self.facts = facts
        self.setWindowTitle(translate("Stations", "Clone for another laptop"))
        self.path_field = QLineEdit()
        browse = QPushButton(translate("Stations", "Choose…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_field, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("Stations", "New station’s name"), self.name_field)
        form.addRow(translate("Stations", "Save the copy as"), where)
        explain = WrapLabel(translate(
            "Stations", "The copy holds everything this file holds, under a new station:"
                        " copy it to the other laptop (USB key) and open it there."))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.path_field.textChanged.connect(self._check)
        self.name_field.textChanged.connect(self._follow_name)
        self._auto_path = ""
        self.name_field.setText(facts.suggested_name())
        self.resize(620, 220)

    def path(self) -> Path | None:
        text = self.path_field.text().strip()
        if not text:
            return None
        return Path(text if text.endswith(".checkin") else text + ".checkin")

    def _follow_name(self) -> None:
        """The proposed file name follows the station's name until the user picks one."""
        if self.path_field.text() == self._auto_path:
            stem = "-".join(self.name().split()) or "copy"
            self._auto_path = str(self.facts.path.with_name(f"{self.facts.path.stem}-{stem}"
                                                            ".checkin"))
            self.path_field.setText(self._auto_path)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("Stations", "Save the copy as"), self.path_field.text(),
            translate("Stations", "Event files (*.checkin)"))
        if chosen:
            self.path_field.setText(chosen)

    def why_not(self) -> str:
        why = super().why_not()
        path = self.path()
        if why or path is None:
            return why or translate("Stations", "Choose where to save the copy.")
        if path.exists():
            return translate("Stations", "%1 already exists.").replace("%1", str(path))
        if not path.parent.is_dir():
            return translate("Stations", "No such folder: %1").replace("%1", str(path.parent))
        return ""


class FolderDialog(QDialog):
    """The shared folder this station syncs through, and whether it does."""

    def __init__(self, folder: Path | None, on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Stations", "Shared folder"))
        explain = WrapLabel(translate(
            "Stations", "Every few seconds, this station writes its own entries to its own"
                        " file in the folder and reads the other stations’ files. The folder"
                        " may be on a USB key, a network share, or synced by Syncthing or"
                        " Nextcloud."))
        self.path_field = QLineEdit(str(folder or ""))
        browse = QPushButton(translate("Stations", "Choose…"))
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path_field, 1)
        where.addWidget(browse)
        self.on = QCheckBox(translate("Stations", "Sync through this folder"))
        self.on.setChecked(on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(where)
        layout.addWidget(self.on, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.resize(600, 200)

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("Stations", "Shared folder"), self.path_field.text())
        if chosen:
            self.path_field.setText(chosen)
            self.on.setChecked(True)

    def folder(self) -> Path | None:
        text = self.path_field.text().strip()
        return Path(text) if text else None
