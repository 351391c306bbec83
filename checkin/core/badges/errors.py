"""Errors of the badge layer; each reaches the user as one line."""

from checkin.core.errors import CheckinError


class BadgeLayoutError(CheckinError):
    """A layout file is malformed, or no layout has the name asked for."""


class BadgeSelectionError(CheckinError):
    """The badges asked for cannot be chosen (an unknown code, nothing to print)."""
