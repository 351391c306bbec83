"""Dialogs seen on the README's screenshots: every word fits, in French, as they open."""

from __future__ import annotations

import pytest
from fitting import cut_words

pytestmark = pytest.mark.gui


def test_the_hub_dialog_shows_its_whole_explanation(french, qtbot):  # type: ignore[no-untyped-def]
    from checkin.gui.app import style_sheet
    from checkin.gui.stations.hub_dialog import HubDialog
    before = french.styleSheet()
    french.setStyleSheet(style_sheet(13))  # larger type than the tests draw by default
    try:
        dialog = HubDialog(None, None, False, keyring=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_words(dialog) == []
    finally:
        french.setStyleSheet(before)
    assert "chaque accueil est d’abord écrit ici" in " ".join(
        w.text().replace("\u200b", "") for w in dialog.findChildren(type(dialog.problem)))
