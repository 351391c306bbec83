"""How each outcome looks and sounds: colour + icon + words + sound, never colour alone.

Colours are dark enough for white text (contrast >= 4.5:1) and each outcome also has its
own icon shape and its own sound, for colour-blind staff and for staff looking away.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from checkin.core.reception import Outcome
from checkin.gui import times


class DeskState(StrEnum):
    """What the outcome card can show beyond core's outcomes."""

    READY = "ready"
    UNDONE = "undone"
    ERROR = "error"


@dataclass(frozen=True)
class Look:
    colour: str
    icon: str  # resources/icons/<icon>.svg
    sound: str | None  # resources/sounds/<sound>.wav


GREEN, AMBER, RED, BLUE, GREY, SLATE = ("#1e7b34", "#8a5a00", "#b3261e", "#1f5fa8",
                                        "#505050", "#33415c")

LOOKS: dict[str, Look] = {
    Outcome.CHECKED_IN: Look(GREEN, "checked_in", "checked_in"),
    Outcome.ALREADY_CHECKED_IN: Look(AMBER, "already_checked_in", "already_checked_in"),
    Outcome.AMBIGUOUS: Look(BLUE, "ambiguous", "ambiguous"),
    Outcome.UNKNOWN: Look(RED, "unknown", "unknown"),
    Outcome.OTHER_EVENT: Look(RED, "other_event", "other_event"),
    Outcome.INVALID_SIGNATURE: Look(RED, "invalid_signature", "invalid_signature"),
    Outcome.CANCELLED: Look(RED, "cancelled", "cancelled"),
    DeskState.UNDONE: Look(GREY, "undone", "undone"),
    DeskState.ERROR: Look(RED, "error", "error"),
    DeskState.READY: Look(SLATE, "ready", None),
}


translate = QCoreApplication.translate


def title(state: str) -> str:
    titles: dict[str, str] = {
        Outcome.CHECKED_IN: translate("Outcome", "Checked in"),
        Outcome.ALREADY_CHECKED_IN: translate("Outcome", "Already checked in"),
        Outcome.AMBIGUOUS: translate("Outcome", "Several people match"),
        Outcome.UNKNOWN: translate("Outcome", "Unknown badge"),
        Outcome.OTHER_EVENT: translate("Outcome", "Badge of another event"),
        Outcome.INVALID_SIGNATURE: translate("Outcome", "Badge not valid"),
        Outcome.CANCELLED: translate("Outcome", "Registration cancelled"),
        DeskState.UNDONE: translate("Outcome", "Check-in undone"),
        DeskState.ERROR: translate("Outcome", "Not recorded"),
        DeskState.READY: translate("Outcome", "Ready"),
    }
    return titles[state]


def advice(state: str) -> str:
    """The sentence that tells the person at the desk what to do next."""
    texts: dict[str, str] = {
        Outcome.CHECKED_IN: translate("Outcome", "Hand over the badge."),
        Outcome.ALREADY_CHECKED_IN: translate(
            "Outcome", "Nothing recorded. Check it is the same person."),
        Outcome.AMBIGUOUS: translate(
            "Outcome", "Pick the right person in the list (↑ ↓ then Enter)."),
        Outcome.UNKNOWN: translate("Outcome", "This code is not in this event: search by name."),
        Outcome.INVALID_SIGNATURE: translate(
            "Outcome", "Not made for this event: search by name, check the identity."),
        Outcome.CANCELLED: translate(
            "Outcome", "This registration was cancelled: see an organiser."),
        DeskState.UNDONE: translate("Outcome", "The person is no longer counted as arrived."),
        DeskState.ERROR: translate(
            "Outcome", "Nothing was recorded. Try again or call an organiser."),
        DeskState.READY: translate("Outcome", "Type a name or scan a badge."),
    }
    return texts.get(state, "")


def other_event_text(short: str) -> str:
    text = translate("Outcome", "This badge is for the event “%1”: search by name.")
    return text.replace("%1", short)


def when_where(at: str | None, station: str | None) -> str:
    """ "at 9h42, at the station Accueil 2" from a check-in's ISO time and station."""
    if not at:
        return ""
    time_text = times.time_text(at)
    if station:
        text = translate("Outcome", "Checked in at %1 at the station “%2”.")
        return text.replace("%1", time_text).replace("%2", station)
    return translate("Outcome", "Checked in at %1.").replace("%1", time_text)


