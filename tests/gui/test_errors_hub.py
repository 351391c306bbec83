"""The hub's problems said in the interface's language, on the real main window, without a
server: Synchronisation ▸ Serveur… given something that is not an address (the dialog
says why and stays open), and a hub whose port is closed (said once, in the status bar's
tooltip); the desk keeps what it recorded. With a server: tests/hub/test_hub_errors_gui.py."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from helpers import nbsp
from helpers_gui import open_window

from checkin.core.errors import Problem
from checkin.core.hub import HubAddress, HubError

pytestmark = pytest.mark.gui

# libpq's own words for a closed port: the last line of its message, as core keeps it
REFUSED = "Is the server running on that host and accepting TCP/IP connections?"


def _window(qtbot, settings, event_path: Path, clock, language: str):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, settings, event_path, clock, language=language)
    qtbot.waitUntil(lambda: window.desk is not None
                    and window.sync_menu.hub_action.isEnabled(), timeout=15000)
    return window


def _closed_port() -> int:
    """A port nothing listens on: one the system just gave, closed again."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _problem_of_hub(qtbot, window, address: str) -> str:  # type: ignore[no-untyped-def]
    """Serveur… given `address`, on: what the hub's status says went wrong."""
    from checkin.gui.stations import actions
    hub = window.sync_menu.session.hub
    problems: list[str] = []
    hub.problem.connect(problems.append)
    dialog = actions.hub_settings(window.sync_menu.session, window)
    dialog.address_field.setText(address)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    dialog.accept()
    qtbot.waitUntil(lambda: bool(problems) and not hub.connected, timeout=20000)
    status = window.sync_menu.hub_status
    qtbot.waitUntil(lambda: problems[0] in status.toolTip(), timeout=15000)
    return problems[0]


def test_a_wrong_address_is_said_in_french_and_the_dialog_stays(
        qtbot, settings, event_path, clock) -> None:
    from checkin.gui.stations import actions
    window = _window(qtbot, settings, event_path, clock, "fr")
    try:
        hub = window.sync_menu.session.hub
        dialog = actions.hub_settings(window.sync_menu.session, window)
        dialog.address_field.setText("serveur du siège")
        dialog.accept()
        said = dialog.problem.text()
        assert said.startswith(nbsp("« serveur du siège » n’est pas une adresse PostgreSQL (")
                               ), said
        assert said.endswith(nbsp(") : écrivez-la sous la forme"
                                  " postgresql://rôle@hôte/base.")), said
        assert dialog.isVisible() and hub.address is None  # nothing taken
        dialog.reject()
    finally:
        window.shutdown()


def test_a_closed_port_is_said_in_french(qtbot, settings, event_path, clock) -> None:
    port = _closed_port()
    window = _window(qtbot, settings, event_path, clock, "fr")
    try:
        said = _problem_of_hub(qtbot, window,
                               f"postgresql://accueil@127.0.0.1:{port}/checkin")
        assert said == nbsp(
            f"Le hub accueil@127.0.0.1:{port}/checkin est injoignable ({REFUSED}) : vérifiez"
            " l’adresse et le réseau. L’accueil continue ; la synchronisation reprendra dès"
            " qu’il répondra."), said
        assert "joignable" in window.sync_menu.hub_status.text()
    finally:
        window.shutdown()


def test_a_closed_port_in_english(qtbot, settings, event_path, clock) -> None:
    port = _closed_port()
    window = _window(qtbot, settings, event_path, clock, "en")
    try:
        said = _problem_of_hub(qtbot, window,
                               f"postgresql://accueil@127.0.0.1:{port}/checkin")
        assert said == (
            f"The hub accueil@127.0.0.1:{port}/checkin cannot be reached ({REFUSED}): check"
            " the address and the network. The desk goes on; syncing resumes once it"
            " answers."), said
    finally:
        window.shutdown()


def test_core_keeps_its_english_for_the_command_line() -> None:
    with pytest.raises(HubError) as caught:
        HubAddress.parse("serveur du siège")
    assert str(caught.value).startswith("not a PostgreSQL address: 'serveur du siège' (")
    assert caught.value.problem == Problem.HUB_BAD_ADDRESS
    assert caught.value.details["address"] == "serveur du siège"
    with pytest.raises(HubError) as caught:
        HubAddress.parse(f"postgresql://a@127.0.0.1:{_closed_port()}/x")[0].connect(None)
    assert caught.value.problem == Problem.HUB_UNREACHABLE
    assert " cannot connect (" in str(caught.value)
