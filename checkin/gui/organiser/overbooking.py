"""Overbooked sessions in words, for the dashboard, the re-import and the programme: a red
banner that names each session and its figures (never colour alone)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from checkin.core.overbooking import Overbooking
from checkin.gui.typography import joined
from checkin.gui.widgets import WrapLabel

translate = QCoreApplication.translate


def overbooking_text(items: Sequence[Overbooking]) -> str:
    """The banner's words ("⚠ Overbooked: C — 85 registered for 50 places; F — …"), or ""
    when no session is overbooked."""
    if not items:
        return ""
    each = joined(_one(o) for o in items)
    return translate("Overbooking", "⚠ Overbooked: %1.").replace("%1", each)


def _one(o: Overbooking) -> str:
    return _WORDS.one(o)


class OverbookingWords(QObject):
    """lupdate marks a message as plural only in a tr() call: hence this small object."""

    def one(self, o: Overbooking) -> str:
        text = self.tr("%1 — %2 registered for %n place(s)", "", o.capacity)
        return text.replace("%1", o.session).replace("%2", str(o.registered))


_WORDS = OverbookingWords()


BANNER_STYLE = """#overbooked { background: #fdecea; border: 1px solid #c0392b;
    border-radius: 6px; padding: 6px 10px; color: #8a1c12; font-weight: bold; }"""


class OverbookingBanner(WrapLabel):
    """Shown only while some session is overbooked; `items` holds those it names."""

    def __init__(self) -> None:
        super().__init__(objectName="overbooked")
        self.setStyleSheet(BANNER_STYLE)  # its own: the New event dialog shows it too
        self.items: list[Overbooking] = []
        self.hide()

    def show_items(self, items: Sequence[Overbooking]) -> None:
        self.items = list(items)
        self.setText(overbooking_text(items))
        self.setVisible(bool(items))
