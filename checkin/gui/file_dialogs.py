"""Where file dialogs open: first where a user keeps documents, then where they last chose a
file (remembered in this station's settings). Never the hidden application-data folder of a
demo event. Each method returns None when the user cancels; tests replace the object."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from checkin.gui.settings import Settings

LAST_FOLDER_KEY = "files/last_folder"


def documents_folder() -> Path:
    """The user's Documents folder (XDG, localised: "Documents"), else their home."""
    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class FileDialogs:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @property
    def folder(self) -> Path:
        saved = str(self.settings.store.value(LAST_FOLDER_KEY, "") or "")
        return Path(saved) if saved and Path(saved).is_dir() else documents_folder()

    def remember(self, path: Path) -> None:
        self.settings.store.setValue(LAST_FOLDER_KEY,
                                     str(path if path.is_dir() else path.parent))
        self.settings.store.sync()

    def save_file(self, parent: QWidget | None, title: str, name: str,
                  filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(self.folder / name), filters)
        return self._kept(Path(chosen)) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(self.folder), filters)
        return self._kept(Path(chosen)) if chosen else None

    def open_files(self, parent: QWidget | None, title: str,
                   filters: str) -> list[Path] | None:
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(self.folder), filters)
        if not chosen:
            return None
        self.remember(Path(chosen[0]))
        return [Path(c) for c in chosen]

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(self.folder))
        return self._kept(Path(chosen)) if chosen else None

    def _kept(self, path: Path) -> Path:
        self.remember(path)
        return path
