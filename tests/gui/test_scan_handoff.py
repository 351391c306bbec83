"""A scan's way back to the screen: the outcome first, the refreshes it sets off after.

The event's thread used to say what a check-in changed at its COMMIT, before the scan's
result: the GUI thread ran the desk's refreshes (counters, lists) and set the worker
counting while the outcome card was still to come. And the card re-parsed its style
sheet and re-read its icon even when the outcome looked as the last one did."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_gui import registration
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette

from checkin.core import reception
from checkin.core.reception import Outcome, ScanResult
from checkin.gui.desk.outcome_card import OutcomeCard
from checkin.gui.desk.outcomes import LOOKS

pytestmark = pytest.mark.gui


@pytest.fixture
def worker(qtbot, event_path: Path):
    from checkin.gui.worker import EventWorker
    worker = EventWorker()
    with qtbot.waitSignal(worker.opened, timeout=10000):
        worker.open(event_path)
    yield worker
    worker.close()


def test_the_result_of_a_scan_reaches_the_gui_before_what_it_changed(
        qtbot, worker, event_path: Path) -> None:
    reg, qr = registration(event_path, "DPL234")
    seen: list[object] = []
    worker.changed.connect(lambda subjects: seen.append(subjects))
    worker.submit(lambda event: reception.scan(event, qr),
                  lambda result: seen.append(result.outcome))
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0] is Outcome.CHECKED_IN
    assert reg.id in seen[1]


def test_a_job_that_writes_twice_says_so_once_with_both_subjects(
        qtbot, worker, event_path: Path) -> None:
    first, qr1 = registration(event_path, "DPL234")
    second, qr2 = registration(event_path, "NGY234")
    said: list[set[str]] = []
    worker.changed.connect(said.append)

    def both(event):  # type: ignore[no-untyped-def]
        reception.scan(event, qr1)
        reception.scan(event, qr2)
        raise RuntimeError("after both were written")
    worker.submit(both, None, lambda exc: None)
    qtbot.waitUntil(lambda: bool(said))
    qtbot.waitUntil(lambda: not worker.busy)
    assert len(said) == 1 and {first.id, second.id} <= said[0]


class _LookChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.DynamicPropertyChange):
            self.count += 1
        return False


def _looks(card: OutcomeCard) -> tuple[str, str]:
    """The card's background as painted, and the colour of its words."""
    image = card.grab().toImage()
    return (image.pixelColor(card.width() // 2, 4).name(),
            card.title.palette().color(QPalette.ColorRole.WindowText).name())


def test_an_outcome_card_changes_looks_by_a_property_under_one_sheet(
        qtbot, event_path: Path) -> None:
    reg, _ = registration(event_path, "DPL234")
    card = OutcomeCard()
    qtbot.addWidget(card)
    card.resize(800, 200)
    card.show_result(ScanResult(Outcome.CHECKED_IN, reg))
    sheet = card.styleSheet()
    assert _looks(card) == (LOOKS[Outcome.CHECKED_IN].colour, "#ffffff")
    changes = _LookChanges()
    card.installEventFilter(changes)
    card.show_result(ScanResult(Outcome.CHECKED_IN, reg))  # the same look: nothing to do
    assert changes.count == 0
    card.step_back()
    assert _looks(card) == ("#e6e8ee", "#5b6170") and changes.count == 1
    card.show_result(ScanResult(Outcome.CHECKED_IN, reg))
    assert _looks(card) == (LOOKS[Outcome.CHECKED_IN].colour, "#ffffff")
    card.show_result(ScanResult(Outcome.UNKNOWN))
    assert _looks(card) == (LOOKS[Outcome.UNKNOWN].colour, "#ffffff")
    assert card.styleSheet() == sheet and changes.count == 3  # never parsed again


def test_the_person_card_colours_its_status_by_a_property(qtbot, event_path: Path) -> None:
    import dataclasses

    from checkin.gui.desk.person_card import PersonCard
    reg, _ = registration(event_path, "DPL234")
    card = PersonCard()
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)

    def colour() -> str:  # as painted: the label drawn alone, its text's pixels read
        image = card.status.grab().toImage()
        inked = {image.pixelColor(x, y).name() for x in range(image.width())
                 for y in range(image.height())}
        return next(c for c in sorted(inked) if c in ("#1e7b34", "#b3261e", "#505050"))
    arrived = dataclasses.replace(reg, checked_in_at="2022-12-08T09:30:00+01:00",
                                  checked_in_station="Accueil 1", checkin_count=1)
    card.show_registration(arrived)
    assert colour() == "#1e7b34"
    sheet = card.status.styleSheet()
    changes = _LookChanges()
    card.status.installEventFilter(changes)
    card.show_registration(arrived)  # scan after scan: the same colour, nothing to do
    assert changes.count == 0
    card.show_registration(dataclasses.replace(reg, status="cancelled"))
    assert colour() == "#b3261e"
    card.show_registration(reg)
    assert colour() == "#505050"
    assert card.status.styleSheet() == sheet and changes.count == 2


def test_after_a_scan_the_desk_does_not_read_the_person_again(window, qtbot,
                                                               event_path: Path) -> None:
    """The scan's result is the person as the check-in left them, and the news of that
    change comes in the same delivery: the person card is filled once and nobody is read
    again (a job and a second fill of the card, in a queue's way, before). A change the
    desk did not show (another desk's check-in of the person on screen) is read again."""
    from helpers_gui import burst

    from checkin.core.event import Event
    reg, qr = registration(event_path, "DPL234")
    desk = window.desk
    fills: list[str] = []
    fill = desk.card.show_registration
    desk.card.show_registration = lambda r: (fills.append(r.id if r else ""), fill(r))
    reads: list[str] = []
    read = Event.registration

    def counted(event, reg_id):  # type: ignore[no-untyped-def]
        reads.append(reg_id)
        return read(event, reg_id)
    Event.registration = counted  # type: ignore[method-assign]
    try:
        burst(qr)
        qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN)
        qtbot.waitUntil(lambda: not window.worker.busy)
        assert (fills, reads) == ([reg.id], [])
        window.worker.changed.emit({reg.id})  # news from elsewhere: read again
        qtbot.waitUntil(lambda: not window.worker.busy and len(fills) == 2)
        assert reads == [reg.id]
    finally:
        Event.registration = read  # type: ignore[method-assign]
