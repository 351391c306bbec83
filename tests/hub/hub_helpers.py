"""What the hub's tests share: finding the PostgreSQL server they need."""

from __future__ import annotations

import os

import pytest

PG_ENV = "CHECKIN_TEST_PG"


def need(variable: str) -> str:
    value = os.environ.get(variable, "")
    if not value:
        why = f"{variable} is not set: no PostgreSQL server for the hub's tests"
        if os.environ.get("CI") == "true":
            pytest.fail(why + " (under CI the server must be there: see .ci/run)")
        pytest.skip(why)
    return value
