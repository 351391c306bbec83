"""Where the hub is, and connecting to it with deadlines.

An address is a libpq connection string or URL (`postgresql://role@host:5432/db?sslmode=
require`). Its password is never kept: `HubAddress.parse` takes it out, and it is given
again at each connection (from the keyring, the environment's PGPASSWORD or ~/.pgpass,
or asked). `sslmode` and every other libpq parameter pass through unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import conninfo

from checkin.core.errors import CheckinError, Problem

CONNECT_TIMEOUT_S = 5  # a hub that does not answer is given up quickly: the desk goes on
STATEMENT_TIMEOUT_MS = 30_000  # no query may hold a sync for longer


class HubError(CheckinError):
    """The hub cannot be reached or refused something; the message says which hub."""

    def __init__(self, message: str, problem: Problem, hub: object, **details: str) -> None:
        # `hub`: its address (shown without password); details: the sentence's values
        super().__init__(message, problem, details={"hub": str(hub), **details})


# libpq's words (and the server's, in English or French) for a password or role refused:
# libpq gives no SQLSTATE for a connection that failed
_LOGIN_REFUSED = ("password authentication failed", "no password supplied",
                  "authentification par mot de passe", "aucun mot de passe")


@dataclass(frozen=True)
class HubAddress:
    conninfo: str  # without password: safe to store and to show

    @classmethod
    def parse(cls, text: str) -> tuple[HubAddress, str | None]:
        """The address without its password, and the password it held (if any)."""
        try:
            params = conninfo.conninfo_to_dict(text.strip())
        except psycopg.ProgrammingError as exc:
            raise HubError(f"not a PostgreSQL address: {text!r} ({_first_line(exc)})",
                           Problem.HUB_BAD_ADDRESS, "", address=text.strip(),
                           reason=_first_line(exc)) from None
        password = params.pop("password", None)
        return cls(conninfo.make_conninfo(**{k: str(v) for k, v in params.items()})), (
            str(password) if password is not None else None)

    @property
    def params(self) -> dict[str, Any]:
        return conninfo.conninfo_to_dict(self.conninfo)

    def with_param(self, key: str, value: str | None) -> HubAddress:
        """The same address with one libpq parameter set (or taken out, when None)."""
        params = {k: str(v) for k, v in self.params.items() if k != key}
        if value is not None:
            params[key] = value
        return HubAddress(conninfo.make_conninfo(**params))

    @property
    def user(self) -> str:
        return str(self.params.get("user", ""))

    def __str__(self) -> str:
        p = self.params
        where = f"{p.get('host', 'localhost')}:{p.get('port', 5432)}/{p.get('dbname', '')}"
        return f"{p['user']}@{where}" if p.get("user") else where

    def connect(self, password: str | None, autocommit: bool = False,
                timeout_s: float = CONNECT_TIMEOUT_S) -> psycopg.Connection[Any]:
        extra: dict[str, Any] = {"connect_timeout": max(1, round(timeout_s)),
                                 "application_name": "checkin",
                                 "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}"}
        if password is not None:
            extra["password"] = password
        try:
            return psycopg.connect(self.conninfo, autocommit=autocommit, **extra)
        except psycopg.OperationalError as exc:
            why = _first_line(exc)
            refused = any(words in why.lower() for words in _LOGIN_REFUSED)
            raise HubError(f"hub {self}: cannot connect ({why})",
                           Problem.HUB_LOGIN_REFUSED if refused else Problem.HUB_UNREACHABLE,
                           self, user=self.user, reason=why) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    # libpq repeats "connection to server at ... failed:" for every address it tried
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def reason(exc: BaseException) -> str:
    return _first_line(exc)
