"""What every command shares: opening the event file, printing text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from checkin.core.event import Event


def open_event(path: Path) -> Event:
    return Event.open(path)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print `data` as JSON with --json, else the human `text`."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)
