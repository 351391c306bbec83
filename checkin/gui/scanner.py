"""Barcode scanners that type (keyboard wedges), told apart from people typing.

`ScanCapture` is an application-wide event filter. A scanner types a whole code in a
burst, keys a few milliseconds apart, then Enter or Tab; people type ten times slower.
So every printable key press is held back for at most `gap` seconds: if the next key
comes sooner, it joins the burst; if the burst ends with Enter/Tab and is at least
`min_length` characters long, it is a scan: swallowed whole (it never lands in a text
field) and emitted as `scanned`. Anything else is replayed, in order, to the widget it
was meant for, so typing only ever waits `gap` seconds.

The clock is injectable so that tests can play bursts and typing deterministically.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin.core import codes

Clock = Callable[[], float]
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


@dataclass(frozen=True)
class _Key:
    target: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanCapture(QObject):
    """Install on the QApplication; connect `scanned(text)`."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, gap: float = 0.05,
                 min_length: int = 6, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.gap = gap
        self.min_length = min_length
        self.clock = clock
        self.enabled = True
        self._held: list[_Key] = []
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.enabled or self._replaying or event.type() != QEvent.Type.KeyPress
                or not isinstance(watched, QWidget) or not _is_key_target(watched)):
            return False
        assert isinstance(event, QKeyEvent)
        return self._key(watched, event)

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        now = self.clock()
        in_burst = bool(self._held) and now - self._last <= self.gap
        if event.key() in _ENDS and not event.modifiers() & _COMMAND_MODIFIERS:
            if in_burst and len(self._held) >= self.min_length:
                text = "".join(k.text for k in self._held)
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(text)
                return True
            self.flush()
            return False
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _COMMAND_MODIFIERS:
            self.flush()
            return False
        if self._held and not in_burst:
            self.flush()
        self._held.append(_Key(target, event.key(), event.modifiers(), text))
        self._last = now
        self._timer.start(max(1, int(self.gap * 1000)))
        return True

    def flush(self) -> None:
        """Replay the keys held back: they were typing, not a scan."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for k in held:
                QApplication.sendEvent(k.target, QKeyEvent(QEvent.Type.KeyPress, k.key,
                                                           k.modifiers, k.text))
        finally:
            self._replaying = False


def _is_key_target(widget: QWidget) -> bool:
    """Key events propagate to parents: only look at them where they are first delivered."""
    focus = QApplication.focusWidget()
    return widget is focus if focus is not None else widget.isWindow()


class DuplicateGate:
    """Ignores a code read again within `window` seconds (a badge held under the scanner)."""

    def __init__(self, window: float = 4.0, clock: Clock = time.monotonic) -> None:
        self.window = window
        self.clock = clock
        self._seen: dict[str, float] = {}

    def accept(self, text: str) -> bool:
        now = self.clock()
        self._seen = {k: t for k, t in self._seen.items() if now - t < self.window}
        key = _identity(text)
        if key in self._seen:
            self._seen[key] = now
            return False
        self._seen[key] = now
        return True


def _identity(text: str) -> str:
    scanned = codes.read_scan(text)
    if scanned.kind is codes.ScanKind.GARBAGE:
        return "raw:" + text.strip()
    return f"{scanned.event}+{scanned.code}"
