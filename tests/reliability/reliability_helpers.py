"""Helpers of the reliability tests: crowded event files, desk processes to kill."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from helpers import ROOT

from checkin.core import codes
from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.model import FIELDS
from checkin.core.programme import Programme

DESK = Path(__file__).with_name("desk_process.py")


def add_registrations(event: Event, count: int, tag: str = "") -> None:
    """`count` registrations in one transaction (fast: one append, one refold)."""
    taken = event.codes_in_use()
    new = []
    for i in range(count):
        code = codes.new_code(taken)
        taken.add(code)
        fields = dict.fromkeys(FIELDS, "") | {
            "last_name": f"Nom{tag}{i}", "first_name": "Prénom", "category": "participant"}
        new.append(j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
            "code": code, "source": "import", "fields": fields, "extra": {},
            "sessions": [], "submitted_at": ""}))
    event.append(new)


def crowd_file(path: Path, programme: Programme, count: int) -> Path:
    """A closed event file holding `count` registrations, nobody checked in."""
    with Event.create(path, programme, station_name="Accueil 1") as event:
        add_registrations(event, count)
    return path


def integrity(path: Path) -> str:
    """PRAGMA integrity_check, as any SQLite tool would run it."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def child_env() -> dict[str, str]:
    """The environment of a test's child process: it imports checkin and the helpers."""
    return os.environ | {"PYTHONPATH": os.pathsep.join(
        [str(ROOT), str(ROOT / "tests"), str(Path(__file__).parent)])}


def desk(*args: str) -> subprocess.Popen[str]:
    """A desk process (see desk_process.py) whose stdout reports what it acknowledged."""
    return subprocess.Popen([sys.executable, str(DESK), *args], cwd=ROOT, env=child_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

