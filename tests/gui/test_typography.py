"""What code puts between translated pieces follows each language's typography: French
sets a non-breaking space before ; and :, English none (the overbooking banner, the badge
preview's missing characters, the entries a merge refused)."""

from __future__ import annotations

import pytest

from checkin.core.overbooking import Overbooking
from checkin.gui.organiser.overbooking import overbooking_text
from checkin.gui.typography import joined, labelled

pytestmark = pytest.mark.gui
OVER = [Overbooking("C", 85, 50), Overbooking("F", 80, 50)]


def test_french_puts_a_non_breaking_space_before_semicolons_and_colons(french) -> None:  # type: ignore[no-untyped-def]
    assert joined(["a", "b"]) == "a\u00a0; b"
    assert labelled("Éléna (K7Q2XM)", "漢字") == "Éléna (K7Q2XM)\u00a0: 漢字"
    assert overbooking_text(OVER) == ("⚠ Surréservé\u00a0: C — 85 inscrits pour 50 places"
                                      "\u00a0; F — 80 inscrits pour 50 places.")


def test_english_puts_none(qapp) -> None:  # type: ignore[no-untyped-def]
    assert joined(["a", "b"]) == "a; b"
    assert labelled("x", "y") == "x: y"
    text = overbooking_text(OVER)
    assert text.startswith("⚠ Overbooked: C — 85 registered for 50 place")
    assert "; F — 80 registered" in text and "\u00a0" not in text
