"""Command-line commands, one module per area; each has `register(subparsers)`."""

from checkin.commands import badges, event, reports, sync, tickets

COMMAND_MODULES = [event, reports, sync, badges, tickets]
