"""Core's own refusals, raised by the real functions on a real event file, come out of
`describe` in French (and English), while the command line keeps core's English."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from helpers import nbsp

from checkin.core.errors import CheckinError
from checkin.gui.errors import describe

pytestmark = pytest.mark.gui


def _raised(call) -> CheckinError:  # type: ignore[no-untyped-def]
    with pytest.raises(CheckinError) as caught:
        call()
    return caught.value


@pytest.fixture
def event(event_path, clock):  # type: ignore[no-untyped-def]
    from checkin.core.event import Event
    with Event.open(event_path, now=clock) as opened:
        yield opened


def test_the_programme_s_refusals_in_french(french, event) -> None:
    from checkin.core import programme_edit, rooms
    codes = ", ".join(s.code for s in event.programme.sessions())
    assert describe(_raised(lambda: rooms.scan(event, "ZZ", "x"))) == nbsp(
        f"Le programme n’a pas de session ZZ (ses sessions : {codes}).")
    moved = dataclasses.replace(event.programme, short="AUTRE")
    assert describe(_raised(lambda: programme_edit.set_programme(event, moved))) == nbsp(
        "Le nom court OCC22 figure dans le QR code de chaque badge : il ne peut pas changer.")
    slot = event.programme.slots[0].name
    assert describe(_raised(lambda: programme_edit.add_slot(event, slot, "08:00", "09:00"))
                    ) == nbsp(f"Le programme a déjà un créneau « {slot} » : donnez un autre"
                              " nom à celui-ci.")
    said = describe(_raised(lambda: programme_edit.add_session(event, "Soir", "Z", "Z")))
    assert said.startswith(nbsp(f"Le programme n’a pas de créneau « Soir » (ses créneaux :"
                                f" « {slot} », "))
    dated = dataclasses.replace(event.programme, date="8/12/2022")
    assert describe(_raised(lambda: programme_edit.set_programme(event, dated))) == \
        "event.date doit être une date comme 2022-12-08."


def test_stations_layouts_and_files_in_french(french, event, tmp_path: Path) -> None:
    from checkin.core import files, stations
    from checkin.core.badges import load_layout
    assert describe(_raised(lambda: stations.clone(event, tmp_path / "x.checkin", "  "))) \
        == "Un poste doit avoir un nom."
    assert describe(_raised(lambda: load_layout("carton-rose"))) == nbsp(
        "checkin n’a pas de mise en page de badge « carton-rose » : choisissez un autre"
        " papier ou une autre étiquette.")

    def locked(tmp: Path) -> None:  # as Windows answers for a workbook open in Excel
        raise PermissionError(13, "Permission denied", str(tmp))
    out = tmp_path / "presences.xlsx"
    assert describe(_raised(lambda: files.write_through_temp(out, locked))) == nbsp(
        "« presences.xlsx » ne peut pas être écrit : il est sans doute ouvert dans un autre"
        " programme (Excel, un lecteur de PDF). Fermez-le, puis réessayez.")


@pytest.mark.parametrize(("table", "logo", "words"), [
    ("lang = 'de'", None, "Modèle « t.toml » : ticket.lang doit être l’une de ces langues :"
                          " fr, en."),
    ("subject = 3", None, "Modèle « t.toml » : ticket.subject doit être un texte, entre"
                          " guillemets."),
    ("text = 'Bonjour {first_name'", None, "Modèle « t.toml » : dans ticket.text, une accolade"
                                           " { ou } n’est pas appariée : écrivez {{ et }}"
                                           " pour une accolade elle-même."),
    ("logo = 3", None, "Modèle « t.toml » : ticket.logo doit être le nom d’un fichier image à"
                       " côté du modèle."),
    ("logo = 'logo.bmp'", b"BM", "Modèle « t.toml » : le logo « logo.bmp » doit être une"
                                 " image PNG, JPEG ou GIF."),
    ("logo = 'logo.png'", b"\0" * (1024 * 1024 + 1),
     "Modèle « t.toml » : le logo « logo.png » doit peser moins de 1 Mo."),
    ("logo = 'logo.png'", b"not a png", "Modèle « t.toml » : le logo « logo.png » n’est pas"
                                        " une image lisible."),
])
def test_ticket_templates_in_french(french, tmp_path: Path, table: str, logo: bytes | None,
                                    words: str) -> None:
    from checkin.core.tickets import templates
    path = tmp_path / "t.toml"
    path.write_text(f"[ticket]\n{table}\n", encoding="utf-8")
    if logo is not None:
        (tmp_path / table.split("'")[1]).write_bytes(logo)
    assert describe(_raised(lambda: templates.load(path))) == nbsp(words)


def test_a_mail_server_without_a_name_in_french(french) -> None:
    from checkin.core.tickets import sending
    assert describe(_raised(lambda: sending.Server.parse(":25"))) == nbsp(
        "« :25 » n’est pas le nom d’un serveur de messagerie : indiquez-en un comme"
        " smtp.example.org.")


def test_the_command_line_keeps_core_s_english(event_path, tmp_path: Path, capsys) -> None:
    from checkin.cli import main
    assert main(["certificates", str(event_path), "-o", str(tmp_path / "a.pdf")]) == 2
    assert "nobody was recorded present: there is no certificate to make" in \
        capsys.readouterr().err


def test_english_words_in_the_english_interface(qapp, event) -> None:
    from checkin.core import rooms, stations
    from checkin.gui.app import install_translations
    install_translations(qapp, "en")
    assert describe(_raised(lambda: stations.clone(event, Path("x"), "Accueil 1"))) == (
        "A station is already named “Accueil 1”: choose another name.")
    codes = ", ".join(s.code for s in event.programme.sessions())
    assert describe(_raised(lambda: rooms.scan(event, "ZZ", "x"))) == (
        f"The programme has no session ZZ (its sessions: {codes}).")


def test_a_sender_that_is_no_address_in_french(french, event) -> None:
    from checkin.core.tickets import message, plan, templates
    ticket = plan.plan(event).due[0]
    refused = _raised(lambda: message.build(ticket, event.programme, templates.built_in("fr"),
                                            "accueil"))
    assert describe(refused) == nbsp("« accueil » n’est pas une adresse e-mail : indiquez"
                                     " l’adresse de l’expéditeur.")
