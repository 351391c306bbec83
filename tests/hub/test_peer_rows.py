"""The hub's rows made into entries by `peer_rows` come out as `Entry.from_peer_row`
makes them: the same payload, its text kept only when canonical, the same refusals; and
as journal rows (`peer_rows.peer_rows`, for `merging.merge_rows`), the rows those
entries store. Plain Python: no server needed."""

from __future__ import annotations

import json

import pytest

from checkin.core import journal as j
from checkin.core.errors import Problem
from checkin.core.hub.peer_rows import loads, peer_entries, peer_rows

PAYLOADS = [
    '{"at":"2022-12-08T09:40:00"}',  # canonical
    '{"at": "2022-12-08T09:40:00"}',  # spaces
    '{"b":1,"a":2}',  # keys out of order
    '{"name":"\\u00e9lodie"}',  # an escape where the canonical form has the letter
    '{"name":"élodie","n":[1,2.5,null,true],"o":{"z":{},"y":[]}}',
    '{"big":1e400,"nan":NaN,"f":1.0E2}',  # numbers spelt otherwise
    ' {"a":1}\n',  # white space around
    '{"a":"tab\\there, quote \\" and backslash \\\\"}',
    '[1,2]',  # JSON, not an object: the checks refuse it later, as from_peer_row's would
    '"text"',
]
BROKEN = ['{not json', '{"a":1} trailing', '', '{"a":1}{"b":2}', '{"a":\n']


@pytest.mark.parametrize("text", PAYLOADS)
def test_an_entry_is_made_as_from_peer_row_makes_it(text: str) -> None:
    row = ("e" * 32, "s" * 12, 3, "0000000000001.00000", j.CHECKIN_RECORDED, "r", text)
    (got,), refused = peer_entries([(7, *row)], held=set())
    want = j.Entry.from_peer_row(row)
    assert not refused
    assert got == want and got.payload_text == want.payload_text
    assert json.dumps(got.payload) == json.dumps(want.payload)  # NaN != NaN for ==


@pytest.mark.parametrize("text", BROKEN)
def test_a_payload_that_is_not_json_is_refused_as_before(text: str) -> None:
    row = ("e" * 32, "s" * 12, 3, "0000000000001.00000", j.CHECKIN_RECORDED, "r", text)
    with pytest.raises(ValueError) as before:
        j.Entry.from_peer_row(row)
    with pytest.raises(ValueError) as now:
        loads(text)
    assert str(now.value) == str(before.value)
    entries, refused = peer_entries([(9, *row)], held=set())
    assert entries == [] and [str(r) for r in refused] == [f"hub entry #9: {before.value}"]
    (why,) = refused  # and for the GUI: a code, the row's serial, station and number
    assert (why.code, why.details, why.station, why.seq) == (
        Problem.ENTRY_NOT_READ_HUB, (("serial", "9"),), "s" * 12, 3)


@pytest.mark.parametrize("payload", [None, b"{}", 3])
def test_a_payload_column_that_is_no_text_is_refused_not_raised(payload: object) -> None:
    """The hub's payload column is text; a row read otherwise (a hub altered by hand) is
    refused with the rest of the pull merged, not an exception that stops the sync."""
    good = ("d" * 32, "s" * 12, 2, "0000000000001.00000", j.CHECKIN_RECORDED, "r", "{}")
    bad = ("e" * 32, "s" * 12, 3, "0000000000001.00000", j.CHECKIN_RECORDED, "r", payload)
    entries, (why,) = peer_entries([(8, *good), (9, *bad)], held=set())
    assert [e.id for e in entries] == ["d" * 32]
    assert why.code == Problem.ENTRY_NOT_READ_HUB and str(why).startswith("hub entry #9: ")


def test_held_rows_are_left_out() -> None:
    rows = [(n, f"{n:032x}", "s" * 12, n, "c", "k", "r", "{}") for n in range(4)]
    entries, _ = peer_entries(rows, held={f"{1:032x}", f"{3:032x}"})
    assert [e.seq for e in entries] == [0, 2]


@pytest.mark.parametrize("text", [
    '{"code":"C1","extra":{},"fields":{"last_name":"Élodie"},"sessions":["A"],'
    '"source":"import","submitted_at":""}',  # canonical
    '{"source":"import","code":"C1","extra":{},"fields":{"last_name":"\\u00c9lodie"},'
    '"sessions":["A"],"submitted_at":""}',  # not
])
def test_a_created_registration_is_stored_as_from_peer_row_stores_it(text: str) -> None:
    """Its text is not kept (the journal writes the canonical one): the same row."""
    row = ("e" * 32, "s" * 12, 3, "0000000000001.00000", j.REGISTRATION_CREATED, "r", text)
    (got,), refused = peer_entries([(7, *row)], held=set())
    want = j.Entry.from_peer_row(row)
    assert not refused and got == want and got.row() == want.row()
    assert got.row()[6] == j.dump(json.loads(text))


CREATED = [
    '{"code":"C1","extra":{},"fields":{"last_name":"Élodie"},"sessions":["A"],'
    '"source":"import","submitted_at":""}',
    '{"source":"import","code":"C1","extra":{},"fields":{"last_name":"\\u00c9lodie"},'
    '"sessions":["A"],"submitted_at":""}',
    '{"code":"C1","extra":{"n":1},"fields":{},"sessions":[],"source":"","submitted_at":""}',
]


@pytest.mark.parametrize(("kind", "text"), [
    *((j.CHECKIN_RECORDED, t) for t in PAYLOADS + BROKEN),
    *((j.REGISTRATION_CREATED, t) for t in CREATED + PAYLOADS)])
def test_a_journal_row_holds_what_the_entry_stores(kind: str, text: str) -> None:
    """`peer_rows`' row is the row that `peer_entries`' entry stores (`Entry.row`), its
    payload the entry's; the same refusals, the same rows held back."""
    row = ("e" * 32, "s" * 12, 3, "0000000000001.00000", kind, "r", text)
    held = (5, "f" * 32, *row[1:])
    entries, refused = peer_entries([(7, *row), held], held={"f" * 32})
    rows, payloads, refused_rows = peer_rows([(7, *row), held], held={"f" * 32})
    assert rows == [e.row() for e in entries]
    assert json.dumps(payloads) == json.dumps([e.payload for e in entries])  # NaN
    assert [(str(r), r.code, r.details) for r in refused_rows] == [
        (str(r), r.code, r.details) for r in refused]
