"""The `choices` projection: one B-tree keyed by (registration, session), no rowid
table and no index on the session; files made before it are migrated, their state
unchanged, and what reads choices still finds its way."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA

from checkin.core import rooms, storage
from checkin.core.event import Event
from checkin.core.importing import plan_import


def _old_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    before = storage.MIGRATIONS.index(storage._choices_without_rowid_v5)
    monkeypatch.setattr(storage, "MIGRATIONS", storage.MIGRATIONS[:before])
    monkeypatch.setattr(storage, "SCHEMA_VERSION", before)


def _schema(event: Event, name: str) -> str:
    return str(event.conn.execute("SELECT group_concat(sql, ';') FROM sqlite_schema"
                                  " WHERE tbl_name = ?", (name,)).fetchone()[0])


def test_a_file_of_the_previous_schema_migrates_with_the_same_state(
        tmp_path: Path, programme, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.checkin"
    with monkeypatch.context() as patch:
        _old_schema(patch)
        with Event.create(path, programme) as old:
            old.append(plan_import(DATA / "occitanie-2022-inscriptions.csv", programme,
                                   []).entries)
            assert "choices_session" in _schema(old, "choices")
            before = old.digest()
            chosen = len(old.conn.execute("SELECT * FROM choices").fetchall())
    with Event.open(path) as event:
        assert event.conn.execute("PRAGMA user_version").fetchone()[0] == len(
            storage.MIGRATIONS)
        assert "WITHOUT ROWID" in _schema(event, "choices")
        assert "choices_session" not in _schema(event, "choices")
        assert event.digest() == before
        assert len(event.conn.execute("SELECT * FROM choices").fetchall()) == chosen > 300
        event.rebuild()
        assert event.digest() == before


def test_queries_on_choices_use_its_key_or_scan_it(imported_event: Event) -> None:
    plan = imported_event.conn.execute(
        "EXPLAIN QUERY PLAN SELECT reg_id, session FROM choices WHERE reg_id IN"
        " (SELECT value FROM json_each(?)) ORDER BY session", ("[]",)).fetchall()
    assert any("PRIMARY KEY" in str(step) for step in plan)
    roster = rooms.roster(imported_event, "A")
    expected = {r[0] for r in imported_event.conn.execute(
        "SELECT id FROM registrations r WHERE status = 'active' AND EXISTS"
        " (SELECT 1 FROM choices c WHERE c.reg_id = r.id AND c.session = 'A')")}
    assert {line.registration.id for line in roster.registered} == expected != set()
