"""The words of the problems met changing the event itself: its stations, its programme,
its rooms, the purge, a walk-in at the desk (see errors.py for %1, %2...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import Problem

ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.STATION_NAME_TAKEN: ("name",),
    Problem.ALREADY_PURGED: ("date",),
    Problem.NO_SESSION: ("code", "codes"),
    Problem.NO_SLOT: ("name", "names"),
    Problem.SLOT_NAME_TAKEN: ("name",),
    Problem.SHORT_NAME_FIXED: ("short",),
}
# sentences that name no file: %1 is left out
WITHOUT_FILE = {Problem.STATION_NAME_TAKEN, Problem.STATION_NO_NAME, Problem.NO_SESSION,
                Problem.NO_SLOT, Problem.SLOT_NAME_TAKEN, Problem.SHORT_NAME_FIXED,
                Problem.WALK_IN_NO_NAME}


def texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.STATION_NAME_TAKEN: tr.translate(
            "Errors", "A station is already named “%2”: choose another name."),
        Problem.STATION_NO_NAME: tr.translate("Errors", "A station needs a name."),
        Problem.ALREADY_PURGED: tr.translate("Errors", "“%1” was already purged, on %2."),
        Problem.NO_SESSION: tr.translate(
            "Errors", "The programme has no session %2 (its sessions: %3)."),
        Problem.NO_SLOT: tr.translate(
            "Errors", "The programme has no slot “%2” (its slots: %3)."),
        Problem.SLOT_NAME_TAKEN: tr.translate(
            "Errors", "The programme already has a slot “%2”: give this one another name."),
        Problem.SHORT_NAME_FIXED: tr.translate(
            "Errors", "The short name %2 is in every badge's QR code: it cannot change."),
        Problem.WALK_IN_NO_NAME: tr.translate(
            "Errors", "A walk-in needs a last name or a first name."),
        Problem.NO_PROGRAMME: tr.translate(
            "Errors", "“%1” holds no programme: it is incomplete. Open one of its backups"
            " (the folder beside it ending in .backups), or create the event again."),
    }
