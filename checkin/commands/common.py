"""What every command shares: opening the event file, printing text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from checkin.core import stations
from checkin.core.event import Event


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
