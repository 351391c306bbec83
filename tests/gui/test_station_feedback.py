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


def test_a_programme_change_shows_at_once_in_the_room(qtbot, settings, key_clock, event_path,
                                                      clock):
    import dataclasses

    from test_room import idle as room_idle
    from test_room import open_room

    from checkin.core import programme_edit, rooms
    from checkin.core.rooms import SessionOutcome as S

    clock.set(15, 10)
    window = open_room(qtbot, settings, key_clock, event_path, clock)
    page = window.room
    try:
        assert page.code == "D" and "/ 60 places" in page.header.counter.text()

        def capacity_3(event):
            p = event.programme
            slots = tuple(dataclasses.replace(sl, sessions=tuple(
                dataclasses.replace(s, capacity=3) if s.code == "D" else s
                for s in sl.sessions)) for sl in p.slots)
            programme_edit.set_programme(event, dataclasses.replace(p, slots=slots))
            people = [ln.registration for ln in rooms.roster(event, "D").registered]
            for reg in people[:3]:
                rooms.attend(event, "D", reg)
            return people[3]
        fourth = []
        window.worker.submit(capacity_3, fourth.append)
        qtbot.waitUntil(lambda: "3 / 3 places" in page.header.counter.text())
        room_idle(qtbot, window)
        page.record(fourth[0])
        qtbot.waitUntil(lambda: page.outcome.state == S.FULL)
        assert "Les 3 places" in page.outcome.detail.plain_text()
    finally:
        window.shutdown()
