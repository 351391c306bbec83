"""A scan's outcome is on screen before the desk does anything else about it, and paints
at little cost.

The outcome card paints as soon as its words are set: before the person card is filled,
the sound played, the list cleared and the refreshes the change sets off (counters, the
person read again), which used to come first and delay the card by 2-10 ms. When the new
words need another height, the window is laid out before that paint, never after."""

from __future__ import annotations

import pytest
from helpers_gui import burst, registration
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from checkin.core.reception import Outcome
from checkin.gui.desk.outcomes import LOOKS

pytestmark = pytest.mark.gui


class Log(QObject):
    """What happened, in order: the outcome card's paints (with the person it named and
    whether its height was the one its words need), the person card's fills, sounds."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.events: list[tuple[str, str, bool]] = []
        desk = window.desk
        self.card = desk.outcome
        self.card.installEventFilter(self)
        fill, play = desk.card.show_registration, window.sounds.play

        def filled(reg):
            self.events.append(("person card", reg.id if reg else "", True))
            fill(reg)

        def played(sound):
            self.events.append(("sound", sound, True))
            play(sound)
        desk.card.show_registration = filled
        window.sounds.play = played

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            card = self.card
            fits = card.height() == card.heightForWidth(card.width())
            self.events.append(("outcome", card.person.plain_text(), fits))
        return False

    def first(self, kind: str, about: str) -> int:
        return next(i for i, (k, what, _) in enumerate(self.events)
                    if k == kind and about in what)


def test_the_outcome_card_is_painted_before_the_rest_of_the_desk(window, qtbot, event_path):
    reg, qr = registration(event_path, "DPL234")
    log = Log(window)
    burst(qr)
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN)
    qtbot.waitUntil(lambda: not window.worker.busy)
    painted = log.first("outcome", reg.last_name.upper())
    assert painted < log.first("person card", reg.id)
    assert painted < log.first("sound", "")
    assert log.events[painted][2]  # at the height its words need


def test_an_outcome_of_another_height_is_laid_out_before_it_is_painted(window, qtbot):
    log = Log(window)
    burst("TWN234")  # two people: the card lists them, taller than "ready"
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.AMBIGUOUS)
    painted = log.first("outcome", "")
    assert log.events[painted][2]
    assert painted < log.first("sound", "")


class Heights(QObject):
    """At each paint of the card: the person it names, and whether its height is the one
    its words need (asked of the class: the card's own `heightForWidth` is watched)."""

    def __init__(self, card) -> None:
        super().__init__(card)
        self.card = card
        self.painted: list[tuple[str, bool]] = []
        card.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            card = self.card
            need = type(card).heightForWidth(card, card.width())
            self.painted.append((card.person.plain_text(), card.height() == need))
        return False


def test_a_name_on_more_lines_after_a_check_in_is_laid_out_before_it_is_painted(
        window, qtbot, event_path):
    """A check-in after a check-in changes only the name; a name on three lines after
    one on one was painted at the one-line height first (one layout pass: the card's
    height for its width asked before its layout was activated, and the window's layout
    needing a second pass), then again."""
    card = window.desk.outcome
    heights = Heights(card)

    def scan(code: str) -> str:
        reg, qr = registration(event_path, code)
        heights.painted.clear()
        burst(qr)
        qtbot.waitUntil(lambda: card.state == Outcome.CHECKED_IN
                        and reg.last_name.upper() in card.person.plain_text())
        qtbot.waitUntil(lambda: not window.worker.busy)
        return reg.last_name.upper()

    for code in ("DPL234", "NGY234", "LNG234"):  # the last: a name on three lines
        name = scan(code)
        painted = [fits for who, fits in heights.painted if name in who]
        assert painted and painted[0], code


class Paints(QObject):
    """The widgets painted, in order."""

    def __init__(self, widgets) -> None:
        super().__init__()
        self.painted: list[QObject] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched)
        return False


def test_the_outcome_card_repaints_alone_its_corners_in_the_windows_colour(
        window, qtbot, event_path):
    """The card is opaque: an outcome repaints it alone, not first the window, the page
    and the panel under it; so it paints its rounded corners itself, as the window."""
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN)
    qtbot.waitUntil(lambda: not window.worker.busy)
    card = window.desk.outcome
    under = [window, window.desk, card.parentWidget()]
    paints = Paints([*under, card])
    card.repaint()
    assert card in paints.painted
    assert not set(paints.painted) & set(under)
    image = card.grab().toImage()
    behind = window.palette().color(QPalette.ColorRole.Window)
    assert image.pixelColor(0, 0) == behind
    assert image.pixelColor(card.width() - 1, card.height() - 1) == behind
    assert image.pixelColor(card.width() - 4, card.height() // 2) == QColor(
        LOOKS[Outcome.CHECKED_IN].colour)


def test_the_outcome_cards_buttons_follow_a_change_of_language(window_en, qtbot, event_path):
    """The card words its buttons at its first outcome, then at a change of language
    only (not at every outcome): the words change with the language, no outcome needed."""
    from checkin.gui.app import install_translations
    _, qr = registration(event_path, "DPL234")
    burst(qr)
    card = window_en.desk.outcome
    qtbot.waitUntil(lambda: card.state == Outcome.CHECKED_IN)
    assert card.undo_button.text().startswith("Undo check-in")
    install_translations(QApplication.instance(), "fr")
    qtbot.waitUntil(lambda: card.undo_button.text().startswith("Annuler l’accueil"))


def painting_under(card) -> list[str]:
    """The widgets between `card` and its window that paint a background of their own: the
    opaque card paints its corners in the window's colour, right only while there are none."""
    found = []
    widget = card.parentWidget()
    while widget is not None and not widget.isWindow():
        if widget.autoFillBackground() or widget.testAttribute(
                Qt.WidgetAttribute.WA_StyledBackground):
            found.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return found


def test_nothing_under_the_desks_card_paints_a_background_of_its_own(window):
    assert painting_under(window.desk.outcome) == []
