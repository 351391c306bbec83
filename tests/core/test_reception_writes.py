"""What a scan writes: one short transaction that adds the check-in onto the stored rows,
and projections that still come out as a fold of the whole journal would make them."""

from pathlib import Path

import pytest
from helpers import generated_registrations

from checkin.core import journal as j
from checkin.core import projection_delta, reception
from checkin.core.event import Event
from checkin.core.reception import Outcome

PAGE = 4096


def _rowids(event: Event, reg_id: str) -> tuple[object, ...]:
    return tuple(event.conn.execute("SELECT rowid FROM registrations WHERE id = ?",
                                    (reg_id,)).fetchall())


def test_a_check_in_is_added_onto_the_stored_rows(imported_event: Event) -> None:
    event = imported_event
    reg = next(r for r in event.registrations() if r.sessions and not r.checked_in_at)
    before = _rowids(event, reg.id)
    statements: list[str] = []
    event.conn.set_trace_callback(statements.append)
    try:
        result = reception.scan(event, event.qr(reg))
    finally:
        event.conn.set_trace_callback(None)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.registration is not None and result.registration.checkin_count == 1
    # the person's row updated in place, the choices left alone (not deleted, re-inserted;
    # `choices` has no rowid to compare: the statements say it)
    assert _rowids(event, reg.id) == before
    assert not [s for s in statements if "choices" in s and not s.lstrip().startswith(
        "SELECT")]


def test_check_ins_undos_and_prints_fold_as_the_whole_journal_does(
        imported_event: Event) -> None:
    event = imported_event
    people = [r for r in event.registrations() if not r.checked_in_at][:4]
    for reg in people:
        reception.scan(event, event.qr(reg))
    assert reception.undo_check_in(event, people[0])
    reception.scan(event, event.qr(people[0]))  # in again, after the undo
    assert reception.undo_check_in(event, people[1])
    event.append([j.NewEntry(j.BADGE_PRINTED, people[2].id,
                             {"at": event.timestamp(), "station_name": "Accueil 1"})])
    reception.set_cancelled(event, people[3], True)  # another kind: folded from the journal
    folded = event.digest()
    counts = {r.id: r.checkin_count for r in event.registrations_by_ids(r.id for r in people)}
    assert counts == {people[0].id: 1, people[1].id: 0, people[2].id: 1, people[3].id: 1}
    event.rebuild()
    assert event.digest() == folded


def _pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i:i + PAGE] for i in range(0, len(data), PAGE)]


def test_a_scan_writes_a_handful_of_pages(event: Event, tmp_path: Path) -> None:
    """The pages of the file a check-in's transaction changes: a scan re-folding the
    person wrote about 17.5 to the WAL at 3,000 people, adding onto the rows about 11; in
    the file itself, page 1 included, about 10.5 (ids are random, so the pages vary a
    little from run to run)."""
    event.append(generated_registrations(3000))
    people = event.registrations()[1000:1010]
    reception.scan(event, event.qr(people[0]))  # the station claims its file first
    changed = 0
    for reg in people[1:]:
        before = _pages(event.path)
        assert reception.scan(event, event.qr(reg)).outcome is Outcome.CHECKED_IN
        after = _pages(event.path)
        grown = after[len(before):]  # the file only grows
        changed += sum(a != b for a, b in zip(after, before, strict=False)) + len(grown)
    pages = changed / (len(people) - 1)
    assert pages <= 13.5, pages


def _traced(event: Event, run, on_statement=None) -> list[str]:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def seen(sql: str) -> None:
        statements.append(sql)
        if on_statement is not None:
            on_statement(sql)
    event.conn.set_trace_callback(seen)
    try:
        run()
    finally:
        event.conn.set_trace_callback(None)
    return statements


def test_a_scan_reads_the_person_once_under_the_write_lock(imported_event: Event) -> None:
    """The look-up by code runs inside the check-in's transaction: nothing can check the
    person in between it and the write, so nothing is asked again there (until 2
    December 2026 the person was read before, then `PRAGMA data_version` asked again
    under the lock whether to read them again: two statements more)."""
    event = imported_event
    reg = next(r for r in event.registrations() if not r.checked_in_at)
    results = []
    statements = _traced(event, lambda: results.append(reception.scan(event, event.qr(reg))))
    assert results[0].outcome is Outcome.CHECKED_IN
    reads = [n for n, s in enumerate(statements) if "FROM registrations r WHERE" in s]
    assert len(reads) == 1
    assert statements.index("BEGIN IMMEDIATE") < reads[0] < statements.index("COMMIT")
    assert not [s for s in statements if "data_version" in s]
    assert results[0].registration == event.registration(reg.id)


@pytest.mark.parametrize("how", ["scan", "pick"])
def test_a_check_in_by_another_desk_just_before_the_write_is_seen(
        imported_event: Event, how: str) -> None:
    """Another desk's commit lands right before the scan's (or the list pick's) write
    transaction: the person, read under the write lock, is found checked in there."""
    event = imported_event
    reg = next(r for r in event.registrations() if not r.checked_in_at)
    other = Event.open(event.path)

    def meanwhile(sql: str) -> None:
        if sql == "BEGIN IMMEDIATE" and other is not None and not other.conn.in_transaction:
            assert reception.check_in(other, reg).outcome is Outcome.CHECKED_IN

    def run() -> None:
        results.append(reception.scan(event, event.qr(reg)) if how == "scan"
                       else reception.check_in_by_id(event, reg.id))
    results: list[reception.ScanResult] = []
    try:
        _traced(event, run, meanwhile)
    finally:
        other.close()
    assert results[0].outcome is Outcome.ALREADY_CHECKED_IN
    assert results[0].first_checkin is not None and results[0].first_checkin.at
    assert [e.kind for e in event.entries(reg.id)].count(j.CHECKIN_RECORDED) == 1


def test_a_scan_that_records_nothing_writes_nothing(imported_event: Event) -> None:
    """Already in, or nobody by that id: decided under the write lock, and nothing is
    stored; the transaction is over."""
    event = imported_event
    reg = next(r for r in event.registrations() if not r.checked_in_at)
    assert reception.scan(event, event.qr(reg)).outcome is Outcome.CHECKED_IN
    changes, entries = event.conn.total_changes, len(event.entries())
    assert reception.scan(event, event.qr(reg)).outcome is Outcome.ALREADY_CHECKED_IN
    assert reception.check_in_by_id(event, "no-such-id").outcome is Outcome.UNKNOWN
    assert (event.conn.total_changes, len(event.entries())) == (changes, entries)
    assert not event.conn.in_transaction


def test_a_scan_s_transaction_runs_only_the_statements_it_needs(imported_event: Event) -> None:
    """Inside the write lock: the person read by code, the clock and sequence, the
    journal's row, the check-in's row, the person's first check-in. No look-up of undos
    of the new entry (its id is new: no stored entry names it), nor of stored changes
    when the entries change no registration, nor of the person's row again (read there
    already: until 2 December 2026 asked again whether they are projected), nor of their
    check-ins (none stands: the new one is their first, set from the values in hand; the
    recount looked them up until 2 December 2026)."""
    event = imported_event
    people = [r for r in event.registrations() if not r.checked_in_at][:2]
    reception.scan(event, event.qr(people[0]))  # the station claims its file first
    statements: list[str] = []
    event.conn.set_trace_callback(statements.append)
    try:
        assert reception.scan(event, event.qr(people[1])).outcome is Outcome.CHECKED_IN
    finally:
        event.conn.set_trace_callback(None)
    inside = statements[statements.index("BEGIN IMMEDIATE") + 1:statements.index("COMMIT")]
    assert len(inside) == 5, inside
    assert not [s for s in inside if "$.entry" in s or "SELECT subject" in s]
    assert not [s for s in inside if s.startswith("SELECT id FROM registrations")]
    assert not [s for s in inside if "FROM checkins" in s]
    assert event.registration(people[1].id) == reception.scan(
        event, event.qr(people[1])).registration  # "already in": as the file has them


def test_only_check_ins_fold_as_first_check_ins(imported_event: Event) -> None:
    event = imported_event
    reg = next(r for r in event.registrations() if not r.checked_in_at)
    printed = j.Entry("id1", "st", 1, "0000000000001.00000", j.BADGE_PRINTED, reg.id,
                      {"at": "2026-12-02T09:00:00+01:00"})
    with pytest.raises(ValueError, match="only check-ins"):
        projection_delta.fold_first_checkins(event.conn, [printed])


def test_check_ins_folded_without_asking_the_person_again_are_those_a_rebuild_makes(
        imported_event: Event) -> None:
    """Scans and picks (their person read under the lock, not asked again by the fold)
    leave the projections as folding the journal afresh makes them."""
    event = imported_event
    people = [r for r in event.registrations() if not r.checked_in_at][:6]
    for n, reg in enumerate(people):
        result = (reception.scan(event, event.qr(reg)) if n % 2
                  else reception.check_in_by_id(event, reg.id))
        assert result.outcome is Outcome.CHECKED_IN
    reception.undo_check_in(event, people[0])
    assert reception.check_in(event, people[0]).outcome is Outcome.CHECKED_IN
    before = event.digest()
    event.rebuild()
    assert event.digest() == before
