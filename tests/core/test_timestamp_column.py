"""A column of form answer times read at once (`TimestampReader.parse_all`, what the
import's plan uses) gives, cell by cell, what reading each cell alone gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core.importing.values import TimestampReader

STAMP_PARTS = st.sampled_from(["03/10/2022", "2022-10-03", "31/02/2022", "10/23/2022", "ab/cd/efgh",
                               " 3/10/2022", "03/10/22  "])
TIME_PARTS = st.sampled_from(["09:14:17", "23:59:59", "24:00:00", "12:60:00", "１２:00:00",
                              "9:14:17 ", "09:14:1"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(STAMP_PARTS, st.sampled_from([" ", "T", "à", ""]), TIME_PARTS)
                .map("".join) | st.sampled_from(["", " ", "pas une date", "\x00"]),
                max_size=8),
       st.integers(1, 4))
def test_a_column_of_timestamps_reads_as_each_cell_alone(cells: list[str], many: int) -> None:
    column = cells * many
    assert TimestampReader(column).parse_all(column) == [
        TimestampReader(column).parse(cell) for cell in column]
