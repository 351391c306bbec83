"""The user's side of each operation between laptops: file dialogs, then the session.
Shared by the Sync menu and the organiser's Stations tab."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from checkin.gui.file_dialogs import documents_folder
from checkin.gui.stations.dialogs import CloneDialog, FolderDialog
from checkin.gui.stations.session import BUNDLE_SUFFIX, StationSession

if TYPE_CHECKING:
    from checkin.gui.file_dialogs import FileDialogs
    from checkin.gui.stations.hub_dialog import HubDialog

translate = QCoreApplication.translate


def _bundle_filter() -> str:
    return translate("Stations", "Checkin bundles (*%1)").replace("%1", BUNDLE_SUFFIX)


def export_bundle(session: StationSession, parent: QWidget | None,
                  dialogs: FileDialogs | None = None) -> None:
    """“Export for a USB key”: every entry this file holds, in one bundle file."""
    title, name = translate("Stations", "Export for a USB key"), session.default_bundle_name()
    if dialogs is not None:
        path = dialogs.save_file(parent, title, name, _bundle_filter())
    else:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / name),
                                                _bundle_filter())
        path = Path(chosen) if chosen else None
    if path is not None:
        session.export_bundle(path if path.suffix else path.with_suffix(BUNDLE_SUFFIX))


def import_bundles(session: StationSession, parent: QWidget | None,
                   dialogs: FileDialogs | None = None) -> None:
    """“Import from a USB key”: merge the bundles of other stations."""
    title = translate("Stations", "Import from a USB key")
    if dialogs is not None:
        paths = dialogs.open_files(parent, title, _bundle_filter())
    else:
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()),
                                                 _bundle_filter())
        paths = [Path(c) for c in chosen]
    if paths:
        session.import_bundles(paths)


def clone(session: StationSession, parent: QWidget | None) -> CloneDialog | None:
    """“Clone for another laptop…”: asks the new station's name and the copy's path."""
    facts = session.facts
    if facts is None:
        return None
    dialog = CloneDialog(facts, parent)
    dialog.accepted.connect(lambda: _clone_accepted(session, dialog))
    dialog.open()
    return dialog


def _clone_accepted(session: StationSession, dialog: CloneDialog) -> None:
    path = dialog.path()
    if path is not None:
        session.clone(path, dialog.name())


def folder_settings(session: StationSession, parent: QWidget | None) -> FolderDialog:
    """“Shared folder…”: where to sync, and whether to."""
    folder = session.folder
    dialog = FolderDialog(folder.folder, folder.enabled, parent)

    def accepted() -> None:
        folder.configure(dialog.folder(), dialog.on.isChecked())
    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def hub_settings(session: StationSession, parent: QWidget | None) -> HubDialog:
    """“Server…”: the hub's address, its password (asked, never stored in the event
    file), sslmode, and whether to sync through it."""
    from checkin.core.hub.passwords import keep_password, keyring_available
    from checkin.gui.stations.hub_dialog import HubDialog  # psycopg: not at start
    hub = session.hub
    dialog = HubDialog(hub.address, hub.password, hub.enabled, keyring_available(), parent)

    def accepted() -> None:
        address, password = dialog.chosen()
        if address is not None and password and dialog.remember.isChecked():
            keep_password(address, password)
        hub.configure(address, password, dialog.on.isChecked())
    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
