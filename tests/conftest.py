"""Fixtures shared by every test: real event files on disk, the shared data, a fixed clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from helpers import DATA, FakeClock

# CI installs and starts everything the tests need (CUPS, Xvfb, PostgreSQL, SMTP, tmpfs…):
# there, a test that skips is a missing install step, so it fails the run instead.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# A wait is for something that will happen: on a loaded 2-core machine it can take longer
# than pytest-qt's 5 s default, so the default is 20 s (a wait meant to time out says so).
PATIENCE_MS = 20000


def _patient_waits() -> None:
    from pytestqt.qtbot import QtBot
    wait_until = QtBot.waitUntil

    def patient(self, callback, *, timeout: int = PATIENCE_MS):  # type: ignore[no-untyped-def]
        return wait_until(self, callback, timeout=timeout)
    QtBot.waitUntil = patient  # type: ignore[method-assign]


_patient_waits()

# Hypothesis in CI: the same examples every run (no flaky red), the failing one printed.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.load_profile("ci" if IN_CI else "default")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where it must run: {reason}"


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
