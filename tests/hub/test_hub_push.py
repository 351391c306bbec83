"""The push, against a real PostgreSQL server: a first push reads the journal through a
connection of its own, part by part as its COPY sends it (the event's connection never
reads those rows); a file put in the event file's place meanwhile
is not read, let alone pushed; and every character of an entry reaches the hub as it is
in the journal (the COPY is binary)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import psycopg
import pytest

from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.errors import EventFileError, Problem
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub, push
from checkin.core.hub import sync as hub_sync
from checkin.core.hub.push import COLUMNS
from checkin.core.hub.schema import EventAccess, EventInfo, entries_table


@pytest.fixture
def access(hub_url: str, imported_event: Event) -> EventAccess:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    return add_event(owner, password, EventInfo.of(imported_event))


def _on_hub(access: EventAccess, event: Event) -> set[tuple[Any, ...]]:
    with access.address.connect(access.password) as conn:
        return set(conn.execute(f'SELECT {COLUMNS} FROM "{entries_table(event.event_id)}"'
                                ).fetchall())


def _journal(event: Event) -> set[tuple[Any, ...]]:
    return set(event.conn.execute(f"SELECT {COLUMNS} FROM journal").fetchall())


def test_a_first_push_reads_the_journal_through_a_connection_of_its_own(
        access: EventAccess, imported_event: Event) -> None:
    said: list[str] = []
    imported_event.conn.set_trace_callback(said.append)
    sync = HubSync(imported_event, access.address, access.password)
    report = sync.run_once()
    imported_event.conn.set_trace_callback(None)
    sync.close()
    read = [s for s in said if s.startswith(f"SELECT {COLUMNS} FROM journal")]
    assert not read, read  # the rows came by the push's own reading
    assert report.pushed == len(imported_event.entries()) > 300 and report.waiting == 0
    assert _on_hub(access, imported_event) == _journal(imported_event)


def test_a_file_put_in_the_event_files_place_is_not_pushed(
        tmp_path: Path, access: EventAccess, imported_event: Event) -> None:
    """The file at the event's path replaced by another (here a clone, another station's
    file) once the event is open: the push's reading, which opens the path anew, refuses
    it, and nothing reaches the hub."""
    stations.clone(imported_event, tmp_path / "other.checkin", "Accueil 2")
    os.replace(tmp_path / "other.checkin", imported_event.path)
    link = hub_sync.HubLink(access.address, access.password, imported_event.event_id)
    hub_id = link.open()
    out = hub_sync.outgoing(imported_event, hub_id)
    with pytest.raises(EventFileError) as refused:
        link.exchange(out)
    assert refused.value.problem == Problem.GONE
    assert _on_hub(access, imported_event) == set()
    link.close()


def test_every_character_reaches_the_hub_as_written(
        monkeypatch: pytest.MonkeyPatch, access: EventAccess,
        imported_event: Event) -> None:
    """Tabs, line ends, backslashes, quotes, accents and an emoji, in a binary COPY (no
    escaping on either side), first push and later ones alike."""
    statements: list[str] = []
    copy = psycopg.Cursor.copy

    def spy(cur: psycopg.Cursor[Any], statement: Any, *args: Any, **kwargs: Any) -> Any:
        statements.append(statement.as_string(cur) if hasattr(statement, "as_string")
                          else str(statement))
        return copy(cur, statement, *args, **kwargs)
    monkeypatch.setattr(psycopg.Cursor, "copy", spy)
    odd = "tab\there\nnew line \\ back\\slash \"quoted\" é ü ß 🎉 \\N"
    reg = imported_event.registrations()[0].id
    imported_event.append([j.NewEntry(j.CHECKIN_RECORDED, reg, {"at": "2022-12-08T09:40:00",
                                                               "note": odd})])
    sync = HubSync(imported_event, access.address, access.password)
    sync.run_once()
    imported_event.append([j.NewEntry(j.CHECKIN_RECORDED, reg, {"at": "2022-12-08T09:41:00",
                                                               "note": odd + "2"})])
    assert sync.run_once().pushed == 1
    sync.close()
    assert _on_hub(access, imported_event) == _journal(imported_event)
    assert len(statements) == 2 and all("FORMAT BINARY" in s for s in statements), statements


def test_the_journals_rows_read_in_parts_come_once_each(
        monkeypatch: pytest.MonkeyPatch, imported_event: Event) -> None:
    """Read in parts of 7: a reading cut short (a COPY that failed) resumes where it
    stopped, a second reading gives the same rows, and a row written after `upto` (a
    check-in made meanwhile) is not among them."""
    monkeypatch.setattr(push, "_CHUNK", 7)
    conn = imported_event.conn
    upto, count = conn.execute("SELECT max(rowid), count(*) FROM journal").fetchone()
    rows = push.JournalRows(imported_event.path, imported_event.file_id, upto, count)
    first = [row for _, row in zip(range(10), rows, strict=False)]
    reception.check_in(imported_event, imported_event.registrations()[0])
    assert list(rows)[:10] == first
    assert list(rows) == list(rows) and len(rows) == count > 300
    assert set(rows) == set(conn.execute(f"SELECT {COLUMNS} FROM journal WHERE rowid <= ?",
                                         (upto,)).fetchall())
    assert len(set(rows)) == count
