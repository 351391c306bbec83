"""What the desk and the room say, and where: issue 12's points, each driven through the
real main window in French."""

from __future__ import annotations

import pytest
from helpers_gui import enter, press, type_slowly
from PySide6.QtCore import Qt

from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy and not window.capture._held)


def check_in_by_name(qtbot, window, key_clock, query: str, outcome: Outcome):
    desk = window.desk
    type_slowly(query, key_clock)
    qtbot.waitUntil(lambda: desk.search_field.text() == query)
    idle(qtbot, window)
    enter(key_clock)
    qtbot.waitUntil(lambda: desk.outcome.state == outcome)
    idle(qtbot, window)


def test_an_outcome_steps_back_when_another_person_is_chosen(window, qtbot, key_clock):
    desk = window.desk
    check_in_by_name(qtbot, window, key_clock, "berger", Outcome.CHECKED_IN)
    first = desk.last_checked_in
    check_in_by_name(qtbot, window, key_clock, "berger", Outcome.ALREADY_CHECKED_IN)
    assert desk.outcome.subject == first.id and not desk.outcome.faded
    amber = desk.outcome.styleSheet()
    key_clock.now += 0.2
    press(key=Qt.Key.Key_Down)
    assert desk.card.registration.id != first.id
    assert desk.outcome.faded and desk.outcome.styleSheet() != amber


def test_an_outcome_steps_back_after_some_seconds(window, qtbot, key_clock):
    desk = window.desk
    desk.outcome.fade_timer.setInterval(50)
    check_in_by_name(qtbot, window, key_clock, "berger", Outcome.CHECKED_IN)
    qtbot.waitUntil(lambda: desk.outcome.faded)
    key_clock.now += 1
    press(key=Qt.Key.Key_Z, modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.outcome.state == "undone")  # still undoable
    assert not desk.outcome.faded
