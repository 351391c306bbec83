"""Fixtures shared by every test: real event files on disk, the shared data, a fixed clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from helpers import DATA, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def programme():
    from checkin.core.programme import load_programme
    return load_programme(DATA / "occitanie-2022.toml")


@pytest.fixture
def event(tmp_path: Path, programme, clock: FakeClock) -> Iterator[object]:
    """A new, empty Occitanie event file on disk."""
    from checkin.core.event import Event
    ev = Event.create(tmp_path / "occitanie.checkin", programme, station_name="Accueil 1",
                      now=clock)
    yield ev
    ev.close()


@pytest.fixture
def imported_event(event):
    """The Occitanie event with its real registration export imported."""
    from checkin.core.importing import plan_import
    plan = plan_import(DATA / "occitanie-2022-inscriptions.csv", event.programme,
                       event.registrations())
    event.append(plan.entries)
    return event
