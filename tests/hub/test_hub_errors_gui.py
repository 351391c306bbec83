"""The hub's refusals said in French on the real main window, against the real PostgreSQL
server: a wrong password, an event the hub does not hold, a hub never prepared. Each is
said once in the status bar's tooltip; the desk records on, and what waits for the hub is
kept. And the entries the hub sent that were refused (a row that cannot be read, a clock
days ahead), each said in French. (A wrong address and a closed port need no server:
tests/gui/test_errors_hub.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import nbsp
from PySide6.QtCore import QSettings

from checkin.core.event import Event
from checkin.core.hub import HubAddress, add_event, init_hub
from checkin.core.hub.schema import EventInfo
from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


def _window(qtbot, tmp_path: Path, path: Path, clock):  # type: ignore[no-untyped-def]
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds
    install_translations(make_app(), "fr")
    settings = Settings(QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_event(path)
    qtbot.waitUntil(lambda: window.desk is not None
                    and window.sync_menu.hub_action.isEnabled(), timeout=15000)
    return window


def _connect_until_said(qtbot, window, address: HubAddress,  # type: ignore[no-untyped-def]
                        password: str | None):
    """Synchronisation ▸ Serveur… given the address and password (no TLS, not
    remembered); once the hub's status shows its first problem: the hub and the problems
    it said."""
    from checkin.gui.stations import actions
    hub = window.sync_menu.session.hub
    problems: list[str] = []
    hub.problem.connect(problems.append)
    dialog = actions.hub_settings(window.sync_menu.session, window)
    dialog.address_field.setText(address.conninfo)
    dialog.password_field.setText(password or "")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.remember.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(problems), timeout=20000)
    status = window.sync_menu.hub_status
    qtbot.waitUntil(lambda: problems[0] in status.toolTip(), timeout=15000)
    return hub, problems


def _said(qtbot, tmp_path: Path, event: Event, clock, address: HubAddress,  # type: ignore[no-untyped-def]
          password: str | None) -> str:
    """Serveur… given the address and password: what the hub's status says, once; a
    check-in at the desk meanwhile is recorded all the same."""
    path = event.path
    reg = event.registrations()[0]
    qr = event.qr(reg)
    event.close()
    window = _window(qtbot, tmp_path, path, clock)
    try:
        hub, problems = _connect_until_said(qtbot, window, address, password)
        window.desk.scan(qr)
        qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN,
                        timeout=15000)
        assert len(problems) == 1 and not hub.connected, problems
        return problems[0]
    finally:
        window.shutdown()


def test_a_wrong_password_is_said_in_french(qtbot, tmp_path, hub_url, imported_event,
                                            clock) -> None:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    said = _said(qtbot, tmp_path, imported_event, clock, access.address, "pas-le-bon")
    assert said == nbsp(f"Le hub {access.address} a refusé le rôle « {access.role} » :"
                        " vérifiez son mot de passe (donné par « checkin hub add »)."), said


def test_an_event_not_on_the_hub_is_said_in_french(qtbot, tmp_path, hub_url, imported_event,
                                                   clock) -> None:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)  # prepared, but the event was never added
    said = _said(qtbot, tmp_path, imported_event, clock, owner, password)
    assert said == nbsp(f"Cet événement n’est pas sur le hub {owner}, ou ce rôle n’est"
                        " pas celui de l’événement : son propriétaire doit l’ajouter avec"
                        " « checkin hub add »."), said


def test_a_hub_never_prepared_is_said_in_french(qtbot, tmp_path, hub_url, imported_event,
                                                clock) -> None:
    owner, password = HubAddress.parse(hub_url)
    said = _said(qtbot, tmp_path, imported_event, clock, owner, password)
    assert said == nbsp(f"Le hub {owner} n’est pas préparé : son propriétaire doit"
                        " d’abord lancer « checkin hub init »."), said


def test_entries_the_hub_sent_and_the_merge_refused_are_said_in_french(
        qtbot, tmp_path, hub_url, imported_event, clock) -> None:
    """Two of the hub's entries refused by a station in French: a row forged with a
    payload that is not JSON, and a check-in from a station whose clock ran three days
    ahead. The hub's status says each in French (core's English was shown); the others
    are merged."""
    import datetime as dt

    from helpers import FakeClock

    from checkin.core import reception, stations
    from checkin.core.hub import HubSync
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    ahead = FakeClock(clock.current + dt.timedelta(days=3))
    with Event.open(stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2"),
                    now=ahead) as other:
        reception.check_in(other, other.registrations()[0])
        HubSync(other, access.address, access.password).run_once()
        station, seq = other.station_id, other.conn.execute(
            "SELECT max(seq) FROM journal WHERE station = ?", (other.station_id,)).fetchone()[0]
    with owner.connect(password) as conn:
        (serial,) = conn.execute(
            "INSERT INTO checkin_entries (id, event_id, station, seq, clock, kind, subject,"
            " payload) SELECT %s, event_id, station, seq + 1, clock, kind, subject,"
            " '{not json' FROM checkin_entries WHERE station = %s AND seq = %s"
            " RETURNING serial", ("e" * 32, station, seq)).fetchone()
    path = imported_event.path
    imported_event.close()
    window = _window(qtbot, tmp_path, path, clock)
    try:
        hub, problems = _connect_until_said(qtbot, window, access.address, access.password)
        assert hub.connected and hub.last_report is not None
        assert hub.last_report.pulled > 2 and len(hub.last_report.refused) == 2
    finally:
        window.shutdown()
    assert problems[0].split("\n") == [
        nbsp(f"Entrée n° {seq + 1} du poste {station} refusée : sa copie sur le hub (ligne"
             f" {serial}) est illisible. Les autres entrées ont été fusionnées ; prévenez la"
             " personne qui gère le hub."),
        nbsp(f"Entrée n° {seq} du poste {station} refusée : son horloge a 72 heures d’avance"
             " sur celle de cet ordinateur (24 au plus). Vérifiez la date et l’heure de ce"
             " portable-là.")], problems
