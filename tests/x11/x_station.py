"""The real main window on the demo event, for the X-level tests (imported by x_*.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from checkin.core.event import Event
from checkin.core.model import Registration


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def event_path(tmp_path: Path, clock: FakeClock) -> Path:
    from checkin.core.demo import create_demo
    path = tmp_path / "x.checkin"
    create_demo(path, station_name="Accueil 1", now=clock).close()
    return path


@pytest.fixture
def settings(tmp_path: Path):
    from checkin.gui.settings import Settings
    return Settings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))


def open_window(qtbot, settings, event_path: Path, clock, language: str = "fr"):
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.sounds import Sounds
    install_translations(make_app(), language)
    window = MainWindow(settings, Sounds(volume=0), now=clock)  # the real capture and clock
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(event_path)
    qtbot.waitUntil(lambda: window.mode_page is not None and not window.worker.busy,
                    timeout=20000)
    activate(qtbot, window)
    return window


@pytest.fixture
def window(qtbot, settings, event_path, clock) -> Iterator[object]:
    win = open_window(qtbot, settings, event_path, clock)
    qtbot.waitUntil(lambda: win.desk.search_field.hasFocus())
    yield win
    win.shutdown()


def activate(qtbot, widget: QWidget) -> None:
    """Give a window the X input focus, as a window manager does when a window opens
    (Xvfb runs none)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def people(path: Path, count: int, skip: int = 0) -> list[tuple[Registration, str]]:
    """`count` registrations of the event with their badge payloads, in name order."""
    with Event.open(path) as event:
        regs = [r for r in event.registrations() if not r.cancelled][skip:skip + count]
        return [(r, event.qr(r)) for r in regs]


def journal(path: Path) -> list[tuple[str, str]]:
    with Event.open(path) as event:
        return [(e.kind, e.subject) for e in event.entries()]


def snapshot(widget: QWidget) -> list[object]:
    """What a person could have typed or chosen in a window, field by field."""
    found: list[object] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLineEdit):
            found.append(("text", child.objectName(), child.text()))
        elif isinstance(child, QPlainTextEdit):
            found.append(("plain", child.objectName(), child.toPlainText()))
        elif isinstance(child, QSpinBox):
            found.append(("spin", child.objectName(), child.value()))
        elif isinstance(child, QComboBox):
            found.append(("combo", child.objectName(), child.currentIndex()))
        elif isinstance(child, QAbstractButton) and child.isCheckable():
            found.append(("check", child.text(), child.isChecked()))
    return found
