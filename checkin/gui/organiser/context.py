"""What every tab of the Organiser page shares: the event's worker, the station's settings,
and the file dialogs (`file_dialogs`) and folder opener (replaceable, so tests never block
on a dialog)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from checkin.gui.file_dialogs import FileDialogs
from checkin.gui.settings import Settings
from checkin.gui.worker import EventInfo, EventWorker

__all__ = ["FileDialogs", "OrganiserContext", "alive", "open_folder"]


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

