"""An append's seq and clock without the journal's indexes on (station, seq) and clock
(schema 8): the Event keeps its last seq and clock and brings them up to date from the
rows added since (stamp_basis). Whatever came in between, by another connection or
process, a merge, a delete, a clock too far ahead becoming allowed, its seqs never
repeat and its clocks never go back."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from helpers import FakeClock, schema_before

from checkin.core import journal as j
from checkin.core import storage
from checkin.core.event import Event

NOTE = j.CHECKIN_RECORDED


def _one(event: Event, subject: str = "someone") -> j.Entry:
    return event.append([j.NewEntry(NOTE, subject, {"at": event.timestamp()})])[0]


def _full_read(event: Event) -> tuple[int, str]:
    """What the journal says, read whole: this station's last seq, the latest allowed
    clock."""
    bound = j.latest_allowed(event.now_millis())
    seq, clock = event.conn.execute(
        "SELECT (SELECT coalesce(max(seq), 0) FROM journal WHERE station = ?),"
        " (SELECT coalesce(max(clock), '') FROM journal WHERE clock <= ?)",
        (event.station_id, bound)).fetchone()
    return seq, clock


def _foreign(event: Event, clock: str, station: str = "elsewhere") -> j.Entry:
    """Another station's entry, at `clock`."""
    millis = j.parse_clock(clock)[0]
    return j.Entry(j.new_ids(1, millis)[0], station, 1, clock, NOTE, "someone",
                   {"at": "2022-12-08T09:30:00"})


def _clock_at(millis: int) -> str:
    return j.format_clock(millis, 0)


def test_the_schema_has_no_index_on_clock_or_station(event: Event) -> None:
    names = {r[0] for r in event.conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'journal'"
        " AND sql IS NOT NULL")}
    assert names == {"journal_subject", "journal_undos"}  # the undos alone: schema 9


def test_another_connections_appends_come_before_ours(event: Event, clock: FakeClock) -> None:
    first = _one(event)
    with Event.open(event.path, now=clock) as other:  # the same station, another connection
        theirs = [_one(other) for _ in range(3)]
    mine = _one(event)
    assert mine.seq == theirs[-1].seq + 1 == first.seq + 4
    assert mine.clock > theirs[-1].clock


def test_another_processs_appends_come_before_ours(event: Event) -> None:
    first = _one(event)
    script = (
        "import sys; from pathlib import Path; from checkin.core.event import Event;"
        " from checkin.core import journal as j\n"
        "with Event.open(Path(sys.argv[1])) as e:\n"
        "    note = j.NewEntry(j.CHECKIN_RECORDED, 'someone', {'at': '2022-12-08T09:31'})\n"
        "    print(e.append([note])[0].seq)")
    out = subprocess.run([sys.executable, "-c", script, str(event.path)], check=False,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == first.seq + 1
    mine = _one(event)
    assert mine.seq == first.seq + 2
    assert (mine.seq, mine.clock) == _full_read(event)


def test_a_clock_too_far_ahead_counts_once_it_is_allowed(event: Event,
                                                         clock: FakeClock) -> None:
    _one(event)
    far = _clock_at(event.now_millis() + j.MAX_AHEAD_MILLIS + 3_600_000)  # 25 h ahead
    event.merge([_foreign(event, far)])
    assert _one(event).clock < far  # not dragged along
    clock.advance(hours=2)  # `far` is now 23 h ahead: allowed
    after = _one(event)
    assert after.clock > far
    assert after.clock == _full_read(event)[1]


def test_time_going_back_bounds_clocks_as_a_full_read_does(event: Event,
                                                             clock: FakeClock) -> None:
    """This machine's time set back: clocks it stamped and merged, allowed then, are too
    far ahead now, and do not count (as the journal read whole says)."""
    _one(event)
    near = _clock_at(event.now_millis() + j.MAX_AHEAD_MILLIS - 3_600_000)  # 23 h ahead
    event.merge([_foreign(event, near)])
    assert _one(event).clock > near
    clock.advance(hours=-3)  # `near` is 26 h ahead now
    expected = _full_read(event)
    after = _one(event)
    assert after.clock < near
    assert after.seq == expected[0] + 1 and after.clock > expected[1]


def test_rows_deleted_and_their_rowids_given_again(event: Event, clock: FakeClock) -> None:
    """A purge deletes entries, the latest among them: SQLite then gives their rowids to
    the next rows. The row last read is gone, so the journal is read again whole."""
    mine = [_one(event) for _ in range(3)]  # the last read before stamping: the second
    with Event.open(event.path, now=clock) as other:
        other.conn.executemany("DELETE FROM journal WHERE id = ?", [(e.id,) for e in mine[1:]])
        later = _clock_at(event.now_millis() + 60_000)  # a minute ahead: allowed
        other.merge([_foreign(other, later)])  # at the second's rowid, given again
    (reused,) = event.conn.execute("SELECT id FROM journal WHERE rowid = ?",
                                   (event._basis.rowid,)).fetchone()
    assert reused != event._basis.row_id
    after = _one(event)
    assert after.clock > later
    assert after.seq == mine[0].seq + 1  # the deleted seqs may be given again: gone now


def test_a_fresh_event_stamps_after_what_the_file_holds(event: Event,
                                                        clock: FakeClock) -> None:
    for _ in range(5):
        _one(event)
    event.merge([_foreign(event, _clock_at(event.now_millis() + 90_000))])
    seq, latest = _full_read(event)
    with Event.open(event.path, now=clock) as again:
        again.prepare_writes()
        first = _one(again)
    assert first.seq == seq + 1 and first.clock > latest


def test_seqs_never_repeat_and_clocks_never_go_back(event: Event, clock: FakeClock) -> None:
    """Appends by two connections, merges (some far ahead), deletes of the latest rows,
    time moving on, in a random order: each append's seq is past every seq of the
    station in the journal, its clock past every allowed clock there."""
    rng = random.Random(8)
    other = Event.open(event.path, now=clock)
    try:
        for _ in range(200):
            action = rng.random()
            writer = event if rng.random() < 0.6 else other
            if action < 0.5:
                seq, latest = _full_read(writer)
                entry = _one(writer)
                assert entry.seq == seq + 1 and entry.clock > latest
            elif action < 0.7:
                ahead = rng.choice([60_000, j.MAX_AHEAD_MILLIS + rng.randint(1, 7_200_000)])
                writer.merge([_foreign(writer, _clock_at(writer.now_millis() + ahead),
                                       rng.choice(["north", "south"]))])
            elif action < 0.8:
                (last,) = writer.conn.execute("SELECT max(rowid) FROM journal").fetchone()
                writer.conn.execute("DELETE FROM journal WHERE rowid > ? AND station != ?",
                                    (last - rng.randint(1, 3), "programme"))
            else:
                clock.advance(minutes=rng.randint(1, 90))
    finally:
        other.close()


def test_a_file_of_schema_7_migrates_without_the_two_indexes(
        tmp_path: Path, programme, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.checkin"
    older = schema_before(storage._journal_without_clock_and_station_v8)
    with older, Event.create(path, programme, now=clock) as old:
        for _ in range(4):
            _one(old)
        indexes = {r[0] for r in old.conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert {"journal_clock", "journal_station"} <= indexes
        digest, entries = old.digest(), old.entries()
        seq, latest = _full_read(old)
    with Event.open(path, now=clock) as event:
        assert event.conn.execute("PRAGMA user_version").fetchone()[0] == len(
            storage.MIGRATIONS)
        indexes = {r[0] for r in event.conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert not {"journal_clock", "journal_station"} & indexes
        assert "journal_subject" in indexes
        assert event.digest() == digest and event.entries() == entries
        after = _one(event)
        assert after.seq == seq + 1 and after.clock > latest
