"""The command line: the organiser's jobs without the desktop, a thin layer over core.

Exit status 0 on success; 2 with a one-line error naming the file, row or field.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from checkin import __version__
from checkin.commands import COMMAND_MODULES
from checkin.core.errors import CheckinError

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return _run_app(args)
        return handler(args)
    except CheckinError as exc:
        print(f"checkin: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checkin", description="Reception desk and workshop attendance, offline.")
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument("event", nargs="?", type=Path, help="event file to open in the app")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo event")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from checkin.gui.app import run
    return run(event_path=args.event, demo=args.demo, lang=args.lang)
