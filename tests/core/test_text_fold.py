"""`fold` (search, sorting by name, import matching) gives what its first, plain form gave:
letters kept, marks dropped, ligatures spelt out, case folded, in any script."""

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core.text import _LIGATURES, _fold_reference, _Folds, fold


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_fold_is_the_plain_fold() -> None:
    rng = random.Random(14)
    names = ["Lefèvre", "Nguyễn Thị Minh Khai", "Łukasiewicz", "Ærøskøbing", "Straße",
             "Ǆemal", "ﬁlm", "Ὀδυσσεύς", "İstanbul", "O’Brien", "①②", "ｱｲ", "Å", "DUPONT", ""]
    names += ["".join(chr(rng.randrange(32, 0x3000)) for _ in range(12)) for _ in range(3000)]
    accents = [chr(c) for c in range(0x300, 0x370)]  # the marks a regex drops (and U+034F)
    names += ["".join(rng.choice([*accents, *"aeEç é-'œ"]) for _ in range(8))
              for _ in range(3000)]
    assert [fold(n) for n in names] == [_plain_fold(n) for n in names]


# Characters where a fast path could part from the definition: combining marks (Latin,
# Greek, Cyrillic, Hebrew, Devanagari), Greek (final sigma), Cyrillic, CJK, Hangul
# syllables (NFKD splits them), ligatures, ß, dotless and dotted i, ŀ (NFKD gives l·), ﬁ,
# full-width and circled forms, apostrophes, dashes.
_TRICKY = ("\u0301\u0300\u0308\u0327\u034f\u0345\u05b0\u093c\u20dd"
           "ΣσςΌΐΰ΅ЁйЇҐ漢字かカ한글ﾊ"
           "œŒæÆßẞøØłŁđĐıİŀĿﬁﬂﬀǅǄĲ①ｱＡ’‘ʼ-‐–—\u00a0")
_NAMES = st.text(st.one_of(st.sampled_from(_TRICKY), st.characters()), max_size=30)


@settings(max_examples=2000, deadline=None)
@given(text=_NAMES)
def test_fold_is_its_reference(text: str) -> None:
    assert fold(text) == _fold_reference(text)


@pytest.mark.parametrize("text", ["Lefèvre", "ŒUVRE", "Straße", "ŀla", "ﬁn", "İI", "ΣΑΣ",
                                  "Ǆ", "한", "漢", "e\u0301\u0327", "O’Brien", "①"])
def test_fold_of_examples_is_its_reference(text: str) -> None:
    assert fold(text) == _fold_reference(text)


def test_fold_of_every_character_is_its_reference() -> None:
    """The table `fold` translates through holds the reference's fold of each character of
    the BMP (a table of its own: the shared one would keep them all); the tests above show
    that folds of characters end to end make a text's."""
    every = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    table = _Folds()
    assert [c.translate(table) for c in every] == [_fold_reference(c) for c in every]
    filled = every[:0x1F00]  # the shared table and its list hold these from the start
    assert [fold(c) for c in filled] == [_fold_reference(c) for c in filled]
