"""A large append (an import) goes through `batch_writer`: journal rows by statements of
many rows, new registrations derived by SQLite from their payloads, the next rows made by
a worker thread. The event file must come out as the row-by-row append makes it."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA, FakeClock, make_registrations
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core import batch_writer, codes, projection
from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.model import FIELDS
from checkin.core.programme import Programme, load_programme
from checkin.core.progress import Cancelled, Stage
from checkin.core.storage import PROJECTION_TABLES

OCC = DATA / "occitanie-2022.toml"


@pytest.fixture
def occ() -> Programme:
    return load_programme(OCC)


@pytest.fixture
def same_draws(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ids and station ids drawn the same way for each event made (reset by `_event`)."""
    monkeypatch.setattr(j, "random_id", lambda: f"{_draws.getrandbits(128):032x}")
    monkeypatch.setattr(j.os, "urandom", lambda n: _draws.randbytes(n))
    monkeypatch.setattr(codes.secrets, "token_bytes", lambda n: _draws.randbytes(n))
    monkeypatch.setattr(j.time, "time_ns", lambda: 1_670_488_200_000_000_000)
    yield


_draws = random.Random(0)


def _event(path: Path, programme: Programme) -> Event:
    _draws.seed(13)
    return Event.create(path, programme, station_name="Import", now=FakeClock())


def _contents(event: Event) -> dict[str, list[tuple[Any, ...]]]:
    tables = {"journal": event.conn.execute("SELECT * FROM journal ORDER BY rowid").fetchall()}
    for table in PROJECTION_TABLES:
        tables[table] = event.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    return tables


def _both_ways(folder: Path, programme: Programme, files: list[Path],
               monkeypatch: pytest.MonkeyPatch) -> tuple[Event, Event]:
    """The files imported one after the other, row by row into one event and in batches
    (small chunks, a worker thread) into the other."""
    events = []
    for name, start in (("rows", 10**9), ("batch", 1)):
        monkeypatch.setattr(batch_writer, "FROM", start)
        event = _event(folder / f"{name}.checkin", programme)
        for file in files:
            event.append(plan_import(file, programme, event.registrations()).entries)
        events.append(event)
    return events[0], events[1]


@pytest.mark.parametrize("files", [
    ["occitanie-2022-inscriptions.csv"],
    ["occitanie-2022-inscriptions.xlsx", "occitanie-2022-inscriptions.csv"],
])
def test_a_batch_writes_the_journal_and_projections_of_rows_one_by_one(
        tmp_path: Path, occ: Programme, files: list[str], same_draws: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_writer, "CHUNK", 50)  # many chunks, the worker ahead
    monkeypatch.setattr(batch_writer, "THREADED", True)
    rows, batch = _both_ways(tmp_path, occ, [DATA / f for f in files], monkeypatch)
    with rows, batch:
        assert len(rows.entries()) > 3 * 50
        assert _contents(batch) == _contents(rows)
        assert batch.digest() == rows.digest()


def test_the_cp1252_export_and_a_generated_one_then_their_update(
        tmp_path: Path, occ: Programme, same_draws: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bfc = load_programme(DATA / "bfc-2022.toml")
    monkeypatch.setattr(batch_writer, "CHUNK", 300)
    monkeypatch.setattr(batch_writer, "THREADED", True)
    rows, batch = _both_ways(tmp_path, bfc, [DATA / "bfc-2022-inscriptions-excel.csv"],
                             monkeypatch)
    (tmp_path / "gen").mkdir()
    with rows, batch:
        assert _contents(batch) == _contents(rows)
    generated = make_registrations(1500, tmp_path / "gen.csv", "--seed", "3")
    again = make_registrations(1800, tmp_path / "again.csv", "--seed", "3")  # adds, updates
    rows, batch = _both_ways(tmp_path / "gen", occ, [generated, again], monkeypatch)
    with rows, batch:
        kinds = {e.kind for e in batch.entries()}
        assert {j.REGISTRATION_CREATED, j.REGISTRATION_UPDATED} <= kinds
        assert _contents(batch) == _contents(rows)
        assert batch.digest() == rows.digest()


class _StopAt:
    def __init__(self, done: int) -> None:
        self.done = done

    def step(self, done: int, total: int, what: Stage) -> None:
        if what is Stage.ENTRIES and done >= self.done:
            raise Cancelled


@pytest.mark.parametrize("threaded", [True, False])
def test_a_stop_between_chunks_writes_nothing_and_ends_the_worker(
        tmp_path: Path, occ: Programme, monkeypatch: pytest.MonkeyPatch,
        threaded: bool) -> None:
    monkeypatch.setattr(batch_writer, "THREADED", threaded)
    monkeypatch.setattr(batch_writer, "CHUNK", 40)
    monkeypatch.setattr(batch_writer, "FROM", 1)
    interval = sys.getswitchinterval()
    with Event.create(tmp_path / "occ.checkin", occ, now=FakeClock()) as event:
        before = _contents(event)
        plan = plan_import(DATA / "occitanie-2022-inscriptions.csv", occ, [])
        with pytest.raises(Cancelled):
            event.append(plan.entries, progress=_StopAt(80))  # after the second chunk
        assert _contents(event) == before
        assert not [t for t in threading.enumerate() if t.name == "batch-rows"]
        assert sys.getswitchinterval() == interval
        event.append(plan.entries)  # the file still takes the import
        assert len(event.registrations()) == len(plan.entries)


def test_a_row_the_worker_cannot_make_fails_the_append_and_writes_nothing(
        tmp_path: Path, occ: Programme, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_writer, "THREADED", True)
    monkeypatch.setattr(batch_writer, "CHUNK", 40)
    monkeypatch.setattr(batch_writer, "FROM", 1)
    with Event.create(tmp_path / "occ.checkin", occ, now=FakeClock()) as event:
        before = _contents(event)
        entries = plan_import(DATA / "occitanie-2022-inscriptions.csv", occ, []).entries
        bad = j.NewEntry(j.REGISTRATION_CREATED, "f" * 32, {"code": "X", "sessions": {1}})
        with pytest.raises(TypeError):  # a set is no JSON: met in the third chunk
            event.append([*entries[:100], bad, *entries[100:]])
        assert _contents(event) == before
        assert not [t for t in threading.enumerate() if t.name == "batch-rows"]


# -- the rows SQLite derives from a payload are those Python makes of it ------------------

_TRICKY = st.sampled_from(['"', "\\", "\x00", "\x01", "\x1f", "\n", "\t", "\x7f", "é",
                           "\u2028", "\U0001f600", "/", "u", "0", " ", ":", ","])
_texts = st.text(st.one_of(_TRICKY, st.characters(blacklist_categories=("Cs",))),
                 max_size=8)
_created = st.fixed_dictionaries({
    "code": _texts, "source": _texts, "submitted_at": _texts,
    "fields": st.dictionaries(st.sampled_from(FIELDS), _texts),
    "extra": st.dictionaries(_texts, _texts, max_size=4),
    "sessions": st.lists(st.sampled_from(["A", "B", "DEJ", '"D\\'], ), max_size=4)})
_other = st.one_of(  # not every value text, or keys missing: Python writes them
    _created.map(lambda p: {**p, "fields": {**p["fields"], "phone": 612}}),
    _created.map(lambda p: {k: v for k, v in p.items() if k != "extra"}))


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("schema") / "occ.checkin"
    with Event.create(path, load_programme(OCC)) as event:
        return [sql for (sql,) in event.conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'")]


def _empty(schema: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for sql in schema:
        conn.execute(sql)
    return conn


@settings(max_examples=150)
@given(st.lists(_created, min_size=1, max_size=6))
def test_sqlite_derives_the_rows_python_makes(schema: list[str],
                                              payloads: list[dict[str, Any]]) -> None:
    entries = _entries(payloads)
    nul = any("\x00" in j.dump(p) or "\\u0000" in j.dump(p) for p in payloads)
    assert batch_writer._rows(entries, {id(e) for e in entries}).derived is not nul
    _same_rows(schema, entries)


@given(st.lists(st.one_of(_created, _other), min_size=1, max_size=6))
def test_what_sqlite_cannot_derive_python_writes(schema: list[str],
                                                 payloads: list[dict[str, Any]]) -> None:
    _same_rows(schema, _entries(payloads))


def _entries(payloads: list[dict[str, Any]]) -> list[j.Entry]:
    return [j.Entry(f"{n:032x}", "s" * 12, n, j.format_clock(1, n), j.REGISTRATION_CREATED,
                    f"{n:032x}", p) for n, p in enumerate(payloads)]


def _same_rows(schema: list[str], entries: list[j.Entry]) -> None:
    derived, made = _empty(schema), _empty(schema)
    left = batch_writer.write(derived, entries, {e.subject: [e] for e in entries})
    assert left == []
    out: dict[str, list[tuple[Any, ...]]] = {"registrations": [], "choices": []}
    for e in entries:
        made.execute("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)", e.row())
        projection.write_created(e.subject, e.payload, out)
    made.executemany(f"INSERT INTO registrations VALUES ({','.join('?' * 19)})",
                     out["registrations"])
    made.executemany("INSERT INTO choices VALUES (?, ?)", out["choices"])
    for table in ("journal", "registrations", "choices"):
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert derived.execute(sql).fetchall() == made.execute(sql).fetchall()


# -- a stream's chunks go through a staging table: the same rows ----------------------------

_imported = _created.map(lambda p: {  # what an import plans: every field, from the file
    **p, "source": "import", "fields": {name: p["fields"].get(name, "") for name in FIELDS}})
_imported_other = st.one_of(  # a value not text, or a field missing: Python writes them
    _imported.map(lambda p: {**p, "fields": {**p["fields"], "phone": 612}}),
    _imported.map(lambda p: {**p, "fields": {k: v for k, v in p["fields"].items()
                                             if k != "email"}}))


@settings(max_examples=150)
@given(st.lists(st.one_of(_imported, _imported, _imported_other), min_size=1, max_size=6))
def test_a_stream_s_chunks_make_the_rows_python_makes(schema: list[str],
                                                      payloads: list[dict[str, Any]]) -> None:
    entries = _entries(payloads)
    news, stamps = _stamps(entries)
    staged = batch_writer._staged(zip(stamps.ids, stamps.clocks, range(len(news)), news,
                                      strict=True)) is not None
    expected = all(p["fields"].keys() == set(FIELDS)
                   and "\x00" not in j.dump(p) and "\\u0000" not in j.dump(p)
                   and j.created_text(p) is not None for p in payloads)
    assert staged is expected
    streamed, made = _empty(schema), _empty(schema)
    written = batch_writer.write_stream(streamed, iter([(len(news), news)]), stamps, len(news))
    assert list(written) == entries  # each Entry made from its stamps when read
    assert written[-1] == entries[-1] and written[1:] == entries[1:]
    _made(made, entries)
    for table in ("journal", "registrations", "choices"):
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert streamed.execute(sql).fetchall() == made.execute(sql).fetchall()


def _stamps(entries: list[j.Entry]) -> tuple[list[batch_writer.Created], batch_writer.Stamps]:
    """`entries` as a stream hands them over, and what stamps them so."""
    created = [batch_writer._created(e) for e in entries]
    assert None not in created
    assert [batch_writer.created_entry(c) for c in created] == [  # type: ignore[arg-type]
        j.NewEntry(e.kind, e.subject, e.payload) for e in entries]
    return (created,  # type: ignore[return-value]
            batch_writer.Stamps("s" * 12, 0, [e.id for e in entries],
                                [e.clock for e in entries]))


def test_a_stream_of_more_entries_than_stamps_is_refused(schema: list[str]) -> None:
    entries = _entries([{"code": "A", "source": "import", "sessions": [], "extra": {},
                         "submitted_at": "", "fields": dict.fromkeys(FIELDS, "x")}] * 3)
    news, stamps = _stamps(entries[:2])
    conn = _empty(schema)
    with pytest.raises(ValueError, match="more than the 2 entries announced"):
        batch_writer.write_stream(conn, iter([(1, news), (3, [news[0]])]), stamps, 3)


def _made(conn: sqlite3.Connection, entries: list[j.Entry]) -> None:
    out: dict[str, list[tuple[Any, ...]]] = {"registrations": [], "choices": []}
    for e in entries:
        conn.execute("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)", e.row())
        projection.write_created(e.subject, e.payload, out)
    conn.executemany(f"INSERT INTO registrations VALUES ({','.join('?' * 19)})",
                     out["registrations"])
    conn.executemany("INSERT INTO choices VALUES (?, ?)", out["choices"])


@settings(max_examples=100)
@given(st.lists(st.tuples(_imported, st.one_of(_imported, _imported, _created, _other)),
                min_size=1, max_size=5))
def test_revised_entries_make_the_rows_python_makes(
        schema: list[str], pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    first = _entries([p for p, _ in pairs])
    revised = [dataclasses.replace(e, payload=p) for e, (_, p) in zip(first, pairs, strict=True)]
    streamed, made = _empty(schema), _empty(schema)
    news, stamps = _stamps(first)
    batch_writer.write_stream(streamed, iter([(len(news), news)]), stamps, len(news))
    batch_writer.revise(streamed, revised)
    _made(made, revised)
    for table in ("journal", "registrations", "choices"):
        sql = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert streamed.execute(sql).fetchall() == made.execute(sql).fetchall()


@given(st.lists(_imported, min_size=1, max_size=5))
def test_creations_read_as_the_entries_they_make(payloads: list[dict[str, Any]]) -> None:
    news, _ = _stamps(_entries(payloads))
    expected = [batch_writer.created_entry(c) for c in news]
    creations = batch_writer.Creations(news)
    assert list(creations) == expected and len(creations) == len(expected)
    assert creations[-1] == expected[-1] and creations[1:] == expected[1:]
    assert [e.payload["sessions"] for e in creations] == [p["sessions"] for p in payloads]
