"""Badge short codes and signed QR payloads, and repair of what scanners type.

A payload is `CK1+<EVENT>+<CODE>+<SIGNATURE>`: the event's short name, the attendee's
short code and 50 bits of HMAC-SHA256 under the event's secret, all in the QR
alphanumeric alphabet and free of personal data. `+` is the one separator that a
US-layout scanner typing into an AZERTY system leaves intact.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import Enum

# No 0/O, 1/I/L: codes are read aloud and typed by hand.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
PREFIX = "CK1"
SIGNATURE_LENGTH = 10

# What a US-layout scanner produces on an AZERTY system, mapped back to what it meant.
_AZERTY_TO_US = str.maketrans({
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8",
    "ç": "9", "à": "0", "É": "2", "È": "7", "Ç": "9", "À": "0",
    "a": "q", "q": "a", "A": "Q", "Q": "A", "z": "w", "w": "z", "Z": "W", "W": "Z",
    ",": "m", "?": "M", "M": ":", ";": ",", ":": ".", "!": "/", ")": "-",
})
_AZERTY_SIGNS = set("&é\"'(-è_çàÉÈÇÀ?")
_PAYLOAD = re.compile(r"CK1\+([A-Z0-9]{1,8})\+([A-Z0-9]{4,8})\+([A-Z2-7]{10})")
_SHORT_CODE = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")
# Every beginning of a payload, up to the whole of it (as typed: capitals).
_PAYLOAD_START = re.compile(
    r"C(K(1(\+([A-Z0-9]{1,8}(\+([A-Z0-9]{1,8}(\+[A-Z2-7]{0,10})?)?)?)?)?)?)?")


class ScanKind(Enum):
    PAYLOAD = "payload"
    CODE = "code"
    GARBAGE = "garbage"


@dataclass(frozen=True)
class ScannedText:
    """What a scan or a typed code was understood to be."""

    kind: ScanKind
    event: str = ""
    code: str = ""
    signature: str = ""


def new_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh random short code not in `taken`."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in taken:
            return code


def new_codes(count: int, taken: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """`count` fresh random short codes, all different and none in `taken`: one draw of
    random bytes for them all (an import makes tens of thousands)."""
    found: list[str] = []
    seen = set(taken)
    while len(found) < count:
        raw = secrets.token_bytes((count - len(found)) * CODE_LENGTH * 2 + 64)
        letters = raw.translate(_BYTE_TO_LETTER, _BIASED).decode("ascii")
        for start in range(0, len(letters) - CODE_LENGTH + 1, CODE_LENGTH):
            code = letters[start:start + CODE_LENGTH]
            if code not in seen:
                seen.add(code)
                found.append(code)
                if len(found) == count:
                    break
    return found


# Bytes to code letters without bias: bytes beyond the last whole multiple of the
# alphabet's length are dropped, the others taken modulo that length.
_UNBIASED = 256 - 256 % len(CODE_ALPHABET)
_BYTE_TO_LETTER = bytes(ord(CODE_ALPHABET[b % len(CODE_ALPHABET)]) if b < _UNBIASED else 0
                        for b in range(256))
_BIASED = bytes(range(_UNBIASED, 256))


def new_secret() -> str:
    return secrets.token_hex(32)


def sign(secret: str, event: str, code: str) -> str:
    """The first 50 bits of HMAC-SHA256(secret, "EVENT+CODE") in base32: 10 letters."""
    mac = _keyed(secret).copy()
    mac.update(f"{event}+{code}".encode())
    # base32 of the digest's first 50 bits, ten bits (two letters) at a time: the same
    # letters as base64.b32encode (Python code, 5 bytes to 8 letters), a third of its time
    bits = int.from_bytes(mac.digest()[:7], "big") >> 6
    pairs = _B32_PAIRS
    return (pairs[bits >> 40] + pairs[bits >> 30 & 1023] + pairs[bits >> 20 & 1023]
            + pairs[bits >> 10 & 1023] + pairs[bits & 1023])


@functools.lru_cache(maxsize=8)
def _keyed(secret: str) -> hmac.HMAC:
    """An event's HMAC with its key set up, copied for each signature: `hmac.digest` set
    the key up again (and looked SHA-256 up in OpenSSL) at every scan, twice the time."""
    return hmac.new(bytes.fromhex(secret), digestmod=hashlib.sha256)


_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648, as base64.b32encode
_B32_PAIRS = [a + b for a in _B32_ALPHABET for b in _B32_ALPHABET]  # by their 10 bits


def payload(secret: str, event: str, code: str) -> str:
    """The text of a badge's QR code."""
    return f"{PREFIX}+{event}+{code}+{sign(secret, event, code)}"


def verify(secret: str, scanned: ScannedText) -> bool:
    expected = sign(secret, scanned.event, scanned.code)
    return hmac.compare_digest(expected, scanned.signature)


@functools.lru_cache(maxsize=64)
def read_scan(text: str) -> ScannedText:
    """Understand a scanner's or a person's input, repairing AZERTY garbling,
    stray prefixes (AIM identifiers, control characters) and trailing white space.
    Kept for the last few texts: a scan's text is read by the scanner's filter, the
    duplicate gate and the check-in, on both threads (16 us each, to 0.2 us)."""
    for candidate in _candidates(text):
        match = _PAYLOAD.search(candidate)
        if match:
            return ScannedText(ScanKind.PAYLOAD, *match.groups())
    code = _as_short_code(text)
    if code:
        return ScannedText(ScanKind.CODE, code=code)
    return ScannedText(ScanKind.GARBAGE)


def _candidates(text: str) -> list[str]:
    raw = "".join(ch for ch in text if ch.isprintable()).strip()
    plain = raw.upper()
    repaired = raw.translate(_AZERTY_TO_US).upper()
    garbled = any(ch in _AZERTY_SIGNS for ch in raw)
    return [repaired, plain] if garbled else [plain, repaired]


def _as_short_code(text: str) -> str:
    compact = re.sub(r"[\s\-.]", "", text).upper()
    return compact if _SHORT_CODE.match(compact) else ""


def is_short_code(text: str) -> bool:
    return bool(_as_short_code(text))


def may_start_payload(text: str) -> bool:
    """Whether `text`, as a scanner types it (capitals, US or AZERTY layout), could be
    the beginning of a badge payload: "C", "CK&+OCCé"..."""
    raw = "".join(ch for ch in text if ch.isprintable())
    return any(_PAYLOAD_START.fullmatch(candidate)
               for candidate in (raw, raw.translate(_AZERTY_TO_US)))


def names_a_badge(text: str) -> bool:
    """Whether typed or scanned text is a badge's code or payload (not a name search)."""
    return is_short_code(text) or read_scan(text).kind is ScanKind.PAYLOAD
