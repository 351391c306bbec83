"""The embedded TrueType fonts every PDF uses, so any imported name can be drawn.

reportlab is loaded when fonts are registered, not by importing this module: the badge
layouts name these fonts, and the desk reads layouts without drawing anything."""

from __future__ import annotations

from functools import cache

from checkin.resources import resource

REGULAR = "CheckinSans"
BOLD = "CheckinSans-Bold"
CONDENSED = "CheckinSansCondensed"
CONDENSED_BOLD = "CheckinSansCondensed-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          CONDENSED: "DejaVuSansCondensed.ttf", CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf"}


@cache
def register_fonts() -> None:
    """Register the fonts with reportlab once per process."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of `text` the font cannot draw (they would print as boxes)."""
    from reportlab.pdfbase import pdfmetrics
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return {ch for ch in text if ch.isprintable() and ord(ch) not in face.charToGlyph}
