"""A first shared-folder sync that brings thousands of entries (a station joining late)
shows a determinate bar in the main window's status bar, in words and figures and without
Stop, to its end; the usual small syncs every few seconds show nothing (issue 20).

On the real main window, with a real shared folder holding another station's file
written after thousands of generated registrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import generated_registrations, record_progress
from helpers_gui import open_window

from checkin.core import stations
from checkin.core.event import Event
from checkin.core.progress import LONG_SYNC, Stage
from checkin.core.sync import FolderSync

pytestmark = pytest.mark.gui

ROWS = 3000


def journal_ids(path: Path) -> set[str]:
    with Event.open(path) as event:
        return {r[0] for r in event.conn.execute("SELECT id FROM journal")}


def test_a_first_folder_sync_of_thousands_shows_its_progress_to_the_end(
        qtbot, settings, event_path, clock, tmp_path):
    other = tmp_path / "salle-a.checkin"  # a station that worked apart all morning
    with Event.open(event_path, now=clock) as event:
        stations.clone(event, other, "Salle A")
        event_id = event.event_id
    folder = tmp_path / "partage"
    folder.mkdir()
    with Event.open(other, now=clock) as station:
        station.append(generated_registrations(ROWS))
        FolderSync(station, folder).run_once()  # its file in the shared folder
    brought = journal_ids(other) - journal_ids(event_path)
    assert len(brought) >= LONG_SYNC  # the premise: a sync worth showing

    settings.set_folder_sync(event_id, str(folder), True)
    window = open_window(qtbot, settings, event_path, clock)
    try:
        bar = window.sync_menu.sync_progress
        seen = record_progress(bar)
        qtbot.waitUntil(lambda: window.sync_menu.session is not None, timeout=15000)
        sync = window.sync_menu.session.folder
        qtbot.waitUntil(lambda: sync.runs >= 1, timeout=120000)
        assert sync.error == ""
        done, total, what, _, _ = seen[-1]
        assert done == total >= len(brought) and what is Stage.ENTRIES  # its end
        assert any(text.startswith("Écritures ") and " sur " in text
                   for *_, text, _ in seen), seen
        assert not any(stop for *_, stop in seen)  # no Stop: the next run would redo it
        assert not bar.isVisible()  # gone once the sync is through
        assert sync.received >= len(brought)

        steps = len(seen)
        sync.sync_now()  # the usual small sync: nothing new, nothing shown
        qtbot.waitUntil(lambda: sync.runs >= 2, timeout=60000)
        assert len(seen) == steps and not bar.isVisible()
        window.close_event_file()
    finally:
        window.shutdown()
    assert brought <= journal_ids(event_path)  # the merge went through, all of it
