"""The hub's password in the system keyring, when the `keyring` package is installed
(it is optional: without it, or without a usable keyring backend, nothing is kept and
the password is asked). Never in the event file, nor the station's settings."""

from __future__ import annotations

import importlib
from typing import Any

from checkin.core.hub.address import HubAddress

KEYRING_SERVICE = "checkin-hub"


def _keyring() -> Any:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def keyring_available() -> bool:
    return _keyring() is not None


def kept_password(address: HubAddress) -> str | None:
    """The password kept for `address`, or None."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        kept = keyring.get_password(KEYRING_SERVICE, str(address))
    except Exception:  # no usable backend here (a headless machine): as if none kept
        return None
    return str(kept) if kept else None


def keep_password(address: HubAddress, password: str) -> bool:
    """Keep `password` for `address`; whether the keyring took it."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, str(address), password)
    except Exception:
        return False
    return True
