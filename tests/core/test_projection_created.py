"""A registration that only its creation is known of (an import's new people) is written
by a short path (`projection.write_created`): the same rows as the whole fold gives."""

from collections import defaultdict
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from checkin.core import journal as j
from checkin.core import projection
from checkin.core.model import FIELDS

texts = st.text(max_size=12)
values = st.one_of(texts, st.integers(), st.booleans(), st.floats(allow_nan=False))
payloads = st.fixed_dictionaries(
    {"code": st.text("ABCDEFGHJK", min_size=6, max_size=6),
     "fields": st.dictionaries(st.sampled_from(FIELDS), st.one_of(texts, values))},
    optional={"extra": st.dictionaries(texts, texts, max_size=3),
              "sessions": st.lists(st.sampled_from(["A", "B", "DEJ"]), max_size=4),
              "source": st.sampled_from(["import", "walkin"]),
              "submitted_at": texts})


def _rows(write: Any) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    write(out)
    return {table: rows for table, rows in out.items() if rows}


@given(payloads, st.booleans())
def test_a_creation_alone_is_written_as_the_whole_fold_writes_it(
        payload: dict[str, Any], every_field_text: bool) -> None:
    if every_field_text:  # what an import makes: every field, all text
        payload["fields"] = {name: str(payload["fields"].get(name, "")) for name in FIELDS}
    entry = j.Entry("a" * 32, "b" * 12, 1, j.format_clock(1, 0), j.REGISTRATION_CREATED,
                    "c" * 32, payload)
    fold = projection._RegistrationFold(entry.subject)
    fold.apply(entry)
    assert _rows(lambda out: projection.write_created(entry.subject, payload, out)) \
        == _rows(fold.write)


@given(st.lists(st.dictionaries(st.sampled_from(["a", "b"]),
                                st.one_of(st.sampled_from(["x", "y"]), st.sampled_from(
                                    [1, 1.0, True, 0, False, 0.0])), max_size=2),
                min_size=1, max_size=6))
def test_the_json_of_extras_met_before_is_the_json_of_these_extras(
        extras: list[dict[str, Any]]) -> None:
    known: dict[Any, str] = {}  # as one refold keeps them, from one registration to the next
    for extra in extras:
        payload = {"code": "ABCDEF", "fields": {}, "extra": extra}
        assert _rows(lambda out, p=payload: projection.write_created(
            "c" * 32, p, out, known)) == _rows(
            lambda out, p=payload: projection.write_created("c" * 32, p, out))
