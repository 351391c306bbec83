"""Errors that reach the user as one line: they name the file, row or field at fault."""


class CheckinError(Exception):
    """A problem the user can act on; its message is shown as is."""


class EventFileError(CheckinError):
    """The event file cannot be opened, read or written."""


class ProgrammeError(CheckinError):
    """A programme file is malformed."""


class ImportFileError(CheckinError):
    """A registration file cannot be read as a registration list."""
