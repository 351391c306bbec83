"""The search index follows writes lazily: a check-in does not re-index in its write's
time; the next search sees every name changed, by an edit here or a merge."""

from __future__ import annotations

from checkin.core import reception


def _statements(event, action) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    event.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        event.conn.set_trace_callback(None)
    return seen


def test_a_check_in_reads_nothing_for_the_search_index(imported_event) -> None:
    event = imported_event
    event.search("a", 1)  # the index is built, as on a desk
    reg = event.registrations()[0]
    statements = _statements(event, lambda: reception.check_in(event, reg))
    assert statements and not [s for s in statements if "organisation, email" in s]


def test_the_next_search_finds_a_name_edited_since_the_index_was_built(imported_event) -> None:
    event = imported_event
    reg = event.registrations()[0]
    event.search("a", 1)
    reception.edit(event, reg, {"last_name": "Zyxwvutsky"})
    reception.check_in(event, event.registration(reg.id))
    assert [r.id for r in event.search("zyxwvutsky")] == [reg.id]


def test_after_many_changes_the_index_is_built_anew_and_finds_them(imported_event) -> None:
    event = imported_event
    people = event.registrations()
    event.search("a", 1)
    before = event._index
    for reg in people[: len(people) // 4]:
        reception.edit(event, reg, {"organisation": "Qwertzuiop Réunis"})
    found = {r.id for r in event.search("qwertzuiop", 500)}
    assert event._index is not before
    assert found == {r.id for r in people[: len(people) // 4]}
