"""The push's network side: a station's new entries into its event's table on the hub,
inside the exchange's transaction (`sync.HubLink`), after its pull and under the
event's advisory lock (see `sync` for why that order makes serials safe to pull by)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from checkin.core.hub.schema import PUSHED, entries_table

Row = tuple[str, str, int, str, str, str, str]  # id, station, seq, clock, kind, subject, payload


def channel(event_id: str) -> str:
    """The NOTIFY channel of the event's pushes."""
    return "checkin_" + event_id


def push_rows(cur: psycopg.Cursor[Any], event_id: str, rows: Sequence[Row],
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
        _copy(cur, sql.SQL("COPY checkin_push FROM STDIN"), rows)
        cur.execute(sql.SQL("INSERT INTO {table} ({columns}) SELECT {columns} FROM"
                            " checkin_push ON CONFLICT DO NOTHING").format(
            table=table, columns=columns))
        pushed = cur.rowcount
    else:
        pushed = _copy(cur, sql.SQL("COPY {} ({}) FROM STDIN").format(table, columns), rows)
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
          rows: Sequence[Row]) -> int:
    """COPY `rows`; how many went in. (psycopg's C formatter makes the lines in 1 us a
    row; SQLite escaping them as it read the journal took 6.)"""
    with cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
    return cur.rowcount
