"""Errors from core, said in the interface's language.

Core's messages are English (the command line, logs); the problems a desk or a room may
meet carry a `Problem` and the file, so they are worded here with `tr`. Anything else
falls back to core's own one-line message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import CheckinError, Problem


def _texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.NO_SUCH_FILE: tr.translate("Errors", "“%1” does not exist (any more)."),
        Problem.NOT_AN_EVENT: tr.translate("Errors", "“%1” is not a checkin event file."),
        Problem.DAMAGED: tr.translate(
            "Errors", "“%1” is damaged: open one of its backups (the folder beside it"
            " ending in .backups)."),
        Problem.NEWER_VERSION: tr.translate(
            "Errors", "“%1” was made by a newer version of checkin: update checkin on"
            " this laptop."),
        Problem.EXISTS: tr.translate("Errors", "“%1” already exists: choose another name."),
        Problem.UNREADABLE: tr.translate(
            "Errors", "“%1” cannot be read (check the disk and the file's permissions)."),
        Problem.DISK_FULL: tr.translate(
            "Errors", "The disk of “%1” is full: this was NOT recorded. Free some space,"
            " then try again."),
        Problem.READ_ONLY: tr.translate(
            "Errors", "“%1” has become read-only: this was NOT recorded. Check the disk or"
            " USB key."),
        Problem.GONE: tr.translate(
            "Errors", "“%1” has gone (deleted, moved, or its USB key removed): this was NOT"
            " recorded. Put it back, or save a copy."),
        Problem.BUSY: tr.translate(
            "Errors", "“%1” is held by another program: this was NOT recorded. Try again."),
        Problem.PURGED: tr.translate(
            "Errors", "The personal data of “%1” were purged: it records nothing more."),
        Problem.NOT_RECORDED: tr.translate(
            "Errors", "“%1” could not be written: this was NOT recorded."),
        Problem.STATION_CONFLICT: tr.translate(
            "Errors", "“%1” comes from another laptop: name a new station for this one"
            " before recording."),
    }


def describe(exc: BaseException) -> str:
    """One line for the user, in the interface's language where we know the problem."""
    if isinstance(exc, CheckinError) and exc.problem is not None:
        text = _texts().get(exc.problem)
        if text is not None:
            name = exc.path.name if exc.path is not None else ""
            return text.replace("%1", name)
    return str(exc)
