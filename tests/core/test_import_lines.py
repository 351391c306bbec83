"""A CSV file's lines read by blocks (readers._Lines._blocks) give what reading them one
by one gives: the same rows, the same rows cleaned of control characters, the same line
count, the same refusal; wherever the blocks end (tiny blocks here), whatever the file's
line ends, controls, NULs, long lines and encoding."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core.errors import ImportFileError
from checkin.core.importing import readers

PIECES = ["a", "é", "Zoë", ",", ";", '"', '""', " ", "  ", "\n", "\r\n", "\r", "\t", "\x1b",
          "\x00", "\x85", "\u2028", "\x0c", "x" * 9, "😀"]


def parsed(path: Path, encoding: str, block: int | None) -> Any:
    """What _parse_text gives (or the refusal it raises): by blocks of `block`
    characters, or line by line when None."""
    def one_by_one(self: readers._Lines) -> Iterator[str]:
        return readers._one_by_one(self)

    with ExitStack() as stack:
        stack.enter_context(patch.object(readers, "MAX_LINE", 12))
        if block is None:
            stack.enter_context(patch.object(readers._Lines, "__iter__", one_by_one))
        else:
            stack.enter_context(patch.object(readers, "_BLOCK", block))
        try:
            rows, cleaned, lines = readers._parse_text(path, encoding, ",")
        except (ImportFileError, UnicodeDecodeError) as exc:
            return type(exc).__name__, str(exc)
    return [(r.number, r.cells, r.width) for r in rows], cleaned, lines


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
       block=st.integers(1, 40),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_blocks_read_as_lines_one_by_one(tmp_path_factory: pytest.TempPathFactory, text: str,
                                         block: int, encoding: str) -> None:
    path = tmp_path_factory.mktemp("lines") / "export.csv"
    path.write_bytes(text.encode(encoding, "replace"))
    assert parsed(path, encoding, block) == parsed(path, encoding, None)


def test_a_bad_byte_late_in_the_file_is_found(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"Nom,Pr\xc3\xa9nom\n" + b"Durand,L\xc3\xa9a\n" * 5000 + b"Roy,Zo\xeb\n")
    with pytest.raises(UnicodeDecodeError):
        readers._parse_text(path, "utf-8-sig", ",")
    table = readers.read_table(path)
    assert table.encoding == "cp1252" and table.rows[-1].cells == ["Roy", "Zoë"]
