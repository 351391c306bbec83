"""Playing keys the way people and scanners do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# What a US-layout scanner types on a French AZERTY system (the inverse of core's repair).
_US_TO_AZERTY = str.maketrans({
    "1": "&", "2": "é", "3": '"', "4": "'", "5": "(", "6": "-", "7": "è", "8": "_",
    "9": "ç", "0": "à", "Q": "A", "A": "Q", "W": "Z", "Z": "W", "M": "?",
})



def when_modal(kind: type[QWidget], act: Callable[[Any], None], every_ms: int = 20) -> None:
    """Once a modal widget of `kind` is open, call `act(it)`: polled, since the call that
    opens a dialog blocks in its own event loop until the dialog closes."""
    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(every_ms, poll)
            return
        act(modal)
    QTimer.singleShot(every_ms, poll)

def azerty(text: str) -> str:
    return text.translate(_US_TO_AZERTY)


def _key_for(ch: str) -> int:
    if ch.isascii() and ch.isalnum():
        return ord(ch.upper())
    return 0


def press(text: str = "", key: int = 0,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key press (and release) sent straight to the focused widget, as the OS would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    key = key or _key_for(text)
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))


def burst(text: str, end: int = Qt.Key.Key_Return) -> None:
    """A scanner: every key at once, no event processing in between, then Enter."""
    for ch in text:
        press(ch)
    press("\r" if end == Qt.Key.Key_Return else "\t", key=end)


def type_slowly(text: str, key_clock, qtbot=None) -> None:
    """A person typing: 200 ms between keys on the scanner's clock."""
    for ch in text:
        key_clock.now += 0.2
        press(ch)
    key_clock.now += 0.2


def enter(key_clock) -> None:
    key_clock.now += 0.2
    press("\r", key=Qt.Key.Key_Return)


def journal_kinds(path: Path) -> list[str]:
    """The kinds of the entries in the event file, read as another process would."""
    from checkin.core.event import Event
    with Event.open(path) as event:
        return [e.kind for e in event.entries()]


def registration(path: Path, code: str):
    from checkin.core.event import Event
    with Event.open(path) as event:
        found = event.by_code(code)
        assert len(found) == 1
        return found[0], event.qr(found[0])


def add_homonyms(path: Path, organisations: tuple[str, ...],
                 first: str = "Sophie", last: str = "Martinez") -> None:
    """People of one name, one per organisation, added to a closed event file."""
    from checkin.core import reception
    from checkin.core.event import Event
    with Event.open(path) as event:
        for organisation in organisations:
            reception.walk_in(event, {"first_name": first, "last_name": last,
                                      "organisation": organisation}, (), check_in_now=False)


def fake_lookup(printers: list[str], queues: list[str], problem: str = "") -> type:
    """Stands in for `printing.PrinterLookup`: these printers, as the process would say."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class Lookup(QObject):
        found = Signal(list, list)

        def __init__(self, parent: QObject | None = None) -> None:
            super().__init__(parent)
            self.problem, self.default = problem, ""
            QTimer.singleShot(0, lambda: self.found.emit(printers, queues))
    return Lookup


def new_event_preview(qtbot, export: Path, shown: bool = False):  # type: ignore[no-untyped-def]
    """The New event dialog on the Occitanie programme and `export`, its preview made."""
    from helpers import DATA

    from checkin.gui.new_event import NewEventDialog
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    if shown:
        dialog.show()
    dialog.programme_path.setText(str(DATA / "occitanie-2022.toml"))
    dialog.registrations_path.setText(str(export))
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.load()
    return dialog


def open_window(qtbot, settings, path: Path, clock, key_clock=None,  # type: ignore[no-untyped-def]
                language: str = "fr", laptop: bool = False):
    """The real main window in `language`, on the event file at `path`: its scanner
    capture on `key_clock` when given, at a laptop's 1366 × 768 and active if asked."""
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    install_translations(make_app(), language)
    capture = ScanCapture(clock=key_clock) if key_clock is not None else ScanCapture()
    window = MainWindow(settings, Sounds(volume=0), capture, now=clock)
    qtbot.addWidget(window)
    if laptop:
        window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if laptop:
        window.activateWindow()
    window.open_event(path)
    return window
