"""The command line: the organiser's jobs without the desktop, a thin layer over core.

Exit status 0 on success; 2 with a one-line error naming the file, row or field; 141
(as a program ended by SIGPIPE) when the reader of the output stops reading
(`checkin list EV --json | head`), quietly.
"""

from __future__ import annotations

import argparse
import atexit
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from checkin import __version__
from checkin.commands import COMMANDS, command_modules, common
from checkin.core.errors import CheckinError

Handler = Callable[[argparse.Namespace], int]


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in and args_in[0] in COMMANDS:  # only that command's module is imported
        args = _command_parser(args_in[0])[0].parse_args(args_in)
    else:  # the app: the commands' modules are read only for the help that lists them
        listed = _command_parser()[1] if _asks_help(args_in) else {}
        args = _app_parser(listed).parse_args(args_in)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        status = handler(args) if handler else _run_app(args)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return status
    except BrokenPipeError:
        return _reader_gone()
    except CheckinError as exc:
        print(f"checkin: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def run() -> NoReturn:
    """The `checkin` program (its console script, `python -m checkin`): `main`, then the
    process's end, without tearing down what a command held for it (an import's plan)."""
    common.hold_for_exit()
    status = main()
    if common.holding() and _nothing_left_to_do():
        # Safe to leave at once: the command has returned, so its event file is closed
        # (committed with synchronous=FULL, its rollback journal gone), and so are its
        # backup and the file it read; the only thread is this one (batch_writer joins
        # its worker) and no atexit handler waits; stdout and stderr are flushed below.
        # What is skipped is freeing memory that the system takes back anyway.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    raise SystemExit(status)


def _nothing_left_to_do() -> bool:
    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython's; elsewhere: exit normally
    return callbacks is not None and callbacks() == 0 and threading.active_count() == 1


BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell shows for `yes | head`


def _reader_gone() -> int:
    """The output's reader has gone: point stdout at /dev/null so that Python's own flush
    at exit does not raise again and print a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return BROKEN_PIPE


def _command_parser(command: str | None = None
                    ) -> tuple[argparse.ArgumentParser, dict[str, str]]:
    """The parser of `checkin COMMAND ...`, and each command's one-line help: of every
    command, or only of those of `command`'s module."""
    parser = argparse.ArgumentParser(prog="checkin")
    sub = _Commands(parser.add_subparsers(title="commands", metavar="COMMAND", required=True))
    for module in command_modules(command):
        module.register(sub)
    return parser, sub.helps


class _Commands:
    """The subparsers action as the command modules see it, noting each command's help
    (argparse keeps it only in a private attribute)."""

    def __init__(self, action: Any) -> None:
        self.action = action
        self.helps: dict[str, str] = {}

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        self.helps[name] = kwargs.get("help") or ""
        parser: argparse.ArgumentParser = self.action.add_parser(name, **kwargs)
        return parser


def _asks_help(args: list[str]) -> bool:
    """`checkin --help` (or -h, or an abbreviation argparse accepts): the only use of the
    commands' list when no command is named; the app starts without loading them."""
    return any(a == "-h" or (len(a) > 2 and "--help".startswith(a)) for a in args)


def _app_parser(commands: dict[str, str]) -> argparse.ArgumentParser:
    listing = "\n".join(f"  {name:<13} {text}" for name, text in commands.items())
    parser = argparse.ArgumentParser(
        prog="checkin", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Reception desk and workshop attendance, offline.",
        epilog=f"commands (checkin COMMAND --help for each):\n{listing}")
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument("event", nargs="?", type=Path, help="event file to open in the app")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo event")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language")
    return parser


def _run_app(args: argparse.Namespace) -> int:
    from checkin.gui.app import run
    return run(event_path=args.event, demo=args.demo, lang=args.lang)
