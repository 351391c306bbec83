"""Overbooked sessions in words, for the dashboard, the re-import and the programme: a red
banner that names each session and its figures (never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from checkin.core.overbooking import Overbooking
from checkin.gui.widgets import WrapLabel

translate = QCoreApplication.translate


def overbooking_text(items: Sequence[Overbooking]) -> str:
    """"⚠ Overbooked: C — 85 registered for 50 places; F — …", or "" when none is."""
    if not items:
        return ""
    each = "; ".join(
        translate("Overbooking", "%1 — %2 registered for %n place(s)", None, o.capacity)
        .replace("%1", o.session).replace("%2", str(o.registered)) for o in items)
    return translate("Overbooking", "⚠ Overbooked: %1.").replace("%1", each)


class OverbookingBanner(WrapLabel):
    """Shown only while some session is overbooked; `items` holds those it names."""

    def __init__(self) -> None:
        super().__init__(objectName="overbooked")
        self.items: list[Overbooking] = []
        self.hide()

    def show_items(self, items: Sequence[Overbooking]) -> None:
        self.items = list(items)
        self.setText(overbooking_text(items))
        self.setVisible(bool(items))
