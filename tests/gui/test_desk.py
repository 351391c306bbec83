"""The reception desk driven through the real main window on a real event file."""

from __future__ import annotations

import pytest
from helpers_gui import azerty, burst, enter, journal_kinds, press, registration, type_slowly
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checkin.core import journal as j
from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy and not window.capture._held)


def test_type_a_name_and_check_in(window, qtbot, key_clock, event_path):
    desk = window.desk
    type_slowly("dupre lef", key_clock)
    qtbot.waitUntil(lambda: desk.search_field.text() == "dupre lef")
    idle(qtbot, window)
    assert desk.model.registration(0).last_name == "Dupré-Lefèvre"
    assert desk.card.name.plain_text() == "Élodie Dupré-Lefèvre"
    assert "Fauteuil roulant" in desk.card.findChild(type(desk.card.name), "needs").plain_text()

    enter(key_clock)
    qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN)
    idle(qtbot, window)
    assert desk.search_field.text() == ""
    assert QApplication.focusWidget() is desk.search_field
    # the counters follow the event's `changed` signal, a job of their own after the outcome
    qtbot.waitUntil(lambda: desk.counters.counters.arrived == 1)
    assert "Élodie DUPRÉ-LEFÈVRE" in desk.outcome.person.plain_text()
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1


def test_arrow_keys_choose_among_results(window, qtbot, key_clock):
    desk = window.desk
    type_slowly("twin", key_clock)
    qtbot.waitUntil(lambda: desk.model.rowCount() >= 2)
    idle(qtbot, window)
    first, second = desk.model.registrations()[:2]
    key_clock.now += 0.2
    press(key=Qt.Key.Key_Down)
    assert desk.current() == second and desk.card.registration == second
    press(key=Qt.Key.Key_Up)
    assert desk.current() == first
    press(key=Qt.Key.Key_Down)
    enter(key_clock)
    qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN)
    assert desk.last_checked_in.id == second.id


def test_a_burst_is_a_scan_even_in_another_field(window, qtbot, event_path):
    reg, qr = registration(event_path, "NGY234")
    desk = window.desk
    desk.walk_in()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.dialog.edits["last_name"])
    other_field = desk.dialog.edits["last_name"]
    burst(qr)
    qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN)
    assert other_field.text() == ""  # not one character of the scan landed there
    assert desk.last_checked_in.id == reg.id
    desk.dialog.reject()


def test_an_azerty_garbled_scan_is_repaired(window, qtbot, event_path):
    reg, qr = registration(event_path, "DPL234")
    garbled = azerty(qr)
    assert garbled != qr
    burst(garbled)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    assert window.desk.last_checked_in.id == reg.id
    assert window.desk.search_field.text() == ""


def desk_state(window):
    return window.desk.outcome.state


def test_the_same_badge_read_again_is_ignored(window, qtbot, event_path, key_clock):
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    idle(qtbot, window)
    key_clock.now += 1.0
    burst(qr)
    idle(qtbot, window)
    assert desk_state(window) == Outcome.CHECKED_IN  # not "already checked in"
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1


def test_a_badge_read_again_later_says_already_checked_in(window, qtbot, event_path):
    _, qr = registration(event_path, "DPL234")
    window.desk.gate.window = 0  # as if minutes had passed
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    idle(qtbot, window)
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.ALREADY_CHECKED_IN)
    detail = window.desk.outcome.detail.plain_text()
    assert "9h30" in detail and "Accueil 1" in detail


def test_undo_with_ctrl_z(window, qtbot, event_path, key_clock):
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    idle(qtbot, window)
    assert window.desk.counters.counters.arrived == 1
    key_clock.now += 1
    press(key=Qt.Key.Key_Z, modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk_state(window) == "undone")
    idle(qtbot, window)
    assert window.desk.counters.counters.arrived == 0
    assert QApplication.focusWidget() is window.desk.search_field
    assert journal_kinds(event_path).count(j.CHECKIN_UNDONE) == 1
    after, _ = registration(event_path, "DPL234")
    assert after.checked_in_at is None


def test_undo_button_on_the_card(window, qtbot, event_path):
    _, qr = registration(event_path, "NGY234")
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    assert window.desk.outcome.undo_button.isVisible()
    qtbot.mouseClick(window.desk.outcome.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk_state(window) == "undone")
    assert not window.desk.outcome.undo_button.isVisible()


def test_walk_in_in_a_few_keystrokes(window, qtbot, event_path, key_clock):
    desk = window.desk
    key_clock.now += 1
    press(key=Qt.Key.Key_N, modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.dialog is not None
                    and QApplication.focusWidget() is desk.dialog.edits["last_name"])
    type_slowly("Ménard", key_clock)
    press("\t", key=Qt.Key.Key_Tab)
    type_slowly("Zoé", key_clock)
    press("\t", key=Qt.Key.Key_Tab)
    type_slowly("Cité de l'emploi", key_clock)
    qtbot.waitUntil(lambda: desk.dialog.edits["organisation"].text() == "Cité de l'emploi")
    enter(key_clock)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    idle(qtbot, window)
    assert desk.dialog is None
    assert "Zoé MÉNARD" in desk.outcome.person.plain_text()
    assert desk.counters.counters.walk_ins == 1 and desk.counters.counters.arrived == 1
    kinds = journal_kinds(event_path)
    assert kinds[-2:] == [j.REGISTRATION_CREATED, j.CHECKIN_RECORDED]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search_field)


def test_walk_in_prefills_the_name_nobody_matched(window, qtbot, key_clock):
    desk = window.desk
    type_slowly("Zyxwvu", key_clock)
    qtbot.waitUntil(lambda: "Zyxwvu" in desk.match_count.text())
    desk.walk_in_action.trigger()
    assert desk.dialog.edits["last_name"].text() == "Zyxwvu"
    desk.dialog.reject()
    qtbot.waitUntil(lambda: desk.dialog is None)


def test_edit_a_registration_from_the_card(window, qtbot, event_path, key_clock):
    desk = window.desk
    type_slowly("nguyen", key_clock)
    qtbot.waitUntil(lambda: desk.card.registration is not None)
    idle(qtbot, window)
    key_clock.now += 1
    press(key=Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: desk.dialog is not None
                    and QApplication.focusWidget() is desk.dialog.edits["last_name"])
    first = desk.dialog.edits["first_name"]
    assert first.text() == "Thị Minh Khai"
    first.setFocus()
    first.selectAll()
    type_slowly("Thị Minh", key_clock)
    qtbot.waitUntil(lambda: first.text() == "Thị Minh")
    enter(key_clock)
    qtbot.waitUntil(lambda: desk.card.registration.first_name == "Thị Minh")
    idle(qtbot, window)
    assert desk.card.name.plain_text() == "Thị Minh Nguyễn"
    assert journal_kinds(event_path)[-1] == j.REGISTRATION_EDITED
    after, _ = registration(event_path, "NGY234")
    assert after.first_name == "Thị Minh" and after.sessions == ("A", "DEJ", "E")


@pytest.mark.parametrize(("payload", "outcome"), [
    ("CK1+BFC22+ABCDEF+AAAAAAAAAA", Outcome.OTHER_EVENT),
    ("CK1+OCC22+DPL234+AAAAAAAAAA", Outcome.INVALID_SIGNATURE),
    ("ZZZZZZ", Outcome.UNKNOWN),
])
def test_refused_scans(window, qtbot, payload, outcome):
    burst(payload)
    qtbot.waitUntil(lambda: desk_state(window) == outcome)
    card = window.desk.outcome
    assert card.title.plain_text() and card.icon.isVisible()
    assert window.sounds.last_played == outcome.value
    if outcome is Outcome.OTHER_EVENT:
        assert "BFC22" in card.detail.plain_text()


def test_cancelled_registration(window, qtbot, event_path):
    _, qr = registration(event_path, "CNC234")
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CANCELLED)
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 0


def test_ambiguous_scan_shows_the_candidates(window, qtbot, key_clock):
    burst("TWN234")
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.AMBIGUOUS)
    desk = window.desk
    detail = desk.outcome.detail.plain_text()
    assert "Alpha TWIN" in detail and "Beta TWIN" in detail
    assert [r.first_name for r in desk.model.registrations()] == ["Alpha", "Beta"]
    press(key=Qt.Key.Key_Down)
    enter(key_clock)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    assert desk.last_checked_in.first_name == "Beta"


def test_typing_is_not_mistaken_for_a_scan(window, qtbot, key_clock):
    desk = window.desk
    type_slowly("martin", key_clock)
    enter(key_clock)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    assert "Martin" in desk.last_checked_in.last_name


def test_french_by_default(window, qtbot, event_path):
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    assert window.desk.outcome.title.plain_text() == "Accueilli·e"
    assert window.desk.counters.arrived.text().startswith("Arrivés")
    assert window.menuBar().actions()[0].text() == "&Fichier"


def test_the_same_in_english(window_en, qtbot, event_path, key_clock):
    window = window_en
    desk = window.desk
    assert desk.counters.arrived.text().startswith("Arrived")
    type_slowly("dupre", key_clock)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    idle(qtbot, window)
    enter(key_clock)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    assert desk.outcome.title.plain_text() == "Checked in"
    assert desk.outcome.undo_button.text() == "Undo check-in (Ctrl+Z)"
    key_clock.now += 1
    press(key=Qt.Key.Key_Z, modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk_state(window) == "undone")
    assert desk.outcome.title.plain_text() == "Check-in undone"


def test_long_names_do_not_widen_the_window(window, qtbot, key_clock):
    desk = window.desk
    type_slowly("wolfeschlegel", key_clock)
    qtbot.waitUntil(lambda: desk.card.registration is not None)
    idle(qtbot, window)
    enter(key_clock)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1366
    assert window.width() <= 1366
    right = desk.outcome.geometry().right()
    assert right <= desk.width()
    assert desk.card.geometry().right() <= desk.width()


def test_a_qr_holding_only_a_code_is_not_taken_for_a_signed_badge(window, qtbot, event_path):
    reg, qr = registration(event_path, "NGY234")
    burst(reg.code)  # a QR made from a code in a bundle: no signature
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    detail = window.desk.outcome.detail.plain_text()
    assert "code tapé, pas par un badge signé" in detail  # the desk speaks French
    idle(qtbot, window)
    window.desk.gate.window = 0
    burst(qr)  # the real badge: signed, so no such warning
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.ALREADY_CHECKED_IN)
    assert "badge signé" not in window.desk.outcome.detail.plain_text()


def test_a_badge_naming_nobody_leaves_no_one_to_check_in_by_mistake(window, qtbot, key_clock,
                                                                    event_path):
    """The list and card of a scan before are not about an unknown badge: Enter after it
    must not check in the person a previous scan showed."""
    desk = window.desk
    burst("TWN234")
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.AMBIGUOUS)
    idle(qtbot, window)
    burst("ZZZZZZ")
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.UNKNOWN)
    idle(qtbot, window)
    assert desk.model.registrations() == [] and desk.card.registration is None
    enter(key_clock)
    idle(qtbot, window)
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 0


def test_a_badge_after_several_matches_replaces_their_list(window, qtbot, event_path):
    desk = window.desk
    burst("TWN234")
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.AMBIGUOUS)
    idle(qtbot, window)
    _, qr = registration(event_path, "CNC234")
    burst(qr)
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CANCELLED)
    idle(qtbot, window)
    assert desk.model.registrations() == []  # no Twin left selected beside Cécile's card
    assert desk.card.registration.first_name == "Cécile"


def test_one_letter_asks_for_another_rather_than_saying_nobody_matches(window, qtbot,
                                                                       key_clock):
    """Search starts at two letters: one letter alone is not "nobody matches « a »"
    (the demo has people with an a in their names)."""
    from helpers import nbsp
    desk = window.desk
    type_slowly("a", key_clock)
    qtbot.waitUntil(lambda: desk.match_count.text() != "")
    assert desk.match_count.text().replace("\u200b", "") == nbsp(
        "Tapez au moins 2 lettres d’un nom, d’une structure ou d’un code de badge.")
    type_slowly("r", key_clock)
    qtbot.waitUntil(lambda: desk.match_count.text().startswith("Résultats"))


def test_a_badge_read_twice_once_through_the_search_field_stays_checked_in(
        window, qtbot, event_path, key_clock):
    """A badge read twice at once, one of the reads reaching the search field as typing
    (its burst split by a stall of the machine, then Enter): the second read is the
    same badge again, ignored; the card keeps the first read's "checked in" (the second
    read's "already checked in" hid it: x_rush under load)."""
    def as_typing(text: str) -> None:
        typing(text, key_clock)
        enter(key_clock)

    for first_typed in (True, False):
        _, qr = registration(event_path, "DPL234" if first_typed else "NGY234")
        as_typing(qr) if first_typed else burst(qr)
        qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
        idle(qtbot, window)
        key_clock.now += 0.5
        burst(qr) if first_typed else as_typing(qr)
        idle(qtbot, window)
        assert desk_state(window) == Outcome.CHECKED_IN, first_typed
        assert window.statusBar().currentMessage() == "Même badge relu\u00a0: ignoré."
        key_clock.now += 5  # the next badge's reads: past the gate's window
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 2


def typing(text: str, key_clock) -> None:
    """Keys 60 ms apart: past the scanner's gap, so taken for typing."""
    for ch in text:
        key_clock.now += 0.06
        press(ch)


def test_a_burst_split_by_a_stall_is_read_whole(window, qtbot, event_path, key_clock):
    """A scanner's burst cut in two by a stall of the machine: its start reaches the
    search field as typing, the rest comes as a scan that reads as nothing alone. The
    desk reads the two as the badge (x_rush under load: "unknown badge", the field
    holding "CK1+OC"); the field is cleared after."""
    reg, qr = registration(event_path, "DPL234")
    typing(qr[:6], key_clock)
    key_clock.now += 0.2
    burst(qr[6:])
    qtbot.waitUntil(lambda: desk_state(window) == Outcome.CHECKED_IN)
    idle(qtbot, window)
    assert window.desk.last_checked_in.id == reg.id
    assert window.desk.search_field.text() == ""
    # a search typed, then a badge read whole: the badge alone is read
    typing("mar", key_clock)
    key_clock.now += 5
    _, other = registration(event_path, "NGY234")
    burst(other)
    qtbot.waitUntil(lambda: window.desk.last_checked_in.code == "NGY234")
