"""Bundles: one file that carries journal entries from one event file to another (USB key).

A bundle is gzip of a header line and entry lines. The header names the format, the
event (id and short name), the station that wrote it and the number of entries, and holds
the seal of the whole (an HMAC under the event's sync key, which stations hold and bundles
never do). A bundle's seal is checked over the whole file before any of its lines is
read: a truncated, altered, forged or foreign bundle is refused and the event is left
unchanged. Then each entry is checked on its own (`merging`): a bad one is refused and
named, the others merged. A large merge reads and checks its lines on a worker thread,
a chunk at a time, while the chunks before go into the journal (`merge_bundles`): all in
one transaction, so a bundle refused there (a bad line, a forged one after good ones) or
a stop still merges nothing.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkin.core import files, merge_batch, overlap
from checkin.core import journal as j
from checkin.core.bulk import gc_paused
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.progress import SILENT, Progress, Stage
from checkin.core.sync import lines, written
from checkin.core.sync.merging import Checks, MergeReport, Refusal, report

FORMAT = "checkin-bundle"
VERSION = 3  # 3: payloads as the journal holds them; 2: sealed under the sync key
SEALED_FROM = 2  # 1 held a bare SHA-256
CANONICAL_FROM = 3  # from this version each line's payload is the journal's text
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
    refused: tuple[Refusal, ...] = ()  # entries that failed their checks (merging)


def write_bundle(event: Event, path: Path, station: str | None = None) -> BundleReport:
    """Write every entry of the event (or only `station`'s) to `path`, atomically."""
    _check_target(event, path)
    sql = "SELECT id, station, seq, clock, kind, subject, payload FROM journal"
    rows = (event.conn.execute(sql + " WHERE station = ? ORDER BY clock, station, id",
                               (station,)) if station else
            event.conn.execute(sql + " ORDER BY clock, station, id"))
    body = "".join(lines.encode(j.Entry.from_row(r)) + "\n" for r in rows).encode()
    count = body.count(b"\n")
    header: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "event_id": event.event_id,
        "event": event.programme.short, "station": event.station_id,
        "station_name": event.station_name, "created_at": event.timestamp(), "count": count}
    header["seal"] = lines.seal(event.sync_key, _sealed_part(header, body))
    data = gzip.compress(json.dumps(header, ensure_ascii=False).encode() + b"\n" + body,
                         compresslevel=5, mtime=0)
    _write_atomically(path, data)
    written.remember(event, path)
    return BundleReport(entries=count)


def _sealed_part(header: dict[str, Any], body: bytes) -> bytes:
    """What the seal covers: the header (but its seal) and every entry line."""
    rest = {k: v for k, v in header.items() if k != "seal"}
    return json.dumps(rest, ensure_ascii=False, sort_keys=True).encode() + b"\n" + body


def _check_target(event: Event, path: Path) -> None:
    if path.exists() and path.resolve() == event.path.resolve():
        raise BundleError(f"{path}: is the event file itself", Problem.BUNDLE_IS_EVENT_FILE,
                          path)
    if path.is_dir():
        raise BundleError(f"{path}: is a folder", Problem.BUNDLE_IS_FOLDER, path)
    if path.exists():
        with path.open("rb") as handle:
            if handle.read(2) != _GZIP_MAGIC:
                raise BundleError(f"{path}: exists and is not a bundle; not replacing it",
                                  Problem.BUNDLE_NOT_REPLACED, path)


def _write_atomically(path: Path, data: bytes) -> None:
    def write(tmp: Path) -> None:
        with files.open_private(tmp) as handle:  # entries hold personal data
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())  # on the USB key before it is pulled out
    files.write_through_temp(path, write, BundleError)


def read_bundle(event: Event, path: Path) -> Bundle:
    """The bundle at `path`, checked whole for `event`; BundleError if it cannot be merged."""
    header, texts = _opened(event, path)
    return Bundle(path, header, _entries(path, header, texts))


def _opened(event: Event, path: Path) -> tuple[dict[str, Any], list[str]]:
    """The header and the entry lines of the bundle at `path`, its seal and count checked
    for `event` (BundleError otherwise); the lines not read yet."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BundleError(f"{path}: no such bundle", Problem.NO_SUCH_FILE, path) from None
    except OSError as exc:
        raise BundleError(f"{path}: cannot be read ({exc.strerror})", Problem.UNREADABLE, path,
                          details={"reason": str(exc.strerror or exc)}) from None
    if raw[:2] != _GZIP_MAGIC:
        raise BundleError(f"{path}: not a checkin bundle", Problem.NOT_A_BUNDLE, path)
    try:
        data = gzip.decompress(raw)
    except EOFError:
        raise BundleError(f"{path}: incomplete (truncated); nothing merged",
                          Problem.BUNDLE_TRUNCATED, path) from None
    except (OSError, zlib.error):
        raise BundleError(f"{path}: damaged or altered; nothing merged",
                          Problem.BUNDLE_DAMAGED, path) from None
    head, _, body = data.partition(b"\n")
    header = _header(path, head, event)
    if not lines.verifies(event.sync_key, _sealed_part(header, body), str(header["seal"])):
        raise BundleError(f"{path}: not sealed by a station of this event (altered, damaged"
                          " or forged); nothing merged", Problem.NOT_SEALED, path)
    texts = body.decode().splitlines() if body else []
    if len(texts) != header.get("count"):
        raise BundleError(f"{path}: holds {len(texts)} entries where its header says"
                          f" {header.get('count')}; nothing merged",
                          Problem.BUNDLE_WRONG_COUNT, path,
                          details={"count": str(len(texts)),
                                   "expected": str(header.get("count"))})
    return header, texts


def _entries(path: Path, header: dict[str, Any], texts: list[str],
             first: int = 0) -> list[j.Entry]:
    """The entries of a bundle's lines `texts`, the first of them its line `first` after
    the header; BundleError naming the first bad one."""
    try:
        return lines.decode_all(texts, header["version"] >= CANONICAL_FROM)
    except lines.BadLine:  # a line not as `encode` writes it: one by one, to name it
        pass
    entries = []
    for number, text in enumerate(texts, 2 + first):
        try:
            entries.append(lines.decode(text))
        except lines.BadLine as exc:
            raise BundleError(f"{path}: line {number}: {exc}; nothing merged",
                              Problem.BUNDLE_BAD_LINE, path,
                              details={"line": str(number), "reason": str(exc)}) from None
    return entries


def peek_header(path: Path) -> dict[str, Any] | None:
    """The header of the bundle at `path` (nothing verified), or None if it is not one."""
    try:
        with gzip.open(path, "rb") as handle:
            header = json.loads(handle.readline())
    except (OSError, EOFError, zlib.error, ValueError):
        return None
    return header if isinstance(header, dict) and header.get("format") == FORMAT else None


def _header(path: Path, head: bytes, event: Event) -> dict[str, Any]:
    try:
        header = json.loads(head)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleError(f"{path}: not a checkin bundle", Problem.NOT_A_BUNDLE, path)
    if not isinstance(header.get("version"), int) or header["version"] > VERSION:
        raise BundleError(f"{path}: made by a newer version of checkin; update it",
                          Problem.NEWER_VERSION, path)
    if header.get("event_id") != event.event_id:
        raise BundleError(f"{path}: a bundle of {other_event(header, event)}; nothing merged",
                          Problem.OTHER_EVENT, path, details={
                              "event": str(header.get("event", "?")),
                              "ours": event.programme.short,
                              "event_id": str(header.get("event_id"))[:8],
                              "our_id": event.event_id[:8]})
    if header["version"] < SEALED_FROM or not isinstance(header.get("seal"), str):
        raise BundleError(f"{path}: made by an older version of checkin, without a seal;"
                          " write it again with this one; nothing merged",
                          Problem.OLD_UNSEALED, path)
    return header


def other_event(header: dict[str, Any], event: Event) -> str:
    """Whose file this is, in words; by id when both events have the same short name."""
    theirs, ours = str(header.get("event", "?")), event.programme.short
    if theirs != ours:
        return f"another event ({theirs}), not of {ours}"
    return (f"another event also called {ours} (event id {str(header.get('event_id'))[:8]},"
            f" not {event.event_id[:8]})")


def merge_bundles(event: Event, paths: Sequence[Path],
                  progress: Progress = SILENT) -> BundleReport:
    """Merge bundles into `event`, in one transaction: all are checked before the
    transaction ends; one that fails its checks, or a stop (Cancelled from `progress`),
    merges nothing. Where a core is free for it (THREADED below), the bundles are read and
    checked on a worker thread, in chunks of up to CHUNK lines (see _chunks), while this
    thread stores the chunks before (`Event.merge_batches`, by statements of many rows: see
    overlap); else each is read whole here, then stored. All are folded at the end."""
    event.programme  # noqa: B018 (read here: the worker names it in a bundle of another event)
    expected = _expected(paths)
    threaded = expected >= FROM and (overlap.core_free() if THREADED is None else THREADED)
    try:
        return _merge(event, paths, progress, expected, CHUNK if threaded else None)
    except _Repeated:  # rolled back: merged again, each bundle one batch
        return _merge(event, paths, progress, expected, None)


# Reading beside: a merge of FROM entries or more reads and checks its bundles on a worker
# thread when a core is free for it (None: overlap.core_free() asked at each merge; tests
# set True or False), in chunks of FIRST_CHUNK lines growing to CHUNK, so one bundle is
# read while its first chunks go in.
THREADED: bool | None = None
FROM = 4000
CHUNK = 2000
FIRST_CHUNK = 250  # lines of a bundle's first chunk (see _chunks)


@dataclass(frozen=True)
class _Read:
    """A chunk of the bundle `paths[bundle]`, read and checked: its `lines`, made into
    `batch` but those `refused`."""

    bundle: int
    lines: int
    batch: merge_batch.Batch
    refused: list[Refusal]


class _Repeated(Exception):
    """An entry id repeated in two chunks of a bundle: where the journal holds the last
    of a batch's repeated entries, the first would have been stored already."""


def _merge(event: Event, paths: Sequence[Path], progress: Progress, expected: int,
           chunk: int | None) -> BundleReport:
    """merge_bundles, reading beside in chunks of `chunk` lines, or here each bundle
    whole (None)."""
    checks = Checks(event)
    read_count, refused = 0, []
    made = overlap.beside(_read(event, paths, checks, chunk), chunk is not None,
                          "bundle-reading")

    def batches() -> Iterator[merge_batch.Batch]:
        nonlocal read_count
        started = -1
        for part in made:
            if part.bundle != started:
                started = part.bundle
                progress.step(started, len(paths), Stage.BUNDLES)
            read_count += part.lines
            refused.extend(part.refused)
            yield part.batch

    try:
        with gc_paused():  # a bundle's lines make tens of thousands of objects, none in a cycle
            fresh = event.merge_batches(batches(), expected, progress,
                                        statements=chunk is not None)
    finally:
        made.close()  # the worker ended, even when the merge failed
    merged: MergeReport = report(fresh, refused)
    return BundleReport(entries=read_count, new=merged.new,
                        new_by_station=merged.new_by_station, refused=merged.refused)


def _read(event: Event, paths: Sequence[Path], checks: Checks,
          chunk: int | None) -> Iterator[_Read]:
    """Each bundle of `paths` read and checked, in chunks of `chunk` lines (or whole);
    at least one a bundle. What runs on the worker: no use of the event's connection."""
    merged = 0  # entries passed on before this chunk's
    for number, path in enumerate(paths):
        header, texts = _opened(event, path)
        whole = chunk is None or chunk >= len(texts)
        seen: set[str] = set()
        size = chunk or 1  # (when not whole)
        spans = [(0, len(texts))] if whole else _chunks(
            len(texts), size, FIRST_CHUNK if number == 0 else size)
        for first, last in spans:
            part = texts[first:last]
            good, bad = checks.split(_entries(path, header, part, first))
            batch = merge_batch.from_entries(good, merged)
            merged += len(batch.rows)
            if not whole:
                ids = [r[0] for r in batch.rows]
                if not seen.isdisjoint(ids):
                    raise _Repeated
                seen.update(ids)
            yield _Read(number, len(part), batch, bad)


def _chunks(lines: int, chunk: int, start: int) -> Iterator[tuple[int, int]]:
    """The first and past-the-last line of each chunk of `lines` lines: `start`, then
    twice as many each time up to `chunk`. The calling thread waits, idle, for the first
    bundle's first chunk (FIRST_CHUNK lines: it starts storing sooner, at every merge when
    bundles are merged one after another); the next bundles' are read while the chunks
    before go in (CHUNK lines from the start: fewer hand-overs)."""
    first, size = 0, min(start, chunk)
    while first < lines:
        yield first, min(first + size, lines)
        first, size = first + size, min(2 * size, chunk)


def _expected(paths: Sequence[Path]) -> int:
    """About how many entries `paths` hold, as their headers say (unchecked)."""
    counts = [(peek_header(p) or {}).get("count") for p in paths]
    return sum(c for c in counts if isinstance(c, int) and c > 0)
