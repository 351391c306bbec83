"""An attacker who holds one bundle (or can write to the shared folder) but not the
event's sync key: every way it knows to get entries merged."""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import secrets
import zlib
from pathlib import Path
from typing import Any

from checkin.core import journal as j
from checkin.core.sync import lines


def open_bundle(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    head, _, body = gzip.decompress(path.read_bytes()).partition(b"\n")
    return json.loads(head), [json.loads(t) for t in body.decode().splitlines()]


def _body(entries: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                   + "\n" for e in entries).encode()


def _pack(header: dict[str, Any], body: bytes) -> bytes:
    return gzip.compress(json.dumps(header, ensure_ascii=False).encode() + b"\n" + body)


def reseal_sha256(header: dict[str, Any], body: bytes) -> bytes:
    """The old, keyless way: a SHA-256 of the lines, recomputed."""
    return _pack(dict(header, count=body.count(b"\n"),
                      sha256=hashlib.sha256(body).hexdigest()), body)


def reseal_guessed_key(header: dict[str, Any], body: bytes) -> bytes:
    """A seal under a key of its own (it cannot know the event's)."""
    header = {k: v for k, v in dict(header, count=body.count(b"\n")).items() if k != "seal"}
    sealed = json.dumps(header, ensure_ascii=False, sort_keys=True).encode() + b"\n" + body
    mac = hmac.digest(secrets.token_bytes(32), sealed, hashlib.sha256).hex()
    return _pack(dict(header, seal=mac[:lines.SEAL_LENGTH]), body)


def keep_old_seal(header: dict[str, Any], body: bytes) -> bytes:
    """The genuine header, seal and all, over altered lines."""
    return _pack(dict(header, count=body.count(b"\n")), body)


def as_version_1(header: dict[str, Any], body: bytes) -> bytes:
    """Pretend to be a bundle of the version before seals."""
    return _pack({k: v for k, v in dict(header, version=1, count=body.count(b"\n"),
                  sha256=hashlib.sha256(body).hexdigest()).items() if k != "seal"}, body)


RESEALS = {"sha256": reseal_sha256, "guessed key": reseal_guessed_key,
           "old seal": keep_old_seal, "version 1": as_version_1}


def forge_bundle(genuine: Path, out: Path, extra: list[dict[str, Any]], how: str) -> Path:
    header, entries = open_bundle(genuine)
    out.write_bytes(RESEALS[how](header, _body(entries + extra)))
    return out


def entry(station: str, seq: int, kind: str, subject: str, payload: dict[str, Any],
          clock: str = "") -> dict[str, Any]:
    return {"id": j.new_id(), "station": station, "seq": seq,
            "clock": clock or j.format_clock(1_670_488_200_000, 7), "kind": kind,
            "subject": subject, "payload": payload}


def forged_line(data: dict[str, Any], how: str) -> bytes:
    """A shared-folder line: CRC-32 as before, or a seal under a guessed key."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if how == "crc32":
        return f"{text}\t{zlib.crc32(text.encode()):08x}\n".encode()
    return lines.sealed(secrets.token_hex(32), text).encode()


def insider_bundle(genuine: Path, out: Path, extra: list[dict[str, Any]], key: str) -> Path:
    """A bundle sealed with the event's real key (a station of the event: a buggy version,
    or a laptop stolen with its file) holding `extra` besides the genuine entries."""
    header, entries = open_bundle(genuine)
    body = _body(entries + extra)
    header = {k: v for k, v in dict(header, count=body.count(b"\n")).items() if k != "seal"}
    sealed = json.dumps(header, ensure_ascii=False, sort_keys=True).encode() + b"\n" + body
    out.write_bytes(_pack(dict(header, seal=lines.seal(key, sealed)), body))
    return out
