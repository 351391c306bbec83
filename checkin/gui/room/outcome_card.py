"""The room's outcome card: session outcomes; a full session offers to let them in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from checkin.core.programme import Programme
from checkin.core.rooms import AttendanceResult
from checkin.core.rooms import SessionOutcome as S
from checkin.gui.desk.outcomes import DeskState, other_event_text
from checkin.gui.room import looks
from checkin.gui.station_card import StationCard, person_line


class RoomOutcomeCard(StationCard):
    admit_requested = Signal()
    state_looks = looks.ROOM_LOOKS
    title_of = staticmethod(looks.title)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.admit_button = QPushButton(objectName="admitButton")
        self.admit_button.clicked.connect(self.admit_requested)
        self.add_button(self.admit_button)
        self.result: AttendanceResult | None = None
        self.show_ready()

    def retranslate(self) -> None:
        shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setText(self.tr("Undo (%1)").replace("%1", shortcut))
        self.admit_button.setText(self.tr("Let them in anyway"))

    def show_attendance(self, result: AttendanceResult, programme: Programme) -> None:
        self.result = result
        reg = result.registration
        person = person_line(reg) if reg else ""
        if reg is not None and reg.needs and looks.is_lunch(programme, result.session):
            person += "\n" + self.tr("Needs: %1").replace("%1", reg.needs)
        self._show(shown_state(result), person,
                   "\n".join(x for x in self._details(result, programme) if x),
                   undo=result.recorded)
        self.admit_button.setVisible(result.outcome is S.FULL and not result.recorded)
        self.show_about(reg.id if reg else None)

    def _details(self, result: AttendanceResult, programme: Programme) -> list[str]:
        outcome = result.outcome
        lines: list[str] = []
        session = programme.session(result.session)
        capacity = session.capacity if session else None
        if result.recorded:
            chosen = [s for c in result.chosen if (s := programme.session(c)) is not None]
            slot = programme.slot_of(result.session)
            lines += [looks.flag_text(f, chosen, capacity, slot)
                      for f in looks_order(result.flags)]
            if not result.flags:  # a warning line already says it was recorded
                lines.append(looks.advice(S.ATTENDED))
        elif outcome is S.ALREADY_ATTENDED:
            lines.append(self.tr("Recorded at %1: nothing recorded again.").replace(
                "%1", looks.at_text(result.first_attended_at)))
        elif outcome is S.FULL:
            lines.append(self.tr("All %1 places are taken: not recorded. You decide.")
                         .replace("%1", str(capacity or 0)))
        elif outcome is S.AMBIGUOUS:
            lines.append(looks.advice(outcome))
            lines += [f"• {person_line(c)}" for c in result.candidates[:6]]
        elif outcome is S.OTHER_EVENT:
            lines.append(other_event_text(result.other_event))
        else:
            lines.append(looks.advice(outcome))
        return lines

    def show_undone_attendance(self, person: str) -> None:
        self.result = None
        self._show(DeskState.UNDONE, person, looks.advice(DeskState.UNDONE))

    def _show(self, state: str, person: str, detail: str, undo: bool = False) -> None:
        super()._show(state, person, detail, undo)
        self.admit_button.hide()


def looks_order(flags: tuple[S, ...]) -> list[S]:
    """Warnings in the order the host should read them (the most important first)."""
    order = (S.FULL, S.OTHER_SESSION, S.NOT_CHECKED_IN, S.OUTSIDE_HOURS)
    return [f for f in order if f in flags]


def shown_state(result: AttendanceResult) -> S:
    """A person let in to a full session was recorded: show the next warning, if any."""
    if result.recorded and result.outcome is S.FULL:
        return next((f for f in looks_order(result.flags) if f is not S.FULL), S.ATTENDED)
    return result.outcome
