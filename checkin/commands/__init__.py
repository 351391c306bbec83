"""Command-line commands, one module per area; each has `register(subparsers)`."""

from checkin.commands import badges, event, hub, reports, sync, tickets, tour

COMMAND_MODULES = [event, reports, sync, hub, tour, badges, tickets]
