"""Times of day written one way everywhere in the interface: "9h41" in French, as QLocale
writes them in English (the desk, lists, room, kiosk, stations and dashboard use
`checkin.gui.times`; their own tests check the texts they show)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from checkin.gui import times

pytestmark = pytest.mark.gui
GUI = Path(__file__).resolve().parents[2] / "checkin" / "gui"


def test_french_writes_9h41(french) -> None:  # type: ignore[no-untyped-def]
    assert times.time_text("2022-12-08T09:41:12+01:00") == "9h41"
    assert times.time_text("14:00") == "14h00"
    assert times.time_text(dt.time(13, 58, 30)) == "13h58"
    assert times.span_text("14:00", "15:15") == "14h00–15h15"
    assert times.day_and_time(dt.datetime(2022, 12, 8, 9, 42)) == "08/12 9h42"
    assert times.date_and_time(dt.datetime(2022, 10, 3, 15, 52, 41)) == "03/10/2022 15h52"


def test_british_english_writes_09_41(qapp) -> None:  # type: ignore[no-untyped-def]
    assert times.time_text("2022-12-08T09:41:12") == "09:41"
    assert times.span_text("14:00", "15:15") == "14:00–15:15"


@pytest.fixture
def american() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_american_english_writes_1_58_pm(qapp, american) -> None:  # type: ignore[no-untyped-def]
    assert times.time_text(dt.time(13, 58)).replace("\u202f", " ") == "1:58 PM"


def test_what_is_no_time_is_shown_as_it_is(qapp) -> None:  # type: ignore[no-untyped-def]
    assert times.time_text("la veille") == "la veille"
    assert times.time_text(None) == "" and times.day_and_time(None) == ""


def test_no_screen_writes_a_time_by_hand() -> None:
    """Formats of their own ("%H:%M", "[11:16]", ":" made "h") would bring back the mix of
    "09:41" and "13h58" that the interface had."""
    by_hand = re.compile(r'%H:%M|\[11:16\]|replace\(":", "h"\)')
    found = [f"{path.relative_to(GUI)}:{n}" for path in GUI.rglob("*.py")
             for n, line in enumerate(path.read_text().splitlines(), 1)
             if by_hand.search(line)]
    assert found == []


def test_a_slot_names_its_hours_once(french) -> None:  # type: ignore[no-untyped-def]
    assert times.slot_text("Déjeuner", "12:30", "13:30") == "Déjeuner (12h30–13h30)"
    assert times.slot_text("Ateliers 14h00-15h00", "14:00", "15:00") == "Ateliers 14h00-15h00"
    assert times.slot_text("Workshops 14:00", "14:00", "15:00") == "Workshops 14:00"
    assert times.slot_text("Atelier 2", "14:00", "15:00") == "Atelier 2 (14h00–15h00)"
    assert times.slot_text("", "14:00", "15:00") == "14h00–15h00"
