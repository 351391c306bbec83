"""A scanner and a person at the real keyboard (XTest under Xvfb), in US and French AZERTY
layouts: every scan is caught wherever the focus is, none lands in a field or presses a
button, and typing, even fast, is never taken for a scan."""

from __future__ import annotations

import collections

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from x_station import activate, journal, people, snapshot

from checkin.core import journal as j
from checkin.core.reception import Outcome
from checkin.gui.desk.badge_printing import PrinterDialog

pytestmark = pytest.mark.gui


def checked_in(window, reg) -> bool:
    desk = window.desk
    return (desk.outcome.state == Outcome.CHECKED_IN and desk.last_checked_in is not None
            and desk.last_checked_in.id == reg.id)


@pytest.mark.parametrize("layout", ["us", "fr"])
def test_a_scan_at_scanner_speed_checks_in(window, qtbot, keys, event_path, layout):
    keys.layout(layout)
    qtbot.waitUntil(keys.sent)
    (first, qr1), (second, qr2) = people(event_path, 2)
    keys.scan(qr1)
    qtbot.waitUntil(lambda: checked_in(window, first), timeout=10000)
    assert window.desk.search_field.text() == ""
    qtbot.wait(1000)  # two badges 1 s apart: both, in order
    keys.scan(qr2, end="Tab")
    qtbot.waitUntil(lambda: checked_in(window, second), timeout=10000)
    keys.scan(qr2, end="KP_Enter")  # read again at once: ignored
    qtbot.waitUntil(keys.sent)
    qtbot.waitUntil(lambda: "ignor" in window.statusBar().currentMessage())
    assert window.desk.outcome.state == Outcome.CHECKED_IN
    assert [s for k, s in journal(event_path) if k == j.CHECKIN_RECORDED] == [first.id,
                                                                               second.id]


@pytest.mark.parametrize("layout", ["us", "fr"])
def test_a_name_typed_fast_is_searched_not_scanned(window, qtbot, keys, event_path, layout):
    keys.layout(layout)
    desk = window.desk
    keys.type("martin", gaps=[30, 28, 32, 30, 29, 30])  # a fast typist's burst
    qtbot.waitUntil(lambda: keys.sent() and desk.search_field.text() == "martin")
    qtbot.waitUntil(lambda: desk.current() is not None and not window.capture.holding)
    chosen = desk.current()
    keys.key("Return")
    qtbot.waitUntil(lambda: checked_in(window, chosen), timeout=10000)


@pytest.mark.parametrize("layout", ["us", "fr"])
def test_a_word_typed_then_enter_in_the_edit_dialog_is_kept(window, qtbot, keys, event_path,
                                                            layout):
    keys.layout(layout)
    desk = window.desk
    (reg, _), = people(event_path, 1, skip=5)
    desk.card.show_registration(reg)
    keys.key("F2")
    qtbot.waitUntil(lambda: desk.dialog is not None and desk.dialog.isVisible())
    activate(qtbot, desk.dialog)
    role = desk.dialog.edits["role"]
    role.clear()
    role.setFocus()
    qtbot.waitUntil(role.hasFocus)
    keys.type("Directrice", gaps=[50] * 10)  # 50 ms a key, then Enter at once
    keys.key("Return")
    qtbot.waitUntil(lambda: desk.dialog is None, timeout=10000)
    qtbot.waitUntil(lambda: desk.card.registration.role == "Directrice", timeout=10000)
    assert all(k != j.CHECKIN_RECORDED for k, _ in journal(event_path))


def scan_while_open(qtbot, window, keys, open_it, qr, reg, close: str = "Escape") -> None:
    """Open a window (`open_it` may block in its own event loop), scan while it is open,
    check that it is untouched and still open, then close it with `close`."""
    seen: dict[str, object] = {}

    def inside() -> None:
        modal = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or not settled(modal):
            QTimer.singleShot(30, inside)
            return
        try:
            if not QApplication.activePopupWidget():
                activate(qtbot, modal)
            before = snapshot(modal)
            keys.scan(qr)
            qtbot.waitUntil(lambda: keys.sent() and checked_in(window, reg), timeout=10000)
            qtbot.wait(100)  # any key that would have leaked has arrived by now
            seen["same"] = snapshot(modal) == before or (before, snapshot(modal))
            seen["open"] = modal.isVisible()
            seen["note"] = window.statusBar().currentMessage()
        except BaseException as exc:  # reported after the window is closed
            seen["error"] = exc
        finally:
            seen["closing"] = True
            keys.key(close)
    QTimer.singleShot(30, inside)
    open_it()
    qtbot.waitUntil(lambda: "closing" in seen and keys.sent(), timeout=20000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None
                    and QApplication.activePopupWidget() is None, timeout=10000)
    if "error" in seen:
        raise seen["error"]  # type: ignore[misc]
    assert seen["same"] is True, seen["same"]
    assert seen["open"]
    assert "fenêtre" in str(seen["note"])
    activate(qtbot, window)


def settled(modal) -> bool:
    """The printer settings are filled in once the printer process has answered."""
    return not isinstance(modal, PrinterDialog) or modal._lookup.run._ended


DIALOGS = {
    "walk-in (Ctrl+N)": lambda w, k: k.key("n", "ctrl"),
    "edit (F2)": lambda w, k: k.key("F2"),
    "reprint question (Ctrl+P)": lambda w, k: k.key("p", "ctrl"),
    "badge printer settings": lambda w, k: PrinterDialog(w.settings, w).open(),
    "sound volume": lambda w, k: w.ask_volume(),
    "language message": lambda w, k: w.set_language("fr"),
    "keyboard shortcuts (F1)": lambda w, k: k.key("F1"),
    "change of mode": lambda w, k: w.mode_actions[list(w.mode_actions)[1]].trigger(),
    "open a file (Ctrl+O)": lambda w, k: k.key("o", "ctrl"),
    "new event (Ctrl+Shift+N)": lambda w, k: k.key("n", "ctrl", "shift"),
    "file menu open": lambda w, k: k.key("f", "alt"),
}


@pytest.mark.parametrize("layout", ["us", "fr"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_scan_with_a_window_open_is_read_behind_it(window, qtbot, keys, event_path,
                                                     settings, layout, name):
    from checkin.core.badges import record_prints
    from checkin.core.event import Event
    from checkin.gui.printing import QT, PrintTarget, save_target
    keys.layout(layout)
    desk = window.desk
    (shown, _), (arriving, qr) = people(event_path, 2, skip=7)
    with Event.open(event_path) as event:  # printed before: Ctrl+P asks first
        record_prints(event, [shown], "a4-2x5")
    save_target(settings, PrintTarget(QT, "Nowhere", "a4-2x5"))
    desk.card.show_registration(shown)
    if name.startswith("walk-in"):  # something typed in it already
        DIALOGS[name](window, keys)
        qtbot.waitUntil(lambda: desk.dialog is not None)
        activate(qtbot, desk.dialog)
        typed = "Ménard" if layout == "fr" else "Menard"
        keys.type(typed)
        qtbot.waitUntil(lambda: desk.dialog.edits["last_name"].text() == typed,
                        timeout=10000)

    def open_it() -> None:
        if not name.startswith("walk-in"):  # opened above
            DIALOGS[name](window, keys)
            qtbot.waitUntil(keys.sent)
    before = journal(event_path)
    scan_while_open(qtbot, window, keys, open_it, qr, arriving)
    qtbot.waitUntil(lambda: not window.worker.busy)
    # what the journal gained (in any order: the window's clock is not this test's)
    gained = collections.Counter(journal(event_path)) - collections.Counter(before)
    assert gained == {(j.CHECKIN_RECORDED, arriving.id): 1}
    assert isinstance(QApplication.activeWindow(), type(window))
    assert not any(isinstance(w, (QDialog, QMessageBox)) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
