"""The outcome card of every station: what just happened, big enough to read from a
metre away, as colour + icon + words + sound (never colour alone).

A policy's card (desk, room) says how its results read; this base lays out the icon, the
words and a row of buttons that ends with Undo (`add_button` puts a policy's own before
it), and knows how each state looks through `state_looks`, `title_of` and `advice_of`.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from checkin.core import names
from checkin.core.model import Registration
from checkin.gui.desk import outcomes
from checkin.gui.desk.outcomes import LOOKS, DeskState, Look
from checkin.gui.widgets import WrapLabel, no_focus
from checkin.resources import resource

FADE_MS = 12_000  # how long an outcome stays in its colours
_LAYOUT_PASSES = 3  # the card's layout, then its parents' (see `_paint_now`)


class StationCard(QFrame):
    undo_requested = Signal()

    # what a state looks like, is called and advises: a policy's card may have its own
    state_looks: Mapping[str, Look] = LOOKS
    title_of = staticmethod(outcomes.title)
    advice_of = staticmethod(outcomes.advice)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeCard")
        # never squeezed below its words: the lists below give up height first
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.state: str = DeskState.READY
        self._worded = False  # the buttons' words set (at the first outcome)
        self.subject: str | None = None  # the registration id the outcome is about
        self.faded = False
        # An outcome steps back after a while, so it is never read as being about the
        # next person on screen.
        self.fade_timer = QTimer(self, singleShot=True, interval=FADE_MS)
        self.fade_timer.timeout.connect(self.step_back)
        self.icon = QSvgWidget()
        self.icon.setFixedSize(QSize(84, 84))
        self._icon = ""  # the icon loaded: an SVG read and parsed again only when it changes
        self.title = WrapLabel(objectName="outcomeTitle")
        self.person = WrapLabel(objectName="outcomePerson")
        self.detail = WrapLabel(objectName="outcomeDetail")
        self.undo_button = no_focus(QPushButton())
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_requested)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.person)
        text.addWidget(self.detail)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        self.buttons.addWidget(self.undo_button)
        text.addLayout(self.buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def add_button(self, button: QAbstractButton) -> None:
        """A policy's own button, shown before Undo; it never takes the focus."""
        self.buttons.insertWidget(self.buttons.indexOf(self.undo_button), no_focus(button))

    def retranslate(self) -> None:
        """Set the buttons' words (the policy's card names its Undo): at the first
        outcome and after a change of language, not at every outcome (70 us a scan)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # translations installed anew
            self.retranslate()
        super().changeEvent(event)

    def show_ready(self) -> None:
        self._show(DeskState.READY, "", self.advice_of(DeskState.READY))

    def show_error(self, message: str) -> None:
        self._show(DeskState.ERROR, "", self.advice_of(DeskState.ERROR) + "\n" + message)

    def show_about(self, subject: str | None) -> None:
        """Whom the outcome shown is about: the card steps back when another is chosen."""
        self.subject = subject

    def person_chosen(self, subject: str | None) -> None:
        if self.subject is not None and subject != self.subject:
            self.step_back()

    def step_back(self) -> None:
        """Greyed and quiet: still readable as what happened last, never as news."""
        if self.faded or self.state == DeskState.READY:
            return
        self.faded = True
        self.fade_timer.stop()
        self._restyle()

    def _restyle(self) -> None:
        """Show the card in the look of its state (or faded). Every look is in the one
        sheet set at construction, chosen by the card's `look` property: a change of
        look re-polishes the card alone (its labels too when fading changes their
        colour), instead of parsing a new sheet for the card and every child (0.3-0.45
        ms a change). The same look again costs nothing."""
        look = "faded" if self.faded else self.state
        if look == self.property("look"):
            return
        if not self.styleSheet():
            self.setStyleSheet(looks_sheet(self.state_looks))
        was_faded = self.property("look") == "faded"
        self.setProperty("look", look)
        style = self.style()
        style.unpolish(self)
        style.polish(self)
        _opaque(self)  # again: polishing by a style sheet takes it away
        if was_faded != self.faded:
            for label in (self.title, self.person, self.detail):
                style.unpolish(label)
                style.polish(label)
        self.update()

    def _show(self, state: str, person: str, detail: str, undo: bool = False) -> None:
        self.state = state
        self.subject = None
        self.faded = False
        look = self.state_looks[state]
        self._restyle()
        if state == DeskState.READY:
            self.fade_timer.stop()
        else:
            self.fade_timer.start()
        if look.icon != self._icon:
            self._icon = look.icon
            self.icon.load(str(resource("icons", f"{look.icon}.svg")))
        self.title.setText(self.title_of(state))
        self.person.setText(person)
        self.person.setVisible(bool(person))
        self.detail.setText(detail)
        if not self._worded:
            self.retranslate()
            self._worded = True
        self.undo_button.setVisible(undo)
        self._paint_now()

    def paintEvent(self, event: QPaintEvent) -> None:
        """What Qt paints under a card that is not opaque, then the card: the window's
        background in its rounded corners (a station's pages and panels paint none of
        their own), its look from the style sheet, then its frame."""
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.window().palette().color(QPalette.ColorRole.Window))
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        painter.end()
        super().paintEvent(event)
        _opaque(self)  # from the next paint, if a style sheet took it away meanwhile

    def _paint_now(self) -> None:
        """Put the outcome on screen at once, before whatever follows it on this thread
        (the person card filled, the list cleared, the sound, the refreshes the change
        sets off) and before the window's next relayout and paint, which came 2-10 ms
        later. Words that need another height lay the window out first; words that fit
        the card's height only place its own labels, so the card alone repaints."""
        if not self.isVisible():
            return
        layout = self.layout()
        if layout is not None:  # its labels placed: their heights known afresh
            layout.activate()
        # Words of another height: the window laid out until the card has it (a layout
        # pass posts its parent's: a name on three lines after one on one was painted
        # at the one-line height after a single pass).
        for _ in range(_LAYOUT_PASSES):
            if self.heightForWidth(self.width()) == self.height():
                break
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.repaint()


def _opaque(card: StationCard) -> None:
    """The card paints its whole rectangle (`paintEvent`): an outcome repaints it alone,
    not first the window, the page and the panel under it, as Qt does under a widget that
    is not opaque (0.1 ms before the card's own paint began, 0.12 ms in all, measured)."""
    card.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)


def looks_sheet(looks: Mapping[str, Look]) -> str:
    """The card's one style sheet: a background for each look, chosen by its `look`
    property; white words on colour, grey on the faded card."""
    rules = [f'#outcomeCard[look="{state}"] {{ background: {look.colour}; }}'
             for state, look in looks.items()]
    return "\n".join([
        "#outcomeCard { border-radius: 10px; border: 1px solid transparent; }",
        "#outcomeCard QLabel { color: white; }", *rules,
        '#outcomeCard[look="faded"] { background: #e6e8ee; border: 1px solid #c8cdd8; }',
        '#outcomeCard[look="faded"] QLabel { color: #5b6170; }'])


def person_line(reg: Registration) -> str:
    """ "Anne DUPRÉ — Ville de Dijon": how a card names a person (the last name in
    capitals, as the lists show it, however it was typed)."""
    name = names.shown(reg.first_name, reg.last_name) or reg.code
    return f"{name} — {reg.organisation}" if reg.organisation else name
