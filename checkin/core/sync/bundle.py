"""Bundles: one file that carries journal entries from one event file to another (USB key).

A bundle is gzip of a header line and entry lines. The header names the format, the
event (id and short name), the station that wrote it, the number of entries and the
SHA-256 of the entry lines. A bundle is checked whole before anything is merged: a
truncated, altered or foreign bundle is refused and the event is left unchanged.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkin.core import files
from checkin.core import journal as j
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.sync import lines

FORMAT = "checkin-bundle"
VERSION = 1
SUFFIX = ".ckb"
_GZIP_MAGIC = b"\x1f\x8b"


class BundleError(CheckinError):
    """A bundle that cannot be merged; its message names the file."""


@dataclass(frozen=True)
class Bundle:
    path: Path
    header: dict[str, Any]
    entries: list[j.Entry]


@dataclass(frozen=True)
class BundleReport:
    """What writing or merging bundles did."""

    entries: int  # entries written, or read from the bundles
    new: int = 0  # entries that were not in the event yet (merging)
    new_by_station: dict[str, int] | None = None  # station id -> new entries


def write_bundle(event: Event, path: Path, station: str | None = None) -> BundleReport:
    """Write every entry of the event (or only `station`'s) to `path`, atomically."""
    _check_target(event, path)
    sql = "SELECT id, station, seq, clock, kind, subject, payload FROM journal"
    rows = (event.conn.execute(sql + " WHERE station = ? ORDER BY clock, station, id",
                               (station,)) if station else
            event.conn.execute(sql + " ORDER BY clock, station, id"))
    body = "".join(lines.encode(j.Entry.from_row(r)) + "\n" for r in rows).encode()
    count = body.count(b"\n")
    header = {"format": FORMAT, "version": VERSION, "event_id": event.event_id,
              "event": event.programme.short, "station": event.station_id,
              "station_name": event.station_name, "created_at": event.timestamp(),
              "count": count, "sha256": hashlib.sha256(body).hexdigest()}
    data = gzip.compress(json.dumps(header, ensure_ascii=False).encode() + b"\n" + body,
                         compresslevel=5, mtime=0)
    _write_atomically(path, data)
    return BundleReport(entries=count)


def _check_target(event: Event, path: Path) -> None:
    if path.exists() and path.resolve() == event.path.resolve():
        raise BundleError(f"{path}: is the event file itself")
    if path.is_dir():
        raise BundleError(f"{path}: is a folder")
    if path.exists():
        with path.open("rb") as handle:
            if handle.read(2) != _GZIP_MAGIC:
                raise BundleError(f"{path}: exists and is not a bundle; not replacing it")


def _write_atomically(path: Path, data: bytes) -> None:
    def write(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # on the USB key before it is pulled out
    files.write_through_temp(path, write, BundleError)


def read_bundle(event: Event, path: Path) -> Bundle:
    """The bundle at `path`, checked whole for `event`; BundleError if it cannot be merged."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(f"{path}: no such bundle") from None
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror})") from None
    if raw[:2] != _GZIP_MAGIC:
        raise BundleError(f"{path}: not a checkin bundle")
    try:
        data = gzip.decompress(raw)
    except EOFError:
        raise BundleError(f"{path}: incomplete (truncated); nothing merged") from None
    except (OSError, zlib.error):
        raise BundleError(f"{path}: damaged or altered; nothing merged") from None
    head, _, body = data.partition(b"\n")
    header = _header(path, head, event)
    if hashlib.sha256(body).hexdigest() != header.get("sha256"):
        raise BundleError(f"{path}: altered or damaged (checksum mismatch); nothing merged")
    texts = body.decode().splitlines() if body else []
    if len(texts) != header.get("count"):
        raise BundleError(f"{path}: holds {len(texts)} entries where its header says"
                          f" {header.get('count')}; nothing merged")
    entries = []
    for number, text in enumerate(texts, 2):
        try:
            entries.append(lines.decode(text))
        except lines.BadLine as exc:
            raise BundleError(f"{path}: line {number}: {exc}; nothing merged") from None
    return Bundle(path, header, entries)


def _header(path: Path, head: bytes, event: Event) -> dict[str, Any]:
    try:
        header = json.loads(head)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError(f"{path}: not a checkin bundle")
    if not isinstance(header.get("version"), int) or header["version"] > VERSION:
        raise BundleError(f"{path}: made by a newer version of checkin; update it")
    if header.get("event_id") != event.event_id:
        raise BundleError(f"{path}: a bundle of another event ({header.get('event', '?')}),"
                          f" not of {event.programme.short}; nothing merged")
    return header


def merge_bundles(event: Event, paths: Sequence[Path]) -> BundleReport:
    """Merge bundles into `event`: all are checked before any is merged."""
    bundles = [read_bundle(event, p) for p in paths]
    entries = [e for b in bundles for e in b.entries]
    fresh = _unknown(event, entries)
    new = event.merge(fresh.values())
    by_station: dict[str, int] = {}
    for e in fresh.values():
        by_station[e.station] = by_station.get(e.station, 0) + 1
    return BundleReport(entries=len(entries), new=new, new_by_station=by_station)


def _unknown(event: Event, entries: list[j.Entry]) -> dict[str, j.Entry]:
    incoming = {e.id: e for e in entries}
    known = {r[0] for r in event.conn.execute(
        "SELECT id FROM journal WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(incoming)),))}
    return {i: e for i, e in incoming.items() if i not in known}
