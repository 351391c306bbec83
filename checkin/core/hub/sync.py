"""A station's sync through the hub: push what the hub lacks, pull what this file lacks.

Three steps, so that the network never runs on the thread that owns the event file:
`outgoing` (event file: the entries not yet known to be on this hub), `HubLink.exchange`
(network: pull everything after the last serial seen, then push; a first push reads the
journal as it sends it, through a connection of its own, `push.JournalRows`) and `absorb`
(event file: merge what came, a large pull decoded and checked beside a worker thread as
it goes in, `pull_merge`; remember what the hub now holds).

What the hub holds is kept in `sync_hub_sent` (hub, id). Comparing the whole journal with
it costs about half a second at 100,000 entries, twice a sync, on every station: that
was most of a check-in's way to the other desks. So a sync first counts: the journal's
entries minus those known on the hub is how many wait, and usually they are this
station's own newest (found by its last seq pushed, through the journal's (station,
seq) index); only when the count says others came too (merged from a bundle or a
folder, to be relayed) is the whole journal compared. Before the first push to a hub
nothing is known there, so the whole journal goes without comparing.

Serial order is safe to pull by: every push takes a per-event advisory lock until it
commits, and its entries' serial is its transaction's id, drawn at its first write,
after the lock (`schema`), so an event's serials become visible in increasing order and
a reader that has seen serial N will never later find a smaller one appear. A push
pulls first under that lock, so its own rows' serials can be skipped at once: a station
never pulls back what it pushed.

That pull also says what the hub holds: everything up to the last serial merged here is
in `sync_hub_sent`, hence not among the rows going out, and the rest was just pulled.
So the rows left are new to the hub and go by one COPY straight into the event's table
(`schema.entries_table`), in the journal's order (merging does not depend on order).
Should that reasoning ever
fail (a file restored from an older copy), the unique key says so and the exchange is
made again through a temporary table and INSERT ... ON CONFLICT DO NOTHING, so nothing
is lost or doubled.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from checkin.core.bulk import gc_paused
from checkin.core.errors import Problem
from checkin.core.event import Event
from checkin.core.hub.address import HubAddress, HubError, reason
from checkin.core.hub.pull_merge import merge_pulled
from checkin.core.hub.push import COLUMNS, JournalRows, Row, channel, push_rows
from checkin.core.hub.remembered import remember_conninfo, remembered_conninfo
from checkin.core.hub.schema import SCHEMA_VERSION, entries_table
from checkin.core.progress import SILENT, Progress
from checkin.core.sync.merging import Refusal
from checkin.core.transaction import transaction

_SENT_TABLE = "sync_hub_sent"  # (hub, id): entries known to be on that hub
_MANY_PULLED = 2_000  # from this many, `_held` may read the journal's ids rather than look up


@dataclass(frozen=True)
class Outgoing:
    rows: Collection[Row]  # a first push's: read as they go (`push.JournalRows`)
    since: int  # the last hub serial merged here
    own_seq: int = 0  # this station's last seq among the rows (or before them)
    compared: bool = False  # the whole journal was compared with the ids sent
    upto: int = 0  # when `rows` are the whole journal: its last rowid (else 0)
    last_rowid: int = 0  # the journal's last rowid when `rows` were read


@dataclass(frozen=True)
class Exchange:
    pushed: int  # entries the hub did not have (all of `Outgoing.rows` are on it now)
    pulled: list[tuple[Any, ...]]  # (serial, id, station, seq, clock, kind, subject, payload)
    last_serial: int


@dataclass(frozen=True)
class HubReport:
    pushed: int = 0  # entries the hub received from here
    pulled: int = 0  # entries read from the hub
    new: int = 0  # entries that were new to this event
    # entries not merged, and why (their str() is the command line's English)
    refused: list[Refusal] = field(default_factory=list)
    waiting: int = 0  # entries of this file not yet on the hub


class HubLink:
    """The network side: one connection to the hub as the event's role. Never touches
    the event's connection (a first push's rows are read from the file, through one of
    their own, as they are sent: `push.JournalRows`); used from one thread at a time."""

    def __init__(self, address: HubAddress, password: str | None, event_id: str) -> None:
        self.address = address
        self.password = password
        self.event_id = event_id
        self.hub_id = ""
        self._conn: psycopg.Connection[Any] | None = None
        self._table = sql.Identifier(entries_table(event_id))

    def open(self) -> str:
        """Connect if needed and check that the hub serves the event; the hub's id."""
        if self._conn is not None and not self._conn.closed:
            return self.hub_id
        conn = self.address.connect(self.password)
        try:
            self.hub_id = self._check(conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        return self.hub_id

    def _check(self, conn: psycopg.Connection[Any]) -> str:
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("SELECT key, value FROM checkin_hub_meta"
                            " WHERE key IN ('hub_id', 'schema')")
                meta = dict(cur.fetchall())
                cur.execute("SELECT purged_at FROM checkin_events WHERE event_id = %s",
                            (self.event_id,))
                event = cur.fetchone()
        except psycopg.errors.UndefinedTable:
            raise HubError(f"hub {self.address}: not prepared; run `checkin hub init`",
                           Problem.HUB_NOT_PREPARED, self.address) from None
        except psycopg.Error as exc:
            raise HubError(f"hub {self.address}: {reason(exc)}", Problem.HUB_FAILED,
                           self.address, reason=reason(exc)) from None
        if "hub_id" not in meta:
            raise HubError(f"hub {self.address}: not prepared; run `checkin hub init`",
                           Problem.HUB_NOT_PREPARED, self.address)
        schema = int(meta.get("schema", 0))
        if schema != SCHEMA_VERSION:
            raise HubError(f"hub {self.address}: made by another version of checkin"
                           f" (schema {meta.get('schema')}, this one {SCHEMA_VERSION}); its"
                           " owner runs `checkin hub init` with the newer checkin",
                           Problem.HUB_NEWER if schema > SCHEMA_VERSION else Problem.HUB_OLDER,
                           self.address)
        if event is None:
            raise HubError(f"hub {self.address}: this event is not on the hub, or this role"
                           " is not the event's (checkin hub add)", Problem.HUB_NO_EVENT,
                           self.address)
        if event[0] is not None:
            raise HubError(f"hub {self.address}: this event was purged from the hub on"
                           f" {event[0]:%Y-%m-%d}; nothing more is synced through it",
                           Problem.HUB_EVENT_PURGED, self.address, date=f"{event[0]:%Y-%m-%d}")
        return str(meta["hub_id"])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def exchange(self, out: Outgoing) -> Exchange:
        """Pull everything after `out.since`, then push `out.rows` (one transaction)."""
        pushed, pulled, last = self._guarded(self._exchange, out)
        return Exchange(pushed, pulled, last)

    def _guarded(self, work: Callable[[psycopg.Connection[Any], Any], Any], arg: Any) -> Any:
        self.open()
        assert self._conn is not None
        try:
            return work(self._conn, arg)
        except psycopg.errors.InsufficientPrivilege as exc:
            self.close()
            raise HubError(f"hub {self.address}: refused ({reason(exc)}); was the event"
                           " purged from the hub?", Problem.HUB_REFUSED, self.address,
                           reason=reason(exc)) from None
        except psycopg.Error as exc:
            self.close()  # a broken connection is made again at the next exchange
            raise HubError(f"hub {self.address}: {reason(exc)}", Problem.HUB_FAILED,
                           self.address, reason=reason(exc)) from None

    def _exchange(self, conn: psycopg.Connection[Any],
                  out: Outgoing) -> tuple[int, list[tuple[Any, ...]], int]:
        try:
            return self._exchange_once(conn, out, careful=False)
        except psycopg.errors.UniqueViolation:  # the hub held some after all: again,
            return self._exchange_once(conn, out, careful=True)  # skipping those

    def _exchange_once(self, conn: psycopg.Connection[Any], out: Outgoing,
                       careful: bool) -> tuple[int, list[tuple[Any, ...]], int]:
        with conn.transaction(), conn.cursor() as cur:
            if out.rows:  # no other push of the event until this one commits
                cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (self.event_id,))
            pulled = self._pull(cur, out.since)
            last = max([out.since, *(r[0] for r in pulled)])
            rows = out.rows
            if rows and pulled:  # what was just pulled is on the hub already
                held = {r[1] for r in pulled}
                rows = [r for r in rows if r[0] not in held]
            if not rows:
                return 0, pulled, last
            pushed, top = push_rows(cur, self.event_id, rows, careful)
        # under the lock, nothing of this event came between what was pulled and ours
        return pushed, pulled, max(last, top)

    def _pull(self, cur: psycopg.Cursor[Any], since: int) -> list[tuple[Any, ...]]:
        """Every entry after serial `since`, in one statement and one fetch; in no
        order (a push's entries share one serial, and merging does not need one)."""
        cur.execute(sql.SQL("SELECT serial, id, station, seq, clock, kind, subject,"
                            " payload FROM {} WHERE serial > %s").format(self._table),
                    (since,))
        return cur.fetchall()


class HubWaiter:
    """A second connection that LISTENs for the event's pushes, to wake a sync at once."""

    def __init__(self, address: HubAddress, password: str | None, event_id: str) -> None:
        self.address, self.password, self.event_id = address, password, event_id
        self._conn: psycopg.Connection[Any] | None = None

    def wait(self, timeout_s: float) -> bool:
        """Whether another station pushed within `timeout_s`. HubError if the hub is
        gone (after waiting out the timeout, so that callers retry at their pace)."""
        try:
            if self._conn is None or self._conn.closed:
                self._conn = self.address.connect(self.password, autocommit=True)
                self._conn.execute(f"LISTEN {channel(self.event_id)}")
            woken = False
            for _ in self._conn.notifies(timeout=timeout_s, stop_after=1):
                woken = True
            # several pushes may have come at once: take them all
            for _ in self._conn.notifies(timeout=0):
                pass
            return woken
        except psycopg.Error as exc:
            self.close()
            time.sleep(timeout_s)
            raise HubError(f"hub {self.address}: {reason(exc)}", Problem.HUB_FAILED,
                           self.address, reason=reason(exc)) from None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


# -- the event file's side ------------------------------------------------------------------

def _serial_key(hub_id: str) -> str:
    return f"sync.hub.{hub_id}.serial"


def _own_key(hub_id: str) -> str:
    return f"sync.hub.{hub_id}.own_seq"


def _own_rowid_key(hub_id: str) -> str:
    return f"sync.hub.{hub_id}.own_rowid"


def _sent_key(hub_id: str) -> str:
    return f"sync.hub.{hub_id}.sent"


# How many ids `sync_hub_sent` holds for the hub: kept in meta by `absorb`, its only
# writer, because counting them took 5-13 ms at 100,000, three times a sync; counted
# when the key is missing (a clone drops the sync.* keys, an older file never had it).
_SENT_COUNT = (f"coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = :key),"
               f" (SELECT count(*) FROM {_SENT_TABLE} WHERE hub = :hub))")


def _meta_int(event: Event, key: str) -> int:
    row = event.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return int(row[0]) if row else 0


def _has_sent_table(event: Event) -> bool:
    return event.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND"
                              " name = ?", (_SENT_TABLE,)).fetchone() is not None


def _ensure_sent_table(event: Event) -> None:
    event.conn.execute(f"CREATE TABLE IF NOT EXISTS {_SENT_TABLE} (hub TEXT NOT NULL,"
                       " id TEXT NOT NULL, PRIMARY KEY (hub, id)) WITHOUT ROWID")


@contextlib.contextmanager
def _reading(conn: sqlite3.Connection) -> Iterator[None]:
    """One snapshot for several reads (a desk in another process may write between)."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def outgoing(event: Event, hub_id: str) -> Outgoing:
    """Every entry of this file not yet known to be on the hub (ours, and those merged
    from bundles or folders, so that the hub relays them), and where pulling resumes.
    Reads only: the record of ids sent is made by `absorb`, in its transaction (made
    here, it cost a first push a commit of its own, and its syncs)."""
    since, own_seq = _meta_int(event, _serial_key(hub_id)), _meta_int(event, _own_key(hub_id))
    conn = event.conn
    compared, upto = False, 0
    with _reading(conn):
        if not _has_sent_table(event) or not _sent_count(event, hub_id):
            # nothing sent yet: the journal, uncompared; its last row, our last seq, its size
            upto, own_seq, count = conn.execute(
                "SELECT coalesce(max(rowid), 0), max(?, coalesce((SELECT max(seq) FROM"
                " journal WHERE station = ?), 0)), count(*) FROM journal",
                (own_seq, event.station_id)).fetchone()
            rows: Collection[Row] = JournalRows(event.path, event.file_id, upto,
                                                  count)  # read as it goes
        else:
            # only the rows added since the last sync (the journal has no index on
            # station: a scan of it took 38 ms at 150,000 entries, at every cycle);
            # NOT EXISTS: one look-up per new row (NOT IN would list every id sent first:
            # 25-70 ms at 100,000, on each side of a check-in's way to the other desks)
            rows = conn.execute(
                f"""SELECT {COLUMNS} FROM journal WHERE rowid > ? AND station = ? AND
                    seq > ? AND NOT EXISTS (SELECT 1 FROM {_SENT_TABLE} s WHERE s.hub = ?
                    AND s.id = journal.id)""",
                (_meta_int(event, _own_rowid_key(hub_id)), event.station_id, own_seq,
                 hub_id)).fetchall()
            if len(rows) != waiting(event, hub_id):  # not only ours: compare everything
                rows = conn.execute(
                    f"""SELECT {COLUMNS} FROM journal WHERE id NOT IN
                        (SELECT id FROM {_SENT_TABLE} WHERE hub = ?)""",
                    (hub_id,)).fetchall()
                compared = True
        last_rowid = upto or _last_rowid(conn)
    if not upto:
        own_seq = max([own_seq, *(r[2] for r in rows if r[1] == event.station_id)])
    return Outgoing(rows, since, own_seq, compared, upto, last_rowid)


def _last_rowid(conn: sqlite3.Connection) -> int:
    (last,) = conn.execute("SELECT coalesce(max(rowid), 0) FROM journal").fetchone()
    return int(last)


def _sent_count(event: Event, hub_id: str) -> int:
    (count,) = event.conn.execute(f"SELECT {_SENT_COUNT}", {
        "key": _sent_key(hub_id), "hub": hub_id}).fetchone()
    return int(count)


def _counted_sent(event: Event, hub_id: str) -> int:
    (count,) = event.conn.execute(f"SELECT count(*) FROM {_SENT_TABLE} WHERE hub = ?",
                                  (hub_id,)).fetchone()
    return int(count)


def waiting(event: Event, hub_id: str) -> int:
    """How many entries of this file the hub has not received yet: every id known on
    the hub is in the journal (pushed from it, or merged into it), so a difference of
    counts."""
    _ensure_sent_table(event)
    (count,) = event.conn.execute(f"SELECT (SELECT count(*) FROM journal) - {_SENT_COUNT}",
                                  {"key": _sent_key(hub_id), "hub": hub_id}).fetchone()
    return max(0, int(count))


def absorb(event: Event, hub_id: str, out: Outgoing, got: Exchange,
           progress: Progress = SILENT) -> HubReport:
    """Merge what the hub sent (each entry checked first, as a bundle's are), then
    remember what the hub holds and where pulling and pushing resume."""
    pulled_ids = [row[1] for row in got.pulled]
    held = _held(event, pulled_ids)
    before = _last_rowid(event.conn)  # the merge's new rows come after it
    # the cycle collector held off: a large pull's entries and their merge make objects
    # by the hundred thousand, none in a cycle, and its passes over the growing heap
    # took 0.65-1.1 s of CPU of a 100,000-entry pull's 4.8 s (measured in turns)
    with gc_paused():
        # the hub's columns are the journal's, none NULL; its payload text is a peer's;
        # checked as bundles' are (a large pull beside a worker: pull_merge)
        read, merged, refused = merge_pulled(event, got.pulled, held, progress)
    refused += merged.refused
    held_ids = [i for i in pulled_ids if i in held]
    # all merged, none refused: the ids to mark are the held ones and the journal's new rows
    merged_all = not refused and merged.new == len(read) >= _MANY_PULLED
    known = held_ids if merged_all else held_ids + read
    own_seq = max([out.own_seq, *(row[3] for row in got.pulled
                                  if row[2] == event.station_id)])
    with transaction(event.conn, event.path):
        _ensure_sent_table(event)
        # counted anew after a whole comparison (as long): a count gone wrong (ids added
        # by an older checkin, which kept none) costs one comparison, not one a sync
        sent = _counted_sent(event, hub_id) if out.compared else _sent_count(event, hub_id)
        sent += _mark_sent(event, hub_id, out, known,
                           _MergedRows(before, read) if merged_all else None)
        event.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            (_serial_key(hub_id), str(got.last_serial)), (_own_key(hub_id), str(own_seq)),
            # every row up to it is on the hub now (the rows read were all those missing)
            (_own_rowid_key(hub_id), str(out.last_rowid)),
            (_sent_key(hub_id), str(sent))])
    return HubReport(got.pushed, len(got.pulled), merged.new, refused,
                     waiting(event, hub_id))


@dataclass(frozen=True)
class _MergedRows:
    """A large pull merged whole: its entries (`ids`) are the journal's rows past rowid
    `after`, unless another writer (a desk in another process) added some between."""

    after: int
    ids: list[str]


def _mark_sent(event: Event, hub_id: str, out: Outgoing, known: list[str],
               merged: _MergedRows | None = None) -> int:
    """Remember the ids of `out.rows`, `known` and `merged` as on the hub; how many
    were not known there yet. When the rows were the whole journal (a first push), their
    ids are taken from the journal itself, by its id index and in key order: no list of
    100,000 ids made into JSON and parsed again (0.05-0.1 s). The journal's rows up to
    `out.upto` are still those read as long as there are as many: it only grows, but for
    a purge, which deletes some and then takes no more. So are a large pull's, merged in
    id order past `merged.after` (100,000 at load 4: 0.10 s of CPU, 0.30 s through
    json_each)."""
    conn, added = event.conn, 0
    if out.upto and _rows_upto(event, out.upto) == len(out.rows):
        added = conn.execute(f"INSERT OR IGNORE INTO {_SENT_TABLE} SELECT ?, id FROM"
                             " journal WHERE rowid <= ? ORDER BY id", (hub_id, out.upto)
                             ).rowcount
    else:
        known = [r[0] for r in out.rows] + known
    if merged and _only_merged(event, merged):
        added += conn.execute(f"INSERT OR IGNORE INTO {_SENT_TABLE} SELECT ?, id FROM"
                              " journal WHERE rowid > ?", (hub_id, merged.after)).rowcount
    elif merged:  # another writer's rows among them: the merged ones by their ids
        known = known + merged.ids
    if known:  # in key order: half the time of random ids into the table's b-tree
        added += conn.execute(f"INSERT OR IGNORE INTO {_SENT_TABLE} SELECT ?, value FROM"
                              " json_each(?) ORDER BY value", (hub_id, json.dumps(known))
                              ).rowcount
    return int(added)


def _only_merged(event: Event, merged: _MergedRows) -> bool:
    """Whether the journal's rows past `merged.after` are the merged entries alone (as
    many: rows are only added, but for a purge, which then takes no more)."""
    (count,) = event.conn.execute("SELECT count(*) FROM journal WHERE rowid > ?",
                                  (merged.after,)).fetchone()
    return int(count) == len(merged.ids)


def _rows_upto(event: Event, rowid: int) -> int:
    """How many journal rows have a rowid up to `rowid` (the count of all, by its
    smallest index, less the few after)."""
    (count,) = event.conn.execute(
        "SELECT (SELECT count(*) FROM journal) - (SELECT count(*) FROM journal"
        " WHERE rowid > ?)", (rowid,)).fetchone()
    return int(count)


def _held(event: Event, ids: list[str]) -> set[str]:
    """Those of `ids` already in the journal: a station joining the hub late pulls the
    whole event, most of which it holds (a clone's registrations), and those entries are
    neither decoded nor checked again (a clone's first sync at 100,000: 4.1 -> 1.6 s).
    Looking ids up through json_each costs 3-4 us each (0.3-0.4 s for 100,000, even in
    an empty file), reading the journal's ids 1 us each: many ids against a journal not
    much bigger are compared with its ids, read whole."""
    if not ids:
        return set()
    if len(ids) >= _MANY_PULLED:
        (size,) = event.conn.execute("SELECT count(*) FROM journal").fetchone()
        if size <= 3 * len(ids):
            return {r[0] for r in event.conn.execute("SELECT id FROM journal")
                    }.intersection(ids)
    return {r[0] for r in event.conn.execute(
        "SELECT id FROM journal WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))}


class HubSync:
    """Sync `event` through the hub at `address`, all in the calling thread (the command
    line). Keep one per event and hub: the connection is kept between runs."""

    def __init__(self, event: Event, address: HubAddress, password: str | None) -> None:
        self.event = event
        self.link = HubLink(address, password, event.event_id)

    def run_once(self, progress: Progress = SILENT) -> HubReport:
        hub_id = self.link.open()
        out = outgoing(self.event, hub_id)
        return absorb(self.event, hub_id, out, self.link.exchange(out), progress)

    def close(self) -> None:
        self.link.close()


def remember_address(event: Event, address: HubAddress) -> None:
    """Keep the hub's address (never its password) in the event file."""
    remember_conninfo(event, address.conninfo)


def remembered_address(event: Event) -> HubAddress | None:
    conninfo = remembered_conninfo(event)
    return HubAddress(conninfo) if conninfo is not None else None


def data_version(event: Event) -> int:
    """Changes whenever another connection (a desk in another process) commits."""
    return int(event.conn.execute("PRAGMA data_version").fetchone()[0])
