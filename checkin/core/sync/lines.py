"""Journal entries as lines of text, the form in which they travel between stations, and
the seal that proves a line comes from a station of the event.

A line is the entry as compact JSON; in the shared folder it is followed by a tab and its
seal: an HMAC-SHA256 (128 bits shown) under the event's sync key, which every station of
the event holds (clones carry it) and no bundle or folder file ever does. A line half
written, damaged or made by someone without the key does not verify and is never merged.
What an entry must hold is checked when it is merged (`entry_checks`, `merging`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from typing import Any

from checkin.core import journal as j

SEAL_LENGTH = 32  # hex digits of the HMAC kept: 128 bits


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


def decode_all(texts: list[str], canonical: bool = False) -> list[j.Entry]:
    """The entries of `texts`, one a line, read as one JSON array (a third faster than
    line by line). BadLine unless every line is laid out as `encode` writes it: then each
    line alone holds that entry, as `decode` would read it (the caller reads the lines one
    by one otherwise, and so names a bad one). `canonical`: the writer vouches that each
    payload is the journal's canonical text (`journal.dump`), stored then as the line
    holds it; otherwise each payload is dumped again and must match the line."""
    if canonical:
        matched = _matched(texts)
        if matched is not None:
            return matched
    try:
        items = json.loads("[" + ",".join(texts) + "]")
    except ValueError:
        raise BadLine("not JSON") from None
    if len(items) != len(texts):
        raise BadLine("not one entry a line")
    payload_text = _sliced_payload if canonical else _payload_text
    payloads = []
    for data, line in zip(items, texts, strict=True):
        if type(data) is not dict:
            raise BadLine("not an entry")
        text = payload_text(line, data)
        if text is None:
            raise BadLine("not as encode writes it")
        payloads.append(text)
    if canonical and not _each_one_value(payloads, [d["payload"] for d in items]):
        raise BadLine("not as encode writes it")
    make = j.Entry.of
    return [make(d["id"], d["station"], d["seq"], d["clock"], d["kind"], d["subject"],
                 d["payload"], text) for d, text in zip(items, payloads, strict=True)]


_TEXT = r'"([^"\\\x00-\x1f]*)"'  # a JSON string with nothing escaped: its value as it is
# A line as `encode` writes it, its fields strings with nothing escaped (what JSON reads
# them as: the same text) and its seq an integer: what comes before its payload, and after.
_HEAD = re.compile(f'\\{{"clock":{_TEXT},"id":{_TEXT},"kind":{_TEXT},"payload":')
_SEQ = ',"seq":'  # no field after the payload may hold it (nor any quote)
_TAIL = re.compile(f',"seq":(-?(?:0|[1-9][0-9]{{0,20}})),"station":{_TEXT},"subject":{_TEXT}}}')


def _matched(texts: list[str]) -> list[j.Entry] | None:
    """`decode_all`'s entries of canonical lines, or None unless every line is laid out
    as `_HEAD` payload `_TAIL` and its payload is exactly one JSON object with no member
    repeated (the caller then reads them as before, and so names a bad line). The fields
    come out of two matches in C, and each payload is parsed once: reading every line as
    JSON, then its payload again, as `decode_all` does, took half as long again."""
    head, tail, scan, make = _HEAD.match, _TAIL.fullmatch, _SCAN_NO_REPEATS, j.Entry.of
    entries = []
    for line in texts:
        before = head(line)
        cut = line.rfind(_SEQ)
        after = tail(line, cut) if cut > 0 else None
        if before is None or after is None:
            return None
        text = line[before.end():cut]
        try:  # the decoder's scanner itself, without raw_decode's frame around it
            payload, end = scan(text, 0)
        except (StopIteration, ValueError):  # not JSON from its first character, or a
            return None  # member repeated
        if end != len(text) or type(payload) is not dict:  # more than one value
            return None
        clock, id_, kind = before.groups()
        seq, station, subject = after.groups()
        entries.append(make(id_, station, int(seq), clock, kind, subject, payload, text))
    return entries


def _each_one_value(texts: list[str], values: list[Any]) -> bool:
    """Whether each of `texts` is one JSON value, the one beside it in `values`, with no
    member repeated in any of its objects. A slice may hold more (a member repeated after
    the payload: the object keeps the last value) and then it is not one value; in an
    array a member's colon is an error. A member repeated inside the payload is refused
    too: SQLite's JSON functions, which fold a merge's check-ins from the stored text
    (`projection_delta`), read the first of the two where Python reads the last."""
    try:
        return bool(_NO_REPEATS.decode("[" + ",".join(texts) + "]") == values)
    except ValueError:
        return False


def _unrepeated(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise ValueError("a member repeated")
    return obj


_NO_REPEATS = json.JSONDecoder(object_pairs_hook=_unrepeated)  # as fast as json.loads here
# its scanner, called without raw_decode's frame around it (StopIteration where the text
# is not JSON from its first character)
_SCAN_NO_REPEATS: Callable[[str, int], tuple[Any, int]] = (
    _NO_REPEATS.scan_once)  # type: ignore[attr-defined]


def entry_from(data: dict[str, Any]) -> j.Entry:
    """The entry that `data` describes (its fields checked later, by the merge)."""
    try:
        return j.Entry(id=data["id"], station=data["station"], seq=data["seq"],
                       clock=data["clock"], kind=data["kind"], subject=data["subject"],
                       payload=data["payload"])
    except (KeyError, TypeError):
        raise BadLine("an entry field is missing") from None


_quote = json.encoder.encode_basestring  # a str as JSON, as encode writes it


def _typed_fields(data: dict[str, Any]) -> tuple[str, str, str, dict[str, Any], int, str,
                                                   str] | None:
    """An entry's fields in `encode`'s key order, if each has the type `encode` writes."""
    get = data.get
    clock, id_, kind, payload = get("clock"), get("id"), get("kind"), get("payload")
    seq, station, subject = get("seq"), get("station"), get("subject")
    if (type(payload) is dict and type(seq) is int and type(clock) is str
            and type(id_) is str and type(kind) is str and type(station) is str
            and type(subject) is str):
        return clock, id_, kind, payload, seq, station, subject
    return None


def _payload_text(line: str, data: dict[str, Any]) -> str | None:
    """The payload's JSON (as the journal stores it) if `line` is what `encode` writes for
    the entry `data`, else None. Cheaper than `encode`: the payload is dumped once, for
    the journal too."""
    fields = _typed_fields(data)
    if fields is None:
        return None
    clock, id_, kind, payload, seq, station, subject = fields
    text = j.dump(payload)
    # the keys in sorted order, as `encode` writes them
    same = line == (f'{{"clock":{_quote(clock)},"id":{_quote(id_)},"kind":{_quote(kind)}'
                    f',"payload":{text},"seq":{seq},"station":{_quote(station)}'
                    f',"subject":{_quote(subject)}}}')
    return text if same else None


def _sliced_payload(line: str, data: dict[str, Any]) -> str | None:
    """The payload's text as `line` holds it, if `line` is laid out as `encode` writes the
    entry `data` around it, else None: the fields around the payload are compared, the
    payload itself is not dumped again (two thirds of the time of reading a bundle).
    The fields are compared unquoted: one that JSON must escape does not compare, and
    its line is read by `decode`, as any line laid out otherwise."""
    fields = _typed_fields(data)
    if fields is None:
        return None
    clock, id_, kind, _payload, seq, station, subject = fields
    head = f'{{"clock":"{clock}","id":"{id_}","kind":"{kind}","payload":'
    tail = f',"seq":{seq},"station":"{station}","subject":"{subject}"}}'
    end = len(line) - len(tail)
    if end <= len(head) or not (line.startswith(head) and line.endswith(tail)):
        return None
    return line[len(head):end]


def seal(key: str, data: bytes) -> str:
    """The seal of `data` under the event's sync key (hex)."""
    return hmac.digest(bytes.fromhex(key), data, hashlib.sha256).hex()[:SEAL_LENGTH]


def verifies(key: str, data: bytes, mark: str | bytes) -> bool:
    expected = seal(key, data).encode()
    given = mark.encode() if isinstance(mark, str) else mark
    return hmac.compare_digest(expected, given)


def sealed(key: str, text: str) -> str:
    """`text` with its seal: one line of the shared folder, newline included."""
    return f"{text}\t{seal(key, text.encode())}\n"


def split(line: bytes) -> tuple[bytes, bytes]:
    """A sealed line's text and seal, not yet verified; BadLine if it has no seal."""
    body, tab, mark = line.rpartition(b"\t")
    if not tab or len(mark) != SEAL_LENGTH:
        raise BadLine("no seal")
    return body, mark


def unseal(key: str, line: bytes) -> str:
    """The text of a sealed line (without its newline); BadLine unless its seal verifies."""
    body, mark = split(line)
    if not verifies(key, body, mark):
        raise BadLine("not sealed by a station of this event")
    try:
        return body.decode()
    except ValueError:
        raise BadLine("damaged line") from None
