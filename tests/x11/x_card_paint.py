"""The outcome card on a real X server: it is opaque (it paints its rounded corners
itself, in the window's colour, so an outcome repaints the card alone); what reaches the
screen after outcome upon outcome is what a fresh paint of the window shows there (no
corner left from an earlier look, no edge painted over itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication
from x_station import people

from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


def on_screen_as_painted_afresh(qtbot, window) -> bool:
    """The card's pixels on the X server equal those of the window painted afresh."""
    card = window.desk.outcome
    qtbot.wait(100)  # the backing store flushed to the X server
    at = card.mapToGlobal(QPoint(0, 0))
    screen = QApplication.primaryScreen().grabWindow(0, at.x(), at.y(), card.width(),
                                                     card.height()).toImage()
    fresh = window.grab(QRect(card.mapTo(window, QPoint(0, 0)), card.size())).toImage()
    return bool(screen.convertToFormat(fresh.format()) == fresh)


def test_outcome_upon_outcome_the_card_on_screen_is_as_painted_afresh(window, qtbot,
                                                                      event_path):
    desk = window.desk
    card = desk.outcome
    (first, qr1), (_, qr2) = people(event_path, 2)
    # the code typed, not the badge read again: the duplicate gate lets it through
    steps = [(qr1, Outcome.CHECKED_IN), (qr2, Outcome.CHECKED_IN),
             (first.code, Outcome.ALREADY_CHECKED_IN), ("ZZZZZZ", Outcome.UNKNOWN)]
    for text, outcome in steps:
        desk.scan(text, typed=True)
        qtbot.waitUntil(lambda o=outcome: card.state == o and not window.worker.busy)
        assert card.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        assert on_screen_as_painted_afresh(qtbot, window), outcome
        card.step_back()  # faded: another look, a border of its own
        assert on_screen_as_painted_afresh(qtbot, window), f"{outcome}, faded"
