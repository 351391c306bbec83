"""Command-line commands, one module per area; each has `register(subparsers)`.

A command imports only its own module (`checkin import` loads nothing of badges, reports,
the hub or tickets): COMMANDS names the module of each command, and a test holds it to
what the modules register.
"""

from __future__ import annotations

from types import ModuleType

MODULES = ("event", "reports", "sync", "hub", "tour", "badges", "tickets")  # help's order
COMMANDS = {
    "new": "event", "import": "event", "list": "event", "scan": "event", "stats": "event",
    "export": "reports", "sheets": "reports", "certificates": "reports",
    "purge": "reports", "programme": "reports",
    "clone": "sync", "sync": "sync", "stations": "sync",
    "hub": "hub", "report": "tour", "badges": "badges", "tickets": "tickets",
}


def command_modules(command: str | None = None) -> list[ModuleType]:
    """The module of `command`, or every module (for the help) when it names none."""
    names = (COMMANDS[command],) if command in COMMANDS else MODULES
    return [_LOADERS[name]() for name in names]


# Written-out imports, not import_module(name): a freezing tool sees them.

def _event() -> ModuleType:
    from checkin.commands import event
    return event


def _reports() -> ModuleType:
    from checkin.commands import reports
    return reports


def _sync() -> ModuleType:
    from checkin.commands import sync
    return sync


def _hub() -> ModuleType:
    from checkin.commands import hub
    return hub


def _tour() -> ModuleType:
    from checkin.commands import tour
    return tour


def _badges() -> ModuleType:
    from checkin.commands import badges
    return badges


def _tickets() -> ModuleType:
    from checkin.commands import tickets
    return tickets


_LOADERS = {"event": _event, "reports": _reports, "sync": _sync, "hub": _hub,
            "tour": _tour, "badges": _badges, "tickets": _tickets}
