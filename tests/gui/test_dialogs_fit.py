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
        assert dialog.height() <= dialog.heightForWidth(dialog.width())  # no blank band
    finally:
        french.setStyleSheet(before)
    assert "chaque accueil est d’abord écrit ici" in " ".join(
        w.text().replace("\u200b", "") for w in dialog.findChildren(type(dialog.problem)))


@pytest.mark.parametrize("screen", [768, 1080])
def test_the_card_s_captions_grow_with_the_type(qtbot, settings, key_clock, event_path,  # type: ignore[no-untyped-def]
                                                 clock, styled, screen):
    """On a large screen the type is larger: "Code du badge" still reads on one line."""
    from helpers_gui import type_slowly
    from test_fit import station

    from checkin.gui.settings import Mode
    styled(screen)
    window, _ = station(qtbot, settings, key_clock, event_path, clock, Mode.RECEPTION,
                        (1920, 1080) if screen == 1080 else (1366, 768))
    try:
        card = window.desk.card
        type_slowly("ber", key_clock)
        qtbot.waitUntil(lambda: card.registration is not None)
        qtbot.wait(30)
        captions = {c.text(): c for c, _ in card._pairs if c.isVisible()}
        for name in ("Code du badge", "Type de structure", "Département"):
            caption = captions[name]
            one_line = caption.fontMetrics().lineSpacing()
            assert caption.heightForWidth(caption.width()) < 2 * one_line, name
    finally:
        window.shutdown()


@pytest.mark.parametrize(("language", "example"), [
    ("fr", "postgresql://checkin_ev_…@serveur/base"),
    ("en", "postgresql://checkin_ev_…@server/database")])
def test_the_hub_address_s_example_is_in_the_interface_s_language(qapp, qtbot, language,  # type: ignore[no-untyped-def]
                                                                  example):
    from checkin.gui.app import install_translations
    from checkin.gui.stations.hub_dialog import HubDialog
    install_translations(qapp, language)
    dialog = HubDialog(None, None, False, keyring=True)
    qtbot.addWidget(dialog)
    assert dialog.address_field.placeholderText() == example
