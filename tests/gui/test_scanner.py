"""The application-wide capture of keyboard-wedge scanners, apart from any window."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from checkin.gui.scanner import DuplicateGate, ScanCapture

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def rig(qtbot):
    clock = Clock()
    capture = ScanCapture(clock=clock)
    scans: list[str] = []
    capture.scanned.connect(scans.append)
    box = QWidget()
    first, second = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(box)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    second.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second)
    QApplication.instance().installEventFilter(capture)
    yield clock, capture, scans, second
    QApplication.instance().removeEventFilter(capture)


def key(text: str, key: int = 0, mods=Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    code = key or (ord(text.upper()) if text.isascii() and text.isalnum() else 0)
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, code, mods, text))


def test_a_burst_ending_in_enter_is_swallowed_and_emitted(rig):
    _, _, scans, field = rig
    for ch in "CK1+OCC22+ABCDEF+XYZ":
        key(ch)
    key("\r", Qt.Key.Key_Return)
    assert scans == ["CK1+OCC22+ABCDEF+XYZ"]
    assert field.text() == ""


def test_a_burst_ending_in_tab_is_a_scan_too(rig):
    _, _, scans, field = rig
    for ch in "ABCDEFG":
        key(ch)
    key("\t", Qt.Key.Key_Tab)
    assert scans == ["ABCDEFG"]
    assert field.text() == "" and QApplication.focusWidget() is field


def test_slow_typing_lands_in_the_field_in_order(rig, qtbot):
    clock, _, scans, field = rig
    for ch in "Dupré":
        clock.now += 0.15
        key(ch)
    qtbot.waitUntil(lambda: field.text() == "Dupré")
    clock.now += 0.15
    key("\r", Qt.Key.Key_Return)
    assert scans == []


def test_a_short_burst_is_typing_replayed_before_enter(rig):
    _, _, scans, field = rig
    for ch in "abc":
        key(ch)
    entered = []
    field.returnPressed.connect(lambda: entered.append(field.text()))
    key("\r", Qt.Key.Key_Return)
    assert scans == [] and entered == ["abc"]


def test_a_burst_without_enter_is_replayed_after_the_gap(rig, qtbot):
    _, _, scans, field = rig
    for ch in "abcdefgh":
        key(ch)
    assert field.text() == ""  # held back for a few milliseconds...
    qtbot.waitUntil(lambda: field.text() == "abcdefgh")  # ...then typed
    assert scans == []


def test_a_burst_stays_whole_when_the_gui_thread_stalls_in_it(rig):
    clock, _, scans, field = rig
    key("A")
    time.sleep(0.2)  # the GUI thread stalls: the hold (50 ms) runs out meanwhile
    QApplication.processEvents()  # the late hold is handled before the burst's next keys
    for ch in "BCDEF":
        clock.now += 0.004
        key(ch)
    key("\r", Qt.Key.Key_Return)
    assert scans == ["ABCDEF"] and field.text() == ""


def test_typing_held_through_a_stall_still_lands(rig, qtbot):
    _, _, scans, field = rig
    key("a")
    time.sleep(0.2)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: field.text() == "a")
    assert scans == []


def test_keys_held_when_the_capture_stops_are_dropped_not_typed_elsewhere(rig, qtbot):
    _, capture, scans, field = rig
    key("f")
    assert capture.holding
    capture.stop()  # its window closes
    time.sleep(0.2)  # past the hold, and its late looks again
    qtbot.wait(100)
    assert field.text() == "" and scans == [] and not capture.holding


def test_shortcuts_are_never_held(rig):
    _, _, scans, field = rig
    field.setText("abc")
    key("a", Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert field.selectedText() == "abc" and scans == []


def test_duplicate_gate_ignores_a_code_read_again_within_the_window():
    clock = Clock()
    gate = DuplicateGate(window=4.0, clock=clock)
    assert gate.accept("CK1+OCC22+ABCDEF+AAAAAAAAAA")
    clock.now += 1
    assert not gate.accept("CK1+OCC22+ABCDEF+AAAAAAAAAA")
    assert not gate.accept("ck1+occ22+abcdef+aaaaaaaaaa")  # the same badge, whatever the case
    assert gate.accept("CK1+OCC22+GHJKMN+AAAAAAAAAA")
    clock.now += 10
    assert gate.accept("CK1+OCC22+ABCDEF+AAAAAAAAAA")


def test_a_closing_window_drops_the_keys_its_capture_holds(window, qtbot, key_clock):
    """A key held when the window shuts down is not replayed later into another window."""
    window.desk.search_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.search_field)
    key_clock.now += 1
    key("f")
    assert window.capture.holding
    window.shutdown()
    assert not window.capture.holding


def test_the_median_of_a_bursts_pauses_is_statistics_median() -> None:
    import random
    import statistics

    from checkin.gui.scanner import median
    rng = random.Random(14)
    for n in range(1, 40):
        pauses = [rng.choice((0.002, 0.008, 0.03, 0.15)) * rng.random() for _ in range(n)]
        assert median(pauses) == statistics.median(pauses)
