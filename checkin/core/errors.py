"""Errors that reach the user as one line: they name the file, row or field at fault.

The message is English, for the command line and logs. An error the desk or a room may
meet also carries a `problem` (a stable word from `Problem`) and the file it concerns,
so that the GUI can say it in the user's language.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Problem(StrEnum):
    NO_SUCH_FILE = "no_such_file"
    NOT_AN_EVENT = "not_an_event"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    EXISTS = "exists"
    UNREADABLE = "unreadable"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    GONE = "gone"
    BUSY = "busy"
    PURGED = "purged"
    NOT_RECORDED = "not_recorded"
    STATION_CONFLICT = "station_conflict"


class CheckinError(Exception):
    """A problem the user can act on; its message is shown as is."""

    def __init__(self, message: str, problem: Problem | None = None,
                 path: Path | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path


class EventFileError(CheckinError):
    """The event file cannot be opened, read or written."""


class ProgrammeError(CheckinError):
    """A programme file is malformed."""


class ImportFileError(CheckinError):
    """A registration file cannot be read as a registration list."""
