"""The words of the problems met with the hub, the PostgreSQL server that stations sync
through (see errors.py for %1, %2...). No sentence names a file: %2 is the hub's address
(role@host:port/database) in most; `reason` is the server's or libpq's own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import Problem

ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.HUB_BAD_ADDRESS: ("address", "reason"),
    Problem.HUB_UNREACHABLE: ("hub", "reason"),
    Problem.HUB_LOGIN_REFUSED: ("hub", "user"),
    Problem.HUB_NOT_PREPARED: ("hub",),
    Problem.HUB_NEWER: ("hub",),
    Problem.HUB_OLDER: ("hub",),
    Problem.HUB_NO_EVENT: ("hub",),
    Problem.HUB_EVENT_PURGED: ("hub", "date"),
    Problem.HUB_REFUSED: ("hub", "reason"),
    Problem.HUB_FAILED: ("hub", "reason"),
    Problem.HUB_CANNOT_PREPARE: ("hub", "reason"),
    Problem.HUB_CANNOT_ADD_EVENT: ("hub", "reason"),
    Problem.HUB_NO_PROGRAMME: ("hub", "event"),
}
WITHOUT_FILE = set(ARGS)


def texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.HUB_BAD_ADDRESS: tr.translate(
            "Errors", "“%2” is not a PostgreSQL address (%3): write it as"
            " postgresql://role@host:5432/database."),
        Problem.HUB_UNREACHABLE: tr.translate(
            "Errors", "The hub %2 cannot be reached (%3): check the address and the"
            " network. The desk goes on; syncing resumes once it answers."),
        Problem.HUB_LOGIN_REFUSED: tr.translate(
            "Errors", "The hub %2 refused the role “%3”: check its password (given by"
            " “checkin hub add”)."),
        Problem.HUB_NOT_PREPARED: tr.translate(
            "Errors", "The hub %2 is not prepared: its owner runs “checkin hub init”"
            " first."),
        Problem.HUB_NEWER: tr.translate(
            "Errors", "The hub %2 was prepared by a newer version of checkin: update"
            " checkin on this laptop."),
        Problem.HUB_OLDER: tr.translate(
            "Errors", "The hub %2 was prepared by an older version of checkin: its owner"
            " runs “checkin hub init” with this one to update it."),
        Problem.HUB_NO_EVENT: tr.translate(
            "Errors", "This event is not on the hub %2, or this role is not the event's:"
            " its owner adds it with “checkin hub add”."),
        Problem.HUB_EVENT_PURGED: tr.translate(
            "Errors", "This event was purged from the hub %2 on %3: nothing more is synced"
            " through it."),
        Problem.HUB_REFUSED: tr.translate(
            "Errors", "The hub %2 refused the sync (%3): was the event purged from it?"),
        Problem.HUB_FAILED: tr.translate(
            "Errors", "The hub %2 failed (%3): syncing tries again shortly."),
        Problem.HUB_CANNOT_PREPARE: tr.translate(
            "Errors", "This role may not prepare the hub %2 (%3): use the owner's role,"
            " allowed to create roles."),
        Problem.HUB_CANNOT_ADD_EVENT: tr.translate(
            "Errors", "This role may not add an event to the hub %2 (%3): use the owner's"
            " role, allowed to create roles."),
        Problem.HUB_NO_PROGRAMME: tr.translate(
            "Errors", "The event %3 has no programme on the hub %2 (purged, or never"
            " synced)."),
    }
