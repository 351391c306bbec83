"""A real PostgreSQL server for the hub's tests.

`CHECKIN_TEST_PG` is the URL of a role that may create databases and roles (`.ci/run`
starts a cluster and sets it). Each test gets a database of its own. Without the
variable these tests skip, saying why; under CI=true that is a failure instead.
`CHECKIN_TEST_PG_CTL` is a program that stops (`stop`) and starts (`start`) that server,
for the test that stops it in the middle of the day.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from hub_helpers import PG_ENV, need


@pytest.fixture
def hub_url() -> Iterator[str]:
    """The URL (owner's role, password included) of a new, empty database."""
    import psycopg
    from psycopg import conninfo, sql
    base = need(PG_ENV)
    name = "checkin_t_" + secrets.token_hex(6)
    try:
        admin = psycopg.connect(base, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"the PostgreSQL server at {PG_ENV} does not answer: {exc}")
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    params = conninfo.conninfo_to_dict(base)
    yield conninfo.make_conninfo(**{**{k: str(v) for k, v in params.items()}, "dbname": name})
    try:
        with psycopg.connect(base, autocommit=True, connect_timeout=5) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                          .format(sql.Identifier(name)))
    except psycopg.Error:  # server down, or a station's session still open: CI throws
        pass  # the cluster away, and each test has a database of its own anyway
