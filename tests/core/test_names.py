"""The one rule for showing a name: capitals put back on names typed in one case."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from checkin.core import names, reception
from checkin.core.badges import BadgeData, render_badges
from checkin.core.event import Event


@pytest.mark.parametrize(("typed", "shown"), [
    ("marie", "Marie"),
    ("JEAN-PIERRE", "Jean-Pierre"),
    ("éloïse", "Éloïse"),
    ("ÉLOÏSE", "Éloïse"),
    ("de la fontaine", "de la Fontaine"),
    ("DE LA FONTAINE", "de la Fontaine"),
    ("LE GOFF", "Le Goff"),
    ("O'NEILL", "O'Neill"),
    ("o’neill", "O’Neill"),
    ("D'ALEMBERT", "d'Alembert"),
    ("van der berg", "van der Berg"),
    ("jean de dieu", "Jean de Dieu"),
    ("NGUYEN DO", "Nguyen Do"),
    ("ŁUKASIEWICZ-NGUYỄN", "Łukasiewicz-Nguyễn"),
    ("  anne   marie ", "Anne Marie"),
    ("de", "De"),
    ("", ""),
])
def test_a_name_typed_in_one_case_gets_its_capitals(typed: str, shown: str) -> None:
    assert names.tidy(typed) == shown


@pytest.mark.parametrize("typed", ["McKenzie", "de La Fontaine", "DiCaprio", "Marie-José"])
def test_a_name_typed_with_both_cases_is_kept(typed: str) -> None:
    assert names.tidy(typed) == typed


def test_lists_and_cards_write_the_last_name_in_capitals() -> None:
    assert names.listed("JEAN-PIERRE", "le goff") == "LE GOFF Jean-Pierre"
    assert names.shown("marie", "de la Fontaine") == "Marie DE LA FONTAINE"
    assert names.shown("", "Dupré") == "DUPRÉ"
    assert names.listed("anne", "") == "Anne"
    assert names.full("JEAN-PIERRE", "LE GOFF") == "Jean-Pierre Le Goff"


def test_the_badge_prints_the_tidy_name_and_the_record_keeps_the_typed_one(
        event: Event) -> None:
    reg, _ = reception.walk_in(event, {"first_name": "JEAN-PIERRE", "last_name": "LE GOFF",
                                       "organisation": "Ville de Brest"}, (),
                               check_in_now=False)
    buffer = io.BytesIO()
    render_badges(BadgeData(event.programme, event.secret), [reg], "brother-ql-62x100",
                  buffer)
    buffer.seek(0)
    text = "\n".join(page.extract_text() for page in PdfReader(buffer).pages)
    assert "Jean-Pierre" in text and "Le Goff" in text
    assert "JEAN-PIERRE" not in text
    kept = event.registration(reg.id)
    assert kept is not None and (kept.first_name, kept.last_name) == ("JEAN-PIERRE", "LE GOFF")


def test_certificates_and_sign_in_sheets_name_people_tidily(event: Event, clock,  # type: ignore[no-untyped-def]
                                                            tmp_path) -> None:
    from reports_helpers import add_person, check_in

    from checkin.core.reports import certificates, sheets
    reg_id = add_person(event, "le goff", "JEAN-PIERRE", "Ville de Brest", ("A",))
    check_in(event, reg_id)
    clock.advance(days=1)
    certificates.write(event, tmp_path / "attestations.pdf")
    (certificate,) = [p.extract_text() for p in PdfReader(tmp_path / "attestations.pdf").pages]
    assert "Jean-Pierre LE GOFF" in certificate and "JEAN-PIERRE" not in certificate
    report = sheets.write(event, tmp_path / "sheets.pdf", only=["morning"])
    (sheet,) = [p.extract_text() for p in PdfReader(report.path).pages]
    assert "LE GOFF" in sheet and "Jean-Pierre" in sheet and "JEAN-PIERRE" not in sheet


def test_the_ticket_e_mail_greets_the_person_tidily(event: Event) -> None:
    from checkin.core.tickets import message, templates
    from checkin.core.tickets.plan import ticket_of
    reg, _ = reception.walk_in(event, {"first_name": "marie", "last_name": "DE LA FONTAINE",
                                       "email": "marie@example.org"}, (), check_in_now=False)
    msg = message.build(ticket_of(event, reg), event.programme, templates.built_in("fr"),
                        "accueil@example.org")
    plain = msg.get_body(("plain",)).get_content()
    assert "Bonjour Marie," in plain
    assert msg["To"].addresses[0].display_name == "Marie de la Fontaine"
