"""What an append stamps from: this station's last seq and the latest allowed clock.

The journal keeps no index on (station, seq) or on clock (storage, schema 8: each cost
every insert a B-tree of its own), so `max(seq)` and `max(clock)` would scan it: 90 ms
at 150,000 entries, on every scan. `StampBasis` keeps both, read once, and brings them
up to date from the rows added since (`rowid > known`: the journal is a rowid table in
arrival order, and other connections and processes may append to it). Read inside the
append's write transaction, so nothing can be appended between the update and the
stamp.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_MAXIMA = ("max(CASE WHEN station = :station THEN seq END),"
           " max(CASE WHEN clock <= :bound THEN clock END),"
           " min(CASE WHEN clock > :bound THEN clock END)")
# and the last row's id, and the id of the row last read (one statement: a scan's
# transaction runs no more than it did with the indexes)
_SINCE = (f"SELECT {_MAXIMA}, max(rowid), (SELECT id FROM journal ORDER BY rowid DESC"
          " LIMIT 1), (SELECT id FROM journal WHERE rowid = :rowid)"
          " FROM journal WHERE rowid > :rowid")
_WHOLE = f"SELECT {_MAXIMA} FROM journal"


@dataclass
class StampBasis:
    station: str = ""
    seq: int = 0  # the largest seq of this station's entries seen
    clock: str | None = None  # the largest clock seen that was at most `bound`
    bound: str = ""  # the latest allowed clock when `clock` was read
    ahead: str | None = None  # the smallest clock seen above the bound, or None
    rowid: int = 0  # the last row read (0: nothing read yet)
    row_id: str = ""  # its entry id, to see that it is still that row

    def current(self, conn: sqlite3.Connection, station: str,
                bound: str) -> tuple[int, str | None]:
        """(`station`'s last seq, latest clock at most `bound`), as a full read of the
        journal would give them. A stale higher seq (its entry purged since) is harmless, as
        the old index gave it after a delete too; a missed one is not."""
        if station != self.station or not self._still_valid(bound):
            self._forget(station)
        self.bound = bound
        self._read_since(conn)
        return self.seq, self.clock

    def _forget(self, station: str) -> None:
        self.station = station  # a station adopted anew (stations.adopt_new_station)
        self.seq, self.clock, self.ahead, self.rowid, self.row_id = 0, None, None, 0, ""

    def _still_valid(self, bound: str) -> bool:
        if self.clock is not None and self.clock > bound:
            return False  # this machine's time went back: a clock now too far ahead
        # a clock once too far ahead is allowed now?
        return self.ahead is None or self.ahead > bound

    def _read_since(self, conn: sqlite3.Connection) -> None:
        args = {"station": self.station, "bound": self.bound, "rowid": self.rowid}
        try:
            seq, clock, ahead, last, last_id, known = conn.execute(_SINCE, args).fetchone()
        except sqlite3.OperationalError:
            # a journal WITHOUT ROWID (schema 5 and older: files are migrated at opening,
            # but tests make such files to migrate them): read whole every time
            seq, self.clock, self.ahead = conn.execute(_WHOLE, args).fetchone()
            self.seq = seq or 0
            return
        if self.rowid and known != self.row_id:
            # rows deleted (a purge) let SQLite give their rowids again: the row last read
            # must still be there, the same entry, for the rows past it to be the new ones
            self._forget(self.station)
            self._read_since(conn)
            return
        if last is not None:  # else nothing new
            self.rowid, self.row_id = int(last), last_id
        if seq is not None:
            self.seq = max(self.seq, int(seq))
        if clock is not None and (self.clock is None or clock > self.clock):
            self.clock = clock
        if ahead is not None and (self.ahead is None or ahead < self.ahead):
            self.ahead = ahead
