"""The Organiser's Tickets tab in the real main window: the plan, one e-mail previewed,
sending to a real SMTP server with the progress bar, a refused address listed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import nbsp
from PySide6.QtCore import Qt
from smtp_servers import Refusing, SmtpServer

pytestmark = pytest.mark.gui


@pytest.fixture
def organiser(day, qtbot, tmp_path, clock) -> Iterator[object]:
    """The main window in the Organiser mode on the small event, on its Tickets tab."""
    from PySide6.QtCore import QSettings

    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.organiser.tickets_tab import TicketsTab
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.settings import Mode, Settings
    from checkin.gui.sounds import Sounds
    settings = Settings(QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat))
    settings.mode = Mode.ORGANISER
    app = make_app()
    install_translations(app, "fr")
    window = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_event(day.path)
    qtbot.waitUntil(lambda: window.mode_page is not None and not window.worker.busy,
                    timeout=10000)
    tab = window.mode_page.tab(TicketsTab)
    window.mode_page.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.snapshot is not None)
    yield window
    window.shutdown()
    install_translations(app, "en")


def tickets_tab(window):
    from checkin.gui.organiser.tickets_tab import TicketsTab
    return window.mode_page.tab(TicketsTab)


def due(day) -> dict[str, str]:
    return {r.code: r.email for r in day.registrations() if not r.cancelled and r.email}


def test_the_tab_shows_the_plan_and_one_email(organiser, day):
    tab = tickets_tab(organiser)
    expected = due(day)
    assert tab.summary.plain_text() == (f"{len(expected)} billets à envoyer · 0 déjà envoyé"
                                        " · 1 sans adresse e-mail · 1 annulé (jamais envoyé)")
    assert tab.send_button.text() == f"Envoyer {len(expected)} billets"
    assert nbsp("Objet : Votre billet — Tour de France") in tab.preview_head.plain_text()
    html = tab.preview.toHtml()
    assert "Votre inscription est confirmée" in html
    first = tab.snapshot.plan.due[0]
    assert first.code in html
    qr = tab.preview.document().resource(
        tab.preview.document().ResourceType.ImageResource,
        next(u for u in _image_urls(tab.snapshot.preview)))
    assert not qr.isNull()  # the QR image is shown, not a broken link


def _image_urls(msg):
    from PySide6.QtCore import QUrl
    for part in msg.walk():
        if part.get_content_maintype() == "image":
            yield QUrl(f"cid:{part['Content-ID'][1:-1]}")


def test_sending_from_the_tab(organiser, day, qtbot):
    tab = tickets_tab(organiser)
    expected = due(day)
    refused_code, refused = sorted(expected.items())[1]
    server = SmtpServer(Refusing(refused))
    try:
        tab.host.setText("127.0.0.1")
        tab.port.setValue(server.port)
        tab.rate.setValue(0)
        tab.password.setText("never-stored")
        seen: list[tuple[int, int]] = []
        tab.progress.stepped.connect(lambda done, total, _what: seen.append((done, total)))
        texts: list[str] = []
        tab.progress.stepped.connect(lambda *_: texts.append(tab.progress.text()),
                                     Qt.ConnectionType.QueuedConnection)
        tab.send_button.click()
        assert tab.progress.isVisible()
        qtbot.waitUntil(lambda: tab.send_button.isEnabled() and tab.message.plain_text()
                        .startswith("⚠"), timeout=20000)
    finally:
        server.stop()
    assert seen[-1] == (len(expected), len(expected))
    assert f"Billets {len(expected)} sur {len(expected)}" in texts
    assert not tab.progress.isVisible()
    assert f"{len(expected) - 1} billets envoyés sur {len(expected)}" in \
        tab.message.plain_text()
    assert tab.failures.count() == 1
    assert tab.failures.item(0).text().startswith(f"{refused} ({refused_code}) — 550 5.1.1")
    assert Counter(server.handler.recipients()) == Counter(
        a for a in expected.values() if a != refused)
    qtbot.waitUntil(lambda: tab.snapshot.plan.already_sent == len(expected) - 1)
    assert [t.code for t in tab.snapshot.plan.due] == [refused_code]
    organiser.settings.store.sync()
    ini = Path(organiser.settings.store.fileName())
    assert "tickets" in ini.read_text(encoding="utf-8")  # the server is remembered...
    assert "never-stored" not in ini.read_text(encoding="utf-8")  # ...not its password
    assert "never-stored" not in day.path.read_bytes().decode("latin-1")


def test_a_run_stopped_by_the_server_is_said_in_french(organiser, day, qtbot):
    from smtp_servers import Dropping
    tab = tickets_tab(organiser)
    server = SmtpServer(Dropping(after=2))
    try:
        tab.host.setText("127.0.0.1")
        tab.port.setValue(server.port)
        tab.rate.setValue(0)
        tab.send_button.click()
        qtbot.waitUntil(lambda: tab.send_button.isEnabled() and tab.message.plain_text()
                        .startswith("⚠"), timeout=20000)
    finally:
        server.stop()
    text = tab.message.plain_text()
    assert nbsp("Arrêté : la connexion au serveur a été perdue et il ne répond plus (") in text
    assert "Envoyez de nouveau pour envoyer le reste." in text
    assert "connection lost" not in text and "cannot" not in text  # no core English
