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
    key_clock.now += 0.2
    press(key=Qt.Key.Key_Down)
    assert desk.card.registration.id != first.id
    assert desk.outcome.faded and desk.outcome.property("look") == "faded"


def test_an_outcome_steps_back_after_some_seconds(window, qtbot, key_clock):
    desk = window.desk
    desk.outcome.fade_timer.setInterval(50)
    check_in_by_name(qtbot, window, key_clock, "berger", Outcome.CHECKED_IN)
    qtbot.waitUntil(lambda: desk.outcome.faded)
    # Long enough now that the undo's card cannot fade before it is looked at, however
    # busy the machine (at 50 ms it had, at load 5).
    desk.outcome.fade_timer.setInterval(60_000)
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


def test_counts_follow_plural_rules_and_words_are_distinct(french, qtbot, window):
    from checkin.core.programme import Session
    from checkin.gui.room.header import SessionHeader

    header = SessionHeader(window.info.programme)
    qtbot.addWidget(header)
    header.session = Session("Z", "Essai", "Salle", 10)
    header.show_counts(1, 1, None)
    assert header.counter.text().endswith("1 / 10 places · 1 inscrit·e")
    header.show_counts(2, 2, None)
    assert "2 inscrits" in header.counter.text()
    desk = window.desk
    assert desk.counters.walk_ins.text().startswith("Inscrits sur place")
    buttons = [b.text() for b in desk.findChildren(type(desk.card.check_in_button))]
    assert not [t for t in buttons if "Enregistrer" in t]  # "Enregistrer" means save


def test_a_copied_file_is_explained_without_english(french, qtbot, tmp_path):
    from checkin.gui.stations.dialogs import NewStationDialog
    from checkin.gui.stations.session import StationFacts
    from checkin.gui.widgets import WrapLabel

    conflict = (f"{tmp_path}/b.checkin: a copy of {tmp_path}/a.checkin, which is station"
                " 'Organisation'; name a new station for this copy before recording")
    facts = StationFacts("e", "OCC22", tmp_path / "b.checkin", "s", "Organisation",
                         conflict, ("Organisation",))
    dialog = NewStationDialog(facts)
    qtbot.addWidget(dialog)
    words = " ".join(label.plain_text() for label in dialog.findChildren(WrapLabel))
    assert "a copy of" not in words and "before recording" not in words
    assert "b.checkin" in words


def test_a_code_typed_in_the_room_leaves_no_search_behind(qtbot, settings, key_clock,
                                                          event_path, clock):
    from helpers_gui import registration
    from test_room import open_room, prepare

    from checkin.core.rooms import SessionOutcome as S

    people = prepare(event_path, clock)
    clock.set(14, 5)
    window = open_room(qtbot, settings, key_clock, event_path, clock)
    page = window.room
    try:
        reg, _ = registration(event_path, people["a"])
        for expected in (S.ATTENDED, S.ALREADY_ATTENDED):
            type_slowly(reg.code, key_clock)
            enter(key_clock)
            qtbot.waitUntil(lambda e=expected: page.outcome.state == e)
            idle(qtbot, window)
            assert page.search_field.text() == ""
            assert page.lists.currentWidget() is page.table
            assert "trouvé" not in page.roster_label.text()
    finally:
        window.shutdown()
