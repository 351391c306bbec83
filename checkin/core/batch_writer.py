"""A large append (an import): its journal rows written by statements of many rows, the
new registrations' rows derived from them by SQLite, and Python making the next chunk's
rows on the other core meanwhile.

Each journal row is not bound alone (`executemany` takes Python's lock back at every
row): a statement writes hundreds (`overlap.insert`), and one `INSERT … SELECT` per chunk
makes the registrations and choices of the people it creates out of their payloads in the
journal (`json_extract`, `json_each`: SQLite's C, the lock free all along) instead of
Python tuples bound one by one. A worker thread makes the next chunk's journal rows (the
payloads' JSON) meanwhile (`overlap.beside`, shared with a merge of bundles). Only the
calling thread touches the connection; the worker makes plain tuples.

The rows come out as `projection.write_created` makes them (a test holds them equal): the
payload's values are all text (`journal.created_text`), which `json_extract` gives back
as they were, and `json_quote` escapes as Python's encoder does. A payload holding
U+0000 (which `json_extract` cuts short) or not all text is written by Python. (JSON1's
functions, not the `->>` operator: that one needs SQLite 3.38, newer than some Linux
distributions' Python links.)

`write_stream` takes an import planned while it is written (`checkin import` into an
event without registrations: importing.ImportStream): the worker runs the plan itself,
chunk after chunk, and makes each chunk flat rows for a temporary staging table, from
which SQLite makes the journal's payloads (json_object, keys sorted: `journal.dump`'s
bytes) and the registrations' and choices' rows without reading JSON back; `revise`
then rewrites, in their place, the entries that a later row of the same person changed.
"""

from __future__ import annotations

import json
import operator
import sqlite3
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from checkin.core import journal as j
from checkin.core import overlap, projection
from checkin.core.model import FIELDS
from checkin.core.progress import SILENT, Progress, Stage

FROM = 1000  # entries: smaller appends go row by row (nothing to overlap)
CHUNK = 2000  # entries per chunk
# The next chunk made by a worker thread (overlap.beside), on a machine of two cores or
# more (measured: beside an idle core, 0.89 s against 1.21 s at best; with both cores busy,
# a tie at 5% more CPU). Tests set it to choose.
THREADED = overlap.TWO_CORES


@dataclass
class _Chunk:
    journal: list[tuple[Any, ...]]
    derived: bool  # its created registrations' rows made by SQLite from the journal
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)  # else these
    news: Sequence[Created] = ()  # of a stream (write_stream)
    done: int = 0  # of a stream: the file's rows read for these entries
    staged: list[tuple[Any, ...]] | None = None  # of a stream: see _staged


def write(conn: sqlite3.Connection, entries: Sequence[j.Entry],
          fresh: Mapping[str, Sequence[j.Entry]],
          progress: Progress = SILENT) -> list[j.Entry]:
    """Insert every entry of `entries` into the journal (in their order) and the
    projection rows of those that create a registration new to the journal (`fresh`
    holds its only entry); return the other entries, for the caller's fold. Inside the
    caller's transaction; `progress` steps per chunk, and a stop there raises."""
    made = {id(e) for e in entries if e.kind == j.REGISTRATION_CREATED
            and len(fresh.get(e.subject, ())) == 1}
    chunks = [entries[n:n + CHUNK] for n in range(0, len(entries), CHUNK)]
    (last,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM journal").fetchone()
    done = 0
    for chunk in overlap.beside((_rows(c, made) for c in chunks), len(chunks) > 1 and THREADED):
        overlap.insert(conn, "journal", chunk.journal)
        last = _project(conn, chunk, last)
        done += len(chunk.journal)
        progress.step(done, len(entries), Stage.ENTRIES)
    return [e for e in entries if id(e) not in made]


# A registration that an import creates, as a stream hands it over (see write_stream):
# its subject, code, fields (every name of FIELDS), extras, sessions (sorted) and answer
# time. A plain tuple, one object a person, where its NewEntry would be two (the entry and
# its payload) and its Entry a third: the staged row is made from it, and an entry only
# where one is read (`created_entry`).
Created = tuple[str, str, dict[str, Any], dict[str, Any], list[str], str]


def created_entry(created: Created) -> j.NewEntry:
    """The entry that stores `created` (the payload an import plans: importing.plan)."""
    subject, code, fields, extra, sessions, submitted_at = created
    return j.NewEntry(j.REGISTRATION_CREATED, subject,
                      {"code": code, "source": "import", "fields": fields, "extra": extra,
                       "sessions": sessions, "submitted_at": submitted_at})


_Item = TypeVar("_Item")


class _MadeOnRead(Sequence[_Item]):
    """A sequence of `len(self.news)` items, each made from its place when read
    (`_make`): a stream of 50,000 people is stored from its tuples, and a few of them
    are ever read as entries."""

    news: list[Created]

    def _make(self, place: int) -> _Item:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self.news)

    @overload
    def __getitem__(self, place: int) -> _Item: ...
    @overload
    def __getitem__(self, place: slice) -> list[_Item]: ...

    def __getitem__(self, place: int | slice) -> _Item | list[_Item]:
        if isinstance(place, slice):
            return [self._make(n) for n in range(*place.indices(len(self.news)))]
        if place < 0:
            place += len(self.news)
        if not 0 <= place < len(self.news):
            raise IndexError(place)
        return self._make(place)


class Creations(_MadeOnRead[j.NewEntry]):
    """`created` read as their entries, each made when read: an import's plan holds
    50,000 that `checkin import` never reads (the stream stores them from the tuples)."""

    def __init__(self, created: list[Created]) -> None:
        self.news = created

    def _make(self, place: int) -> j.NewEntry:
        return created_entry(self.news[place])


@dataclass(frozen=True)
class Stamps:
    """What a stream's entries are stamped with, by their place among them (see
    `Event._stamps`): ids and clocks drawn at once, seqs from `first_seq` on, one
    station. The staged rows are made from these and the new entries, without an
    `Entry` each: one is made only where it is read (`Stamped`)."""

    station: str
    first_seq: int
    ids: Sequence[str]
    clocks: Sequence[str]

    def entry(self, place: int, created: Created) -> j.Entry:
        new = created_entry(created)
        return j.Entry(self.ids[place], self.station, self.first_seq + place,
                       self.clocks[place], new.kind, new.subject, new.payload)


class Stamped(_MadeOnRead[j.Entry]):
    """A stream's entries as stored: each `Entry` made from what it creates and its
    stamps when read (an import reads a few of 50,000). `news` may be given another
    creation of the same subject in a place (see `revise`): the entry there is then
    that one's."""

    def __init__(self, stamps: Stamps, news: list[Created]) -> None:
        self.stamps, self.news = stamps, news

    def _make(self, place: int) -> j.Entry:
        return self.stamps.entry(place, self.news[place])

    def subjects(self) -> list[str]:
        return [c[0] for c in self.news]


def write_stream(conn: sqlite3.Connection,
                 batches: Iterable[tuple[int, Sequence[Created]]], stamps: Stamps,
                 rows: int, progress: Progress = SILENT) -> Stamped:
    """Insert the entries of registrations created batch after batch while the next are
    made (an import planned as it is written), each batch with how many of a file's
    `rows` were read for it, stamped in order by `stamps` (as many at most: more raise
    ValueError); return them all. Every one is new to the journal, each subject once
    (checked as they go in: anything else raises ValueError), so their projection rows
    are made here, with nothing left to fold. The worker thread takes the batches (runs what makes
    them) and makes their rows. Inside the caller's transaction; `progress` steps the rows
    per batch, and a stop there raises."""
    (last,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM journal").fetchone()
    news: list[Created] = []
    chunks = overlap.beside(_stream_chunks(batches, stamps), THREADED)
    try:
        for chunk in chunks:
            if chunk.staged is not None:  # the journal's rows made by SQLite
                conn.execute(_STAGE)
                overlap.insert(conn, "temp.import_stage", chunk.staged)
                conn.execute(_JOURNAL_FROM_STAGE, (stamps.station,))
            else:
                overlap.insert(conn, "journal", chunk.journal)
            _check_new(conn, last, len(chunk.news))
            last = _project(conn, chunk, last)
            news += chunk.news
            progress.step(chunk.done, rows, Stage.ROWS)
    finally:
        chunks.close()  # the worker stopped, even when this raises
    return Stamped(stamps, news)


def revise(conn: sqlite3.Connection, entries: Sequence[j.Entry]) -> None:
    """New payloads for entries that `write_stream` stored (same ids): their journal
    rows, and their registrations' rows made again as `projection.write_created` makes
    them (their creation is all that is known of each), each in its place."""
    if not entries:
        return
    created = [c for c in map(_created, entries) if c is not None]
    staged = None if len(created) < len(entries) else _staged(
        (e.id, e.clock, e.seq, c) for e, c in zip(entries, created, strict=True))
    if staged is not None:  # in SQLite, from the staging table, as the stream wrote them
        conn.execute(_STAGE)
        overlap.insert(conn, "temp.import_stage", staged)
        for statement in _REVISED_FROM_STAGE:
            conn.execute(statement)
        return
    conn.executemany("UPDATE journal SET payload = ? WHERE id = ?",
                     [(j.dump(e.payload), e.id) for e in entries])
    out: dict[str, list[tuple[Any, ...]]] = {"registrations": [], "choices": []}
    extras: dict[Any, str] = {}
    for e in entries:
        projection.write_created(e.subject, e.payload, out, extras)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(registrations)")][1:]
    conn.executemany(f"UPDATE registrations SET ({', '.join(columns)})"
                     f" = ({', '.join('?' * len(columns))}) WHERE id = ?",
                     [(*row[1:], row[0]) for row in out["registrations"]])
    conn.execute("DELETE FROM choices WHERE reg_id IN (SELECT value FROM json_each(?))",
                 (json.dumps([e.subject for e in entries]),))
    overlap.insert(conn, "choices", out["choices"])


def _project(conn: sqlite3.Connection, chunk: _Chunk, last: int) -> int:
    """The rows of a chunk's created registrations, its journal rows just stored past
    rowid `last`; the journal's last rowid now."""
    if chunk.staged is not None:  # from the staging table's columns: no JSON to read
        conn.execute(_REGISTRATIONS_FROM_STAGE)
        conn.execute(_CHOICES_FROM_STAGE)
        conn.execute("DELETE FROM temp.import_stage")
    elif chunk.derived:  # rowids go up by one from the largest: these are the chunk's
        conn.execute(_REGISTRATIONS_FROM_JOURNAL, (last,))
        conn.execute(_CHOICES_FROM_JOURNAL, (last,))
    for table, rows in chunk.rows.items():
        overlap.insert(conn, table, rows)
    (after,) = conn.execute("SELECT max(rowid) FROM journal").fetchone()
    return int(after) if after is not None else last


class _Every:
    """Every entry of a stream's batch creates its registration (see write_stream)."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERY = _Every()


def _stream_chunks(batches: Iterable[tuple[int, Sequence[Created]]],
                   stamps: Stamps) -> Iterator[_Chunk]:
    """Each batch's chunk, stamped from its place on (run by the worker thread)."""
    n = 0
    for done, batch in batches:
        end = n + len(batch)
        if end > len(stamps.ids):
            raise ValueError(f"more than the {len(stamps.ids)} entries announced")
        yield _stream_rows(done, batch, n, stamps)
        n = end


def _stream_rows(done: int, batch: Sequence[Created], start: int, stamps: Stamps) -> _Chunk:
    end, seq = start + len(batch), stamps.first_seq
    staged = _staged(zip(stamps.ids[start:end], stamps.clocks[start:end],
                         range(seq + start, seq + end), batch, strict=True))
    if staged is None:  # Python's way: the chunk's entries made
        chunk = _rows([stamps.entry(start + k, e) for k, e in enumerate(batch)], _EVERY)
    else:
        chunk = _Chunk([], True, staged=staged)
    chunk.news, chunk.done = batch, done
    return chunk


def _created(entry: j.Entry) -> Created | None:
    """What `entry` creates, if it creates a registration as an import plans it."""
    p = entry.payload
    if entry.kind != j.REGISTRATION_CREATED or len(p) != 6 or p.get("source") != "import":
        return None
    try:
        return (entry.subject, p["code"], p["fields"], p["extra"], p["sessions"],
                p["submitted_at"])
    except KeyError:
        return None


def _staged(stamped: Iterable[tuple[str, str, int, Created]]) -> list[tuple[Any, ...]] | None:
    """The rows for the staging table of registrations created (id, clock, seq and what
    is created), from which SQLite makes the journal's rows (the payloads'
    JSON: json_object) and the registrations' (no JSON to read back), without Python's
    lock; None when SQLite could not make those payloads exactly as `journal.dump` (a
    value not text, a NUL, not every field)."""
    rows = []
    text, fields_of = j.encode_text, _FIELD_VALUES
    # each distinct extras' JSON, as the journal and as the registrations hold it: an
    # export's extra columns repeat (a consent, a lunch answer)
    extras: dict[tuple[tuple[str, str], ...], tuple[str, str]] = {}
    choices: dict[tuple[str, ...], str] = {}  # each distinct sessions' JSON, likewise
    try:
        for id_, clock, seq, (subject, code, fields, extra, sessions, submitted) in stamped:
            # ten fields, each of them found below: exactly those
            if fields.__class__ is not dict or len(fields) != len(FIELDS) \
                    or sessions.__class__ is not list:
                return None
            key = tuple(extra.items())
            extra_texts = extras.get(key)
            if extra_texts is None:  # object_text raises TypeError unless all are text
                extra_texts = extras[key] = (j.object_text(extra), _EXTRA_ROW.encode(extra))
            chosen = tuple(sessions)
            listed = choices.get(chosen)
            if listed is None:
                listed = choices[chosen] = "[" + ",".join(map(text, sessions)) + "]"
            row = (id_, clock, subject, code, *extra_texts, *fields_of(fields), listed,
                   submitted, seq)
            texts = "".join(row[:-1])  # raises TypeError unless all are text
            if "\x00" in texts or "\\u0000" in texts:  # a NUL, or one in the JSON made
                return None
            rows.append(row)
    except (AttributeError, KeyError, TypeError):
        return None
    return rows


def _check_new(conn: sqlite3.Connection, last: int, count: int) -> None:
    """Raises ValueError unless the `count` journal rows past rowid `last`, just
    stored, are the only entries of their subjects (asked in SQL: one look in the index
    of subjects per entry, without Python's lock)."""
    (entries,) = conn.execute("SELECT count(*) FROM journal WHERE subject IN"
                              " (SELECT subject FROM journal WHERE rowid > ?)",
                              (last,)).fetchone()
    if entries != count:
        raise ValueError("a stream's entry creates a registration the journal holds")


def _rows(chunk: Sequence[j.Entry], made: Container[int]) -> _Chunk:
    """The journal rows of `chunk`; and, when SQLite cannot derive them all, the
    projection rows of those in `made`."""
    rows = []
    derived = True
    for e in chunk:
        if e.kind == j.REGISTRATION_CREATED and derived:
            text = j.created_text(e.payload) if id(e) in made else None
            derived = text is not None and "\\u0000" not in text
            if text is not None:  # e.row() would make it again
                rows.append((e.id, e.station, e.seq, e.clock, e.kind, e.subject, text))
                continue
        rows.append(e.row())
    if derived:
        return _Chunk(rows, True)
    out: dict[str, list[tuple[Any, ...]]] = {"registrations": [], "choices": []}
    extras: dict[Any, str] = {}
    for e in chunk:
        if id(e) in made:
            projection.write_created(e.subject, e.payload, out, extras)
    return _Chunk(rows, False, out)


# What projection.write_created makes of a created payload whose values are all text:
# each field ("" when missing; the category "participant" when empty), the extras as
# json.dumps(..., ensure_ascii=False, sort_keys=True) writes them (the payload holds them
# sorted), the sessions once each.
def _field(name: str) -> str:
    value = f"coalesce(json_extract(payload, '$.fields.{name}'), '')"
    return f"coalesce(nullif({value}, ''), 'participant')" if name == "category" else value


_CREATED_HERE = f"rowid > ? AND kind = '{j.REGISTRATION_CREATED}'"
_REGISTRATIONS_FROM_JOURNAL = (
    "INSERT INTO registrations SELECT subject, json_extract(payload, '$.code'), "
    + ", ".join(_field(name) for name in FIELDS)
    + ", coalesce((SELECT '{' || group_concat(json_quote(key) || ': ' || json_quote(value),"
    " ', ') || '}' FROM json_each(payload, '$.extra')), '{}'), 'active',"
    " coalesce(json_extract(payload, '$.source'), 'import'),"
    " coalesce(json_extract(payload, '$.submitted_at'), ''),"
    f" NULL, NULL, 0 FROM journal WHERE {_CREATED_HERE}")
# A session listed twice is one choice: the table's key passes the second over (OR IGNORE;
# the people are new, so no row of theirs is there before), where DISTINCT sorted every
# pair first (50,000 people: 0.19-0.22 -> 0.11-0.12 s)
_CHOICES_FROM_JOURNAL = (
    "INSERT OR IGNORE INTO choices SELECT journal.subject, s.value FROM journal,"
    f" json_each(journal.payload, '$.sessions') AS s WHERE journal.{_CREATED_HERE}")


# A stream's chunk staged as flat rows (see _staged): SQLite makes the journal's payloads
# (json_object, keys in sorted order: journal.dump's bytes, a test holds them equal) and
# the registrations' and choices' rows from the same columns.
_FIELD_VALUES = operator.itemgetter(*FIELDS)
_EXTRA_ROW = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # = projection's extra
_STAGE = ("CREATE TEMP TABLE IF NOT EXISTS import_stage (id, clock, subject, code, extra, "
          "extra_row, "
          + ", ".join(f"f_{name}" for name in FIELDS) + ", sessions, submitted_at, seq)")
_JOURNAL_FROM_STAGE = (
    "INSERT INTO journal SELECT id, ?, seq, clock, '" + j.REGISTRATION_CREATED + "', subject,"
    " json_object('code', code, 'extra', json(extra), 'fields', json_object("
    + ", ".join(f"'{name}', f_{name}" for name in sorted(FIELDS))
    + "), 'sessions', json(sessions), 'source', 'import', 'submitted_at', submitted_at)"
    " FROM temp.import_stage")
_REGISTRATIONS_FROM_STAGE = (
    "INSERT INTO registrations SELECT subject, code, "
    + ", ".join("coalesce(nullif(f_category, ''), 'participant')" if name == "category"
                else f"f_{name}" for name in FIELDS)
    + ", extra_row, 'active', 'import', submitted_at,"
    " NULL, NULL, 0 FROM temp.import_stage")
# OR IGNORE rather than DISTINCT, as _CHOICES_FROM_JOURNAL: no sort of every pair first
# (the people are new, or their choices just deleted: only a session listed twice meets
# the key)
_CHOICES_FROM_STAGE = ("INSERT OR IGNORE INTO choices SELECT subject, s.value FROM"
                       " temp.import_stage, json_each(sessions) AS s")
_PAYLOAD_FROM_STAGE = _JOURNAL_FROM_STAGE.split(" subject, ", 1)[1].split(" FROM ", 1)[0]
_REVISED_FROM_STAGE = (  # the same columns made into the entries' new payloads and rows
    f"UPDATE journal SET payload = s.payload FROM (SELECT id, {_PAYLOAD_FROM_STAGE} AS payload"
    " FROM temp.import_stage) AS s WHERE journal.id = s.id",
    "UPDATE registrations SET (" + ", ".join(["code", *FIELDS, "extra", "submitted_at"])
    + ") = (st.code, "
    + ", ".join("coalesce(nullif(st.f_category, ''), 'participant')" if name == "category"
                else f"st.f_{name}" for name in FIELDS)
    + ", st.extra_row, st.submitted_at)"
    " FROM temp.import_stage AS st WHERE registrations.id = st.subject",
    "DELETE FROM choices WHERE reg_id IN (SELECT subject FROM temp.import_stage)",
    _CHOICES_FROM_STAGE,
    "DELETE FROM temp.import_stage")
