"""The reception desk's counters, read again after every change the desk hears of.

Counting them over the whole registrations table took 18 ms at 50,000, on the event's
thread, after each check-in: a queue of people scanned back to back waited behind it.
So the counts are kept (`Tally`): counted once in full, then moved by the changed
people alone, read again by id. The number of registrations comes from `count(*)`
(SQLite counts the cells of the code index's pages: 11 us at 50,000); the others from
the people who are not "active, not arrived, not a walk-in", whom the tally knows.
"""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass

from checkin.core.event import Event


@dataclass(frozen=True)
class Counters:
    arrived: int  # active registrations checked in (walk-ins included)
    expected: int  # active registrations
    walk_ins: int  # active walk-ins (all of them are checked in at once, or meant to be)


# A registration's marks: how it counts beside an active, not yet arrived, registered one.
_INACTIVE, _ARRIVED, _WALK_IN = 1, 2, 4
# Past this many people changed at once (a big merge, an import), counting them all anew
# costs less than reading each of them by id.
RECOUNT_FROM = 2000


def counters(event: Event) -> Counters:
    """The desk's counters now; on the event's own thread (it keeps a `Tally`)."""
    tally = _tallies.get(event)
    if tally is None:
        tally = _tallies[event] = Tally(event)
    return tally.counters()


_tallies: weakref.WeakKeyDictionary[Event, Tally] = weakref.WeakKeyDictionary()


class Tally:
    """The counters of one open event, kept up to date with the subjects it hears
    changed (`Event.subscribe`). A write of this connection that no listener heard of
    (a rebuild) or another connection's commit (`PRAGMA data_version`) makes it count
    everything again."""

    def __init__(self, event: Event) -> None:
        self.conn = event.conn
        self._marks: dict[str, int] = {}  # only registrations with a mark
        self._counts = {_INACTIVE: 0, _ARRIVED: 0, _WALK_IN: 0}
        self._changed: set[str] = set()
        self._seen = (-1, -1)  # (total_changes, data_version) when last up to date
        event.subscribe(self._heard)
        self._recount()

    def _heard(self, subjects: set[str]) -> None:
        self._changed |= subjects
        # every write this connection made so far is in `_changed`
        self._seen = (self.conn.total_changes, self._seen[1])

    def counters(self) -> Counters:
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        if (self.conn.total_changes, version) != self._seen or \
                len(self._changed) >= RECOUNT_FROM:
            self._recount()
        elif self._changed:
            self._apply(self._changed)
        self._changed = set()
        (total,) = self.conn.execute("SELECT count(*) FROM registrations").fetchone()
        return Counters(arrived=self._counts[_ARRIVED],
                        expected=total - self._counts[_INACTIVE],
                        walk_ins=self._counts[_WALK_IN])

    def _recount(self) -> None:
        self._marks.clear()
        self._counts = dict.fromkeys(self._counts, 0)
        self._changed = set()
        self._read("status != 'active' OR checkin_count > 0 OR source = 'walkin'", ())
        (version,) = self.conn.execute("PRAGMA data_version").fetchone()
        self._seen = (self.conn.total_changes, version)

    def _apply(self, subjects: set[str]) -> None:
        for subject in subjects:  # gone from the table (a purge), or read again below
            self._mark(subject, 0)
        self._read("id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(subjects)),))

    def _read(self, where: str, params: tuple[str, ...]) -> None:
        for reg_id, status, checkins, source in self.conn.execute(
                "SELECT id, status, checkin_count, source FROM registrations"
                f" WHERE {where}", params):
            self._mark(reg_id, _marks_of(status, checkins, source))

    def _mark(self, reg_id: str, marks: int) -> None:
        before = self._marks.pop(reg_id, 0)
        if marks:
            self._marks[reg_id] = marks
        for bit in self._counts:
            self._counts[bit] += bool(marks & bit) - bool(before & bit)


def _marks_of(status: str, checkins: int | None, source: str | None) -> int:
    if status != "active":
        return _INACTIVE  # neither arrived nor a walk-in, as far as the desk counts
    return (_ARRIVED if checkins else 0) | (_WALK_IN if source == "walkin" else 0)
