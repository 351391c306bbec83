"""Text folding shared by search, import deduplication and session matching."""

import re
import unicodedata

# Letters that NFKD does not decompose but that people type as two ASCII letters.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
     "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "’": "'", "‘": "'"}
)
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w@.+]+")  # \w: letters of every script, digits, _


def fold(text: str) -> str:
    """Lower-case, accent-free, ligature-free form of `text` for comparisons."""
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def tokens(text: str) -> list[str]:
    """Folded words of `text`: hyphens, apostrophes and punctuation split words."""
    return [t for t in _NON_WORD.split(fold(text)) if t]


def clean(value: object) -> str:
    """A cell's text with surrounding and repeated white space removed."""
    if value is None:
        return ""
    return _SPACES.sub(" ", str(value)).strip()


def name_key(first_name: str, last_name: str) -> str:
    """Identity of a name up to case, accents, spaces and punctuation."""
    return "".join(tokens(first_name)) + "|" + "".join(tokens(last_name))
