"""What every tab of the Organiser page shares: the event's worker, the station's settings,
and the file dialogs and folder opener (replaceable, so tests never block on a dialog)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from checkin.gui.settings import Settings
from checkin.gui.worker import EventInfo, EventWorker

_FOLDER_KEY = "organiser/folder"


class FileDialogs:
    """The file dialogs of the Organiser mode; each returns None when the user cancels."""

    def __init__(self, settings: Settings, default_folder: Path) -> None:
        self.settings = settings
        self.default_folder = default_folder

    @property
    def folder(self) -> Path:
        saved = str(self.settings.store.value(_FOLDER_KEY, "") or "")
        return Path(saved) if saved and Path(saved).is_dir() else self.default_folder

    def remember(self, path: Path) -> None:
        self.settings.store.setValue(_FOLDER_KEY, str(path if path.is_dir() else path.parent))

    def save_file(self, parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(self.folder / name), filters)
        return self._kept(Path(chosen)) if chosen else None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(self.folder), filters)
        return self._kept(Path(chosen)) if chosen else None

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path] | None:
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


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass
class OrganiserContext:
    worker: EventWorker
    info: EventInfo
    settings: Settings
    dialogs: FileDialogs
    open_folder: Callable[[Path], None] = field(default=open_folder)


def alive(owner: QObject, slot: Callable[..., Any]) -> Callable[..., None]:
    """`slot`, called only while `owner` exists: a job may finish after its tab is gone."""
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*args)
    return call

