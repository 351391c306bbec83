"""The event file on disk: one SQLite file, a rollback journal (not WAL, see
`_no_wal`), synchronous=FULL, versioned schema.

Only this module and the projection know table layouts; everything above talks in
entries and values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.core import files
from checkin.core import journal as j
from checkin.core.errors import EventFileError, Problem

if TYPE_CHECKING:  # imported where used: it costs a seventh of a second at app start
    import sqlite_utils

APPLICATION_ID = 0x434B494E  # "CKIN": tells our files from other SQLite files
BACKUPS_KEPT = 5
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _schema_v1(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.execute("""
        CREATE TABLE journal (
            id TEXT PRIMARY KEY, station TEXT NOT NULL, seq INTEGER NOT NULL,
            clock TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
            payload TEXT NOT NULL, UNIQUE (station, seq)) WITHOUT ROWID""")
    db.execute("CREATE INDEX journal_subject ON journal (subject)")
    db.execute("CREATE INDEX journal_clock ON journal (clock)")
    # Projections: rebuilt from the journal alone.
    db.table("programme").create({"id": int, "data": str}, pk="id")
    db.table("stations").create({"id": str, "name": str}, pk="id")
    db.table("registrations").create({
        "id": str, "code": str, "last_name": str, "first_name": str, "email": str,
        "organisation": str, "role": str, "phone": str, "org_type": str,
        "department": str, "needs": str, "category": str, "extra": str, "status": str,
        "source": str, "submitted_at": str, "checked_in_at": str,
        "checked_in_station": str, "checkin_count": int,
    }, pk="id")
    db.execute("CREATE INDEX registrations_code ON registrations (code)")
    db.table("choices").create({"reg_id": str, "session": str}, pk=("reg_id", "session"))
    db.execute("CREATE INDEX choices_session ON choices (session)")
    db.table("checkins").create({"entry_id": str, "reg_id": str, "at": str, "station": str,
                           "clock": str, "undone": int}, pk="entry_id")
    db.execute("CREATE INDEX checkins_reg ON checkins (reg_id)")
    db.table("attendance").create({"entry_id": str, "reg_id": str, "session": str, "at": str,
                             "station": str, "clock": str, "flags": str, "undone": int},
                            pk="entry_id")
    db.execute("CREATE INDEX attendance_reg ON attendance (reg_id)")
    db.table("prints").create({"entry_id": str, "reg_id": str, "at": str, "station": str},
                        pk="entry_id")


def _journal_seq_not_unique_v2(db: sqlite_utils.Database) -> None:
    # Two files that once shared a station identity (a copy, a restored backup) may hold
    # different entries with the same (station, seq): merging must keep both, not fail.
    db.execute("""
        CREATE TABLE journal_v2 (
            id TEXT PRIMARY KEY, station TEXT NOT NULL, seq INTEGER NOT NULL,
            clock TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
            payload TEXT NOT NULL) WITHOUT ROWID""")
    db.execute("INSERT INTO journal_v2 SELECT * FROM journal")
    db.execute("DROP TABLE journal")
    db.execute("ALTER TABLE journal_v2 RENAME TO journal")
    db.execute("CREATE INDEX journal_subject ON journal (subject)")
    db.execute("CREATE INDEX journal_clock ON journal (clock)")
    db.execute("CREATE INDEX journal_station ON journal (station, seq)")


def _tickets_v3(db: sqlite_utils.Database) -> None:
    # Tickets sent by e-mail, and to which address: a changed address needs a new one.
    db.table("tickets").create({"entry_id": str, "reg_id": str, "at": str, "station": str,
                                "email": str}, pk="entry_id")
    db.execute("CREATE INDEX tickets_reg ON tickets (reg_id)")


def _sync_key_v4(db: sqlite_utils.Database) -> None:
    # Bundles and folder lines are sealed under a sync key that every station of the event
    # holds. A file made before it derives its key from the badge secret, which its
    # clones hold too (and bundles never did): old clones of one event still agree.
    row = db.execute("SELECT value FROM meta WHERE key = 'secret'").fetchone()
    if row is None:  # a file being created: Event.create makes a fresh key
        return
    key = hmac.digest(str(row[0]).encode(), b"checkin sync key", hashlib.sha256).hex()
    db.execute("INSERT OR IGNORE INTO meta VALUES ('sync_key', ?)", (key,))


def _choices_without_rowid_v5(db: sqlite_utils.Database) -> None:
    # Session choices kept in their primary key's B-tree alone (no rowid table beside it)
    # and without the index on session: an import writes 1 tree per choice instead of 3,
    # in 0.11 s instead of 0.22 s at 50,000 registrations, the file 7 MB smaller. A room's
    # roster (`session = ?`) then scans the choices: 10 ms at 50,000, as the index and
    # its rowid lookups took (9 ms).
    db.execute("""
        CREATE TABLE choices_new (reg_id TEXT, session TEXT, PRIMARY KEY (reg_id, session))
        WITHOUT ROWID""")
    db.execute("INSERT INTO choices_new SELECT reg_id, session FROM choices")
    db.execute("DROP TABLE choices")  # its index with it
    db.execute("ALTER TABLE choices_new RENAME TO choices")


def _journal_by_arrival_v6(db: sqlite_utils.Database) -> None:
    # The journal in arrival order (a rowid table; ids stay unique): a station's entries,
    # whose ids and clocks interleave with other stations' of the same day, went between
    # those already stored, all over the day's part of the table, and a merge of one
    # bundle rewrote half the journal's pages; now they go at its end. Its indexes point
    # at a rowid instead of a 32-digit id: a third smaller, fewer pages rewritten too.
    # (Measured: the eighth of eight bundles of 12,500 entries changed 8,591 pages of the
    # file instead of 14,157.) The rows keep their order: by id, as the table was.
    db.execute("""
        CREATE TABLE journal_v6 (
            id TEXT NOT NULL UNIQUE, station TEXT NOT NULL, seq INTEGER NOT NULL,
            clock TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
            payload TEXT NOT NULL)""")
    db.execute("INSERT INTO journal_v6 SELECT * FROM journal ORDER BY id")
    db.execute("DROP TABLE journal")
    db.execute("ALTER TABLE journal_v6 RENAME TO journal")
    db.execute("CREATE INDEX journal_subject ON journal (subject)")
    db.execute("CREATE INDEX journal_clock ON journal (clock)")
    db.execute("CREATE INDEX journal_station ON journal (station, seq)")


def _checkins_by_person_v7(db: sqlite_utils.Database) -> None:
    # Check-ins and attendance kept in one B-tree each, keyed by (registration, entry):
    # every query asks by person (a scan's recount, an undo, a refold) and entry ids are
    # unique in the journal. A check-in then writes 1 page of `checkins` instead of 3
    # (the rowid table, the unique index on entry_id, the index on reg_id): 8 pages a scan
    # instead of 10 (strace, 50 scans at 50,000 people).
    for table, columns in (("checkins", "entry_id TEXT, reg_id TEXT, at TEXT, station TEXT,"
                                        " clock TEXT, undone INTEGER"),
                           ("attendance", "entry_id TEXT, reg_id TEXT, session TEXT, at TEXT,"
                                          " station TEXT, clock TEXT, flags TEXT,"
                                          " undone INTEGER")):
        db.execute(f"CREATE TABLE {table}_new ({columns}, PRIMARY KEY (reg_id, entry_id))"
                   " WITHOUT ROWID")
        db.execute(f"INSERT INTO {table}_new SELECT * FROM {table}")
        db.execute(f"DROP TABLE {table}")  # its indexes with it
        db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")


def _journal_without_clock_and_station_v8(db: sqlite_utils.Database) -> None:
    # No index on clock nor on (station, seq): each was a B-tree every entry went into,
    # all over it (clocks and stations interleave). Without them 8 commits of 12,500
    # entries into 50,000 took 0.73-0.97 s instead of 1.26-1.44 s, and a check-in writes
    # 6 pages instead of 8. What read them: an append's last seq and clock (kept by
    # stamp_basis, brought up to date by rowid), a hub sync's own entries (by rowid).
    db.execute("DROP INDEX IF EXISTS journal_clock")
    db.execute("DROP INDEX IF EXISTS journal_station")


# The journal's undos, as a query must write them to be read through `journal_undos` (a
# partial index serves only a WHERE that names its own values, not bound parameters).
UNDOS = f"kind IN ('{j.CHECKIN_UNDONE}', '{j.ATTENDANCE_UNDONE}')"


def _undos_indexed_v9(db: sqlite_utils.Database) -> None:
    # A merge marks undone the check-ins and attendance that undos cancel, matching every
    # undo of the journal (one may come before its target): it read the whole journal at
    # each merge to find them, a pass that grows with every entry stored. The undos alone
    # now, in a partial index keyed by kind (so each new one goes at the end of its kind:
    # a page or two written per merge). Measured: 8 bundles of 12,500 entries merged one
    # after another into 50,000 people, gathering the undos took 0.19 s of CPU, 0.04 s
    # now. Its price, paid by every entry stored (its WHERE tested): the journal's INSERT
    # takes 5% more instructions (50,000 entries into a journal in memory: 1.148 -> 1.206 G).
    db.execute(f"CREATE INDEX journal_undos ON journal (kind) WHERE {UNDOS}")


# Index i holds the step from version i to i + 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _schema_v1, _journal_seq_not_unique_v2, _tickets_v3, _sync_key_v4,
    _choices_without_rowid_v5, _journal_by_arrival_v6, _checkins_by_person_v7,
    _journal_without_clock_and_station_v8, _undos_indexed_v9]
SCHEMA_VERSION = len(MIGRATIONS)
PROJECTION_TABLES = ("programme", "stations", "registrations", "choices", "checkins",
                     "attendance", "prints", "tickets")


def connect(path: Path, create: bool = False, full_check: bool = True) -> sqlite3.Connection:
    """Open (or create) an event file, migrate it and check its integrity: in full, or
    with `full_check=False` only its pages (`quick_check`, a tenth of the time), the app
    then running `check_integrity` once its first screen is shown. Another program's
    SQLite file is refused before anything is written to it."""
    if create:
        _create_private(path)
    else:
        _check_header(path)
    conn = None
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        if create:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        else:
            _check_identity(conn, path, full_check)  # reads only: writes once it is ours
        _no_wal(conn, path)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 10000")
        _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        _close(conn)
        raise EventFileError(f"{path}: cannot be opened as an event file ({exc})",
                             Problem.DAMAGED, path) from None
    except BaseException:
        _close(conn)
        raise
    return conn


def _no_wal(conn: sqlite3.Connection, path: Path) -> None:
    """A rollback journal, truncated after each commit, instead of WAL: WAL keeps its index
    in `<file>-shm`, memory-mapped, which SQLite stores into even to read; once the file
    turns read-only under it (`chattr +i`, a disk remounted read-only after an error) the
    kernel answers that store with SIGBUS and the desk dies. Without WAL nothing of the
    file is mapped (mmap_size stays 0): every failure comes back as an error. It costs a
    commit more syncs (5 instead of 1, counted: the journal, its folder, its header, the
    file, the truncated journal) and readers wait for a commit (busy_timeout).
    A WAL file (older versions) is turned over now; one that cannot be, being read-only
    or held by an older version, stays WAL, its -shm then read-only or shared as before."""
    try:
        conn.execute("PRAGMA journal_mode = TRUNCATE")
    except sqlite3.OperationalError as exc:
        held = getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY")
        if not held and os.access(path, os.W_OK):
            raise


def close(conn: sqlite3.Connection, tidy: bool = True) -> None:
    """Close the event file leaving only the file. The rollback journal stays between
    commits, truncated to nothing; at close it is deleted (switching to DELETE mode),
    or users find an empty `<file>.checkin-journal` beside their event and copy or
    delete it. SQLite deletes it only under the file's RESERVED lock, once a hot journal
    (a crash mid-write, here or in another program) is rolled back: a journal in use by
    another program is never touched. A file still in WAL (read-only, or held by an
    older version) is left as it is, as is a file that cannot be locked now; and with
    `tidy` false (the path now names another file), nothing is touched."""
    try:
        if tidy and not conn.in_transaction and _journal_mode(conn) == "truncate":
            conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:
        pass  # the journal stays: harmless, only untidy
    finally:
        conn.close()


def _journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        conn.close()


def _create_private(path: Path) -> None:
    """An empty file for its owner only (SQLite gives its WAL the same mode)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.PRIVATE_FILE))
    except FileExistsError:
        raise EventFileError(f"{path}: already exists", Problem.EXISTS, path) from None
    except OSError as exc:
        raise EventFileError(f"{path}: cannot be created ({exc.strerror})",
                             Problem.NOT_RECORDED, path) from None
    files.make_private(path)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise EventFileError(f"{path}: no such event file", Problem.NO_SUCH_FILE,
                             path) from None
    except OSError as exc:
        raise EventFileError(f"{path}: cannot be read ({exc.strerror})", Problem.UNREADABLE,
                             path) from None
    if head != _SQLITE_MAGIC:
        raise EventFileError(f"{path}: not a checkin event file", Problem.NOT_AN_EVENT, path)


def _check_identity(conn: sqlite3.Connection, path: Path, full_check: bool) -> None:
    (app_id,) = conn.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise EventFileError(f"{path}: an SQLite file, but not a checkin event file",
                             Problem.NOT_AN_EVENT, path)
    check_integrity(conn, path, full_check)


def check_integrity(conn: sqlite3.Connection, path: Path, full: bool = True) -> None:
    """Raise EventFileError(DAMAGED) unless SQLite finds the file sound."""
    pragma = "integrity_check" if full else "quick_check"
    (result,) = conn.execute(f"PRAGMA {pragma}").fetchone()
    if result != "ok":
        raise EventFileError(f"{path}: the file is damaged ({result}); open a backup",
                             Problem.DAMAGED, path)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise EventFileError(f"{path}: made by a newer version of checkin; update it",
                             Problem.NEWER_VERSION, path)
    if version == SCHEMA_VERSION:
        return
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:]:
            step(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def backup(conn: sqlite3.Connection, path: Path, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the event file, consistently, into `<file>.backups/`, keeping the newest few."""
    folder = files.private_folder(path.with_name(path.name + ".backups"))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.checkin"
    _create_private(target)
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    for old in sorted(folder.glob("*.checkin"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def copy_file(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the open event file at `target` (for clones)."""
    if target.exists():
        raise EventFileError(f"{target}: already exists", Problem.EXISTS, target)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)  # left by a copy cut short
    _create_private(tmp)
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    shutil.move(tmp, target)
