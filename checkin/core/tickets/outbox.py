"""The tickets written as .eml files, one per person: a mail client opens them, so the
organiser can look at one before anything is sent. Writing a file sends nothing and
journals nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkin.core import files
from checkin.core.errors import CheckinError, Problem
from checkin.core.programme import Programme
from checkin.core.tickets import message
from checkin.core.tickets.plan import Ticket
from checkin.core.tickets.templates import Template


def write_emls(tickets: tuple[Ticket, ...], programme: Programme, template: Template,
               sender: str, folder: Path,
               progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """One `<name>-<CODE>.eml` per ticket in `folder`; returns the paths written."""
    if not folder.is_dir():
        raise CheckinError(f"{folder}: no such folder", Problem.NO_SUCH_FOLDER, folder)
    paths = []
    for done, ticket in enumerate(tickets, 1):
        msg = message.build(ticket, programme, template, sender)
        path = folder / f"{message.file_stem(ticket)}.eml"
        files.write_through_temp(path, _writer(msg.as_bytes()))
        paths.append(path)
        if progress is not None:
            progress(done, len(tickets))
    return paths


def _writer(data: bytes) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
    return write
