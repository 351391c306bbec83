"""What every command shares: opening the event file, printing text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from checkin.core import stations
from checkin.core.event import Event

# What a command leaves for the process's end rather than freeing it as it returns (an
# import's plan and entries: a million small objects, 0.2 s of CPU to free): only when the
# `checkin` program runs it (cli.run), which then leaves without tearing them down.
_held: list[object] | None = None


def hold_for_exit() -> None:
    """From now on, `held_until_exit` keeps what it is given (cli.run only)."""
    global _held
    _held = []


def held_until_exit(*objects: object) -> None:
    """Keep `objects` until the process ends; nothing when run in-process (tests)."""
    if _held is not None:
        _held.extend(objects)


def holding() -> bool:
    return bool(_held)


def open_event(path: Path) -> Event:
    """Open an event file to read it or merge into it."""
    return Event.open(path)


def open_for_recording(path: Path, station: str | None) -> Event:
    """Open an event file to record on it (see `claim_station`)."""
    event = Event.open(path)
    try:
        claim_station(event, station)
    except BaseException:
        event.close()
        raise
    return event


def claim_station(event: Event, station: str | None) -> None:
    """Before recording: a file copied by hand from another laptop becomes a new station
    named `station`; without a name, the error says to give one."""
    if not event.identity.conflict:
        return
    if not station:
        raise stations.StationConflictError(f"{event.identity.conflict} (--station NAME)")
    stations.adopt_new_station(event, station)


def counted(n: int, word: str, words: str = "") -> str:
    """ "1 e-mail", "2 e-mails", "0 e-mails" (English, as the command line speaks)."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print `data` as JSON with --json, else the human `text`."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)
