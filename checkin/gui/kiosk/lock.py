"""The main window locked for a kiosk: full screen, no menus, no status bar, and every
action of the window disabled, so that no shortcut of another mode (Ctrl+O, Ctrl+Q,
Ctrl+N, F1, Ctrl+1...) does anything; `release` gives them all back as they were."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QWidget


class KioskLock:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.disabled: list[QAction] = []
        self.state = Qt.WindowState.WindowNoState
        self.geometry = QRect()
        self.engaged = False

    def engage(self) -> None:
        if self.engaged:
            return
        self.engaged = True
        pages = self.window.centralWidget()  # the pages' own actions come and go
        self.disabled = [a for a in self.window.findChildren(QAction)
                         if a.isEnabled() and not _inside(pages, a.parent())]
        for action in self.disabled:
            action.setEnabled(False)
        self.window.menuBar().hide()
        self.window.statusBar().hide()
        self.state = self.window.windowState()
        self.geometry = self.window.geometry()
        screen = self.window.screen()
        if screen is not None:  # an X display without a window manager ignores the state
            self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()

    def release(self) -> None:
        if not self.engaged:
            return
        self.engaged = False
        for action in self.disabled:
            if shiboken6.isValid(action):
                action.setEnabled(True)
        self.disabled = []
        self.window.menuBar().show()
        self.window.statusBar().show()
        self.window.setWindowState(self.state)
        self.window.setGeometry(self.geometry)
        self.window.show()


def _inside(pages: QWidget | None, owner: object) -> bool:
    """Whether an action belongs to a page (they come and go with their page)."""
    return pages is not None and isinstance(owner, QWidget) and pages.isAncestorOf(owner)
