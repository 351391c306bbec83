"""The kiosk on a real X display (Xvfb, keys by XTest, no window manager): full screen at
the screen's size, a scan at scanner speed in US and French AZERTY layouts checks in, a
name typed in "Je n’ai pas mon billet" then Enter checks in, and real key presses of the
other modes' shortcuts do nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from x_station import activate, journal, open_window, people

from checkin.core import journal as j
from checkin.core import pin
from checkin.core.reception import Outcome
from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui


@pytest.fixture
def kiosk_window(qtbot, settings, event_path, clock) -> Iterator[object]:
    settings.kiosk_pin = pin.hash_pin("4821")
    settings.mode = Mode.KIOSK
    win = open_window(qtbot, settings, event_path, clock)
    qtbot.waitUntil(lambda: win.kiosk is not None, timeout=20000)
    win.kiosk.clear_ms = 600_000
    activate(qtbot, win)
    yield win
    win.may_close = True
    win.shutdown()


@pytest.mark.parametrize("layout", ["us", "fr"])
def test_full_screen_and_a_scan_checks_in(kiosk_window, qtbot, keys, event_path, layout):
    window, kiosk = kiosk_window, kiosk_window.kiosk
    qtbot.waitUntil(lambda: window.geometry() == window.screen().geometry(), timeout=20000)
    assert window.isFullScreen() and not window.menuBar().isVisible()
    keys.layout(layout)
    qtbot.waitUntil(keys.sent, timeout=20000)
    (reg, qr), = people(event_path, 1)
    keys.scan(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN, timeout=20000)
    assert kiosk.last.id == reg.id
    assert [s for k, s in journal(event_path) if k == j.CHECKIN_RECORDED] == [reg.id]


def test_a_name_typed_then_enter_checks_in(kiosk_window, qtbot, keys, event_path):
    kiosk = kiosk_window.kiosk
    qtbot.mouseClick(kiosk.no_ticket, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(kiosk.search_field.hasFocus, timeout=20000)
    name = next(r.last_name.lower() for r, _ in people(event_path, 40)
                if r.last_name.isascii() and r.last_name.isalpha())
    keys.type(name)
    qtbot.waitUntil(lambda: keys.sent() and kiosk.search_field.text() == name, timeout=20000)
    qtbot.waitUntil(lambda: kiosk.current() is not None and not kiosk_window.capture.holding,
                    timeout=20000)
    chosen = kiosk.current()
    keys.key("Return")
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN, timeout=20000)
    assert kiosk.last.id == chosen.id and name in chosen.last_name.lower()


SHORTCUTS = [("n", "ctrl"), ("F2",), ("p", "ctrl"), ("z", "ctrl"), ("F9",), ("o", "ctrl"),
             ("q", "ctrl"), ("n", "ctrl", "shift"), ("F1",), ("f", "alt"), ("F4", "alt")]


def test_the_other_modes_shortcuts_do_nothing(kiosk_window, qtbot, keys, event_path):
    window, kiosk = kiosk_window, kiosk_window.kiosk
    (_, qr), = people(event_path, 1, skip=3)
    keys.scan(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN, timeout=20000)
    before = journal(event_path)
    for name, *mods in SHORTCUTS:
        keys.key(name, *mods)
        qtbot.waitUntil(keys.sent, timeout=20000)
        qtbot.wait(150)
        opened = [w for w in QApplication.topLevelWidgets()
                  if w.isVisible() and w is not window]
        assert opened == [] and QApplication.activePopupWidget() is None, (name, mods)
        assert window.isVisible() and window.kiosk is kiosk and window.isFullScreen()
        assert kiosk.outcome.state == Outcome.CHECKED_IN, (name, mods)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=20000)
    assert journal(event_path) == before
