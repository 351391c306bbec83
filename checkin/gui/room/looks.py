"""How each session outcome looks and sounds: colour + icon + words + sound.

The colours and icons are the desk's (checkin.gui.desk.outcomes); outcomes that exist only
in a room get their own icon, sound and title. Reception outcomes a
room scan can give (unknown badge, cancelled...) keep the desk's look and words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.programme import Programme, Session, Slot
from checkin.core.rooms import SessionOutcome as S
from checkin.gui import times
from checkin.gui.desk import outcomes
from checkin.gui.desk.outcomes import AMBER, BLUE, GREEN, LOOKS, RED, Look

translate = QCoreApplication.translate

ROOM_LOOKS: dict[str, Look] = {
    **LOOKS,
    S.ATTENDED: Look(GREEN, "checked_in", "checked_in"),
    S.ALREADY_ATTENDED: Look(AMBER, "already_checked_in", "already_checked_in"),
    S.OTHER_SESSION: Look(BLUE, "room_other_session", "other_session"),
    S.FULL: Look(RED, "room_full", "full"),
    S.NOT_CHECKED_IN: Look(GREEN, "room_not_checked_in", "not_checked_in"),
    S.OUTSIDE_HOURS: Look(AMBER, "room_outside_hours", "outside_hours"),
}


def title(state: str) -> str:
    titles: dict[str, str] = {
        S.ATTENDED: translate("RoomOutcome", "Present"),
        S.ALREADY_ATTENDED: translate("RoomOutcome", "Already recorded"),
        S.OTHER_SESSION: translate("RoomOutcome", "Change of workshop"),
        S.FULL: translate("RoomOutcome", "Session full"),
        S.NOT_CHECKED_IN: translate("RoomOutcome", "Present — checked in too"),
        S.OUTSIDE_HOURS: translate("RoomOutcome", "Present — outside the hours"),
        outcomes.DeskState.UNDONE: translate("RoomOutcome", "Attendance undone"),
    }
    return titles.get(state) or outcomes.title(state)


def advice(state: str) -> str:
    texts: dict[str, str] = {
        S.ATTENDED: translate("RoomOutcome", "Recorded."),
        S.ALREADY_ATTENDED: translate("RoomOutcome", "Nothing recorded again."),
        S.FULL: translate("RoomOutcome", "Not recorded: every place is taken. You decide."),
        outcomes.DeskState.UNDONE: translate(
            "RoomOutcome", "The person is no longer counted in this session."),
        outcomes.DeskState.READY: translate("RoomOutcome",
                                            "Scan a badge, type a name or tick the list."),
    }
    return texts.get(state) or outcomes.advice(state)


def flag_text(flag: S, chosen: list[Session], capacity: int | None, slot: Slot | None) -> str:
    """One line per warning that applied to a recording."""
    if flag is S.OTHER_SESSION:
        names = ", ".join(f"{s.code} — {s.title}" for s in chosen) or "?"
        return translate("RoomOutcome", "Had chosen %1. Recorded here, flagged as a change"
                         " of workshop.").replace("%1", names)
    if flag is S.NOT_CHECKED_IN:
        return translate("RoomOutcome", "Was not checked in at reception: checked in now"
                         " as well.")
    if flag is S.FULL:
        return translate("RoomOutcome", "Let in although the session is full (%1 places).")\
            .replace("%1", str(capacity or 0))
    if flag is S.OUTSIDE_HOURS and slot is not None:
        return translate("RoomOutcome", "Recorded, but this session runs %1: check that it"
                         " is the right one.").replace("%1", hours(slot))
    return ""


def hours(slot: Slot) -> str:
    """ "14h00–15h00" in French, "14:00–15:00" in English."""
    return times.span_text(slot.start, slot.end)


clock_text = at_text = times.time_text  # a slot's "14:00", a record's ISO time


def session_label(programme: Programme, session: Session) -> str:
    """What the session picker lists: "14h00 · A — Innover… · Salle Mosson 1"."""
    slot = programme.slot_of(session.code)
    start = clock_text(slot.start) if slot else ""
    room = f" · {session.room}" if session.room else ""
    return f"{start} · {session.code} — {session.title}{room}"


def is_lunch(programme: Programme, code: str) -> bool:
    """A session alone in its slot (the lunch): nobody chose something else instead."""
    slot = programme.slot_of(code)
    return slot is not None and len(slot.sessions) == 1


def short_session_label(programme: Programme, session: Session) -> str:
    """What the closed session picker shows: "14h00 · C · Salle Mosson 3"."""
    slot = programme.slot_of(session.code)
    parts = [clock_text(slot.start)] if slot else []
    parts.append(session.code)
    parts += [session.room] if session.room else []
    return " · ".join(parts)
