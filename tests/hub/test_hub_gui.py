"""Synchronisation ▸ Serveur… on the real main window, against the real PostgreSQL server,
with another station syncing as the command line does (in this process, its own file):
a check-in at one shows at the other both ways; the server stopped in the middle of the
day is said once, holds up no check-in, and is picked up again when it is back."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_helpers import need
from PySide6.QtCore import QSettings

from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub
from checkin.core.hub.schema import EventAccess, EventInfo
from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


@pytest.fixture
def hub_files(tmp_path: Path, hub_url: str,
              imported_event: Event) -> Iterator[tuple[Path, Path, EventAccess]]:
    """The desk's file, another station's clone, and the event's access to the hub."""
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    imported_event.close()
    yield imported_event.path, tmp_path / "b.checkin", access


def _window(qtbot, tmp_path: Path, path: Path, clock):  # type: ignore[no-untyped-def]
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds
    install_translations(make_app(), "fr")
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    settings.sync_interval = 0.3  # the retries, while the server is away
    window = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(path)
    qtbot.waitUntil(lambda: window.desk is not None
                    and window.sync_menu.hub_action.isEnabled(), timeout=15000)
    return window


def _pull_until(qtbot, sync: HubSync, want: int) -> int:  # type: ignore[no-untyped-def]
    """The other station syncs, as `checkin sync --hub` does, until `want` new entries."""
    got = [0]

    def synced() -> bool:
        got[0] += sync.run_once().new
        return got[0] >= want
    qtbot.waitUntil(synced, timeout=20000)
    return got[0]


def _checked_in_at_desk(qtbot, window, reg_id: str) -> bool:  # type: ignore[no-untyped-def]
    box: list[object] = []
    window.worker.submit(lambda event: event.registration(reg_id), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=15000)
    return bool(getattr(box[0], "checked_in_at", None))


def test_the_desk_syncs_live_through_the_server_and_survives_it_going_away(
        qtbot, tmp_path: Path, hub_files, clock) -> None:
    from checkin.gui.stations import actions
    ctl = need("CHECKIN_TEST_PG_CTL")
    a, b, access = hub_files
    window = _window(qtbot, tmp_path, a, clock)
    other = Event.open(b, now=clock)  # both stations on one clock: a merge refuses
    # entries from more than a day ahead of its own
    sync_b = HubSync(other, access.address, access.password)
    try:
        session = window.sync_menu.session
        hub = session.hub
        problems: list[str] = []
        hub.problem.connect(problems.append)
        # Synchronisation ▸ Serveur…: the password typed in the address goes to memory
        dialog = actions.hub_settings(session, window)
        with_password = access.address.conninfo + f" password={access.password}"
        dialog.address_field.setText(with_password)
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
        dialog.accept()
        assert hub.password == access.password and "password" not in hub.address.conninfo
        assert hub.address.params["sslmode"] == "disable"
        status = window.sync_menu.hub_status
        qtbot.waitUntil(lambda: hub.connected and hub.waiting == 0, timeout=20000)
        assert status.isVisible() and "connecté" in status.text()
        _pull_until(qtbot, sync_b, 0)

        # a check-in at the desk reaches the other station
        reg = other.registrations()[0]
        window.desk.scan(other.qr(reg))  # the same event: the same badge
        qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN,
                        timeout=15000)
        assert _pull_until(qtbot, sync_b, 1) >= 1
        assert other.registration(reg.id).checked_in_at  # type: ignore[union-attr]

        # and one at the other station reaches the desk (woken by NOTIFY)
        theirs = other.registrations()[1]
        reception.check_in(other, theirs)
        sync_b.run_once()
        qtbot.waitUntil(lambda: _checked_in_at_desk(qtbot, window, theirs.id), timeout=20000)

        # the server goes away: said once, the desk goes on, the entries wait
        subprocess.run([ctl, "stop"], check=True, timeout=60)
        try:
            qtbot.waitUntil(lambda: not hub.connected and bool(hub.error), timeout=30000)
            runs = hub.runs
            for i in (2, 3):
                reg_i = other.registrations()[i]
                window.desk.scan(other.qr(reg_i))
                qtbot.waitUntil(lambda r=reg_i: _checked_in_at_desk(qtbot, window, r.id),
                                timeout=15000)
            qtbot.waitUntil(lambda: hub.runs >= runs + 3 and hub.waiting >= 2, timeout=30000)
            assert len(problems) == 1, problems  # said once, however many retries
            assert "joignable" in status.text() and "2" in status.text()
        finally:
            subprocess.run([ctl, "start"], check=True, timeout=60)
        # back: what was missed goes out without anyone asking
        qtbot.waitUntil(lambda: hub.connected and hub.waiting == 0, timeout=30000)
        assert "connecté" in status.text()
        sync_b.close()
        sync_b = HubSync(other, access.address, access.password)
        assert _pull_until(qtbot, sync_b, 2) >= 2
        box: list[str] = []
        window.worker.submit(lambda event: event.digest(), box.append)
        qtbot.waitUntil(lambda: bool(box), timeout=15000)
        assert box[0] == other.digest()
    finally:
        sync_b.close()
        other.close()
        window.shutdown()
