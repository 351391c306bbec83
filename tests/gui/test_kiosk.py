"""The self check-in kiosk, driven in the real main window: the organiser's PIN (set at
first entry, asked to leave and to close), scans through the scanner capture and camera
frames made from images, the big outcome that clears itself, "I don't have my ticket"
(three letters, a few names and organisations, never an e-mail), "This is not me",
the badge printed at check-in, and no shortcut of another mode."""

from __future__ import annotations

from pathlib import Path

import pytest
import qrcode
from helpers import nbsp
from helpers_gui import add_homonyms, burst, journal_kinds, registration, type_slowly
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton
from test_desk_printing import badge_printer, printed, qr_texts, written  # noqa: F401

from checkin.core import journal as j
from checkin.core import pin
from checkin.core.event import Event
from checkin.core.reception import Outcome
from checkin.gui.kiosk.pin_dialog import NewPinDialog, PinDialog
from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui
PIN = "4821"


def dialog_of(window, kind):  # type: ignore[no-untyped-def]
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    return found[-1] if found else None


@pytest.fixture
def kiosk(window, qtbot, settings):  # type: ignore[no-untyped-def]
    """The window of the `window` fixture (French), turned into a kiosk."""
    settings.kiosk_pin = pin.hash_pin(PIN)
    window.set_mode(Mode.KIOSK)
    qtbot.waitUntil(lambda: window.kiosk is not None and not window.worker.busy)
    window.kiosk.clear_ms = 600_000  # outcomes stay while a test reads them
    window.activateWindow()
    return window.kiosk


def give_pin(window, qtbot, code: str) -> PinDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog_of(window, PinDialog) is not None)
    dialog = dialog_of(window, PinDialog)
    dialog.pin.setText(code)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return dialog


def texts_shown(widget) -> str:  # type: ignore[no-untyped-def]
    """Every word the kiosk shows: labels, fields, buttons, list items."""
    parts = [w.text() for kind in (QLabel, QLineEdit, QPushButton)
             for w in widget.findChildren(kind) if w.isVisible()]
    for view in widget.findChildren(QListWidget):
        parts += [view.item(n).text() for n in range(view.count())]
    return "\n".join(parts)


def test_first_entry_sets_the_pin_then_locks_the_window(window, qtbot, settings,
                                                        monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert settings.kiosk_pin == ""
    window.mode_actions[Mode.KIOSK].trigger()  # Mode ▸ Borne
    qtbot.waitUntil(lambda: dialog_of(window, NewPinDialog) is not None)
    dialog = dialog_of(window, NewPinDialog)
    assert window.kiosk is None  # no kiosk before its PIN
    dialog.pin.setText(PIN)
    dialog.again.setText("4812")
    dialog.accept()
    assert dialog.message.text() == nbsp("Les deux codes diffèrent : tapez-le à nouveau.")
    assert window.kiosk is None and settings.kiosk_pin == ""
    dialog.again.setText(PIN)
    dialog.accept()
    qtbot.waitUntil(lambda: window.kiosk is not None)
    assert PIN not in settings.kiosk_pin and pin.verify(PIN, settings.kiosk_pin)
    assert settings.mode is Mode.KIOSK
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert window.kiosk.outcome.title.plain_text() == "Scannez votre billet"


def test_refusing_to_set_a_pin_stays_at_the_desk(window, qtbot, settings):
    window.enter_kiosk()
    qtbot.waitUntil(lambda: dialog_of(window, NewPinDialog) is not None)
    dialog_of(window, NewPinDialog).reject()
    assert window.kiosk is None and window.desk is not None
    assert settings.mode is Mode.RECEPTION and window.mode_actions[Mode.RECEPTION].isChecked()


def test_a_scan_checks_in_and_the_outcome_clears_itself(kiosk, window, qtbot, event_path,
                                                        key_clock):
    reg, qr = registration(event_path, "DPL234")
    assert QApplication.focusWidget() is kiosk
    burst(qr)  # the scanner, through the application-wide capture
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    assert kiosk.outcome.title.plain_text() == nbsp("Bienvenue !")
    assert "Élodie DUPRÉ-LEFÈVRE" in kiosk.outcome.person.plain_text()
    assert kiosk.last.id == reg.id
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1

    kiosk.clear_ms = 50
    key_clock.now += 5  # later than the duplicate gate's window
    burst(qr)  # read again: already here, since when
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.ALREADY_CHECKED_IN)
    assert kiosk.outcome.detail.plain_text().startswith("Arrivée notée à 9h30.")
    qtbot.waitUntil(lambda: kiosk.outcome.state == "ready")
    assert kiosk.outcome.title.plain_text() == "Scannez votre billet"
    assert kiosk.last is None  # the next visitor cannot undo the last one's check-in
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1


def camera_frame(payload: str, tmp_path: Path) -> QImage:
    """A 1280×720 webcam frame: the ticket's QR code, turned 12°, on a dull background."""
    qrcode.make(payload, box_size=7, border=2).save(tmp_path / "ticket-qr.png")
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(0xFF76706A)
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setTransform(QTransform().translate(640, 360).rotate(12))
    qr = QImage(str(tmp_path / "ticket-qr.png"))
    painter.drawImage(-qr.width() // 2, -qr.height() // 2, qr)
    painter.end()
    return frame


def test_a_ticket_held_up_to_the_camera_checks_in(kiosk, qtbot, event_path, tmp_path):
    from PySide6.QtMultimedia import QVideoFrame
    reg, qr = registration(event_path, "NGY234")
    assert kiosk.camera.isVisible()  # always on at the kiosk
    kiosk.camera._frame(QVideoFrame(camera_frame(qr, tmp_path)))  # as QtMultimedia hands it
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN, timeout=10000)
    assert kiosk.last.id == reg.id
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1


def test_without_a_ticket_three_letters_then_names_and_organisations_only(
        kiosk, qtbot, key_clock, event_path):
    qtbot.mouseClick(kiosk.no_ticket, Qt.MouseButton.LeftButton)
    assert kiosk.search_panel.isVisible() and kiosk.search_field.hasFocus()
    type_slowly("du", key_clock)
    qtbot.waitUntil(lambda: kiosk.search_field.text() == "du" and not kiosk.worker.busy)
    assert kiosk.results.count() == 0
    assert kiosk.found.plain_text() == "Tapez au moins 3 lettres de votre nom."
    type_slowly("p", key_clock)
    qtbot.waitUntil(lambda: kiosk.results.count() > 0)
    shown = [kiosk.results.item(n).text() for n in range(kiosk.results.count())]
    assert "Élodie DUPRÉ-LEFÈVRE — Mairie de Sète" in shown
    assert len(shown) <= 6

    with Event.open(event_path) as event:
        private = [value for reg in event.registrations()
                   for value in (reg.email, reg.phone, reg.code) if value]
    assert private and not [p for p in private if p in texts_shown(kiosk)]

    kiosk.search_field.selectAll()
    type_slowly("xqzwk", key_clock)  # nobody
    qtbot.waitUntil(lambda: kiosk.search_field.text() == "xqzwk" and not kiosk.worker.busy)
    assert kiosk.results.count() == 0 and "Personne" in kiosk.found.plain_text()
    kiosk.search_field.selectAll()
    type_slowly("dup", key_clock)
    qtbot.waitUntil(lambda: kiosk.results.count() > 0)
    row = shown.index("Élodie DUPRÉ-LEFÈVRE — Mairie de Sète")
    item = kiosk.results.item(row)
    rect = kiosk.results.visualItemRect(item)
    qtbot.mouseClick(kiosk.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    assert "DUPRÉ-LEFÈVRE" in kiosk.outcome.person.plain_text()
    assert not kiosk.search_panel.isVisible()
    reg, _ = registration(event_path, "DPL234")
    assert reg.checked_in_at is not None


def test_never_the_whole_list(kiosk, qtbot, key_clock):
    kiosk.open_search()
    type_slowly("marie", key_clock)  # a common name: a dozen people match
    qtbot.waitUntil(lambda: kiosk.results.count() > 0 and not kiosk.worker.busy)
    assert kiosk.results.count() == 6
    assert kiosk.found.plain_text() == "Touchez votre nom, ou tapez-en davantage."


def test_this_is_not_me_undoes_the_check_in(kiosk, qtbot, key_clock, event_path):
    kiosk.open_search()
    type_slowly("nguyen", key_clock)
    qtbot.waitUntil(lambda: kiosk.results.count() > 0 and not kiosk.worker.busy)
    QTest.keyClick(kiosk.search_field, Qt.Key.Key_Return)  # Enter: the first name listed
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    assert kiosk.outcome.undo_button.isVisible()
    assert kiosk.outcome.undo_button.text() == "Ce n’est pas moi"
    qtbot.mouseClick(kiosk.outcome.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.outcome.state == "undone")
    qtbot.waitUntil(lambda: not kiosk.worker.busy)
    kinds = journal_kinds(event_path)
    assert kinds.count(j.CHECKIN_RECORDED) == 1 and kinds.count(j.CHECKIN_UNDONE) == 1


def test_a_shared_ticket_lists_its_people_to_pick_from(kiosk, qtbot, event_path):
    with Event.open(event_path) as event:
        twin = event.by_code("TWN234")[0]
        qr = event.qr(twin)
    burst(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.AMBIGUOUS)
    assert kiosk.search_panel.isVisible()
    assert sorted(kiosk.results.item(n).text() for n in range(kiosk.results.count())) == \
        ["Alpha TWIN — Double & Co", "Beta TWIN — Double & Co"]
    rect = kiosk.results.visualItemRect(kiosk.results.item(1))
    qtbot.mouseClick(kiosk.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),  # desk: walk-in
    (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),  # desk: edit
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),  # desk: print
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),  # station: undo
    (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier),  # station: camera
    (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),  # File: open
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),  # File: quit
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),  # Help
    (Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier),  # the File menu's mnemonic
], ids=["Ctrl+N", "F2", "Ctrl+P", "Ctrl+Z", "F9", "Ctrl+O", "Ctrl+Q", "Ctrl+Shift+N", "F1",
        "Alt+F"])
def test_shortcuts_of_the_other_modes_do_nothing(kiosk, window, qtbot, event_path,
                                                 key, modifiers):
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    before = journal_kinds(event_path)
    # Windows left visible by earlier tests in this process are not the key's doing.
    shown = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    QTest.keyClick(QApplication.focusWidget() or kiosk, key, modifiers)
    qtbot.wait(50)
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in shown]
    assert opened == [] and QApplication.activePopupWidget() is None
    assert window.isVisible() and window.kiosk is kiosk and window.isFullScreen()
    assert kiosk.outcome.state == Outcome.CHECKED_IN
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert journal_kinds(event_path) == before


def test_leaving_the_kiosk_needs_the_pin(kiosk, window, qtbot, settings):
    qtbot.mouseClick(kiosk.organiser_button, Qt.MouseButton.LeftButton)
    dialog = give_pin(window, qtbot, "1111")
    assert dialog.isVisible() and dialog.message.text() == "Code incorrect."
    assert window.kiosk is kiosk and window.isFullScreen()
    give_pin(window, qtbot, PIN)
    qtbot.waitUntil(lambda: window.desk is not None)
    assert window.kiosk is None and settings.mode is Mode.RECEPTION
    assert not window.isFullScreen() and window.menuBar().isVisible()
    assert all(a.isEnabled() for a in window.mode_actions.values())


def test_wrong_pins_make_the_guesser_wait(kiosk, window, qtbot):
    kiosk.leave_requested.emit()
    for _ in range(pin.TRIES):
        dialog = give_pin(window, qtbot, "0000")
    assert dialog.message.text().startswith("Trop de codes incorrects")
    give_pin(window, qtbot, PIN)  # even the right one, for now
    assert window.kiosk is kiosk


def test_closing_the_window_needs_the_pin(kiosk, window, qtbot):
    window.close()
    assert window.isVisible()
    qtbot.waitUntil(lambda: dialog_of(window, PinDialog) is not None)
    dialog_of(window, PinDialog).reject()
    assert window.isVisible() and window.kiosk is kiosk
    window.close()
    give_pin(window, qtbot, PIN)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.kiosk is None


def test_after_a_restart_the_pin_leads_back_to_the_room(qtbot, settings, key_clock,
                                                       event_path, clock):
    """A room station made a kiosk, closed and opened again: the PIN leaves to the room,
    the mode it was in before the kiosk, not to Reception."""
    from test_room import open_room
    settings.kiosk_pin = pin.hash_pin(PIN)
    first = open_room(qtbot, settings, key_clock, event_path, clock)
    first.set_mode(Mode.KIOSK)
    qtbot.waitUntil(lambda: first.kiosk is not None and not first.worker.busy)
    first.close()
    give_pin(first, qtbot, PIN)
    qtbot.waitUntil(lambda: not first.isVisible())

    from checkin.gui.main_window import MainWindow  # the restart, on the same event
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    again = MainWindow(settings, Sounds(volume=0), ScanCapture(clock=key_clock), now=clock)
    qtbot.addWidget(again)
    again.show()
    again.open_event(event_path)
    qtbot.waitUntil(lambda: again.kiosk is not None and not again.worker.busy)
    assert settings.mode is Mode.KIOSK and again.room is None
    again.kiosk.leave_requested.emit()
    give_pin(again, qtbot, PIN)
    qtbot.waitUntil(lambda: again.kiosk is None)
    assert settings.mode is Mode.WORKSHOP and again.room is not None and again.desk is None
    again.shutdown()


def test_the_badge_is_printed_at_check_in_when_a_printer_is_set(
        kiosk, qtbot, event_path, printed, badge_printer):  # noqa: F811
    _, qr = registration(event_path, "NGY234")
    burst(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    assert "Votre badge s’imprime." in kiosk.outcome.detail.plain_text()
    qtbot.waitUntil(lambda: len(written(printed)) == 1, timeout=30000)
    qtbot.waitUntil(lambda: not kiosk.worker.busy and not kiosk.printer.busy)
    assert qr_texts(printed[0]) == [qr]
    assert journal_kinds(event_path).count(j.BADGE_PRINTED) == 1


def test_no_printer_set_prints_nothing(kiosk, qtbot, event_path, printed):  # noqa: F811
    _, qr = registration(event_path, "NGY234")
    burst(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    qtbot.waitUntil(lambda: not kiosk.worker.busy and not kiosk.printer.busy)
    assert printed == [] and j.BADGE_PRINTED not in journal_kinds(event_path)
    assert "badge" not in kiosk.outcome.detail.plain_text()


def test_the_organiser_sets_the_pin_in_organiser_mode(window, qtbot, settings):
    assert not window.kiosk_pin_action.isVisible()  # not from the desk
    window.set_mode(Mode.ORGANISER)
    qtbot.waitUntil(lambda: window.mode_page is not None and not window.worker.busy)
    assert window.kiosk_pin_action.isVisible()
    window.kiosk_pin_action.trigger()
    qtbot.waitUntil(lambda: dialog_of(window, NewPinDialog) is not None)
    dialog = dialog_of(window, NewPinDialog)
    dialog.pin.setText("12")
    dialog.again.setText("12")
    dialog.accept()
    assert dialog.message.text() == "Le code a au moins 4 chiffres." and not settings.kiosk_pin
    dialog.pin.setText("987654")
    dialog.again.setText("987654")
    dialog.accept()
    assert pin.verify("987654", settings.kiosk_pin)
    window.enter_kiosk()  # a PIN is set: straight in
    qtbot.waitUntil(lambda: window.kiosk is not None)
    assert dialog_of(window, NewPinDialog) is None
    assert settings.before_kiosk is Mode.ORGANISER  # where the PIN leads back to


def test_a_kiosk_without_a_pin_is_never_shown(window, qtbot, settings):
    assert not settings.kiosk_pin
    window.set_mode(Mode.KIOSK)  # as a station whose settings lost the PIN would start
    qtbot.waitUntil(lambda: window.desk is not None)
    assert window.kiosk is None and settings.mode is Mode.RECEPTION
    assert window.menuBar().isVisible()


def test_the_kiosk_is_a_policy_of_the_one_station():
    from checkin.gui.kiosk.view import KioskView
    from checkin.gui.station_view import StationView
    assert issubclass(KioskView, StationView)
    for name in ("scan", "enter", "undo", "undo_now", "on_outcome", "on_error", "play",
                 "choose"):
        assert name not in vars(KioskView), name


def test_a_search_left_alone_closes(kiosk, qtbot, key_clock):
    kiosk.idle_ms = 100
    qtbot.mouseClick(kiosk.no_ticket, Qt.MouseButton.LeftButton)
    type_slowly("dupr", key_clock)
    qtbot.waitUntil(lambda: kiosk.results.count() > 0)
    qtbot.waitUntil(lambda: not kiosk.search_panel.isVisible())  # the visitor walked away
    assert kiosk.search_field.text() == "" and kiosk.results.count() == 0
    assert kiosk.no_ticket.isVisible()


def test_the_pin_dialog_draws_its_own_frame_and_title(kiosk, window, qtbot):
    """Full screen, often with no window manager to frame a dialog: the PIN dialog
    carries its own title and border, as drawn (its edge pixels), not only as flags."""
    kiosk.leave_requested.emit()
    qtbot.waitUntil(lambda: dialog_of(window, PinDialog) is not None)
    dialog = dialog_of(window, PinDialog)
    assert dialog.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert dialog.title.isVisible() and dialog.title.text() == "Code de l’organisateur"
    image = dialog.grab().toImage()
    w, h = image.width(), image.height()
    border = {image.pixelColor(x, y).name() for x, y in
              [(0, h // 2), (w - 1, h // 2), (w // 2, h - 1), (1, h - 2), (w - 2, h // 3)]}
    assert border == {"#34405a"}
    assert image.pixelColor(w - 8, dialog.title.height() // 2).name() == "#34405a"
    dialog.reject()


HOMONYMS = ("Communauté d'agglomération Hérault-Méditerranée — Direction de l'emploi",
            "Maison de l'emploi et de la formation du Grand Narbonne Méditerranée")


@pytest.fixture
def homonyms(event_path: Path) -> Path:
    """Two Sophie Martinez of long-named organisations, added before the window opens."""
    add_homonyms(event_path, HOMONYMS)
    return event_path


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_homonyms_show_their_organisations_whole(homonyms, kiosk, window, qtbot, key_clock,
                                                 width, height):
    """Each row gives the name and the organisation the width they need, on lines of
    their own: the organisation's text fits the space it gets, nothing is cut with "…"."""
    from fitting import person_rows_cut
    from PySide6.QtGui import QFontMetrics

    from checkin.gui.app import base_point_size
    from checkin.gui.kiosk.view import style
    kiosk.setStyleSheet(style(base_point_size(height)))  # the type of a screen that size
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    kiosk.open_search()
    type_slowly("martinez sophie", key_clock)
    qtbot.waitUntil(lambda: kiosk.results.count() == 2 and not kiosk.worker.busy)
    view = kiosk.results
    seen = set()
    for row in range(view.count()):
        texts, cut = person_rows_cut(view, view.model().index(row, 0))
        assert not cut
        name, organisation = texts
        assert name == "Sophie MARTINEZ" and view.font().pointSize() >= 18
        seen.add(organisation)
        # one line for the name and the organisation would not have held it
        assert QFontMetrics(view.font()).horizontalAdvance(view.item(row).text()) \
            > view.viewport().width()
    assert seen == set(HOMONYMS)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_six_names_show_without_scrolling(kiosk, window, qtbot, key_clock, width, height):
    """A visitor touches their name: the six listed at most are all on the screen (the
    "Scan your ticket" card steps aside while a name is typed, and comes back after)."""
    from checkin.core.kiosk import MAX_SHOWN
    from checkin.gui.app import base_point_size
    from checkin.gui.kiosk.view import style
    kiosk.setStyleSheet(style(base_point_size(height)))
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    kiosk.open_search()
    assert not kiosk.outcome.isVisible()
    type_slowly("mairie", key_clock)  # dozens match, each of one-line name and organisation
    qtbot.waitUntil(lambda: kiosk.results.count() == MAX_SHOWN and not kiosk.worker.busy)
    qtbot.waitUntil(lambda: kiosk.results.visualItemRect(kiosk.results.item(0)).height() > 40)
    assert all("Mairie" in kiosk.results.item(n).text() for n in range(MAX_SHOWN))
    last = kiosk.results.visualItemRect(kiosk.results.item(MAX_SHOWN - 1))
    assert last.bottom() <= kiosk.results.viewport().height()
    assert not kiosk.results.verticalScrollBar().isVisible()
    kiosk.close_search()
    assert kiosk.outcome.isVisible() and kiosk.outcome.state == "ready"


def test_nothing_under_the_kiosks_card_paints_a_background_of_its_own(kiosk):
    from test_desk_outcome_paint import painting_under
    assert painting_under(kiosk.outcome) == []
