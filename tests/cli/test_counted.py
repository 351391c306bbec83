"""What the commands say counts: "1 e-mail", "2 e-mails", never "1 e-mails"."""

from __future__ import annotations

import pytest

from checkin.commands.common import counted


@pytest.mark.parametrize(("n", "word", "words", "said"), [
    (0, "e-mail", "", "0 e-mails"), (1, "e-mail", "", "1 e-mail"),
    (2, "e-mail", "", "2 e-mails"), (1, "entry", "entries", "1 entry"),
    (12_500, "entry", "entries", "12500 entries")])
def test_one_is_singular(n: int, word: str, words: str, said: str) -> None:
    assert counted(n, word, words) == said
