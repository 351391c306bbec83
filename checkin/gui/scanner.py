"""Barcode scanners that type (keyboard wedges), told apart from people typing.

`ScanCapture` is an application-wide event filter that sees every key before the
widget with the focus (a field, a button, a dialog, a menu). A scanner set for a US
layout types a whole code in a burst, a few milliseconds a key, pressing Shift for
capitals and releasing every key, then Return, Enter or Tab. So:

- each printable key press is held back (with its release) while it may belong to a
  burst; Shift and the other modifier-only presses pass through without breaking it;
- a burst ending in Return/Enter/Tab is a scan when it is long enough and either names
  a badge (`codes` knows a payload or a code, US or AZERTY-garbled) or came at machine
  speed throughout: it is swallowed whole, its releases too, and emitted as `scanned`;
  it never lands in a field and never presses a button;
- anything else is replayed, in order, to the widget it was meant for: a person typing,
  even fast, only ever waits `gap` seconds for the keys to appear.

Timing is read from the events' own time stamps (the X server's), not from when the
application gets round to them, so a busy GUI thread does not turn typing into a burst.
Keys without a time stamp (sent by tests) use the injectable clock. Nor does a stalled
GUI thread split a burst: when the hold runs out late, the burst's next keys may still be
queued behind it, so they are let through first (see `_hold_over`).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from checkin.core import codes

Clock = Callable[[], float]
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)
_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
    Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Mode_switch})
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)  # not ShortcutOverride
# A hold that runs out this late (s) means the GUI thread was busy, not waiting: keys may
# be queued behind it. It then looks again after `_RECHECK`, at most `_RECHECKS` times,
# so typing is never held more than a few tens of milliseconds longer.
_LATE = 0.02
_RECHECK = 0.01
_RECHECKS = 5


@dataclass
class _Held:
    target: QWidget
    press: QKeyEvent
    at: float
    ident: int  # the press's `_ident` and text, kept: asking Qt's event again for them
    text: str  # cost a call each (a burst's text was gathered from 28 events at each key)
    release: QKeyEvent | None = None


class ScanCapture(QObject):
    """Install on the QApplication; connect `scanned(text)`.

    `gap`: the longest pause inside a burst (scanners: 2–8 ms; people: 40–150 ms, with
    some pairs near 30 ms). `machine_gap`: the median pause under which a burst that
    names no badge (another kind of barcode) is still a scanner's. `badge_hold`: how long
    a burst that begins like a badge payload waits for its end when the GUI is late."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, gap: float = 0.05,
                 machine_gap: float = 0.015, min_length: int = 6, badge_hold: float = 0.5,
                 clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.gap = gap
        self.machine_gap = machine_gap
        self.min_length = min_length
        self.badge_hold = badge_hold
        self.clock = clock
        self.enabled = True
        self._held: list[_Held] = []
        self._spent: list[_Held] = []  # a scan's key copies, dropped at the next key
        self._last = 0.0
        self._eaten: set[int] = set()  # keys of a scan whose release is still to come
        self._replaying = False
        self._due = 0.0  # when the hold should run out, by time.monotonic (the timers' clock)
        self._rechecks = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._hold_over)

    @property
    def holding(self) -> bool:
        """Whether keys are held back, waiting to be told a scan or typing."""
        return bool(self._held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application comes here (a scan's card painted: about 15 from
        # Enter on): the others are let through before asking their type, whose enum
        # PySide makes in Python each time (2-3 us an event, on the GUI thread).
        if not isinstance(event, QKeyEvent) or not self.enabled or self._replaying:
            return False
        kind = event.type()
        if (kind not in _KEY_EVENTS or not isinstance(watched, QWidget)
                or watched is not _key_target()):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._release(event)
        return self._press(watched, event)

    # -- presses and releases --------------------------------------------------------------

    def _press(self, target: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift for a capital: no text, and no end to a burst
        ident = _ident(event)
        self._eaten.discard(ident)
        now = self._stamp(event)
        in_burst = bool(self._held) and 0 <= now - self._last <= self.gap
        command = bool(event.modifiers() & _COMMAND_MODIFIERS)
        if key in _ENDS and not command:
            if in_burst and self._is_scan(now):
                self._emit(ident)
                return True
            self.flush()
            return False
        text = event.text()
        if not text or not text.isprintable() or command or event.isAutoRepeat():
            self.flush()
            return False
        if self._held and not in_burst:
            self.flush()
        self._spent = []
        self._held.append(_Held(target, event.clone(), now, ident, text))
        self._last = now
        hold = self.badge_hold if codes.may_start_payload(self._text()) else self.gap
        self._rechecks = 0
        self._arm(hold)
        return True

    def _release(self, event: QKeyEvent) -> bool:
        ident = _ident(event)
        for held in self._held:
            if held.release is None and held.ident == ident:
                held.release = event.clone()
                return True
        if ident in self._eaten:
            self._eaten.discard(ident)
            return True
        return False

    def _stamp(self, event: QKeyEvent) -> float:
        stamp = event.timestamp()
        return stamp / 1000 if stamp else self.clock()

    # -- deciding --------------------------------------------------------------------------

    def _arm(self, hold: float) -> None:
        self._due = time.monotonic() + hold
        self._timer.start(max(1, int(hold * 1000)))

    def _hold_over(self) -> None:
        """No key came within the hold: typing, unless the GUI thread was late. Then the
        burst's next keys may be waiting in the queue behind this timer (Qt can run an
        expired timer before input read meanwhile): look again once they are handled;
        they are judged by their own time stamps, as ever."""
        if time.monotonic() - self._due > _LATE and self._rechecks < _RECHECKS:
            self._rechecks += 1
            self._arm(_RECHECK)
            return
        self.flush()

    def _text(self) -> str:
        return "".join(h.text for h in self._held)

    def _is_scan(self, end: float) -> bool:
        text = self._text()
        if len(text) < self.min_length:
            return False
        if _names_a_badge(text):
            return True
        times = [h.at for h in self._held] + [end]
        pauses = [b - a for a, b in itertools.pairwise(times)]
        return median(pauses) <= self.machine_gap

    def _emit(self, end_ident: int) -> None:
        text = self._text()
        self._eaten.update(h.ident for h in self._held if h.release is None)
        self._eaten.add(end_ident)
        # the copies of its keys are deleted at the next key, not in the scan's time
        self._spent, self._held = self._held, []
        self._timer.stop()
        self.scanned.emit(text)

    def stop(self) -> None:
        """Forget the keys held back, unreplayed: their window is closing, and a late
        replay would type them into whatever window has the focus next."""
        self._timer.stop()
        self._held.clear()
        self._spent.clear()
        self._eaten.clear()

    def flush(self) -> None:
        """Replay the keys held back, presses and releases: they were typing, not a scan."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for k in held:
                target = k.target if shiboken6.isValid(k.target) else _key_target()
                if target is None:  # no window left to type into
                    continue
                QApplication.sendEvent(target, k.press)
                if k.release is not None:
                    QApplication.sendEvent(target, k.release)
        finally:
            self._replaying = False


def median(values: list[float]) -> float:
    """statistics.median's value, without loading statistics (and fractions, decimal)
    at app start: the middle value, or the mean of the two in the middle."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _key_target() -> QWidget | None:
    """The widget a key event is first delivered to (it then propagates to parents)."""
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget() or QApplication.activeWindow()


def _ident(event: QKeyEvent) -> int:
    """The physical key: its release may carry another Qt key (Shift let go first)."""
    return event.nativeScanCode() or -int(event.key())


def _names_a_badge(text: str) -> bool:
    """A payload, or a code in capitals as printed (a word typed fast is not one)."""
    scanned = codes.read_scan(text)
    return scanned.kind is codes.ScanKind.PAYLOAD or (
        scanned.kind is codes.ScanKind.CODE and not any(ch.islower() for ch in text))


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
