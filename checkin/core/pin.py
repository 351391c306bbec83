"""The organiser's PIN that locks a kiosk: a salted hash to keep, and a guard that slows
down guessing.

A kiosk's PIN is 4 to 8 digits, so a hash of it alone could be searched through in
seconds by whoever holds the hash: the protection is that the hash stays on the station
(never in the journal, bundles or the hub) and that the kiosk lets a visitor try only a
few PINs before it makes them wait (`PinGuard`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from enum import StrEnum

ITERATIONS = 20_000  # about 10 ms here: asked on the GUI thread, under a frame
MIN_DIGITS, MAX_DIGITS = 4, 8
TRIES = 5  # wrong PINs in a row before the guard makes one wait
LOCK_SECONDS = 30.0
_SCHEME = "pbkdf2_sha256"


class PinProblem(StrEnum):
    """Why a new PIN is refused."""

    NOT_DIGITS = "not-digits"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    MISMATCH = "mismatch"  # the two entries differ


class PinCheck(StrEnum):
    RIGHT = "right"
    WRONG = "wrong"
    LOCKED = "locked"  # too many wrong tries: wait


def problem(pin: str, again: str | None = None) -> PinProblem | None:
    """None when `pin` (typed twice: `again`) is acceptable as a new PIN."""
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if len(pin) < MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(pin) > MAX_DIGITS:
        return PinProblem.TOO_LONG
    if again is not None and again != pin:
        return PinProblem.MISMATCH
    return None


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """ "pbkdf2_sha256$iterations$salt$hash" (hex): what a station keeps."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{_SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def verify(pin: str, stored: str) -> bool:
    """Whether `pin` is the one `stored` was made from (False for a damaged value)."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        again = hash_pin(pin, bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(again.rsplit("$", 1)[1], digest)


class PinGuard:
    """Checks PINs against the stored hash; after `TRIES` wrong ones in a row, every try
    is refused unread until `LOCK_SECONDS` have passed."""

    def __init__(self, stored: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.stored = stored
        self.clock = clock
        self.wrong = 0
        self.locked_until = 0.0

    def wait_left(self) -> float:
        return max(0.0, self.locked_until - self.clock())

    def check(self, pin: str) -> PinCheck:
        if self.wait_left() > 0:
            return PinCheck.LOCKED
        if verify(pin, self.stored):
            self.wrong = 0
            return PinCheck.RIGHT
        self.wrong += 1
        if self.wrong >= TRIES:
            self.wrong = 0
            self.locked_until = self.clock() + LOCK_SECONDS
            return PinCheck.LOCKED
        return PinCheck.WRONG
