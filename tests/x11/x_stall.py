"""A scan while the GUI thread stalls (a loaded old laptop, a refresh after a check-in):
the first key of a burst is handled, then the thread sleeps longer than the capture's hold
while the scanner goes on typing (XTest under Xvfb, US key codes on US and AZERTY
layouts). When the thread runs again, the hold has run out and the rest of the burst is
waiting in the queue: the burst must still be read as one scan, not split into typing."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from x_station import people

from checkin.core import codes
from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


class Stall(QObject):
    """Blocks the GUI thread for `seconds`, once, just after the first printable key of the
    next burst has been handled: while its release is delivered (this filter, installed
    after the capture, sees each key before it). The scanner's next keys then wait in the
    queue, behind the capture's expired hold, as when the whole thread is late."""

    def __init__(self, seconds: float, capture) -> None:
        super().__init__()
        self.seconds = seconds
        self.capture = capture
        self.armed = False
        self.held_during: bool | None = None  # whether the capture held keys as it began

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.armed and event.type() == QEvent.Type.KeyRelease
                and isinstance(event, QKeyEvent) and event.text().isprintable()
                and event.text()):
            self.armed = False
            self.block()
        return False

    def block(self) -> None:
        self.held_during = self.capture.holding
        time.sleep(self.seconds)


@pytest.mark.parametrize("layout", ["us", "fr"])
@pytest.mark.parametrize("what, seconds", [("code", 0.2), ("payload", 0.7)])
def test_a_scan_stays_whole_when_the_gui_stalls_in_it(window, qtbot, keys, event_path,
                                                      layout, what, seconds):
    """A short code is held `gap` (50 ms), a payload `badge_hold` (0.5 s): each is
    stalled longer than its hold."""
    keys.layout(layout)
    qtbot.waitUntil(keys.sent)
    # a code that does not begin like a payload ("C"...), so that it is held only `gap`
    reg, qr = next((r, qr) for r, qr in people(event_path, 40)
                   if not codes.may_start_payload(r.code[0]))
    sent = reg.code if what == "code" else qr
    desk, capture = window.desk, window.capture
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    stall = Stall(seconds, capture)
    app = QApplication.instance()
    app.installEventFilter(stall)  # after the capture's: sees each key first
    try:
        stall.armed = True
        keys.scan(sent)
        qtbot.waitUntil(lambda: keys.sent() and not capture.holding, timeout=10000)
        qtbot.wait(200)  # any key replayed as typing has landed by now
    finally:
        app.removeEventFilter(stall)
    assert stall.held_during is True  # the stall came inside the burst
    assert len(scans) == 1 and len(scans[0]) == len(sent), scans
    assert desk.search_field.text() == ""
    if layout == "us":
        assert scans == [sent]
    if layout == "us" or what == "payload":  # a garbled short code names nobody
        qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN
                        and desk.last_checked_in is not None
                        and desk.last_checked_in.id == reg.id, timeout=10000)
