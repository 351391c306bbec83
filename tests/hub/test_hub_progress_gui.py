"""A desk that joins the hub late pulls thousands of entries at its first sync: the main
window's status bar shows how far the merge has got, in words and figures and without
Stop, to its end (issue 20). Against the real PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import generated_registrations, record_progress
from PySide6.QtCore import QSettings

from checkin.core import stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub
from checkin.core.hub.schema import EventInfo
from checkin.core.progress import LONG_SYNC, Stage

pytestmark = pytest.mark.gui

ROWS = 3000


def test_a_late_first_hub_sync_shows_its_progress_to_the_end(
        qtbot, tmp_path: Path, hub_url: str, imported_event: Event, clock) -> None:
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    imported_event.close()
    with Event.open(tmp_path / "b.checkin", now=clock) as other:  # on the desk's clock
        other.append(generated_registrations(ROWS))
        sync = HubSync(other, access.address, access.password)
        try:
            assert sync.run_once().pushed >= ROWS  # all on the hub before the desk comes
        finally:
            sync.close()

    install_translations(make_app(), "fr")
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(imported_event.path)
    try:
        qtbot.waitUntil(lambda: window.sync_menu.hub_action.isEnabled(), timeout=15000)
        bar = window.sync_menu.sync_progress
        seen = record_progress(bar)
        hub = window.sync_menu.session.hub
        hub.configure(access.address, access.password, True)
        qtbot.waitUntil(lambda: hub.received >= ROWS, timeout=60000)  # merged
        assert hub.connected and hub.error == ""
        done, total, what, _, _ = seen[-1]
        assert done == total >= max(ROWS, LONG_SYNC) and what is Stage.ENTRIES  # its end
        assert any(text.startswith("Écritures ") for *_, text, _ in seen), seen
        assert not any(stop for *_, stop in seen) and not bar.isVisible()
        window.close_event_file()
    finally:
        window.shutdown()
