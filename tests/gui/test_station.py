"""The one station mechanism (search, scan, outcome, undo) under its policies: the desk, the
room, and a third one written here in a few lines, as the kiosk will be."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_gui import journal_kinds, press, registration
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.model import Registration
from checkin.core.reception import Outcome, ScanResult
from checkin.gui.desk.outcome_card import OutcomeCard
from checkin.gui.desk.view import DeskView
from checkin.gui.room.outcome_card import RoomOutcomeCard
from checkin.gui.room.view import RoomView
from checkin.gui.station_view import Job, StationView

pytestmark = pytest.mark.gui


class Kiosk(StationView):
    """A bare self check-in policy: scan, or type a badge code; nothing to pick from."""

    search_key = "kiosk-search"

    def make_card(self) -> OutcomeCard:
        return OutcomeCard()

    def build(self) -> None:
        self.found = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self.search_field, self.outcome, self.found, self.camera, self.hints):
            layout.addWidget(widget)
        self.station_actions("Undo")
        self.set_hints(["Scan your badge"])

    def search_job(self, query: str) -> Job:
        return lambda event: len(event.search(query, 5))

    def show_results(self, query: str, found: int) -> None:
        self.found.setText(str(found))

    def no_query(self) -> None:
        self.found.clear()

    def results_view(self) -> None:
        return None

    def current(self) -> None:
        return None

    def scan_job(self, text: str) -> Job:
        return lambda event: reception.scan(event, text)

    def choose_job(self, reg: Registration) -> Job:
        raise AssertionError("a kiosk has no list to choose from")

    def show_outcome(self, result: ScanResult, note: str) -> str:
        self.outcome.show_result(result, note)
        return result.outcome

    def show_candidates(self, result: ScanResult) -> None:
        pass

    def undo_token(self, result: ScanResult) -> Registration | None:
        return result.registration if result.outcome is Outcome.CHECKED_IN else None

    def undo_job(self, reg: Registration) -> Job:
        def job(event):  # type: ignore[no-untyped-def]
            reception.undo_check_in(event, event.registration(reg.id))
            return event.registration(reg.id)
        return job

    def show_undone(self, fresh: Registration) -> None:
        self.outcome.show_undone(fresh)

    def on_changed(self, subjects: set[str]) -> None:
        pass


@pytest.fixture
def opened(qtbot, event_path: Path):
    from checkin.gui.worker import EventWorker
    worker = EventWorker()
    with qtbot.waitSignal(worker.opened, timeout=10000) as opened:
        worker.open(event_path)
    yield worker, opened.args[0]
    worker.close()


def test_a_third_policy_scans_records_and_undoes_through_the_mechanism(
        qtbot, opened, settings, event_path: Path) -> None:
    from checkin.gui.sounds import Sounds
    worker, info = opened
    kiosk = Kiosk(worker, info, Sounds(volume=0), settings)
    qtbot.addWidget(kiosk)
    reg, qr = registration(event_path, "DPL234")

    kiosk.scan(qr)
    qtbot.waitUntil(lambda: kiosk.outcome.state == Outcome.CHECKED_IN)
    assert kiosk.last.id == reg.id
    with qtbot.waitSignal(kiosk.status_message) as said:
        kiosk.scan(qr)  # the same badge read again at once: the gate drops it
    assert said.args == ["Same badge read again: ignored."]
    assert kiosk.outcome.state == Outcome.CHECKED_IN
    kiosk.search_field.setText("dupre")
    qtbot.waitUntil(lambda: kiosk.found.text() != "")
    kiosk.undo()
    qtbot.waitUntil(lambda: kiosk.outcome.state == "undone")
    qtbot.waitUntil(lambda: not worker.busy)
    assert kiosk.last is None
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 1
    assert journal_kinds(event_path).count(j.CHECKIN_UNDONE) == 1
    kiosk.shutdown()


def test_desk_and_room_are_policies_of_the_one_station() -> None:
    assert issubclass(DeskView, StationView) and issubclass(RoomView, StationView)
    for name in ("scan", "enter", "undo", "on_outcome", "on_error", "toggle_camera",
                 "focus_search", "play"):
        assert name not in vars(DeskView) and name not in vars(RoomView), name


def test_the_room_card_adds_its_button_before_undo(qapp) -> None:
    card = RoomOutcomeCard()
    buttons = card.buttons
    assert buttons.indexOf(card.admit_button) == buttons.indexOf(card.undo_button) - 1
    assert card.admit_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_nothing_to_undo_is_said_in_french_by_the_station(window, qtbot) -> None:
    desk: QWidget = window.desk
    press(key=Qt.Key.Key_Z, modifiers=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Rien à annuler ici.")
    assert desk.focus_action.text() == "Rechercher" and desk.camera_action.text() == "Caméra"
