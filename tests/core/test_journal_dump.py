"""`journal.dump` writes a created registration's payload by hand: the same bytes as the
general canonical encoder, for any text, and the general encoder's answer (or error) for
anything else of that shape."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core import journal


def canonical(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


texts = st.text()  # every code point, lone surrogates and controls included
created = st.fixed_dictionaries({
    "code": texts, "source": texts, "submitted_at": texts,
    "fields": st.dictionaries(texts, texts, max_size=12),
    "extra": st.dictionaries(texts, texts, max_size=4),
    "sessions": st.lists(texts, max_size=4),
})


@settings(max_examples=500)
@given(created)
def test_created_payloads_dump_as_the_general_encoder(payload: dict[str, Any]) -> None:
    assert journal.dump(payload) == canonical(payload)


def test_the_hand_written_path_is_taken_for_an_import_s_payload() -> None:
    payload = {"code": "K7Q2", "source": "import", "submitted_at": "2022-10-03T09:13:23",
               "fields": {"last_name": "Huet", "first_name": "Inès", "email": "\"a\"\n"},
               "extra": {"Régime": "Sans porc\t", "A": ""}, "sessions": ["A", "F"]}
    assert journal._dump_created(payload) == canonical(payload)


def test_a_percent_sign_in_a_key_or_a_value_is_text_like_any_other() -> None:
    # the dicts are written through %-templates made from their keys
    payload = {"code": "%s", "source": "100%", "submitted_at": "%%",
               "fields": {"%s": "%d", "taux %": "50 %"}, "extra": {"%(x)s": "%"},
               "sessions": ["%s"]}
    assert journal._dump_created(payload) == canonical(payload)
    assert journal.dump(payload) == canonical(payload)


values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                   texts, st.lists(texts, max_size=2))
odd = st.fixed_dictionaries({
    "code": values, "source": values, "submitted_at": values,
    "fields": st.one_of(st.dictionaries(texts, values, max_size=3), values),
    "extra": st.one_of(st.dictionaries(st.one_of(texts, st.integers()), texts, max_size=3),
                       values),
    "sessions": st.one_of(st.lists(values, max_size=3), st.tuples(texts), values),
})


@settings(max_examples=500)
@given(odd)
def test_other_values_of_that_shape_get_the_general_encoder_s_answer(
        payload: dict[str, Any]) -> None:
    try:
        expected = canonical(payload)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            journal.dump(payload)
        return
    assert journal.dump(payload) == expected


@given(st.one_of(values, st.dictionaries(texts, values, max_size=3)))
def test_any_json_a_peer_may_send_dumps_as_the_general_encoder(payload: Any) -> None:
    assert journal.dump(payload) == canonical(payload)
