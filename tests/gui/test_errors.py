"""Trouble with the event file reaches the desk in the interface's language, at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_gui import burst, registration

from checkin.core.errors import EventFileError, Problem
from checkin.gui.desk.outcomes import DeskState
from checkin.gui.errors import describe

pytestmark = pytest.mark.gui


def test_known_problems_are_worded_in_french_with_the_file_name(qapp) -> None:
    from checkin.gui.app import install_translations
    install_translations(qapp, "fr")
    full = EventFileError("x: the disk is full", Problem.DISK_FULL, Path("/m/occ.checkin"))
    assert describe(full) == ("Le disque de « occ.checkin » est plein : ceci n'a PAS été "
                              "enregistré. Libérez de la place, puis réessayez.")
    assert describe(EventFileError("plain message")) == "plain message"


def test_every_problem_has_words(qapp) -> None:
    from checkin.gui.errors import _texts
    assert set(_texts()) == set(Problem)


def test_a_scan_after_the_file_vanished_says_so_in_french(window, qtbot, event_path) -> None:
    _, qr = registration(event_path, "NGY234")
    event_path.unlink()  # the USB key is pulled out
    burst(qr)
    qtbot.waitUntil(lambda: window.desk.outcome.state == DeskState.ERROR)
    detail = window.desk.outcome.detail.plain_text()
    assert "« desk.checkin » a disparu" in detail and "n'a PAS été enregistré" in detail
