"""Command-line commands, one module per area; each has `register(subparsers)`."""

from checkin.commands import badges, event, hub, reports, sync

COMMAND_MODULES = [event, reports, sync, hub, badges]
