"""The push: a station's new entries into its event's table on the hub, inside the
exchange's transaction (`sync.HubLink`), after its pull and under the event's advisory
lock (see `sync` for why that order makes serials safe to pull by).

A first push sends the whole journal. Reading it (100,000 entries: 0.17 s, the server
idle) then sending it (the server inserting) took turns; `JournalRows` reads it on a
thread of its own, through a connection of its own, while the COPY sends what is read,
so that the server inserts one part while the next is read (see README, "Where the
time goes")."""

from __future__ import annotations

import sqlite3
import threading
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
_CHUNK = 5_000  # rows handed over at a time: about 1 MB of COPY data


class JournalRows(Collection[Row]):
    """The journal's rows up to rowid `upto`, read by a thread started at once from the
    event file at `path` (the one `opened` there, not another put in its place), as the
    push sends them: iterating yields each row as soon as it is read, and may be done
    again (a careful push after a refused one). The reading holds the file's shared lock
    only as long as it reads (a desk's write waits that long, as for any read), never as
    long as the network takes. `expected` rows are there as far as the caller's snapshot
    knows; `len` is how many were read."""

    def __init__(self, path: Path, opened: FileId, upto: int, expected: int) -> None:
        self.path, self.upto, self.expected = path, upto, expected
        self._chunks: list[list[Row]] = []
        self._done = False
        self._error: EventFileError | None = None
        self._changed = threading.Condition()
        threading.Thread(target=self._read, args=(opened,), name="checkin-push-read",
                         daemon=True).start()

    def _read(self, opened: FileId) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
            try:
                if not _same_file(self.path, opened):  # replaced since: not ours to push
                    raise EventFileError(f"{self.path}: the event file was replaced",
                                         Problem.GONE, self.path)
                conn.execute("PRAGMA query_only = 1")
                # one statement: one snapshot, from its first row to its last
                cur = conn.execute(f"SELECT {COLUMNS} FROM journal WHERE rowid <= ?",
                                   (self.upto,))
                while chunk := cur.fetchmany(_CHUNK):
                    with self._changed:
                        self._chunks.append(chunk)
                        self._changed.notify_all()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self._error = EventFileError(f"{self.path}: cannot be read ({exc})",
                                         Problem.UNREADABLE, self.path)
        except EventFileError as exc:
            self._error = exc
        finally:
            with self._changed:
                self._done = True
                self._changed.notify_all()

    def _chunk(self, number: int) -> list[Row] | None:
        """Chunk `number` once read; None after the last."""
        with self._changed:
            self._changed.wait_for(lambda: number < len(self._chunks) or self._done)
            if number < len(self._chunks):
                return self._chunks[number]
        if self._error is not None:
            raise self._error
        return None

    def __iter__(self) -> Iterator[Row]:
        number = 0
        while (chunk := self._chunk(number)) is not None:
            yield from chunk
            number += 1

    def __len__(self) -> int:  # once all is read
        count, number = 0, 0
        while (chunk := self._chunk(number)) is not None:
            count, number = count + len(chunk), number + 1
        return count

    def __bool__(self) -> bool:  # without waiting for the reading
        return self.expected > 0

    def __contains__(self, row: object) -> bool:
        return any(row == r for r in self)


def _same_file(path: Path, opened: FileId) -> bool:
    try:
        return file_id(path) == opened
    except OSError:
        return False
