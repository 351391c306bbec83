"""Command-line commands, one module per area; each has `register(subparsers)`."""

from checkin.commands import badges, event

COMMAND_MODULES = [event, badges]
