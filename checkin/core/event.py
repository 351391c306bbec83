"""An open event file: the one door through which everything reads and writes an event.

Writes are journal entries: `append` gives them this station's identity, sequence number
and clock, stores them and re-folds the projections they touch in one transaction that
is durable on disk (synchronous=FULL) before it returns.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from checkin.core import (
    batch_writer,
    codes,
    created_merge,
    merge_batch,
    overlap,
    projection,
    projection_delta,
    stamp_basis,
    stations,
    storage,
)
from checkin.core import journal as j
from checkin.core.bulk import gc_paused
from checkin.core.errors import EventFileError, Problem
from checkin.core.model import FIELDS, Registration, alphabetical
from checkin.core.programme import Programme
from checkin.core.progress import SILENT, Progress, Stage
from checkin.core.search import SearchDoc, SearchIndex
from checkin.core.transaction import file_id, transaction

Clock = Callable[[], dt.datetime]
Listener = Callable[[set[str]], None]
Decide = Callable[[sqlite3.Connection], Sequence[j.NewEntry]]  # see Event.append_decided


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class Event:
    """One open event file and this station's identity in it.

    Open it with `Event.open` (or make one with `Event.create`) and use it from one thread
    only: the one that opened it owns its sqlite3 connection. Reads are the projections
    (`registration`, `search`, `programme`...); every write goes through `append` (this
    station's entries) or `merge` (other stations'), after which `subscribe`d listeners
    hear which subjects changed.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, now: Clock = local_now) -> None:
        self.conn = conn
        self.path = path
        self.now = now
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self.event_id: str = meta["event_id"]
        self.secret: str = meta["secret"]  # signs badges
        self.sync_key: str = meta["sync_key"]  # seals what travels between stations
        self.station_id: str = meta["station_id"]
        self.station_name: str = meta["station_name"]
        self.identity = stations.Identity.at_open(conn, path, meta)  # copied elsewhere?
        self.file_id = file_id(path)  # writes stop if the path comes to name another file
        self._programme: Programme | None = None
        self._index: SearchIndex | None = None
        self._unindexed: set[str] = set()  # subjects changed since the index last saw them
        self._listeners: list[Listener] = []
        self._columns: list[str] = []  # of the registrations table
        self._version_checked = False  # this station's version recorded, at first write
        self._basis = stamp_basis.StampBasis()  # last seq and clock

    # -- opening and closing ---------------------------------------------------------

    @classmethod
    def create(cls, path: Path, programme: Programme, station_name: str = "Organisation",
               now: Clock = local_now) -> Event:
        conn = storage.connect(path, create=True)
        meta = {"event_id": j.random_id(), "secret": codes.new_secret(),
                "sync_key": codes.new_secret(),
                "station_id": j.random_id()[:12], "station_name": station_name,
                "created_at": now().isoformat(timespec="seconds")}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        event = cls(conn, path, now)
        event.append([stations.named(event.station_id, station_name),
                      j.NewEntry(j.PROGRAMME_SET, j.PROGRAMME_SUBJECT, programme.to_dict())])
        return event

    @classmethod
    def open(cls, path: Path, now: Clock = local_now, full_check: bool = True) -> Event:
        """Open an event file, its integrity checked (see `storage.connect`)."""
        return cls(storage.connect(path, full_check=full_check), path, now)

    def check_integrity(self) -> None:
        """The full check, for a file opened with `full_check=False`: raises
        EventFileError(DAMAGED) on a damaged file."""
        try:
            storage.check_integrity(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise EventFileError(f"{self.path}: cannot be read as an event file ({exc})",
                                 Problem.DAMAGED, self.path) from None

    def close(self) -> None:
        """Close the file, leaving no journal beside it; but a journal at its path that
        belongs to another file now there (the file replaced meanwhile) is not ours."""
        try:
            ours = file_id(self.path) == self.file_id
        except OSError:
            ours = False
        storage.close(self.conn, tidy=ours)

    def __enter__(self) -> Event:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(subjects)` after every change written or merged."""
        self._listeners.append(listener)

    # -- writing -----------------------------------------------------------------------

    def append(self, new: Sequence[j.NewEntry], progress: Progress = SILENT) -> list[j.Entry]:
        """Store `new` as this station's next entries; durable when this returns.
        `progress` steps inside the transaction, so a stop there writes nothing. (A write
        that must first read inside its transaction: `append_decided`.)"""
        if not new:
            return []
        return self._append(lambda conn: new, len(new), progress)

    def append_decided(self, decide: Decide, projected: bool = False,
                       first_checkin: bool = False) -> list[j.Entry]:
        """Store the few entries `decide(conn)` returns, as `append`; it runs first inside
        the write transaction, so what it reads there cannot change before they are in
        (a check-in reads the person there: no read before, and none again under the
        lock). Nothing returned: nothing is written. `projected`: `decide` read the
        registration rows of their subjects there (not asked again by the fold).
        `first_checkin`: the entries are check-ins of people `decide` read there with no
        check-in standing (see projection_delta.fold_first_checkins)."""
        return self._append(decide, 1, SILENT, projected, first_checkin)

    def _append(self, decide: Decide, expected: int, progress: Progress,
                projected: bool = False, first_checkin: bool = False) -> list[j.Entry]:
        with _page_cache(self.conn, expected), transaction(self.conn, self.path, self.file_id):
            new = decide(self.conn)
            if not new:
                return []
            self.identity.before_write(self.conn, self.path)
            extra = [] if self._version_checked else stations.version_update(self, new)
            entries = self._stamp([*extra, *new])
            fresh = self._fresh_subjects(merge_batch.creating(entries))  # before they go in
            progress.step(0, len(entries), Stage.ENTRIES)
            if len(entries) >= batch_writer.FROM:  # an import: see batch_writer
                self._fold(batch_writer.write(self.conn, entries, fresh, progress), fresh)
            else:
                self.conn.executemany("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)",
                                      [e.row() for e in entries])
                progress.step(len(entries) // 2, len(entries), Stage.ENTRIES)
                if first_checkin and not extra:  # a desk's scan: nothing to read to fold it
                    projection_delta.fold_first_checkins(self.conn, entries)
                else:
                    self._fold(entries, fresh, own=True,
                               projected={e.subject for e in new} if projected else set())
            progress.step(len(entries), len(entries), Stage.ENTRIES)
        self._version_checked = True
        self._changed({e.subject for e in entries})
        return entries[len(extra):]

    def append_stream(self, batches: Iterable[tuple[int, Sequence[batch_writer.Created]]],
                      rows: int, revised: Callable[[], Mapping[int, batch_writer.Created]],
                      progress: Progress = SILENT) -> Sequence[j.Entry]:
        """`append` of an import planned while it is written (importing.ImportStream):
        registrations new to the event (batch_writer.Created), batch after batch, each
        batch with how many of the file's `rows` were read for it (one a row at most); a
        worker thread makes the next batch while SQLite stores this one. Then
        `revised()`: those (by their place) that later rows changed, stored in their
        place (same id, seq and clock). Durable when this returns; an error or a stop
        (`progress` steps the rows, then the entries) writes nothing."""
        with _page_cache(self.conn, rows, STREAM_CACHE_KB), \
                transaction(self.conn, self.path, self.file_id):
            self.identity.before_write(self.conn, self.path)
            extra = [] if self._version_checked else self._stamp(
                stations.version_update(self, []))
            if extra:  # first, as `append` puts it
                self.conn.executemany("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)",
                                      [e.row() for e in extra])
                self._fold(extra, self._fresh_subjects(merge_batch.creating(extra)), own=True)
            entries = batch_writer.write_stream(self.conn, batches, self._stamps(rows),
                                                rows, progress)
            self._revise(entries, revised())
            progress.step(len(entries), len(entries), Stage.ENTRIES)
        self._version_checked = True
        self._changed({*(e.subject for e in extra), *entries.subjects()})
        return entries

    def _stamps(self, most: int) -> batch_writer.Stamps:
        """What `most` entries at most are stamped with, as `_stamp` would, by their
        place: their ids and clocks drawn here at once (ascending), their seqs in turn."""
        millis = self.now_millis()
        last_seq, clock = self._basis.current(self.conn, self.station_id,
                                              j.latest_allowed(millis))
        return batch_writer.Stamps(self.station_id, last_seq + 1, j.new_ids(most, millis),
                                   j.next_clocks(clock, millis, most))

    def _revise(self, entries: batch_writer.Stamped,
                revised: Mapping[int, batch_writer.Created]) -> None:
        """Entries of `entries` given a new payload in their place (see append_stream),
        and their registrations' rows made again."""
        for place, new in revised.items():
            if new[0] != entries.news[place][0]:
                raise ValueError("a revised entry keeps its kind and its subject")
            entries.news[place] = new
        batch_writer.revise(self.conn, [entries[place] for place in sorted(revised)])

    def _fold(self, entries: Sequence[j.Entry], fresh: dict[str, list[j.Entry]],
              since: int | None = None, own: bool = False,
              projected: set[str] | None = None) -> None:
        """Bring the projections up to date with `entries`, just stored. What a desk
        appends all day and a station's day mostly holds (check-ins, undos, prints, later
        edits) is added onto the stored rows: a scan writes a third of the pages that
        re-folding the person wrote. The other subjects fold again from the journal, or,
        those in `fresh` (new to it), from their entries in hand. `since`: the journal's
        last rowid before `entries`, if they are the rows past it; `own`: entries just
        stamped here; `projected`: subjects known to have a registration row (see
        fold_additions)."""
        left = projection_delta.fold_additions(self.conn, entries, since, own, projected)
        projection.refold(self.conn, left, {s: fresh[s] for s in left & fresh.keys()})

    def _fresh_subjects(self, entries: Sequence[j.Entry]) -> dict[str, list[j.Entry]]:
        """The entries of subjects the journal knows nothing about yet (new registrations),
        by subject: their projections fold from these alone, without reading them back."""
        by_subject = merge_batch.by_subject(entries)
        known = self._known_subjects(list(by_subject))
        return {s: es for s, es in by_subject.items() if s not in known}

    def _known_subjects(self, subjects: list[str]) -> set[str]:
        """Those of `subjects` that the journal has entries about. Many, against a journal
        not much bigger (its last rowid bounds its size), are compared with its subjects
        read whole by their index: 50,000 asked of a file that has none of them 0.03-0.05
        -> 0.002 s, of one with 100,000 entries 0.11-0.17 -> 0.06-0.09 s (json_each)."""
        if not subjects:
            return set()
        if len(subjects) >= _MANY_SUBJECTS and _small_beside(self._last_rowid(), subjects):
            return self._all_subjects().intersection(subjects)
        return {r[0] for r in self.conn.execute(
            "SELECT DISTINCT subject FROM journal WHERE subject IN"
            " (SELECT value FROM json_each(?))", (json.dumps(subjects),))}

    def _all_subjects(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT DISTINCT subject FROM journal")}

    def merge(self, entries: Iterable[j.Entry], progress: Progress = SILENT) -> int:
        """Add other stations' entries (a set union by id); returns how many were new.
        `progress` steps inside the transaction, so a stop there merges nothing."""
        return len(self.merge_new(entries, progress))

    def merge_new(self, entries: Iterable[j.Entry],
                  progress: Progress = SILENT) -> list[j.Entry]:
        """`merge`, returning the entries that were new."""
        batch = merge_batch.from_entries(entries)
        merged = self._merge([batch], len(batch.rows), progress, False)
        return merged.entries_at(merged.new)

    def merge_rows(self, rows: list[j.Row], payloads: list[Any],
                   progress: Progress = SILENT) -> list[j.Row]:
        """`merge_new` of the entries that journal `rows` hold, their payloads decoded
        (`payloads`, in the same order), each text `journal.dump`'s of its payload: the
        rows go in as they are, and an Entry is made only for a row that the fold reads
        in Python (a large merge's new people are made by SQLite: `created_merge`), not
        for every row to be turned back into one (a hub's pull of a whole event). Returns
        the rows that were new."""
        return self.merge_batches([merge_batch.from_rows(rows, payloads)], len(rows), progress)

    def merge_batches(self, batches: Iterable[merge_batch.Batch], expected: int,
                      progress: Progress = SILENT, statements: bool = False) -> list[j.Row]:
        """Merge other stations' entries that come batch after batch, made ready by
        `merge_batch` from entries (bundles) or from journal rows (a hub's pull), maybe by
        a worker thread beside: each batch stored as it comes, then the new people derived
        and all folded at once, in one transaction. `expected`: about how many entries
        will come (for the page cache); `statements`: each batch's rows stored by
        statements of many rows (`overlap.insert`), as a worker beside needs, not row by
        row. A stop (Cancelled from `progress`) or an error raised by `batches` merges
        nothing. Returns the rows that were new."""
        merged = self._merge(batches, expected, progress, statements)
        rows = merged.rows
        return rows if len(merged.new) == len(rows) else [rows[i] for i in merged.new]

    def _merge(self, batches: Iterable[merge_batch.Batch], expected: int,
               progress: Progress, statements: bool) -> merge_batch.Merged:
        merged = merge_batch.Merged()
        with _page_cache(self.conn, expected), transaction(self.conn, self.path,
                                                           self.file_id):
            progress.step(0, expected, Stage.ENTRIES)
            first = self._last_rowid()
            asked_of = _JournalSubjects(self)
            for batch in batches:
                # the journal keeps rows in arrival order (storage: schema 5): those just
                # added are those past its last rowid, no look-up of every id beforehand
                last = self._last_rowid() if merged.rows else first
                # a subject the journal does not know has no entry in it: all of its are new
                known = asked_of.known(merged.asked(batch), last)  # (before its rows go in)
                merged.add(batch, known, _insert_sorted(self.conn, batch.ordered, last,
                                                        statements))
                asked_of.stored(batch.rows)
                progress.step(len(merged.rows) // 2, expected, Stage.ENTRIES)
            # many people new to the file: made by SQLite, as an import's are
            left, unknown = created_merge.derive(self.conn, merged, first)
            self._fold(merged.entries_at(left),
                       {s: merged.entries_at(places) for s, places in unknown.items()}, first)
            progress.step(expected, expected, Stage.ENTRIES)
        rows = merged.rows
        if subjects := {rows[i][5] for i in merged.new}:
            self._changed(subjects)
        return merged

    def _last_rowid(self) -> int:
        (last,) = self.conn.execute("SELECT coalesce(max(rowid), 0) FROM journal").fetchone()
        return int(last)

    def _stamp(self, new: Sequence[j.NewEntry]) -> list[j.Entry]:
        millis = self.now_millis()
        # Clocks too far ahead (merged before they were bounded) do not drag ours along.
        last_seq, clock = self._basis.current(self.conn, self.station_id,
                                              j.latest_allowed(millis))
        # ids ascending like the seqs and clocks: the journal's pages fill in order
        ids, clocks = j.new_ids(len(new), millis), j.next_clocks(clock, millis, len(new))
        return [j.Entry(ids[n], self.station_id, last_seq + 1 + n, clocks[n], item.kind,
                        item.subject, item.payload) for n, item in enumerate(new)]

    def prepare_writes(self) -> None:
        """Read now what the first append would read first (this station's last seq and
        clock: one pass over the journal), e.g. on the event thread just after opening,
        so the desk's first scan does not wait for it."""
        with _reading(self.conn):
            self._basis.current(self.conn, self.station_id,
                                j.latest_allowed(self.now_millis()))

    def _changed(self, subjects: set[str]) -> None:
        if j.PROGRAMME_SUBJECT in subjects:
            self._programme = None
        if self._index is not None:  # indexed at the next search, not in a write's time
            self._unindexed |= subjects
        for listener in list(self._listeners):
            listener(subjects)

    def backup(self) -> Path:
        """A consistent copy in `<file>.backups/`, the newest few kept (see storage)."""
        return storage.backup(self.conn, self.path)

    def rebuild(self) -> None:
        """Recompute every projection from the journal alone."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            projection.rebuild(self.conn)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self._programme = None
        self._index = None
        self._unindexed.clear()

    def now_millis(self) -> int:
        """This machine's time, in the journal clocks' milliseconds."""
        return int(self.now().timestamp() * 1000)

    def timestamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    # -- reading -----------------------------------------------------------------------

    @property
    def programme(self) -> Programme:
        if self._programme is None:
            row = self.conn.execute("SELECT data FROM programme").fetchone()
            if row is None:
                raise EventFileError(f"{self.path}: the event has no programme",
                                     Problem.NO_PROGRAMME, self.path)
            self._programme = Programme.from_dict(json.loads(row[0]))
        return self._programme

    def qr(self, reg: Registration) -> str:
        return codes.payload(self.secret, self.programme.short, reg.code)

    def registration(self, reg_id: str) -> Registration | None:
        found = self._registrations_where("r.id = ?", (reg_id,))
        return found[0] if found else None

    def registrations(self) -> list[Registration]:
        return self._registrations_where("1", ())

    def registrations_by_ids(self, ids: Iterable[str]) -> list[Registration]:
        return self._registrations_where("r.id IN (SELECT value FROM json_each(?))",
                                         (json.dumps(sorted(ids)),))

    def by_code(self, code: str) -> list[Registration]:
        return self._registrations_where("r.code = ?", (code.upper(),))

    def search(self, query: str, limit: int = 50) -> list[Registration]:
        ids = self._search_index().search(query, limit)
        if not ids:
            return []
        found = {r.id: r for r in self._registrations_where(
            "r.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}
        return [found[i] for i in ids if i in found]

    def _registrations_where(self, where: str, params: Sequence[Any]) -> list[Registration]:
        # One statement, each row with its sessions: a scan reads a person twice, and
        # a second statement cost as much as the first (15-20 us).
        rows = self.conn.execute(
            "SELECT r.*, (SELECT json_group_array(session) FROM choices"
            f" WHERE reg_id = r.id) FROM registrations r WHERE {where}", params).fetchall()
        if not rows:
            return []
        names = self._registration_columns()
        found = [_registration(dict(zip(names, row[:-1], strict=True)),
                               sorted(json.loads(row[-1]))) for row in rows]
        return sorted(found, key=alphabetical)

    def _registration_columns(self) -> list[str]:
        if not self._columns:  # read once: the schema only changes while opening
            self._columns = [d[0] for d in self.conn.execute(
                "SELECT * FROM registrations LIMIT 0").description]
        return self._columns

    def _search_index(self) -> SearchIndex:
        """The index, built at the first search, brought up to date with what changed."""
        # After a big merge, building anew beats replacing documents one by one (0.12 ms
        # each at 50,000, a whole build 0.45 s): past an eighth of the index, rebuild.
        if self._index is None or len(self._unindexed) * 8 > len(self._index):
            self._unindexed.clear()
            self._index = SearchIndex(self._search_docs("1", ()))
        elif self._unindexed:
            changed, self._unindexed = sorted(self._unindexed), set()
            for doc in self._search_docs("id IN (SELECT value FROM json_each(?))",
                                         (json.dumps(changed),)):
                self._index.add(doc)
        return self._index

    def _search_docs(self, where: str, params: Sequence[Any]) -> list[SearchDoc]:
        """What the index needs, without building whole registrations (5x faster)."""
        rows = self.conn.execute("SELECT id, code, first_name, last_name, organisation,"
                                 f" email FROM registrations WHERE {where}", params)
        return [SearchDoc(id=i, code=c, first_name=f or "", last_name=ln or "",
                          organisation=o or "", email=e or "") for i, c, f, ln, o, e in rows]

    def entries(self, subject: str | None = None) -> list[j.Entry]:
        sql = "SELECT id, station, seq, clock, kind, subject, payload FROM journal"
        rows = (self.conn.execute(sql + " WHERE subject = ? ORDER BY clock, station, id",
                                  (subject,)) if subject else
                self.conn.execute(sql + " ORDER BY clock, station, id"))
        return [j.Entry.from_row(r) for r in rows]

    def checkins(self, reg_id: str) -> list[dict[str, Any]]:
        """Every check-in of a registration, undone ones included, earliest first."""
        rows = self.conn.execute("SELECT entry_id, at, station, undone FROM checkins"
                                 " WHERE reg_id = ? ORDER BY clock", (reg_id,))
        return [{"entry": e, "at": at, "station": st, "undone": bool(u)}
                for e, at, st, u in rows]

    def digest(self) -> str:
        return projection.digest(self.conn)

    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        active = "status = 'active'"
        return {
            "event": self.programme.short,
            "registered": q(f"SELECT count(*) FROM registrations WHERE {active}").fetchone()[0],
            "cancelled": q("SELECT count(*) FROM registrations WHERE status = 'cancelled'")
            .fetchone()[0],
            "checked_in": q("SELECT count(*) FROM registrations WHERE checkin_count > 0")
            .fetchone()[0],
            "walk_ins": q("SELECT count(*) FROM registrations WHERE source = 'walkin'")
            .fetchone()[0],
            "double_checkins": q("SELECT count(*) FROM registrations WHERE checkin_count > 1")
            .fetchone()[0],
            "sessions": self._session_counts(),
            "journal_entries": q("SELECT count(*) FROM journal").fetchone()[0],
            "stations": self.stations(),
            "digest": self.digest(),
        }

    def registered_per_session(self) -> dict[str, int]:
        """How many active registrations chose each session."""
        return dict(self.conn.execute(
            "SELECT c.session, count(*) FROM choices c JOIN registrations r ON r.id = c.reg_id"
            " AND r.status = 'active' GROUP BY c.session").fetchall())

    def _session_counts(self) -> dict[str, dict[str, int | None]]:
        """{code: {registered, attended, capacity}} for every session of the programme (and
        any no longer in it that people chose or attended): what flags overbooking and
        no-shows. registered counts active registrations that chose it."""
        q = self.conn.execute
        registered = self.registered_per_session()
        attended = dict(q("SELECT session, count(DISTINCT reg_id) FROM attendance"
                          " WHERE undone = 0 GROUP BY session"))
        capacity = {s.code: s.capacity for s in self.programme.sessions()}
        codes = [*capacity, *sorted((set(registered) | set(attended)) - set(capacity))]
        return {code: {"registered": registered.get(code, 0), "attended": attended.get(code, 0),
                       "capacity": capacity.get(code)} for code in codes}

    def stations(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("""
            SELECT s.id, s.name, count(j.id), coalesce(max(j.clock), '')
            FROM stations s LEFT JOIN journal j ON j.station = s.id
            GROUP BY s.id ORDER BY s.name""")
        return [{"id": i, "name": n, "entries": c, "last_clock": lc} for i, n, c, lc in rows]

    def station_names(self) -> dict[str, str]:
        """Station id -> name; without `stations`' counts over the whole journal (1.6 s at
        150,000 entries, after a merge)."""
        return dict(self.conn.execute("SELECT id, name FROM stations").fetchall())

    def codes_in_use(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT code FROM registrations")}


_MANY_SUBJECTS = 2000  # from this many, `_known_subjects` may read the journal's subjects


def _small_beside(last: int, asked: Sized) -> bool:
    """Whether a journal whose last rowid is `last` is small beside the subjects `asked`:
    its subjects then read whole rather than looked up one by one."""
    return last <= 3 * len(asked)


class _JournalSubjects:
    """Which of the subjects a merge asks about, batch after batch, the journal has
    entries about: looked up by its index (`Event._known_subjects`) or, from the first
    batch beside which the journal is small (a whole event pulled), read whole once and
    kept up with each batch stored."""

    def __init__(self, event: Event) -> None:
        self._event = event
        self._held: set[str] | None = None

    def known(self, asked: list[str], last: int) -> set[str]:
        if self._held is None:
            if not asked or not _small_beside(last, asked):
                return self._event._known_subjects(asked)
            self._held = self._event._all_subjects()
        return self._held.intersection(asked)

    def stored(self, rows: list[j.Row]) -> None:
        if self._held is not None:
            self._held.update(r[5] for r in rows)
_SEARCHED_UP_TO = 32  # one id held already in this many or fewer: searched for, not read
# journal rows per statement of `_insert_sorted` (a merge at once beside its worker, 3
# turns: this thread's insert 1.03-1.15 s of CPU by 2,000, 1.21-1.61 s by 500)
_STATEMENT_ROWS = 2000


def _insert_sorted(conn: sqlite3.Connection, rows: list[j.Row], last: int,
                   statements: bool = False) -> set[str]:
    """Store journal `rows` (sorted by id, ids unique) after rowid `last`, passing over the
    ids stored already; returns those passed over. In id order: the index on ids fills one
    page after another (a missing field still fails, as OR IGNORE would not). Row by row
    unless `statements`: by statements of `_STATEMENT_ROWS` rows, which let go of Python's
    lock for each whole step, as a worker beside needs (see overlap), for more CPU with
    SQLite 3.40, which runs a VALUES list as a compound SELECT (100,000 rows, in turns at
    load 1.2-3.4: 0.67-1.11 s row by row, 0.81-1.21 s by 2,000, 0.96-1.54 s by 500)."""
    before = conn.total_changes
    if statements:
        overlap.insert(conn, "journal", rows, " ON CONFLICT (id) DO NOTHING",
                       _STATEMENT_ROWS)
    else:
        conn.executemany("INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?)"
                         " ON CONFLICT (id) DO NOTHING", rows)
    added = conn.total_changes - before
    if added == len(rows):
        return set()
    if not added:
        return {r[0] for r in rows}
    return _stored_already(conn, [r[0] for r in rows], last, added)


def _stored_already(conn: sqlite3.Connection, ids: list[str], last: int,
                    added: int) -> set[str]:
    """Those of `ids` (sorted, the order they were inserted in after rowid `last`, `added`
    of them stored) that the journal held already. Each one stored took the next rowid, so
    `ids[k]` is at rowid `last + 1 + k - (those passed over before it)`: a binary search
    finds each one passed over (a bundle's station name, merged by its clone), where
    reading back every new row's id took 0.14-0.18 s for 100,000."""
    missing = len(ids) - added
    at = "SELECT id FROM journal WHERE rowid = ?"
    skipped: set[str] = set()
    lo = 0
    while missing * _SEARCHED_UP_TO < len(ids) and len(skipped) < missing and lo < len(ids):
        hi = len(ids)
        while lo < hi:  # ids[lo:] are in place up to the next one passed over
            mid = (lo + hi) // 2
            row = conn.execute(at, (last + 1 + mid - len(skipped),)).fetchone()
            lo, hi = (mid + 1, hi) if row and row[0] == ids[mid] else (lo, mid)
        if lo < len(ids):
            skipped.add(ids[lo])
            lo += 1
    if len(skipped) == missing:
        return skipped
    # many passed over (or the rowids not as expected): read the new rows back
    stored = {r[0] for r in conn.execute("SELECT id FROM journal WHERE rowid > ?", (last,))}
    return set(ids) - stored


def _registration(row: dict[str, Any], sessions: list[str]) -> Registration:
    return Registration(
        **{name: row[name] or "" for name in FIELDS},
        id=row["id"], code=row["code"], extra=json.loads(row["extra"] or "{}"),
        sessions=tuple(sessions), status=row["status"], source=row["source"],
        submitted_at=row["submitted_at"] or "", checked_in_at=row["checked_in_at"],
        checked_in_station=row["checked_in_station"], checkin_count=row["checkin_count"],
    )


BULK_ENTRIES = 1000  # an append this big (an import) gets a roomier page cache
BULK_CACHE_KB = 65536
# An import planned as it is written (append_stream) writes its pages to the file as they
# fill, from the writing thread, which waits for the planning thread anyway, rather than
# all at the COMMIT, the process's last step: 16 MB holds the pages its inserts go back
# to (the indexes' and tables' last ones), the others are spilled, none written twice or
# read back (strace: 15,175 writes of 4 KB either way). A 50,000-row import's commit:
# 0.05 s of CPU, not 0.12 s; 0.31 s of clock, not 0.50 (docs/performance.md).
STREAM_CACHE_KB = 16384


@contextmanager
def _reading(conn: sqlite3.Connection) -> Iterator[None]:
    """One snapshot for several reads, unless already in a transaction."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


@contextmanager
def _page_cache(conn: sqlite3.Connection, entries: int,
                kb: int | None = None) -> Iterator[None]:
    """SQLite's page cache widened to 64 MB (or `kb`) while a big batch goes in, then put
    back (and its memory released): its 2 MB default, spilling pages to and fro while tens
    of thousands of rows go into the journal's indexes, made that insert twice as long.
    Python's cycle collector is held off meanwhile too (see bulk.gc_paused)."""
    if entries < BULK_ENTRIES:
        yield
        return
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KB if kb is None else kb}")
    try:
        with gc_paused():
            yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
