"""Fixtures for driving the real main window on a real event file."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


class KeyClock:
    """The scanner's clock, moved by hand: bursts share one instant, typing is slow."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


EXTRA_PEOPLE = [
    # last name, first name, organisation, code, needs
    ("Dupré-Lefèvre", "Élodie", "Mairie de Sète", "DPL234", "Fauteuil roulant"),
    ("Wolfeschlegelsteinhausenbergerdorff-Hernández de la Santísima Trinidad",
     "Marie-Christine-Françoise-Éléonore", "Communauté d'agglomération Hérault-Méditerranée"
     " — Direction de l'emploi, de l'insertion et de l'économie sociale et solidaire",
     "LNG234", ""),
    ("Nguyễn", "Thị Minh Khai", "Régie de quartier", "NGY234", ""),
    ("Twin", "Alpha", "Double & Co", "TWN234", ""),
    ("Twin", "Beta", "Double & Co", "TWN234", ""),  # same code: a scan is ambiguous
    ("Annulé", "Cécile", "Ville de Nîmes", "CNC234", ""),
]


@pytest.fixture
def event_path(tmp_path: Path, clock) -> Path:
    """The demo event (Occitanie programme, ~230 people) plus awkward people, closed."""
    from checkin.core import journal as j
    from checkin.core.demo import create_demo
    from checkin.core.model import FIELDS

    path = tmp_path / "desk.checkin"
    with create_demo(path, station_name="Accueil 1", now=clock) as event:
        entries = []
        for last, first, org, code, needs in EXTRA_PEOPLE:
            fields = dict.fromkeys(FIELDS, "") | {
                "last_name": last, "first_name": first, "organisation": org, "needs": needs,
                "category": "participant"}
            entries.append(j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
                "code": code, "source": "import", "fields": fields,
                "extra": {"Commentaire": "ajouté pour les tests"},
                "sessions": ["A", "DEJ", "E"], "submitted_at": ""}))
        event.append(entries)
        cancelled = event.by_code("CNC234")[0]
        event.append([j.NewEntry(j.REGISTRATION_CANCELLED, cancelled.id, {"at": "x"})])
    return path


@pytest.fixture
def key_clock() -> KeyClock:
    return KeyClock()


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from checkin.gui.settings import Settings
    return Settings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    """Each test starts in the source language (English): one that installs French
    takes it away when it ends, so no test passes on a language left by another."""
    yield
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if isinstance(app, QApplication):
        from checkin.gui.app import install_translations
        install_translations(app, "en")


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    """The interface in French, as the stations start (the source_language fixture
    takes it away afterwards)."""
    from checkin.gui.app import install_translations
    install_translations(qapp, "fr")
    return qapp


def _window(qtbot, settings, key_clock, event_path, language, clock):
    from helpers_gui import open_window
    window = open_window(qtbot, settings, event_path, clock, key_clock, language, laptop=True)
    qtbot.waitUntil(lambda: window.desk is not None, timeout=10000)
    qtbot.waitUntil(lambda: not window.worker.busy)
    qtbot.waitUntil(lambda: window.desk.search_field.hasFocus())
    return window


@pytest.fixture
def window(qtbot, settings, key_clock, event_path, clock) -> Iterator[object]:
    win = _window(qtbot, settings, key_clock, event_path, "fr", clock)
    yield win
    win.shutdown()


@pytest.fixture
def window_en(qtbot, settings, key_clock, event_path, clock) -> Iterator[object]:
    win = _window(qtbot, settings, key_clock, event_path, "en", clock)
    yield win
    win.shutdown()


@pytest.fixture
def organiser(qtbot, settings, key_clock, event_path, clock) -> Iterator[object]:
    """The real main window, in the Organiser mode, on the demo event."""
    yield from _organiser(qtbot, settings, key_clock, event_path, clock, "fr")


@pytest.fixture
def organiser_en(qtbot, settings, key_clock, event_path, clock) -> Iterator[object]:
    """The same, in English."""
    yield from _organiser(qtbot, settings, key_clock, event_path, clock, "en")


def _organiser(qtbot, settings, key_clock, event_path, clock, language):  # type: ignore[no-untyped-def]
    from helpers_gui import open_window

    from checkin.gui.settings import Mode
    settings.mode = Mode.ORGANISER
    window = open_window(qtbot, settings, event_path, clock, key_clock, language, laptop=True)
    qtbot.waitUntil(lambda: window.mode_page is not None and not window.worker.busy,
                    timeout=10000)
    yield window
    window.shutdown()


@pytest.fixture
def silent_print_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """CUPS_SERVER points at a socket that takes every connection and never answers: the
    way a hung print server looks to Qt, which would wait on it forever."""
    path = Path(tempfile.mkdtemp(prefix="cups-")) / "cups.sock"  # short: socket paths are
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(16)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:  # closed at teardown
                return
    threading.Thread(target=accept, daemon=True).start()
    monkeypatch.setenv("CUPS_SERVER", str(path))
    yield path
    server.close()
    for conn in held:
        conn.close()
    shutil.rmtree(path.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls, pytestconfig):
    """The application as `make_app` makes it (its garbage collector policy included)."""
    from checkin.gui.app import make_app
    return make_app(qapp_args or None)


@pytest.fixture
def styled(qapp) -> Iterator[object]:
    """The app's style sheet for a screen height, as the app sets it from the screen's
    available height (a panel takes about 30 px); taken away afterwards."""
    from checkin.gui.app import base_point_size, style_sheet

    def apply(screen_height: int) -> None:
        qapp.setStyleSheet(style_sheet(base_point_size(screen_height - 30)))
    yield apply
    qapp.setStyleSheet("")
