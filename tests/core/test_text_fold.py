"""`fold` (search, sorting by name, import matching) gives what its first, plain form gave:
letters kept, marks dropped, ligatures spelt out, case folded, in any script."""

import random
import unicodedata

from checkin.core.text import _LIGATURES, fold


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
