"""Journal entries as lines of text, the form in which they travel between stations.

A line is the entry as compact JSON; in the shared folder it is followed by a tab and
the CRC-32 of the JSON, so that a line half-written or damaged is recognised and
skipped, never merged. Every entry is checked field by field before it may be merged:
the projections rely on the fields that each kind needs.
"""

from __future__ import annotations

import json
import re
import zlib
from typing import Any

from checkin.core import journal as j

_ID = re.compile(r"[0-9a-f]{32}")
_STATION = re.compile(r"[0-9a-f]{12}")
_CLOCK = re.compile(r"\d{13}\.\d{5}")
# Payload keys that the projections read, by kind; other kinds pass (newer versions).
_REQUIRED: dict[str, tuple[str, ...]] = {
    j.REGISTRATION_CREATED: ("code",),
    j.CHECKIN_RECORDED: ("at",),
    j.ATTENDANCE_RECORDED: ("session", "at"),
    j.CHECKIN_UNDONE: ("entry",),
    j.ATTENDANCE_UNDONE: ("entry",),
    j.BADGE_PRINTED: ("at",),
    j.TICKET_SENT: ("at", "email"),
    j.STATION_NAMED: ("name",),
}


class BadLine(ValueError):
    """A line that is not a complete, intact entry."""


def encode(entry: j.Entry) -> str:
    return json.dumps({"id": entry.id, "station": entry.station, "seq": entry.seq,
                       "clock": entry.clock, "kind": entry.kind, "subject": entry.subject,
                       "payload": entry.payload},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(text: str) -> j.Entry:
    try:
        data = json.loads(text)
    except ValueError:
        raise BadLine("not JSON") from None
    if not isinstance(data, dict):
        raise BadLine("not an entry")
    return entry_from(data)


def entry_from(data: dict[str, Any]) -> j.Entry:
    """The entry that `data` describes, or BadLine saying what is wrong."""
    try:
        entry = j.Entry(id=data["id"], station=data["station"], seq=data["seq"],
                        clock=data["clock"], kind=data["kind"], subject=data["subject"],
                        payload=data["payload"])
    except (KeyError, TypeError):
        raise BadLine("an entry field is missing") from None
    _check(entry)
    return entry


def _check(e: j.Entry) -> None:
    if not (isinstance(e.id, str) and _ID.fullmatch(e.id)):
        raise BadLine("bad entry id")
    if not (isinstance(e.station, str) and _STATION.fullmatch(e.station)):
        raise BadLine(f"entry {e.id}: bad station")
    if not (isinstance(e.seq, int) and not isinstance(e.seq, bool) and e.seq > 0):
        raise BadLine(f"entry {e.id}: bad sequence number")
    if not (isinstance(e.clock, str) and _CLOCK.fullmatch(e.clock)):
        raise BadLine(f"entry {e.id}: bad clock")
    if not (isinstance(e.kind, str) and isinstance(e.subject, str) and e.subject):
        raise BadLine(f"entry {e.id}: bad kind or subject")
    if not isinstance(e.payload, dict):
        raise BadLine(f"entry {e.id}: bad payload")
    for key in _REQUIRED.get(e.kind, ()):
        if not isinstance(e.payload.get(key), str):
            raise BadLine(f"entry {e.id}: {e.kind} without '{key}'")


def sealed(text: str) -> str:
    """`text` with its checksum: one line of the shared folder, newline included."""
    return f"{text}\t{zlib.crc32(text.encode()):08x}\n"


def unseal(line: bytes) -> str:
    """The text of a sealed line (without its newline); BadLine if damaged."""
    body, tab, crc = line.rpartition(b"\t")
    if not tab or len(crc) != 8:
        raise BadLine("no checksum")
    try:
        intact = int(crc, 16) == zlib.crc32(body)
        text = body.decode()
    except ValueError:
        raise BadLine("damaged line") from None
    if not intact:
        raise BadLine("checksum mismatch")
    return text
