"""What a sync sends and reads, against a real PostgreSQL server: a station never pulls
back what it pushed, a sync after a check-in looks at the new entries only (not the
whole journal against what the hub holds), entries brought by a bundle from a
station that never reaches the hub are still relayed through it, a station's first push
leaves out what the hub already holds, a station that lost its record of what the hub
holds sends it again without doubling anything, and what a station pulls but already
holds is not decoded again."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub, pull_merge
from checkin.core.hub import sync as hub_sync
from checkin.core.hub.schema import EventAccess, EventInfo, entries_table
from checkin.core.progress import Progress
from checkin.core.sync import merge_bundles, write_bundle
from checkin.core.sync.merging import MergeReport, merge_rows


@pytest.fixture
def access(hub_url: str, imported_event: Event) -> EventAccess:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    return add_event(owner, password, EventInfo.of(imported_event))


def _statements(event: Event) -> list[str]:
    said: list[str] = []
    event.conn.set_trace_callback(said.append)
    return said


def test_a_push_is_not_pulled_back(access: EventAccess, imported_event: Event) -> None:
    sync = HubSync(imported_event, access.address, access.password)
    first = sync.run_once()
    assert first.pushed > 300 and first.pulled == 0
    reception.check_in(imported_event, imported_event.registrations()[0])
    second = sync.run_once()
    assert (second.pushed, second.pulled, second.waiting) == (1, 0, 0)
    sync.close()


def test_the_first_push_sends_the_journal_without_comparing(access: EventAccess,
                                                          imported_event: Event) -> None:
    sync = HubSync(imported_event, access.address, access.password)
    said = _statements(imported_event)
    first = sync.run_once()
    imported_event.conn.set_trace_callback(None)
    assert first.pushed == len(imported_event.entries()) and first.waiting == 0
    compared = [s for s in said if "NOT IN" in s]
    assert not compared, compared  # nothing is on the hub yet: nothing to compare with
    sync.close()


def test_a_sync_after_a_check_in_reads_only_what_is_new(access: EventAccess,
                                                        imported_event: Event) -> None:
    sync = HubSync(imported_event, access.address, access.password)
    sync.run_once()
    said = _statements(imported_event)
    reception.check_in(imported_event, imported_event.registrations()[1])
    said.clear()
    assert sync.run_once().pushed == 1
    imported_event.conn.set_trace_callback(None)
    whole = [s for s in said if "FROM journal WHERE id NOT IN" in s]
    assert not whole, whole  # the journal is never compared whole with the hub's ids
    listed = [s for s in said if "NOT IN (SELECT id FROM sync_hub_sent" in s or (
        "count(*) FROM sync_hub_sent" in s and "coalesce((SELECT CAST(value" not in s)]
    assert not listed, listed  # nor are the ids sent listed, or counted but as a fallback
    assert _kept_count(imported_event) == _counted(imported_event)
    sync.close()


def test_a_sync_reads_only_the_rows_added_since_the_last(access: EventAccess,
                                                          imported_event: Event) -> None:
    """The journal has no index on station (schema 8): a sync's own new entries are read
    by rowid from where the last sync left, not by a scan of the journal; those another
    connection appended meanwhile are among them."""
    event = imported_event
    sync = HubSync(event, access.address, access.password)
    sync.run_once()
    people = event.registrations()
    reception.check_in(event, people[1])
    with Event.open(event.path, now=event.now) as desk:  # another connection, same station
        reception.check_in(desk, desk.registration(people[2].id))
    said = _statements(event)
    report = sync.run_once()
    event.conn.set_trace_callback(None)
    assert (report.pushed, report.waiting) == (2, 0)
    (own,) = [s for s in said if "FROM journal WHERE rowid >" in s and "station =" in s]
    plan = " ".join(r[3] for r in event.conn.execute("EXPLAIN QUERY PLAN " + own))
    assert "SEARCH journal USING INTEGER PRIMARY KEY (rowid>?)" in plan, plan
    assert not [s for s in said if "FROM journal WHERE id NOT IN" in s]  # no comparison
    sync.close()


def test_entries_from_a_bundle_are_relayed(tmp_path: Path, access: EventAccess,
                                           imported_event: Event) -> None:
    """C never reaches the hub: its bundle, merged at A, reaches B through the hub."""
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    stations.clone(imported_event, tmp_path / "c.checkin", "Salle C")
    sync_a = HubSync(imported_event, access.address, access.password)
    sync_a.run_once()
    reception.check_in(imported_event, imported_event.registrations()[2])
    with Event.open(tmp_path / "c.checkin", now=imported_event.now) as c:  # one clock
        reception.check_in(c, c.registrations()[3])
        write_bundle(c, tmp_path / "c.ckb")
    merge_bundles(imported_event, [tmp_path / "c.ckb"])
    said = _statements(imported_event)
    report = sync_a.run_once()
    imported_event.conn.set_trace_callback(None)
    assert report.pushed >= 2 and report.waiting == 0  # its own check-in and C's
    assert any("FROM journal WHERE id NOT IN" in s for s in said)  # found by comparing
    with Event.open(tmp_path / "b.checkin") as b:
        got = HubSync(b, access.address, access.password).run_once()
        assert got.new >= 2 and b.digest() == imported_event.digest()
    assert sync_a.run_once().pushed == 0  # and nothing is sent twice
    sync_a.close()


def _held(access: EventAccess, event: Event) -> int:
    """How many entries the hub holds for the event."""
    with access.address.connect(access.password) as conn:
        row = conn.execute(f'SELECT count(*) FROM "{entries_table(event.event_id)}"'
                           ).fetchone()
    assert row is not None
    return int(row[0])


def _pushes(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each exchange from now on went the careful way (after a refused insert)."""
    careful: list[bool] = []
    exchange_once = hub_sync.HubLink._exchange_once

    def spy(link: hub_sync.HubLink, conn: object, out: hub_sync.Outgoing,
            **how: bool) -> object:
        careful.append(how["careful"])
        return exchange_once(link, conn, out, **how)  # type: ignore[arg-type]

    monkeypatch.setattr(hub_sync.HubLink, "_exchange_once", spy)
    return careful


def test_a_first_push_leaves_out_what_the_hub_holds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event) -> None:
    """B, a clone holding the same registrations, pushes for the first time after A: the
    pull under the lock says what is there, so only B's check-in goes in (no insert is
    tried and refused, to be made again the careful way)."""
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    HubSync(imported_event, access.address, access.password).run_once()
    with Event.open(tmp_path / "b.checkin", now=imported_event.now) as b:
        reception.check_in(b, b.registrations()[0])
        careful = _pushes(monkeypatch)
        report = HubSync(b, access.address, access.password).run_once()
        assert (report.pushed, report.waiting, careful) == (1, 0, [False])
        assert _held(access, b) == len(b.entries())


def test_a_station_that_lost_its_record_of_the_hub_doubles_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event) -> None:
    """Its record of what the hub holds gone (a file restored from an older copy), the
    station sends entries the hub has: the unique key refuses the plain COPY and the
    same rows go again, skipping those already there."""
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    sync = HubSync(imported_event, access.address, access.password)
    sync.run_once()
    with imported_event.conn:  # the ids and their count
        imported_event.conn.execute("DELETE FROM sync_hub_sent WHERE id < '8'")
        imported_event.conn.execute("DELETE FROM meta WHERE key LIKE 'sync.hub.%.sent'")
    reception.check_in(imported_event, imported_event.registrations()[4])
    careful = _pushes(monkeypatch)
    report = sync.run_once()
    assert report.pushed == 1 and report.waiting == 0 and not report.refused
    assert careful == [False, True]
    assert _held(access, imported_event) == len(imported_event.entries())
    with Event.open(tmp_path / "b.checkin") as b:
        got = HubSync(b, access.address, access.password).run_once()
        assert got.new == 1 and b.digest() == imported_event.digest()
    sync.close()


@pytest.mark.parametrize("many", [hub_sync._MANY_PULLED, 1])  # ids looked up, or read whole
def test_a_late_first_sync_decodes_only_what_the_station_lacks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event, many: int) -> None:
    """B, a clone, pulls the whole event at its first sync: only A's check-in, the one
    entry B lacks, is made into an entry and handed to the merge; the rest is known on
    the hub all the same (nothing waits, nothing is sent again)."""
    monkeypatch.setattr(hub_sync, "_MANY_PULLED", many)
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    reception.check_in(imported_event, imported_event.registrations()[0])
    HubSync(imported_event, access.address, access.password).run_once()
    handed: list[str] = []

    def merge(event: Event, rows: list[j.Row], payloads: list[Any],
              progress: Progress) -> MergeReport:
        handed.extend(r[0] for r in rows)
        return merge_rows(event, rows, payloads, progress)

    monkeypatch.setattr(pull_merge, "merge_rows", merge)
    with Event.open(tmp_path / "b.checkin", now=imported_event.now) as b:
        sync = HubSync(b, access.address, access.password)
        report = sync.run_once()
        assert report.pulled == len(b.entries()) and report.new == 1
        assert handed == [max(imported_event.entries(), key=lambda e: e.order).id]
        assert (report.waiting, sync.run_once().pushed) == (0, 0)
        assert b.digest() == imported_event.digest()
        assert _kept_count(b) == _counted(b) == len(b.entries())  # the clone's, anew
        sync.close()


def _kept_count(event: Event) -> int:
    """The count of ids on the hub that `absorb` keeps in meta."""
    (value,) = event.conn.execute("SELECT value FROM meta WHERE key LIKE 'sync.hub.%.sent'"
                                  ).fetchone()
    return int(value)


def _counted(event: Event) -> int:
    return int(event.conn.execute("SELECT count(*) FROM sync_hub_sent").fetchone()[0])


def test_a_count_of_ids_sent_gone_wrong_is_mended_by_the_next_sync(
        access: EventAccess, imported_event: Event) -> None:
    """Ids added to the record without their count (an older checkin kept none): the
    entries look as if waiting, the next sync compares the whole journal once, sends
    nothing again, and counts anew."""
    sync = HubSync(imported_event, access.address, access.password)
    sync.run_once()
    with imported_event.conn:
        imported_event.conn.execute("UPDATE meta SET value = '5' WHERE key LIKE"
                                    " 'sync.hub.%.sent'")
    report = sync.run_once()
    assert report.pushed == 0 and report.waiting == 0
    assert _kept_count(imported_event) == _counted(imported_event)
    sync.close()


def test_a_pull_merges_with_the_cycle_collector_paused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event) -> None:
    """Making and merging a pull's entries creates no cycles: the collector waits (its
    passes over the heap cost a large pull 0.5 s), and is running again afterwards."""
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    reception.check_in(imported_event, imported_event.registrations()[0])
    HubSync(imported_event, access.address, access.password).run_once()
    collecting: list[bool] = []

    def merge(event: Event, rows: list[j.Row], payloads: list[Any],
              progress: Progress) -> MergeReport:
        collecting.append(gc.isenabled())
        return merge_rows(event, rows, payloads, progress)

    monkeypatch.setattr(pull_merge, "merge_rows", merge)
    was = gc.isenabled()  # the app's GUI tests turn it off for the process (gui/garbage.py)
    gc.enable()
    try:
        with Event.open(tmp_path / "b.checkin") as b:
            assert HubSync(b, access.address, access.password).run_once().new >= 1
        assert collecting == [False] and gc.isenabled()
    finally:
        if not was:
            gc.disable()


def _first_push(event: Event, access: EventAccess, meanwhile: Callable[[], object],
                read_first: bool = False) -> tuple[hub_sync.HubReport, list[str]]:
    """A first push, `meanwhile` run between `outgoing` and the exchange (as a desk in
    another process, or on the event's thread, may), before the journal's rows are read
    or, with `read_first`, after; what it reported and the file's statements after the
    exchange."""
    link = hub_sync.HubLink(access.address, access.password, event.event_id)
    hub_id = link.open()
    out = hub_sync.outgoing(event, hub_id)
    if read_first:
        len(out.rows)  # (the exchange reads them as it sends them)
    meanwhile()
    got = link.exchange(out)
    said = _statements(event)
    report = hub_sync.absorb(event, hub_id, out, got)
    event.conn.set_trace_callback(None)
    link.close()
    return report, said


def test_a_first_push_marks_the_journal_sent_from_the_journal(
        access: EventAccess, imported_event: Event) -> None:
    """The ids of a first push are taken from the journal by SQL (not handed over as one
    JSON list of every id), up to the last row read: a check-in made in the meantime is
    not marked sent, and goes with the next sync."""
    report, said = _first_push(imported_event, access, lambda: reception.check_in(
        imported_event, imported_event.registrations()[0]))
    assert report.waiting == 1
    assert any("FROM journal WHERE rowid <= " in s for s in said), said
    assert not any("json_each" in s for s in said), said
    assert _kept_count(imported_event) == _counted(imported_event)
    assert HubSync(imported_event, access.address, access.password).run_once().pushed == 1
    assert _held(access, imported_event) == len(imported_event.entries())


def test_a_journal_that_lost_rows_meanwhile_is_marked_by_its_ids(
        access: EventAccess, imported_event: Event) -> None:
    """Rows deleted between reading and marking (a purge deletes some): the rows up to
    the last one read are no longer those read, so the ids sent are marked one by one."""
    def delete_one() -> None:
        with imported_event.conn:
            imported_event.conn.execute("DELETE FROM journal WHERE rowid = 2")
    report, said = _first_push(imported_event, access, delete_one, read_first=True)
    assert report.waiting == 0 and any("json_each" in s for s in said), said
    # every id sent is marked, the one deleted too (it is on the hub)
    assert _counted(imported_event) == len(imported_event.entries()) + 1


def _hub_ids(access: EventAccess, event: Event) -> set[str]:
    with access.address.connect(access.password) as conn:
        return {r[0] for r in conn.execute(
            f'SELECT id FROM "{entries_table(event.event_id)}"')}


def _pulling_five(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
                  imported_event: Event) -> Path:
    """A clone of `imported_event` that lacks five check-ins on the hub, a pull of five
    counted large (`_MANY_PULLED`)."""
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    for reg in imported_event.registrations()[:5]:
        reception.check_in(imported_event, reg)
    HubSync(imported_event, access.address, access.password).run_once()
    monkeypatch.setattr(hub_sync, "_MANY_PULLED", 5)
    return tmp_path / "b.checkin"


def test_a_large_pull_is_marked_sent_from_the_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event) -> None:
    """A large pull merged whole is marked on the hub from the journal's new rows (the
    ids it held already by their list): the same ids, counted as many."""
    with Event.open(_pulling_five(tmp_path, monkeypatch, access, imported_event)) as b:
        said = _statements(b)
        report = HubSync(b, access.address, access.password).run_once()
        b.conn.set_trace_callback(None)
        assert (report.new, report.pushed, report.waiting) == (5, 0, 0)
        assert any(s.startswith("INSERT OR IGNORE INTO sync_hub_sent") and
                   "id FROM journal WHERE rowid > " in s for s in said), said
        sent = {r[0] for r in b.conn.execute("SELECT id FROM sync_hub_sent")}
        assert sent == _hub_ids(access, imported_event)
        assert _kept_count(b) == _counted(b)


def test_a_check_in_made_while_a_large_pull_merges_is_still_pushed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event) -> None:
    """A desk's check-in written between the pull's merge and its marking (rows past the
    merged ones): not marked on the hub, so the next sync pushes it."""
    path = _pulling_five(tmp_path, monkeypatch, access, imported_event)

    def merge_then_check_in(event: Event, rows: list[j.Row], payloads: list[Any],
                            progress: Progress) -> MergeReport:
        merged = merge_rows(event, rows, payloads, progress)
        reception.check_in(event, event.registrations()[-1])
        return merged

    monkeypatch.setattr(pull_merge, "merge_rows", merge_then_check_in)
    with Event.open(path) as b:
        report = HubSync(b, access.address, access.password).run_once()
        assert (report.new, report.waiting) == (5, 1)
        assert _kept_count(b) == _counted(b)
        monkeypatch.undo()
        assert HubSync(b, access.address, access.password).run_once().pushed == 1
        sent = {r[0] for r in b.conn.execute("SELECT id FROM sync_hub_sent")}
        assert sent == _hub_ids(access, imported_event) == {e.id for e in b.entries()}
