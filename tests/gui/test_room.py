"""The workshop room station driven through the real main window on a real event file."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import nbsp
from helpers_gui import burst, enter, journal_kinds, open_window, press, registration, type_slowly
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from checkin.core import journal as j
from checkin.core import reception, rooms
from checkin.core.event import Event
from checkin.core.rooms import SessionOutcome as S
from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui


def prepare(path: Path, clock) -> dict[str, str]:
    """People for the scenarios: code -> role, some checked in at reception this morning."""
    with Event.open(path, now=clock) as event:
        chose_a = [ln.registration for ln in rooms.roster(event, "A").registered]
        chose_b = [ln.registration for ln in rooms.roster(event, "B").registered
                   if "A" not in ln.registration.sessions]
        chose_c = [ln.registration for ln in rooms.roster(event, "C").registered]
        chose_d = [ln.registration for ln in rooms.roster(event, "D").registered
                   if ln.registration.code not in {r.code for r in chose_c[:51]}]
        for reg in [*chose_a[:3], chose_b[0], *chose_c[:51], chose_d[0]]:
            reception.check_in(event, reg)
        clock.set(14, 5)
        for reg in chose_c[:50]:  # C (50 places) is full
            rooms.attend(event, "C", event.registration(reg.id))
        clock.set(9, 30)
        return {"a": chose_a[0].code, "a2": chose_a[1].code, "a_absent": chose_a[5].code,
                "b": chose_b[0].code, "c_late": chose_c[50].code, "d": chose_d[0].code}


def open_room(qtbot, settings, key_clock, path, clock, room="Salle Mosson 1",
              language="fr"):
    from checkin.gui.room.view import set_station_room

    settings.mode = Mode.WORKSHOP
    if room:
        set_station_room(settings, room)
    window = open_window(qtbot, settings, path, clock, key_clock, language, laptop=True)
    qtbot.waitUntil(lambda: window.room is not None, timeout=10000)
    idle(qtbot, window)
    return window


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy and not window.capture._held)


@pytest.fixture
def people(event_path, clock):
    return prepare(event_path, clock)


@pytest.fixture
def room_at(qtbot, settings, key_clock, event_path, clock, people):
    """room_at(14, 5) opens the room station with the clock at 14h05."""
    windows = []

    def make(hour: int, minute: int, room: str = "Salle Mosson 1", language: str = "fr"):
        clock.set(hour, minute)
        win = open_room(qtbot, settings, key_clock, event_path, clock, room, language)
        windows.append(win)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.room.search_field)
        return win.room
    yield make
    for win in windows:
        win.shutdown()
    from checkin.gui.app import install_translations, make_app
    install_translations(make_app(), "fr")


def registered_for(path: Path, code: str) -> int:
    with Event.open(path) as event:
        return len(rooms.roster(event, code).registered)


def attendance_flags(path: Path, code: str) -> list[list[str]]:
    with Event.open(path) as event:
        reg = event.by_code(code)[0]
        return [e.payload["flags"] for e in event.entries(reg.id)
                if e.kind == j.ATTENDANCE_RECORDED]


@pytest.mark.parametrize(("hour", "minute", "room", "code"), [
    (14, 5, "Salle Mosson 1", "A"),
    (15, 10, "Salle Mosson 1", "D"),
    (12, 40, "Salons du stade", "DEJ"),
])
@pytest.mark.slow
def test_opens_on_the_session_of_the_hour(room_at, event_path, hour, minute, room, code):
    page = room_at(hour, minute, room)
    assert page.code == code
    assert page.header.title.plain_text().startswith(f"{code} — ")
    assert page.model.rowCount() == registered_for(event_path, code) > 0
    assert page.header.picker.currentData() == code
    needs_column = page.model.column(page.model.NEEDS)
    if code == "DEJ":  # the lunch shows each person's needs
        assert needs_column >= 0
        shown = {page.model.index(r, needs_column).data() for r in range(page.model.rowCount())}
        assert "Végétarien" in shown
    else:
        assert needs_column == -1


@pytest.mark.slow
def test_follows_the_clock_unless_the_host_picks(room_at, qtbot, clock):
    page = room_at(14, 5)
    clock.set(15, 10)
    page.follow_clock()
    qtbot.waitUntil(lambda: page.code == "D")
    page.header.picker.activated.emit(page.header.picker.findData("A"))  # by hand
    assert page.code == "A" and page.header.clock_button.isVisibleTo(page)
    clock.set(15, 30)
    page.follow_clock()
    assert page.code == "A"
    page.header.clock_button.click()
    assert page.code == "D" and not page.header.clock_button.isVisibleTo(page)


@pytest.mark.slow
def test_first_time_the_station_asks_its_room(qtbot, settings, key_clock, event_path, clock,
                                               people):
    from checkin.gui.room.view import station_room
    clock.set(14, 5)
    win = open_room(qtbot, settings, key_clock, event_path, clock, room="")
    page = win.room
    assert page.pages.currentWidget() is page.choice and page.code is None
    qtbot.mouseClick(page.choice.buttons["Salle Mosson 2"], Qt.MouseButton.LeftButton)
    assert page.code == "B" and station_room(settings) == "Salle Mosson 2"
    page.room_action.trigger()  # Room menu: change the room
    assert page.pages.currentWidget() is page.choice
    win.shutdown()


@pytest.mark.slow
def test_scan_then_scan_again(room_at, qtbot, event_path, people):
    page = room_at(14, 5)
    _, qr = registration(event_path, people["a"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    idle(qtbot, page.window())
    assert page.roster.present == 1
    assert "Présents 1 / 60 places" in page.header.counter.text()
    row = next(r for r, ln in enumerate(page.model.lines())
               if ln.registration.code == people["a"])
    assert page.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    page.gate.window = 0  # as if minutes had passed
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.ALREADY_ATTENDED)
    assert "14h05" in page.outcome.detail.plain_text()
    assert journal_kinds(event_path).count(j.ATTENDANCE_RECORDED) == 51  # 50 in C + this one


@pytest.mark.slow
def test_someone_who_chose_b_is_listed_as_walked_over(room_at, qtbot, event_path, people):
    page = room_at(14, 5)
    _, qr = registration(event_path, people["b"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.OTHER_SESSION)
    assert "B — " in page.outcome.detail.plain_text()
    idle(qtbot, page.window())
    assert [ln.registration.code for ln in page.walked_model.lines()] == [people["b"]]
    chosen = page.walked_model.column(page.walked_model.CHOSEN)
    assert page.walked_model.index(0, chosen).data() == "B"
    assert attendance_flags(event_path, people["b"]) == [["other_session"]]


@pytest.mark.slow
def test_tick_a_name_then_untick_it(room_at, qtbot, event_path, people):
    page = room_at(14, 5)
    row = next(r for r, ln in enumerate(page.model.lines())
               if ln.registration.code == people["a2"])
    table = page.table
    table.scrollTo(page.model.index(row, 0))
    rect = table.visualRect(page.model.index(row, 0))
    box = QPoint(rect.left() + table.style().pixelMetric(
        table.style().PixelMetric.PM_IndicatorWidth) // 2 + 4, rect.center().y())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    idle(qtbot, page.window())
    assert attendance_flags(event_path, people["a2"]) == [[]]
    checked = page.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked

    asked = []
    page.confirm = lambda question: asked.append(question) or True
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    qtbot.waitUntil(lambda: page.outcome.state == "undone")
    idle(qtbot, page.window())
    assert asked and page.roster.present == 0
    assert journal_kinds(event_path).count(j.ATTENDANCE_UNDONE) == 1


@pytest.mark.slow
def test_undo_with_ctrl_z_and_with_the_button(room_at, qtbot, event_path, people, key_clock):
    page = room_at(14, 5)
    _, qr = registration(event_path, people["a"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    idle(qtbot, page.window())
    key_clock.now += 1
    press(key=Qt.Key.Key_Z, modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.outcome.state == "undone")
    idle(qtbot, page.window())
    assert page.roster.present == 0
    assert QApplication.focusWidget() is page.search_field

    page.gate.window = 0
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    assert page.outcome.undo_button.isVisible()
    qtbot.mouseClick(page.outcome.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome.state == "undone")
    idle(qtbot, page.window())
    assert journal_kinds(event_path).count(j.ATTENDANCE_UNDONE) == 2
    with Event.open(event_path) as event:
        assert rooms.attendance_of(event, event.by_code(people["a"])[0].id) == {}


@pytest.mark.slow
def test_full_session_then_let_them_in(room_at, qtbot, event_path, people):
    page = room_at(14, 5, "Salle Mosson 3")
    assert page.code == "C" and page.roster.present == 50
    _, qr = registration(event_path, people["c_late"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.FULL)
    assert page.outcome.admit_button.isVisible()
    assert attendance_flags(event_path, people["c_late"]) == []
    qtbot.mouseClick(page.outcome.admit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    idle(qtbot, page.window())
    assert "complète" in page.outcome.detail.plain_text()
    assert not page.outcome.admit_button.isVisible()
    assert page.roster.present == 51
    assert attendance_flags(event_path, people["c_late"]) == [["full"]]


def test_not_checked_in_is_checked_in_too(room_at, qtbot, event_path, people):
    page = room_at(14, 5)
    _, qr = registration(event_path, people["a_absent"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.NOT_CHECKED_IN)
    assert "accueil" in page.outcome.detail.plain_text()
    reg, _ = registration(event_path, people["a_absent"])
    assert reg.checked_in_at == "2022-12-08T14:05:00+01:00"


def test_search_a_name_and_press_enter(room_at, qtbot, event_path, key_clock):
    page = room_at(14, 5)
    type_slowly("dupre lef", key_clock)
    qtbot.waitUntil(lambda: page.search_field.text() == "dupre lef")
    idle(qtbot, page.window())
    assert page.lists.currentWidget() is page.results
    assert page.current().last_name == "Dupré-Lefèvre"
    enter(key_clock)
    qtbot.waitUntil(lambda: page.outcome.state == S.NOT_CHECKED_IN)  # she chose A
    idle(qtbot, page.window())
    assert page.search_field.text() == "" and page.lists.currentWidget() is page.table
    assert "Élodie DUPRÉ-LEFÈVRE" in page.outcome.person.plain_text()
    assert attendance_flags(event_path, "DPL234") == [["not_checked_in"]]


def test_lunch_card_shows_the_needs(room_at, qtbot, event_path):
    page = room_at(12, 40, "Salons du stade")
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.NOT_CHECKED_IN)
    assert nbsp("Besoins : Fauteuil roulant") in page.outcome.person.plain_text()


def test_outside_the_hours_is_a_warning(room_at, qtbot, event_path, people):
    page = room_at(14, 5)
    page.pick("D")  # the host looks at the 15h15 session at 14h05
    _, qr = registration(event_path, people["d"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.OUTSIDE_HOURS)
    assert "15h15–16h15" in page.outcome.detail.plain_text()


def test_in_english(room_at, qtbot, event_path, people):
    page = room_at(14, 5, language="en")
    _, qr = registration(event_path, people["b"])
    burst(qr)
    qtbot.waitUntil(lambda: page.outcome.state == S.OTHER_SESSION)
    idle(qtbot, page.window())
    assert page.outcome.title.plain_text() == "Change of workshop"
    assert "Had chosen B — " in page.outcome.detail.plain_text()
    assert page.header.counter.text().startswith("Present 1 / 60 places · ")


def test_roster_model(qtmodeltester, french, event_path, clock):
    from checkin.gui.room.roster_model import RosterModel
    with Event.open(event_path, now=clock) as event:
        lunch = rooms.roster(event, "DEJ").registered
        clock.set(12, 40)
        rooms.attend(event, "DEJ", lunch[0].registration)
        after = rooms.roster(event, "DEJ").registered
    model = RosterModel()
    model.configure(needs=True, chosen=False, slot_codes=frozenset({"DEJ"}))
    model.set_lines(lunch)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(lunch) > 100
    ticks = []
    model.tick_requested.connect(lambda reg, on: ticks.append((reg.id, on)))
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model.set_lines(after)  # same people: updated in place, not reset
    assert changed == [(0, 0)]
    assert model.index(0, model.column(model.PRESENT)).data() == "✓ 12h40"
    assert model.setData(model.index(1, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert ticks == [(lunch[1].registration.id, True)]
    model.set_lines(after[:3])
    assert model.rowCount() == 3


def test_each_room_outcome_has_its_own_icon_and_sound_and_the_files_exist():
    from checkin.core.rooms import SessionOutcome
    from checkin.gui.room.looks import ROOM_LOOKS
    from checkin.resources import resource
    recorded = [SessionOutcome.ATTENDED, SessionOutcome.ALREADY_ATTENDED,
                SessionOutcome.OTHER_SESSION, SessionOutcome.FULL,
                SessionOutcome.NOT_CHECKED_IN, SessionOutcome.OUTSIDE_HOURS]
    looks = [ROOM_LOOKS[o] for o in recorded]
    assert len({look.sound for look in looks}) == len(recorded)
    assert len({look.icon for look in looks}) == len(recorded)
    for look in ROOM_LOOKS.values():
        assert look.sound is None or resource("sounds", f"{look.sound}.wav").is_file()
        assert resource("icons", f"{look.icon}.svg").is_file(), look.icon


def _check_box(table, index):
    """Where the style draws the check box of `index`, in the viewport's coordinates."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = table.visualRect(index)
    return table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)


def test_the_roster_s_check_boxes_are_big_enough_for_a_touchpad(room_at, qtbot, event_path,
                                                                people):
    page = room_at(14, 5)
    row = next(r for r, ln in enumerate(page.model.lines())
               if ln.registration.code == people["a2"])
    index = page.model.index(row, 0)
    page.table.scrollTo(index)
    box = _check_box(page.table, index)
    assert box.width() >= 24 and box.height() >= 24  # was 10 or so: hard to hit
    assert page.table.visualRect(index).contains(box)  # the row holds it whole
    corner = box.bottomRight() - QPoint(2, 2)  # not only its centre: all of it ticks
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=corner)
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    idle(qtbot, page.window())
    assert attendance_flags(event_path, people["a2"]) == [[]]


def test_the_room_says_present_never_save(room_at, qtbot, event_path, people):
    """"Enregistrer" means save: the room notes people present, in one set of words."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QLabel
    page = room_at(14, 5)
    window = page.window()
    page.scan(registration(event_path, people["a"])[1])
    qtbot.waitUntil(lambda: page.outcome.state == S.ATTENDED)
    idle(qtbot, window)
    page.search_field.setText("ber")
    qtbot.waitUntil(lambda: "Recherche" in page.roster_label.plain_text())
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in window.findChildren(kind)]
    texts = [t.replace("\u200b", "") for t in texts + [
        a.text() for a in window.findChildren(QAction)]]
    assert "Annuler la dernière présence" in texts
    assert any("Entrée : noter présent·e" in " ".join(t.split()) for t in texts)  # any space
    assert "Présence notée." in page.outcome.detail.plain_text()
    assert not [t for t in texts if "enregistr" in t.lower()]


@pytest.mark.slow
def test_the_lunch_roster_shows_names_and_needs_whole(room_at, qtbot):
    """At 1366 × 768 and 1280 × 720: the needs get the width they need, at most 35%
    of the table; each person's name and organisation are drawn whole beside them, an
    endless name (LNG234's) wrapped in its column rather than pushing the needs away."""
    from fitting import person_rows_cut
    page = room_at(12, 40, "Salons du stade")
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    model, table = page.model, page.table
    name, needs = model.column(model.NAME), model.column(model.NEEDS)
    header = table.horizontalHeader()
    assert needs >= 0
    bold = QFont(table.font())
    bold.setBold(True)  # the needs are in bold
    text = max((model.index(r, needs).data() for r in range(model.rowCount())),
               key=QFontMetrics(bold).horizontalAdvance)
    widest = QFontMetrics(bold).horizontalAdvance(text)
    endless = next(r for r in range(model.rowCount())
                   if model.line(r).registration.code == "LNG234")
    window = page.window()
    for size in ((1366, 768), (1280, 720)):
        window.resize(*size)
        qtbot.waitUntil(lambda: header.sectionSize(needs) > widest > 80, timeout=3000)
        assert header.sectionSize(needs) <= 0.35 * table.viewport().width() + 1
        assert header.sectionViewportPosition(needs) + header.sectionSize(needs) <= (
            table.viewport().width())
        for row in (0, 1, endless):
            table.scrollTo(model.index(row, name))
            qtbot.wait(10)
            texts, cut = person_rows_cut(table, model.index(row, name))
            assert texts and not cut, (size, cut)
    page.pick("A")  # a workshop, without the needs: the person takes the width
    qtbot.waitUntil(lambda: model.column(model.NEEDS) == -1 and model.rowCount() > 0)
    assert header.sectionSize(name) > 0.5 * table.viewport().width()


def test_one_letter_in_the_room_asks_for_another(room_at, qtbot):
    """Not "0 found" for one letter: the search starts at two."""
    page = room_at(14, 5)
    page.search_field.setText("a")
    qtbot.waitUntil(lambda: page.roster_label.plain_text() != "" and
                    "Inscrits" not in page.roster_label.plain_text())
    assert page.roster_label.plain_text() == nbsp(
        "Tapez au moins 2 lettres d’un nom ou d’un code de badge.")
    page.search_field.setText("ab")
    qtbot.waitUntil(lambda: "Recherche" in page.roster_label.plain_text())


def test_nothing_under_the_rooms_card_paints_a_background_of_its_own(room_at):
    from test_desk_outcome_paint import painting_under
    assert painting_under(room_at(14, 5).outcome) == []
