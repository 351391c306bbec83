"""A small event of real registrations (one cancelled, one without an address) and real
SMTP servers started by the test."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA
from smtp_servers import Recorder, SmtpServer

from checkin import cli

PEOPLE = 14  # rows taken from the Occitanie export (a resubmission among them)


def small_export(out: Path, rows: int = PEOPLE, changes: dict[int, dict[str, str]] | None = None,
                 ) -> Path:
    """The first `rows` rows of the Occitanie export, `changes` applied (row -> column)."""
    with (DATA / "occitanie-2022-inscriptions.csv").open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        taken = [row for _, row in zip(range(rows), reader, strict=False)]
    for n, change in (changes or {}).items():
        taken[n].update(change)
    assert fields is not None
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(taken)
    return out


@pytest.fixture
def day(tmp_path: Path, programme, clock):
    """The small event, open; its third person cancelled, its fifth without an e-mail."""
    from checkin.core.event import Event
    from checkin.core.importing import plan_import
    from checkin.core.reception import set_cancelled
    export = small_export(tmp_path / "inscriptions.csv",
                          changes={4: {"Adresse e-mail": ""}})
    event = Event.create(tmp_path / "day.checkin", programme, station_name="Organisation",
                         now=clock)
    event.append(plan_import(export, event.programme, event.registrations()).entries)
    regs = event.registrations()
    set_cancelled(event, regs[2], True)
    yield event
    event.close()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(Recorder())
    yield server
    server.stop()


def run(capsys, *args: object) -> tuple[int, str, str]:
    """`checkin ARGS` in this process: (exit status, stdout, stderr)."""
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, *args: object) -> tuple[int, dict]:
    status, out, err = run(capsys, *args, "--json")
    assert out, err
    return status, json.loads(out)
