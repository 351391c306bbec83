"""The person card: everything the desk needs to know about the person in front of it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from checkin.core import names
from checkin.core.model import Registration
from checkin.core.programme import Programme
from checkin.core.text import fold
from checkin.gui.desk.outcomes import when_where
from checkin.gui.fields import category_name, field_label
from checkin.gui.widgets import WrapLabel, no_focus, restyle

_LUNCH_WORDS = ("dejeuner", "lunch", "repas")
_STATUS_SHEET = ('#personStatus[state="in"] { color: #1e7b34; }'
                 ' #personStatus[state="cancelled"] { color: #b3261e; }'
                 ' #personStatus[state="out"] { color: #505050; }')


def lunch_codes(programme: Programme | None) -> set[str]:
    """Sessions that are the meal, not a workshop: a lunch slot's sessions."""
    if programme is None:
        return set()
    found = set()
    for slot in programme.slots:
        for session in slot.sessions:
            text = fold(f"{slot.name} {session.title}")
            if any(w in text for w in _LUNCH_WORDS):
                found.add(session.code)
    return found


CAPTION_CHARS = (18, 28)  # a caption's width, in average characters: least, most


class PersonCard(QFrame):
    check_in_requested = Signal()
    edit_requested = Signal()
    print_requested = Signal()
    shown = Signal(object)  # the registration now on the card, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.programme: Programme | None = None
        self._rows = 0
        self._pairs: list[tuple[QLabel, WrapLabel]] = []  # detail rows, reused (speed)
        self.registration: Registration | None = None

        self.name = WrapLabel(objectName="personName")
        self.organisation = WrapLabel(objectName="personOrganisation")
        self.status = WrapLabel(objectName="personStatus")
        self.status.setStyleSheet(_STATUS_SHEET)  # its colour follows its `state`
        # Details in a grid (captions narrow, values wide) that scrolls when an import
        # brought many extra columns, so the buttons below always stay on screen.
        holder = QWidget(objectName="personDetails")
        self.details = QGridLayout(holder)
        self.details.setColumnStretch(1, 1)
        self.details.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(24)  # the details give up height before the name does
        self._scroll = scroll

        self.check_in_button = no_focus(QPushButton(self.tr("Check in (Enter)")))
        self.check_in_button.setObjectName("checkInButton")
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.edit_button = no_focus(QPushButton(self.tr("Edit (F2)")))
        self.edit_button.clicked.connect(self.edit_requested)
        self.print_button = no_focus(QPushButton(objectName="printButton"))  # text: desk printing
        self.print_button.clicked.connect(self.print_requested)
        # The main action on a row of its own: side by side, three buttons were cut on
        # a laptop's half screen.
        buttons = QGridLayout()
        buttons.addWidget(self.check_in_button, 0, 0, 1, 2)
        buttons.addWidget(self.print_button, 1, 0)
        buttons.addWidget(self.edit_button, 1, 1)

        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.organisation)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.show_registration(None)

    def add_notice(self, notice: QWidget) -> None:
        """A word about this person (printing's) just above the buttons."""
        self._layout.insertWidget(self._layout.count() - 1, notice)

    def show_registration(self, reg: Registration | None) -> None:
        self._show(reg)
        self.shown.emit(reg)

    def _show(self, reg: Registration | None) -> None:
        self.registration = reg
        for row in range(self.details.rowCount()):
            self.details.setRowStretch(row, 0)
        self._rows = 0
        for w in (self.check_in_button, self.edit_button, self.print_button):
            w.setVisible(reg is not None)
        if reg is None:
            self.name.setText(self.tr("No one selected"))
            self.organisation.setText(self.tr("Type a name: the matching people appear in"
                                              " the list, ↑ ↓ choose, Enter checks in."))
            self.status.setText("")
            self._hide_unused()
            return
        self.name.setText(names.full(reg.first_name, reg.last_name) or reg.code)
        self.organisation.setText(" · ".join(p for p in (reg.organisation, reg.role) if p))
        self.status.setText(self._status(reg))
        state = "in" if reg.checked_in_at else "cancelled" if reg.cancelled else "out"
        if self.status.property("state") != state:  # a new sheet cost 0.4 ms a show
            restyle(self.status, "state", state)
        self.check_in_button.setEnabled(not reg.checked_in_at and not reg.cancelled)
        self._details(reg)

    def _status(self, reg: Registration) -> str:
        if reg.cancelled:
            return "⊘ " + self.tr("Registration cancelled")
        if reg.checked_in_at:
            return "✓ " + when_where(reg.checked_in_at, reg.checked_in_station)
        return self.tr("Not arrived yet")

    def _details(self, reg: Registration) -> None:
        lunch = lunch_codes(self.programme)
        workshops = [c for c in reg.sessions if c not in lunch]
        self._row(self.tr("Workshops"), "\n".join(self._session(c) for c in workshops)
                  or self.tr("none chosen"))
        if lunch:
            self._row(self.tr("Lunch"), self.tr("Yes") if set(reg.sessions) & lunch
                      else self.tr("No"))
        if reg.needs:
            self._row(self.tr("Special needs"), "⚠ " + reg.needs, "needs")
        self._row(self.tr("Category"), category_name(reg.category))
        if reg.source == "walkin":
            self._row(self.tr("Registered"), self.tr("on site (walk-in)"))
        self._row(self.tr("Badge code"), reg.code)
        for key in ("email", "phone", "org_type", "department"):
            value = getattr(reg, key)
            if value:
                self._row(field_label(key), value)
        for key, value in reg.extra.items():
            if value:
                self._row(key, value)
        self.details.setRowStretch(self._rows, 1)  # rows packed at the top
        self._hide_unused()

    def _hide_unused(self) -> None:
        # Detail rows are reused, not rebuilt: rebuilding cost ~4 ms a keystroke.
        for caption, field in self._pairs[self._rows:]:
            caption.hide()
            field.hide()
            _rename(field, "")

    def _session(self, code: str) -> str:
        session = self.programme.session(code) if self.programme else None
        return f"{code} — {session.title}" if session else code

    def _row(self, label: str, value: str, name: str = "") -> None:
        if self._rows == len(self._pairs):
            field = WrapLabel()
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(objectName="caption")
            caption.setWordWrap(True)
            self.details.addWidget(caption, self._rows, 0, Qt.AlignmentFlag.AlignTop)
            caption.ensurePolished()  # the style sheet's type size, larger on large screens
            em = caption.fontMetrics().averageCharWidth()  # widths that grow with the type
            caption.setMinimumWidth(max(150, CAPTION_CHARS[0] * em))
            caption.setMaximumWidth(max(230, CAPTION_CHARS[1] * em))
            self.details.addWidget(field, self._rows, 1, Qt.AlignmentFlag.AlignTop)
            self._pairs.append((caption, field))
        caption, field = self._pairs[self._rows]
        caption.setText(_two_lines(caption, label))
        caption.setToolTip(label if caption.text() != label else "")
        field.setText(value)
        _rename(field, name)
        for widget in (caption, field):
            if widget.isHidden():
                widget.show()
        self._rows += 1


def _two_lines(caption: QLabel, label: str) -> str:
    """`label` on at most two lines of `caption`, the rest cut with '…' (a form's question
    kept as a column, "J'accepte que mes données soient utilisées pour…", took six lines
    of the card); the whole question is its tooltip."""
    metrics = caption.fontMetrics()
    width = caption.minimumWidth()  # the least the grid gives it: two lines whatever it gives
    if metrics.horizontalAdvance(label) <= width:  # most captions: one line, no more work
        return label
    words = label.split()
    first = ""
    for n, word in enumerate(words):
        line = f"{first} {word}".strip()
        if first and metrics.horizontalAdvance(line) > width:
            rest = " ".join(words[n:])
            return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = line
    return label


def _rename(widget: QWidget, name: str) -> None:
    """Set the object name the style sheet selects on (#needs), restyling if it changed."""
    if widget.objectName() != name:
        widget.setObjectName(name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

