"""A small event of real registrations (one cancelled, one without an address) and real
SMTP servers started by the test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from smtp_servers import Recorder, SmtpServer
from ticket_helpers import small_export


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
