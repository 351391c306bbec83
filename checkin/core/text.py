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


def _fold_reference(text: str) -> str:
    """`fold` by its definition: ligatures spelt out, NFKD, combining marks dropped, case
    folded. Slow (a Python test per character); `fold` gives the same, faster."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _Folds(dict[int, str]):
    """Code point -> `_fold_reference` of that one character, filled as characters are met.

    Each step of the reference works character by character: the ligature table, NFKD's
    decompositions (its reordering only moves combining marks, all dropped), dropping the
    marks and casefold (no context, unlike lower's final sigma). So the fold of a text is
    the folds of its characters end to end: one `str.translate`, in C, through this table.
    """

    def __missing__(self, code: int) -> str:
        self[code] = value = _fold_reference(chr(code))
        return value


_FOLDS = _Folds()
# The folds of U+0000-U+1F00 (Latin with its extensions, Vietnamese's included, Greek,
# Cyrillic, and the scripts between) as a list, which str.translate reads in half the
# time of the dict subclass; characters past its end are kept as they are, so not ASCII.
# Made at the first text that is not ASCII (6-12 ms), not at import: the app shows its
# desk before it folds any.
_TABLE: list[str] = []
# Latin-1 byte -> its fold, for the characters that fold to one ASCII character (0x80,
# never a fold, for the others: ß, æ, µ, ½, þ...); made with _TABLE.
_LATIN1 = b""
_LONG = 1000  # characters from which a text may be worth the Latin-1 attempt


def _make_tables() -> None:
    global _LATIN1
    table = [_FOLDS[code] for code in range(0x1F00)]  # a character missing: a call, once
    _LATIN1 = bytes(ord(f) if len(f) == 1 and f.isascii() else 0x80 for f in table[:256])
    _TABLE[:] = table  # last: a thread that finds it full finds _LATIN1 made


def fold(text: str) -> str:
    """Lower-case, accent-free, ligature-free form of `text` for comparisons."""
    if text.isascii():  # casefold alone is quicker than a table
        return text.casefold()
    if not _TABLE:
        _make_tables()
    if len(text) >= _LONG:  # many names joined, say
        latin = _fold_latin1(text)
        if latin is not None:
            return latin
    folded = text.translate(_TABLE)
    if folded.isascii():  # every character was in the list (and folds to ASCII)
        return folded
    return text.translate(_FOLDS)


def _fold_latin1(text: str) -> str | None:
    """`fold(text)` for a Latin-1 text whose characters each fold to one ASCII character,
    None for any other: one bytes.translate, thirty times quicker than str.translate
    (50,000 names joined: 0.6 ms against 18)."""
    try:
        data = text.encode("latin-1").translate(_LATIN1)
    except UnicodeEncodeError:
        return None
    return None if b"\x80" in data else data.decode("ascii")


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
