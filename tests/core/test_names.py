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
