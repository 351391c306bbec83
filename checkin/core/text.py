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


class _Marks(dict[int, int | None]):
    """Code point -> None for a combining mark (dropped by str.translate), else itself;
    filled as characters are met."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _Marks()
# str.translate looks each character up (1-2 µs a name): a regex finds the few names that
# need it. The marks of U+0300-U+036F (Latin, Greek and Cyrillic accents; not U+034F, the
# grapheme joiner, no mark) are most of those met: one regex drops them.
_HAS_LIGATURE = re.compile("[" + re.escape("".join(map(chr, _LIGATURES))) + "]")
_COMMON_MARKS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]")


def fold(text: str) -> str:
    """Lower-case, accent-free, ligature-free form of `text` for comparisons."""
    if text.isascii():  # nothing to translate, decompose or strip
        return text.casefold()
    if _HAS_LIGATURE.search(text):
        text = text.translate(_LIGATURES)
    text = unicodedata.normalize("NFKD", text)
    plain = _COMMON_MARKS.sub("", text)
    if plain.isascii():  # every other character was one of those marks
        return plain.casefold()
    return text.translate(_MARKS).casefold()


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
    return name_part_key(first_name) + "|" + name_part_key(last_name)


def name_part_key(name: str) -> str:
    """One side of `name_key`: a first or a last name up to case, accents, spaces and
    punctuation."""
    return "".join(tokens(name))
