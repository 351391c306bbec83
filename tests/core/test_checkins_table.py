"""The `checkins` and `attendance` projections: one B-tree each, keyed by (registration,
entry), no rowid table and no index beside it; a check-in writes one page of `checkins`
(three before: the table, the unique index on entry_id, the index on reg_id). Files made
before are migrated, their state unchanged."""

from __future__ import annotations

from pathlib import Path

from helpers import DATA, FakeClock, day_with_undos, schema_before

from checkin.core import reception, storage
from checkin.core.event import Event
from checkin.core.importing import plan_import

PAGE = 4096


def _schema(event: Event, name: str) -> str:
    return str(event.conn.execute("SELECT group_concat(sql, ';') FROM sqlite_schema"
                                  " WHERE tbl_name = ?", (name,)).fetchone()[0])



def test_a_file_of_the_previous_schema_migrates_with_the_same_state(
        tmp_path: Path, programme, clock: FakeClock) -> None:
    path = tmp_path / "old.checkin"
    older = schema_before(storage._checkins_by_person_v7)
    with older, Event.create(path, programme, now=clock) as old:
        old.append(plan_import(DATA / "occitanie-2022-inscriptions.csv", programme,
                               []).entries)
        day_with_undos(old, clock, 6, 3)
        assert "checkins_reg" in _schema(old, "checkins")
        digest = old.digest()
        rows = {t: sorted(old.conn.execute(f"SELECT * FROM {t}").fetchall())
                for t in ("checkins", "attendance")}
    assert len(rows["checkins"]) == 6 and len(rows["attendance"]) == 3
    with Event.open(path, now=clock) as event:
        assert event.conn.execute("PRAGMA user_version").fetchone()[0] == len(
            storage.MIGRATIONS)
        for table in ("checkins", "attendance"):
            schema = _schema(event, table)
            assert "WITHOUT ROWID" in schema and "INDEX" not in schema, schema
            assert sorted(event.conn.execute(f"SELECT * FROM {table}")) == rows[table]
        assert event.digest() == digest
        event.rebuild()
        assert event.digest() == digest


def _trees(event: Event, pages: set[int]) -> list[str]:
    names = dict(event.conn.execute("SELECT pageno, name FROM dbstat").fetchall())
    return sorted(names.get(p, "?") for p in pages)


def _changed_pages(before: bytes, after: bytes) -> set[int]:
    return {n // PAGE + 1 for n in range(0, len(after), PAGE)
            if after[n:n + PAGE] != before[n:n + PAGE]}


def test_a_check_in_writes_one_page_of_checkins(imported_event: Event) -> None:
    event = imported_event
    people = [r for r in event.registrations() if not r.checked_in_at][:6]
    reception.scan(event, event.qr(people[0]))  # the station claims its file first
    for reg in people[1:]:
        before = event.path.read_bytes()
        assert reception.scan(event, event.qr(reg)).outcome is reception.Outcome.CHECKED_IN
        trees = _trees(event, _changed_pages(before, event.path.read_bytes()))
        assert trees.count("checkins") == 1, trees
        assert not [t for t in trees if "checkins" in t and t != "checkins"], trees


def test_queries_by_person_use_the_key(imported_event: Event) -> None:
    conn = imported_event.conn
    for sql in ("SELECT * FROM checkins WHERE reg_id = ? AND undone = 0 ORDER BY clock",
                "UPDATE checkins SET undone = 1 WHERE entry_id = ? AND reg_id = ?",
                "SELECT entry_id FROM attendance WHERE reg_id = ? AND session = ?",
                "SELECT c.id FROM journal a JOIN journal c ON c.station = a.station"
                " AND c.seq = a.seq - 1 AND c.subject = a.subject JOIN checkins k ON"
                " k.reg_id = c.subject AND k.entry_id = c.id WHERE a.id = ?"):
        plan = " ".join(str(step[-1]) for step in conn.execute(
            "EXPLAIN QUERY PLAN " + sql, ("x",) * sql.count("?")))
        assert "SCAN" not in plan.replace("SCAN CONSTANT", ""), (sql, plan)
