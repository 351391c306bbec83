"""`Entry.of` makes the same Entry as the dataclass's constructor, without it."""

from __future__ import annotations

import dataclasses
import tracemalloc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin.core import journal as j

texts = st.text(max_size=40)
fields = st.tuples(texts, texts, st.integers(), texts, texts, texts,
                   st.dictionaries(texts, texts, max_size=3), st.none() | texts)


@given(fields)
def test_of_equals_the_constructor(values: tuple[Any, ...]) -> None:
    made, built = j.Entry.of(*values), j.Entry(*values)
    assert made == built and repr(made) == repr(built)
    assert vars(made) == vars(built)  # payload_text too, which equality leaves out
    assert dataclasses.astuple(made) == dataclasses.astuple(built)


def test_of_without_a_payload_text_has_none() -> None:
    made = j.Entry.of("i", "s", 1, "c", "k", "sub", {})
    assert made.payload_text is None and made.row()[6] == "{}"


def test_an_entry_made_by_of_stays_frozen_and_replaceable() -> None:
    made = j.Entry.of("i", "s", 1, "c", "k", "sub", {"a": "b"}, '{"a":"b"}')
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.seq = 2  # type: ignore[misc]
    assert dataclasses.replace(made, seq=2) == j.Entry("i", "s", 2, "c", "k", "sub", {"a": "b"})


def test_from_row_keeps_the_row_s_text() -> None:
    row = ("i", "s", 3, "c", "k", "sub", '{"a": 1}')
    entry = j.Entry.from_row(row)
    assert entry == j.Entry("i", "s", 3, "c", "k", "sub", {"a": 1}, '{"a": 1}')
    assert entry.row() == row


def test_entries_made_by_of_take_no_more_memory_than_the_constructor_s() -> None:
    """Set through `__dict__`, each instance held a dict of its own (a quarter more
    memory, attribute reads 3.5 times as slow): `of` keeps the constructor's layout."""
    def allocated(make: Any) -> int:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            made = [make(f"{n:032x}", "s", n, "c", "k", "sub", {}, "{}") for n in range(2000)]
            size = tracemalloc.get_traced_memory()[0] - before
            del made
            return size
        finally:
            tracemalloc.stop()
    assert allocated(j.Entry.of) <= allocated(j.Entry) * 1.05
