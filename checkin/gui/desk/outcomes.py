"""How each outcome looks and sounds: colour + icon + words + sound, never colour alone.

Colours are dark enough for white text (contrast >= 4.5:1) and each outcome also has its
own icon shape and its own sound, for colour-blind staff and for staff looking away.
"""

from __future__ import annotations

from collections.abc import Callable
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


# Each text is translated when asked for, not every text of the table at each call: a
# scan's card asked for 20 translations to show 2 (5-11 us a call, 1 us now).
_TITLES: dict[str, Callable[[], str]] = {
    Outcome.CHECKED_IN: lambda: translate("Outcome", "Checked in"),
    Outcome.ALREADY_CHECKED_IN: lambda: translate("Outcome", "Already checked in"),
    Outcome.AMBIGUOUS: lambda: translate("Outcome", "Several people match"),
    Outcome.UNKNOWN: lambda: translate("Outcome", "Unknown badge"),
    Outcome.OTHER_EVENT: lambda: translate("Outcome", "Badge of another event"),
    Outcome.INVALID_SIGNATURE: lambda: translate("Outcome", "Badge not valid"),
    Outcome.CANCELLED: lambda: translate("Outcome", "Registration cancelled"),
    DeskState.UNDONE: lambda: translate("Outcome", "Check-in undone"),
    DeskState.ERROR: lambda: translate("Outcome", "Not recorded"),
    DeskState.READY: lambda: translate("Outcome", "Ready"),
}
_ADVICE: dict[str, Callable[[], str]] = {
    Outcome.CHECKED_IN: lambda: translate("Outcome", "Hand over the badge."),
    Outcome.ALREADY_CHECKED_IN: lambda: translate(
        "Outcome", "Nothing recorded. Check it is the same person."),
    Outcome.AMBIGUOUS: lambda: translate(
        "Outcome", "Pick the right person in the list (↑ ↓ then Enter)."),
    Outcome.UNKNOWN: lambda: translate(
        "Outcome", "This code is not in this event: search by name."),
    Outcome.INVALID_SIGNATURE: lambda: translate(
        "Outcome", "Not made for this event: search by name, check the identity."),
    Outcome.CANCELLED: lambda: translate(
        "Outcome", "This registration was cancelled: see an organiser."),
    DeskState.UNDONE: lambda: translate(
        "Outcome", "The person is no longer counted as arrived."),
    DeskState.ERROR: lambda: translate(
        "Outcome", "Nothing was recorded. Try again or call an organiser."),
    DeskState.READY: lambda: translate("Outcome", "Type a name or scan a badge."),
}


def title(state: str) -> str:
    return _TITLES[state]()


def advice(state: str) -> str:
    """The sentence that tells the person at the desk what to do next."""
    text = _ADVICE.get(state)
    return text() if text is not None else ""


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


