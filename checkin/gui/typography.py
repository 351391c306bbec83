"""Punctuation that code puts between translated pieces, itself translated: French sets a
non-breaking space (U+00A0) before ; : ! ? where English sets none. The catalogues follow
the same rule (tests/test_translations.py checks every French translation for it)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def joined(items: Iterable[str]) -> str:
    """Items of a list that may hold commas themselves ("A — 85 for 50; F — …")."""
    return translate("Typography", "; ").join(items)


def labelled(label: str, value: str) -> str:
    """A value after its label ("Éléna (K7Q2XM): 漢字")."""
    return translate("Typography", "%1: %2").replace("%1", label).replace("%2", value)
