"""Journal entries, the source of truth, and the hybrid logical clock that orders them.

An entry is immutable once written. Its clock is `MMMMMMMMMMMMM.CCCCC`: milliseconds since
the epoch and a counter, kept ahead of every clock the station has seen, so that entries
made after a merge sort after what was merged even when laptop clocks disagree. Clocks
keep their width (a full counter carries into the milliseconds), so comparing them as text
is comparing them as numbers; and a clock from elsewhere may run ahead of this machine's
time by at most MAX_AHEAD_MILLIS, so one laptop set to the year 2286 cannot drag every
other clock there.
"""

from __future__ import annotations

import json
import operator
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

# Kinds of entry. Subjects: a registration id, "programme", or a station id.
REGISTRATION_CREATED = "registration.created"
REGISTRATION_UPDATED = "registration.updated"  # a re-import changed fields
REGISTRATION_EDITED = "registration.edited"  # a person corrected fields
REGISTRATION_CANCELLED = "registration.cancelled"
REGISTRATION_RESTORED = "registration.restored"
CHECKIN_RECORDED = "checkin.recorded"
CHECKIN_UNDONE = "checkin.undone"
ATTENDANCE_RECORDED = "attendance.recorded"
ATTENDANCE_UNDONE = "attendance.undone"
BADGE_PRINTED = "badge.printed"
TICKET_SENT = "ticket.sent"  # a ticket accepted by the mail server for an address
PROGRAMME_SET = "programme.set"
STATION_NAMED = "station.named"

PROGRAMME_SUBJECT = "programme"


@dataclass(frozen=True)
class NewEntry:
    """An entry about to be appended: the journal gives it id, station, seq and clock."""

    kind: str
    subject: str
    payload: dict[str, Any]


Row = tuple[str, str, int, str, str, str, str]  # a journal row: an Entry's `row()`


@dataclass(frozen=True)
class Entry:
    id: str
    station: str
    seq: int
    clock: str
    kind: str
    subject: str
    payload: dict[str, Any]
    # The payload's JSON as it was read (a journal row, a hub's row, a bundle line that
    # `journal.dump` wrote), when known: stored as it is rather than dumped again.
    payload_text: str | None = field(default=None, compare=False, repr=False)

    @property
    def order(self) -> tuple[str, str, str]:
        """Total order used by every projection: (clock, station, id)."""
        return (self.clock, self.station, self.id)

    def row(self) -> Row:
        text = self.payload_text
        return (self.id, self.station, self.seq, self.clock, self.kind, self.subject,
                dump(self.payload) if text is None else text)

    @classmethod
    def of(cls, id_: str, station: str, seq: int, clock: str, kind: str, subject: str,
           payload: dict[str, Any], payload_text: str | None = None) -> Entry:
        """`Entry(...)` of these fields (equal to it: tested), set as the frozen dataclass's
        `__init__` sets them but without its lookups (a merge makes one a bundle line:
        100,000 0.13 -> 0.11 s). Not through `__dict__`: that makes each instance a dict
        of its own, and every attribute read after it 3.5 times as slow."""
        e = _new_object(cls)
        put = _set_attribute
        put(e, "id", id_)
        put(e, "station", station)
        put(e, "seq", seq)
        put(e, "clock", clock)
        put(e, "kind", kind)
        put(e, "subject", subject)
        put(e, "payload", payload)
        put(e, "payload_text", payload_text)
        return e

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Entry:
        id_, station, seq, clock, kind, subject, payload = row
        return cls.of(id_, station, seq, clock, kind, subject, json.loads(payload), payload)

    @classmethod
    def from_peer_row(cls, row: tuple[Any, ...]) -> Entry:
        """A row another party wrote (a hub's): its payload text is kept only when it is
        the canonical dump, so that every station stores the same bytes for one entry."""
        entry = cls.from_row(row)
        if dump(entry.payload) != entry.payload_text:
            return replace(entry, payload_text=None)
        return entry


_new_object = object.__new__
_set_attribute = object.__setattr__  # past the frozen dataclass's own


def _canonical_encoder() -> Callable[[Any], str]:
    """The canonical encoder (sorted keys, no spaces, non-ASCII as it is), its C part made
    once: `JSONEncoder.encode` makes it anew at every call. No check for cycles: a
    payload is parsed JSON or plain values."""
    general = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return general.encode
    encode = make(None, general.default, json.encoder.encode_basestring, None, ":", ",",
                  True, False, True)
    return lambda payload: "".join(encode(payload, 0))


_DUMP = _canonical_encoder()


def dump(payload: dict[str, Any]) -> str:
    """The canonical JSON of a payload: sorted keys, no spaces, non-ASCII as it is."""
    # an import's registrations: tens of thousands (a peer's row may hold any JSON)
    text = created_text(payload)
    return _DUMP(payload) if text is None else text  # one encoder, not one made per call


def created_text(payload: dict[str, Any]) -> str | None:
    """`dump(payload)` when the payload is a created registration's, all of it text
    (what an import makes); None otherwise. Its values are then text that SQLite's JSON
    functions read back as they were (see batch_writer)."""
    if payload.__class__ is dict and payload.keys() == _CREATED_KEYS:
        try:
            return _dump_created(payload)
        except TypeError:  # not all text: the general encoder says what it makes of it
            pass
    return None


# A created registration's payload, written by hand in the general encoder's bytes
# (a test holds them equal over arbitrary text): a third of its time.
_CREATED_KEYS = frozenset({"code", "extra", "fields", "sessions", "source", "submitted_at"})
_text = json.encoder.encode_basestring  # what the encoder uses with ensure_ascii=False
encode_text = _text  # a text's JSON, as `dump` writes it


def _dump_created(p: dict[str, Any]) -> str:
    """Raises TypeError unless every value is text, in dicts and a list of the plain
    kinds (the general encoder then decides). One %-template per layout of the extras'
    and fields' keys (a file's rows give their dicts the same keys in the same order),
    filled in one go."""
    sessions, extra, fields = p["sessions"], p["extra"], p["fields"]
    if sessions.__class__ is not list or extra.__class__ is not dict \
            or fields.__class__ is not dict:
        raise TypeError("not a created registration's kinds")
    names = (tuple(extra), tuple(fields))
    layout = _LAYOUTS.get(names)
    if layout is None:
        layout = _layout(names)
    template, extras, values = layout
    return template % (_text(p["code"]), *map(_text, extras(extra)),
                       *map(_text, values(fields)), ",".join(map(_text, sessions)),
                       _text(p["source"]), _text(p["submitted_at"]))


# (extra's keys, fields' keys) in insertion order -> the payload's %-template (keys in
# sorted order), and the getters of the extras' and the fields' values in that order
_Getter = Callable[[dict[str, str]], Any]
_LAYOUTS: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, _Getter, _Getter]] = {}


def _layout(names: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, _Getter, _Getter]:
    """Raises TypeError unless every key is text (sorted raises on mixed kinds)."""
    extra, fields = (sorted(keys) for keys in names)
    template = ('{"code":%s,"extra":' + _object(extra) + ',"fields":' + _object(fields)
                + ',"sessions":[%s],"source":%s,"submitted_at":%s}')
    layout = (template, _getter(extra), _getter(fields))
    if all(k.__class__ is str for keys in names for k in keys) and len(_LAYOUTS) < 1024:
        _LAYOUTS[names] = layout  # a few a file
    return layout


def _object(keys: list[str]) -> str:
    """'{"a":%s,"b":%s}' for sorted `keys`, a % in them doubled."""
    return "{" + ",".join(_text(k).replace("%", "%%") + ":%s" for k in keys) + "}"


def _getter(keys: list[str]) -> _Getter:
    if not keys:
        return lambda d: ()
    get = operator.itemgetter(*keys)
    return get if len(keys) > 1 else lambda d: (get(d),)


def object_text(d: dict[str, str]) -> str:
    """`dump(d)` of a dict of text (a created payload's extras): its template made once
    per layout of keys. Raises TypeError unless keys and values are all text."""
    if d.__class__ is not dict:
        raise TypeError("not a dict")
    names = tuple(d)
    layout = _OBJECTS.get(names)
    if layout is None:
        ordered = sorted(names)
        layout = (_object(ordered), _getter(ordered))
        if all(k.__class__ is str for k in names) and len(_OBJECTS) < 1024:
            _OBJECTS[names] = layout
    template, values = layout
    return template % tuple(map(_text, values(d)))


_OBJECTS: dict[tuple[str, ...], tuple[str, _Getter]] = {}


def new_id(millis: int | None = None) -> str:
    """An entry (or registration) id: a UUID4's text (32 hex digits, version 4, variant
    10xx; stations check only the 32 digits) whose first 48 bits are the millisecond
    clock instead of random, as in a UUIDv7 (nothing the entry's clock does not tell).
    One day's entries then go to the tail of every index on an id (the journal, the
    projections' entry_id) instead of all over the file: a merge rewrites fewer pages.
    74 random bits remain per millisecond."""
    return new_ids(1, millis)[0]


def new_ids(count: int, millis: int | None = None) -> list[str]:
    """`count` ids as `new_id` makes them, at `millis` (this machine's time if None), in
    ascending order: rows inserted in key order fill the journal's pages one after
    another. Made from one draw of random bytes, without a UUID object each."""
    if millis is None:
        millis = time.time_ns() // 1_000_000
    head = f"{millis & _MILLIS_BITS:012x}4"
    raw = bytearray(os.urandom(10 * count))
    raw[1::10] = raw[1::10].translate(_VARIANT)  # each id's 4th random digit, in C
    ids = [head + digits[:19] for digits in raw.hex(" ", 10).split()] if count > 0 else []
    ids.sort()
    return ids


def random_id() -> str:
    """A wholly random id, for what must not tell its time or share a prefix with others
    made the same millisecond (station ids are its first 12 digits)."""
    import uuid  # here: rarely needed, and its import loads platform (2 ms of a start)

    return uuid.uuid4().hex


_MILLIS_BITS = (1 << 48) - 1
# The UUID variant's two bits (10xx) set in a random hex digit (a byte's low one), as
# uuid4 does.
_VARIANT = bytes(b & 0xF0 | 8 | b & 3 for b in range(256))


MAX_MILLIS = 10**13 - 1  # 13 digits: the year 2286
MAX_COUNTER = 10**5 - 1  # 5 digits
MAX_AHEAD_MILLIS = 24 * 3600 * 1000  # a laptop a day ahead is wrong, not just unsynced


class ClockError(ValueError):
    """No clock can follow: the journal already holds the largest one."""


def format_clock(millis: int, counter: int) -> str:
    if not (0 <= millis <= MAX_MILLIS and 0 <= counter <= MAX_COUNTER):
        raise ClockError(f"clock out of range: {millis}.{counter}")
    return f"{millis:013d}.{counter:05d}"


def parse_clock(clock: str) -> tuple[int, int]:
    millis, counter = clock.split(".")
    return int(millis), int(counter)


def next_clock(last: str | None, now_millis: int) -> str:
    """The hybrid logical clock after `last` at wall time `now_millis`: always greater
    than `last`, always of the same width."""
    now_millis = min(max(now_millis, 0), MAX_MILLIS)
    if last is None:
        return format_clock(now_millis, 0)
    last_millis, counter = parse_clock(last)
    if now_millis > last_millis:
        return format_clock(now_millis, 0)
    if counter < MAX_COUNTER:
        return format_clock(last_millis, counter + 1)
    return format_clock(last_millis + 1, 0)  # the counter is full: carry


def next_clocks(last: str | None, now_millis: int, count: int) -> list[str]:
    """The `count` clocks that `next_clock` gives one after another from `last`, all at
    wall time `now_millis`: formatted in one loop (an import stamps 50,000 entries)."""
    if count <= 0:
        return []
    millis, counter = parse_clock(next_clock(last, now_millis))
    ends = millis + (counter + count - 1) // (MAX_COUNTER + 1)
    format_clock(ends, 0)  # raises ClockError if the run would pass the largest clock
    clocks: list[str] = []
    while len(clocks) < count:  # each millisecond's run of counters formatted in C
        end = min(MAX_COUNTER + 1, counter + count - len(clocks))
        clocks += map(f"{millis:013d}.%05d".__mod__, range(counter, end))
        millis, counter = millis + 1, 0  # full: carry, as next_clock does
    return clocks


def latest_allowed(now_millis: int) -> str:
    """The largest clock that may come from elsewhere at wall time `now_millis`."""
    return format_clock(min(max(now_millis, 0) + MAX_AHEAD_MILLIS, MAX_MILLIS), MAX_COUNTER)


def millis_ahead(clock: str, now_millis: int) -> int:
    """How far `clock` runs ahead of wall time `now_millis` (0 or less: not ahead)."""
    return parse_clock(clock)[0] - now_millis
