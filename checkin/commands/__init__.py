"""Command-line commands, one module per area; each has `register(subparsers)`."""

from checkin.commands import event

COMMAND_MODULES = [event]
