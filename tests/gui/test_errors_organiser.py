"""The organiser's problems reach the French window in French: writing exports, sheets and
certificates, choosing logos, naming a station, a ticket template, the mail server. Each
test drives the real main window (the `organiser` fixtures) into the error on real files."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


class Dialogs:
    """The file dialogs, answered by the test."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.paths: list[Path] | None = None
        self.folder: Path | None = None

    def save_file(self, parent, title, name, filters):  # type: ignore[no-untyped-def]
        return self.path

    def open_file(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return self.path

    def open_files(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return self.paths

    def choose_folder(self, parent, title):  # type: ignore[no-untyped-def]
        return self.folder


def _tab(window, cls):  # type: ignore[no-untyped-def]
    window.mode_page.context.dialogs = dialogs = Dialogs()
    found = window.mode_page.tab(cls)
    window.mode_page.setCurrentWidget(found)
    return found, dialogs


def _exports(window):  # type: ignore[no-untyped-def]
    from checkin.gui.organiser.exports import ExportsTab
    return _tab(window, ExportsTab)


def _run(qtbot, status, action) -> str:  # type: ignore[no-untyped-def]
    action()
    qtbot.waitUntil(lambda: not status.running, timeout=20000)
    return status.plain_text()


def _said(text: str) -> str:
    """The words without the status line's warning sign, spaces made plain."""
    return text.lstrip("⚠ ").replace("\u202f", " ").replace("\xa0", " ")


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


# -- exports, sheets, certificates ---------------------------------------------------------

def test_no_certificate_without_anyone_present_is_said_in_french(organiser, qtbot, tmp_path):
    exports, dialogs = _exports(organiser)
    dialogs.path = tmp_path / "attestations.pdf"
    said = _run(qtbot, exports.status, lambda: exports.export_certificates(each=False))
    assert _said(said) == _plain(
        "Personne n’a été enregistré présent : il n’y a aucune attestation à faire.")
    assert not dialogs.path.exists()


def test_no_certificate_without_anyone_present_is_said_in_english(organiser_en, qtbot,
                                                                   tmp_path):
    exports, dialogs = _exports(organiser_en)
    dialogs.path = tmp_path / "certificates.pdf"
    said = _run(qtbot, exports.status, lambda: exports.export_certificates(each=False))
    assert _said(said) == "Nobody was recorded present: there is no certificate to make."


@pytest.mark.parametrize("kind", ["xlsx", "csv", "sheets", "certificates"])
def test_a_folder_gone_is_named_in_french(organiser, qtbot, tmp_path, kind):
    exports, dialogs = _exports(organiser)
    if kind == "certificates":  # one file each, in a folder that is not there
        dialogs.folder = tmp_path / "dossier-parti"
        organiser.worker.submit(_check_in_one)
        qtbot.waitUntil(lambda: not organiser.worker.busy)
        action = lambda: exports.export_certificates(each=True)  # noqa: E731
    else:
        dialogs.path = tmp_path / "dossier-parti" / f"sortie.{kind}"
        action = {"xlsx": lambda: exports.export_table("xlsx"),
                  "csv": lambda: exports.export_table("csv"),
                  "sheets": exports.export_sheets}[kind]
    said = _run(qtbot, exports.status, action)
    assert _said(said) == _plain(
        "Le dossier « dossier-parti » n’existe pas (ou plus) : choisissez-en un autre.")
    assert all(b.isEnabled() for b in exports.buttons)


def _check_in_one(event) -> None:  # type: ignore[no-untyped-def]
    from checkin.core import reception
    reception.check_in(event, event.by_code("DPL234")[0])


def test_a_file_that_cannot_be_replaced_is_named_with_the_reason(organiser, qtbot, tmp_path):
    exports, dialogs = _exports(organiser)
    blocking = tmp_path / "presences.xlsx"  # a folder where the workbook should go
    blocking.mkdir()
    (blocking / "kept.txt").write_text("kept")
    dialogs.path = blocking
    said = _said(_run(qtbot, exports.status, lambda: exports.export_table("xlsx")))
    assert said.startswith(_plain("« presences.xlsx » ne peut pas être écrit ("))
    assert said.endswith(_plain(") : vérifiez le disque, ou choisissez un autre dossier."))
    assert (blocking / "kept.txt").read_text() == "kept"  # nothing lost


def test_after_the_purge_sheets_and_certificates_say_when_in_french(organiser, qtbot,
                                                                    tmp_path):
    from checkin.core import purge
    organiser.worker.submit(lambda ev: purge.purge(ev, ev.programme.short))
    qtbot.waitUntil(lambda: not organiser.worker.busy)
    exports, dialogs = _exports(organiser)
    dialogs.path = tmp_path / "emargement.pdf"
    said = _said(_run(qtbot, exports.status, exports.export_sheets))
    assert said.startswith("Les données personnelles de cet événement ont été purgées le ")
    assert said.endswith(_plain(" : il ne reste aucun nom pour les feuilles d’émargement."))
    assert re.search(r"purgées le \d{1,2} [a-zéû]+ \d{4} :", said), said  # a French date
    dialogs.path = tmp_path / "attestations.pdf"
    said = _said(_run(qtbot, exports.status,
                      lambda: exports.export_certificates(each=False)))
    assert said.endswith(_plain(" : il ne reste aucun nom pour les attestations."))
    assert not dialogs.path.exists()


# -- logos ------------------------------------------------------------------------------------

def _png(path: Path) -> Path:
    from PIL import Image
    Image.new("RGB", (4, 4), "navy").save(path)
    return path


@pytest.mark.parametrize(("name", "content", "french"), [
    ("notes.txt", b"text", "« notes.txt » n’est pas une image PNG, JPEG, GIF ou BMP :"
                           " choisissez le fichier image du logo."),
    ("lourd.png", b"\0" * (2 * 1024 * 1024 + 1),
     "« lourd.png » pèse plus de 2 Mo : un logo doit être plus léger (enregistrez-le en"
     " plus petit)."),
    ("casse.png", b"\x89PNG not really",
     "« casse.png » n’est pas une image lisible : ouvrez-la dans un éditeur d’images et"
     " enregistrez-la de nouveau."),
    ("absent.png", None, "« absent.png » n’existe pas (ou plus)."),
])
def test_a_bad_logo_is_named_in_french_and_the_logos_kept(organiser, qtbot, tmp_path, name,
                                                          content, french):
    exports, dialogs = _exports(organiser)
    dialogs.paths = [_png(tmp_path / "financeur.png")]
    _run(qtbot, exports.status, exports.choose_logos)
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    dialogs.paths = [tmp_path / "financeur.png", bad]
    said = _run(qtbot, exports.status, exports.choose_logos)
    assert _said(said) == _plain(french)
    qtbot.waitUntil(lambda: "financeur.png" in exports.logo_names.plain_text())


def test_too_many_logos_is_said_in_french(organiser, qtbot, tmp_path):
    exports, dialogs = _exports(organiser)
    dialogs.paths = [_png(tmp_path / f"logo{n}.png") for n in range(7)]
    said = _run(qtbot, exports.status, exports.choose_logos)
    assert _said(said) == _plain(
        "Une page ne peut porter que 6 logos au plus : choisissez-en moins.")


def test_a_logo_too_heavy_is_said_in_english(organiser_en, qtbot, tmp_path):
    exports, dialogs = _exports(organiser_en)
    heavy = tmp_path / "heavy.png"
    heavy.write_bytes(b"\0" * (3 * 1024 * 1024))
    dialogs.paths = [heavy]
    said = _run(qtbot, exports.status, exports.choose_logos)
    assert _said(said) == ("“heavy.png” weighs more than 2 MB: a logo must be lighter"
                           " (save it smaller).")


# -- stations ---------------------------------------------------------------------------------

def test_a_station_name_taken_meanwhile_is_said_in_french(organiser, qtbot, tmp_path):
    from checkin.core import stations
    from checkin.gui.stations import StationsTab
    from checkin.gui.stations.dialogs import CloneDialog
    tab, _ = _tab(organiser, StationsTab)
    qtbot.waitUntil(lambda: tab.session.facts is not None and tab.stations_model.rowCount())
    tab.clone_button.click()
    dialog = tab.findChild(CloneDialog)
    dialog.name_field.setText("Salle Mosson")
    # another clone takes the name while the dialog is open
    organiser.worker.submit(lambda ev: stations.clone(ev, tmp_path / "autre.checkin",
                                                      "Salle Mosson"))
    qtbot.waitUntil(lambda: not organiser.worker.busy)
    target = dialog.path()
    dialog.accept()
    qtbot.waitUntil(lambda: "Salle Mosson" in tab.message.plain_text(), timeout=15000)
    assert _plain(tab.message.plain_text()) == _plain(
        "Un poste s’appelle déjà « Salle Mosson » : choisissez un autre nom.")
    assert not target.exists()


# -- tickets ----------------------------------------------------------------------------------

def _tickets(window, qtbot):  # type: ignore[no-untyped-def]
    from checkin.gui.organiser.tickets_tab import TicketsTab
    tab, dialogs = _tab(window, TicketsTab)
    qtbot.waitUntil(lambda: tab.snapshot is not None)
    return tab, dialogs


@pytest.mark.parametrize(("toml", "french"), [
    ("[ticket\n", "Le modèle « billet.toml » n’est pas un fichier TOML valide ("),
    ("title = 'x'\n", "Le modèle « billet.toml » n’a pas de table [ticket] : partez de"
                      " l’exemple du README."),
    ("[ticket]\nsubject = 'Bonjour {prenom}'\n",
     "Modèle « billet.toml » : ticket.subject utilise {prenom}, que checkin ne connaît pas"
     " (il connaît {first_name}, "),
    ("[ticket]\nlogo = 'absent.png'\n",
     "Modèle « billet.toml » : il n’y a pas d’image « absent.png » à côté du modèle."),
])
def test_a_broken_ticket_template_is_named_in_french(organiser, qtbot, tmp_path, toml,
                                                     french):
    tab, _ = _tickets(organiser, qtbot)
    template = tmp_path / "billet.toml"
    template.write_text(toml, encoding="utf-8")
    tab.use_template(template)
    qtbot.waitUntil(lambda: "billet.toml" in tab.message.plain_text())
    assert _said(tab.message.plain_text()).startswith(_plain(french))


def test_a_mail_server_port_that_is_no_number_is_said_in_french(organiser, qtbot):
    tab, _ = _tickets(organiser, qtbot)
    tab.from_field.setText("accueil@example.org")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.snapshot is not None and tab.snapshot.sender != "")
    tab.host.setText("smtp.example.org:vingt-cinq")
    tab.send_button.click()
    assert _said(tab.message.plain_text()) == _plain(
        "« smtp.example.org:vingt-cinq » : le port d’un serveur de messagerie est un nombre"
        " de 1 à 65535.")


def test_a_mail_server_that_cannot_be_reached_is_said_in_french(organiser, qtbot):
    tab, _ = _tickets(organiser, qtbot)
    tab.from_field.setText("accueil@example.org")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.snapshot is not None
                    and tab.snapshot.sender == "accueil@example.org")
    with socket.socket() as probe:  # a port nobody listens on, once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    tab.host.setText("127.0.0.1")
    tab.port.setValue(port)
    tab.send_button.click()
    qtbot.waitUntil(lambda: "messagerie" in tab.message.plain_text(), timeout=20000)
    said = _said(tab.message.plain_text())
    assert said.startswith(f"Le serveur de messagerie 127.0.0.1:{port} est injoignable (")
    assert said.endswith(_plain(") : vérifiez son nom, son port et le réseau."))


def test_a_server_without_login_is_said_in_french(organiser, qtbot):
    """A real SMTP server (aiosmtpd) that offers no AUTH, asked for a user."""
    from test_errors import _sibling
    servers = _sibling("tickets", "smtp_servers")
    server = servers.SmtpServer(servers.Recorder())
    try:
        tab, _ = _tickets(organiser, qtbot)
        tab.from_field.setText("accueil@example.org")
        tab.refresh()
        qtbot.waitUntil(lambda: tab.snapshot is not None
                        and tab.snapshot.sender == "accueil@example.org")
        tab.host.setText(server.address)
        tab.user.setText("accueil")
        tab.send_button.click()
        qtbot.waitUntil(lambda: "messagerie" in tab.message.plain_text(), timeout=20000)
    finally:
        server.stop()
    said = _said(tab.message.plain_text())
    assert said.startswith(f"Le serveur de messagerie {server.address} n’offre pas ce qu’il"
                           " faut (")
    assert said.endswith(_plain(") : vérifiez la sécurité (STARTTLS, SSL/TLS) et le port."))


# -- the purge ------------------------------------------------------------------------------

def test_purging_twice_says_when_it_was_done_in_french(organiser, qtbot):
    from checkin.core import purge
    from checkin.gui.organiser.exports import ExportsTab
    organiser.worker.submit(lambda ev: purge.purge(ev, ev.programme.short))
    qtbot.waitUntil(lambda: not organiser.worker.busy)
    exports, _ = _tab(organiser, ExportsTab)
    exports.open_purge()
    dialog = exports.purge_dialog
    dialog.confirm.setText(organiser.mode_page.context.info.short)
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: "purgé" in dialog.message.plain_text())
    said = _said(dialog.message.plain_text())
    assert re.fullmatch(r"« desk\.checkin » a déjà été purgé, le \d{1,2} [a-zéû]+ \d{4}\.",
                        said), said
    dialog.reject()


def test_e_mails_written_to_a_folder_gone_say_so_in_french(organiser, qtbot, tmp_path):
    tab, dialogs = _tickets(organiser, qtbot)
    tab.from_field.setText("accueil@example.org")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.snapshot is not None
                    and tab.snapshot.sender == "accueil@example.org")
    dialogs.folder = tmp_path / "courriels"  # chosen, then removed before writing
    tab.write_button.click()
    qtbot.waitUntil(lambda: "dossier" in tab.message.plain_text(), timeout=20000)
    assert _said(tab.message.plain_text()) == _plain(
        "Le dossier « courriels » n’existe pas (ou plus) : choisissez-en un autre.")
