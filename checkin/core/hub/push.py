"""The push: a station's new entries into its event's table on the hub, inside the
exchange's transaction (`sync.HubLink`), after its pull and under the event's advisory
lock (see `sync` for why that order makes serials safe to pull by).

A first push sends the whole journal. Reading it (100,000 entries: 0.17 s, the server
idle) then sending it (the server inserting) took turns; `JournalRows` reads it part by
part through a connection of its own as the COPY sends it, so that the server inserts
one part while the next is read (see docs/performance.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from checkin.core.errors import EventFileError, Problem
from checkin.core.hub.schema import PUSHED, entries_table
from checkin.core.transaction import FileId, file_id

Row = tuple[str, str, int, str, str, str, str]  # id, station, seq, clock, kind, subject, payload


def channel(event_id: str) -> str:
    """The NOTIFY channel of the event's pushes."""
    return "checkin_" + event_id


def push_rows(cur: psycopg.Cursor[Any], event_id: str, rows: Iterable[Row],
              careful: bool) -> tuple[int, int]:
    """Insert `rows`, none of them on the hub as far as this station knows (COPY
    into the event's table; `careful`, through a temporary table, skipping those
    the hub has after all); how many were new, and the highest serial."""
    table = sql.Identifier(entries_table(event_id))
    columns = sql.SQL(", ").join(map(sql.Identifier, PUSHED))
    if careful:
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS checkin_push (id text, station"
                    " text, seq integer, clock text, kind text, subject text,"
                    " payload text) ON COMMIT DELETE ROWS")
        _copy(cur, sql.SQL("COPY checkin_push FROM STDIN (FORMAT BINARY)"), rows)
        cur.execute(sql.SQL("INSERT INTO {table} ({columns}) SELECT {columns} FROM"
                            " checkin_push ON CONFLICT DO NOTHING").format(
            table=table, columns=columns))
        pushed = cur.rowcount
    else:
        pushed = _copy(cur, sql.SQL("COPY {} ({}) FROM STDIN (FORMAT BINARY)").format(
            table, columns), rows)
    if not pushed:
        return 0, 0
    # ours are the event's newest (no other push of it runs until we commit); the
    # notice is delivered at commit, to every station listening
    cur.execute(sql.SQL("SELECT max(serial), pg_notify(%s, '') FROM {}").format(table),
                (channel(event_id),))
    top = cur.fetchone()
    assert top is not None
    return pushed, int(top[0])


def _copy(cur: psycopg.Cursor[Any], statement: sql.Composed | sql.SQL,
          rows: Iterable[Row]) -> int:
    """COPY `rows` in binary; how many went in. Binary rather than text: the server
    reads each value by its length instead of scanning it for escapes, and psycopg
    writes them without escaping (100,002 rows, ten in turns, load 4: the server's CPU
    0.42 -> 0.35 s, this process's 0.085 -> 0.049 s)."""
    with cur.copy(statement) as copy:
        copy.set_types(_TYPES)
        for row in rows:
            copy.write_row(row)
    return cur.rowcount


_TYPES = ("text", "text", "int4", "text", "text", "text", "text")  # as `PUSHED`'s columns


COLUMNS = "id, station, seq, clock, kind, subject, payload"  # in no order: merging needs none
_CHUNK = 5_000  # rows read at a time: about 1 MB of COPY data, 10 ms of reading


class JournalRows(Collection[Row]):
    """The journal's rows up to rowid `upto`, read from the event file at `path` (the
    one `opened` there, not another put in its place) by the thread that iterates, part
    by part as the push sends them: the server inserts one part while the next is read.
    Each part is one statement, so the file's shared lock is held 10 ms at a time (a
    desk's write waits no longer), never as long as the network takes. A reading thread
    beside the sending one did as well with a core free and worse without: the two
    traded Python's lock at every row. Iterating again gives the rows read (a careful
    push after a refused one). `expected` rows are there as far as the caller's snapshot
    knows; `len` is how many were read."""

    def __init__(self, path: Path, opened: FileId, upto: int, expected: int) -> None:
        self.path, self.opened, self.upto, self.expected = path, opened, upto, expected
        self._chunks: list[list[Row]] = []
        self._next = 0  # the rowid after which reading resumes
        self._done = False

    def __iter__(self) -> Iterator[Row]:
        for chunk in self._chunks:
            yield from chunk
        if not self._done:
            yield from self._read()

    def _read(self) -> Iterator[Row]:
        try:
            conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._unreadable(exc) from None
        try:
            if not _same_file(self.path, self.opened):  # replaced since: not ours to push
                raise EventFileError(f"{self.path}: the event file was replaced",
                                     Problem.GONE, self.path)
            conn.execute("PRAGMA query_only = 1")
            for low in range(self._next, self.upto, _CHUNK):  # rowids: order of arrival
                chunk = conn.execute(f"SELECT {COLUMNS} FROM journal WHERE rowid > ? AND"
                                     " rowid <= ?", (low, min(low + _CHUNK, self.upto))
                                     ).fetchall()
                self._chunks.append(chunk)
                self._next = low + _CHUNK  # an iteration cut short resumes from there
                yield from chunk
            self._done = True
        except sqlite3.Error as exc:
            raise self._unreadable(exc) from None
        finally:
            conn.close()

    def _unreadable(self, exc: sqlite3.Error) -> EventFileError:
        return EventFileError(f"{self.path}: cannot be read ({exc})", Problem.UNREADABLE,
                              self.path)

    def __len__(self) -> int:  # once all is read
        for _ in self:
            pass
        return sum(map(len, self._chunks))

    def __bool__(self) -> bool:  # without reading
        return self.expected > 0

    def __contains__(self, row: object) -> bool:
        return any(row == r for r in self)


def _same_file(path: Path, opened: FileId) -> bool:
    try:
        return file_id(path) == opened
    except OSError:
        return False
