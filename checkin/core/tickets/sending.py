"""Sending tickets by SMTP: paced, each one journaled as soon as the server accepts it.

A run goes through the tickets due in order. A refused address (or message) is that
person's failure, reported with the server's answer, and the run goes on. A lost
connection is tried again once; if the server stays away the run stops there, and the
next run sends only what was not accepted, since every accepted ticket is in the journal.
(A server that accepts a message and drops the connection before saying so may get it
twice: SMTP cannot tell.) The password is only ever held in memory.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from enum import StrEnum

from checkin.core.errors import CheckinError, Problem
from checkin.core.progress import SILENT, Cancelled, Progress, Stage
from checkin.core.tickets.plan import Ticket

TIMEOUT = 30.0  # seconds a server may take to answer one command
DEFAULT_RATE = 30.0  # tickets a minute: a pace that ordinary mail providers accept


class Security(StrEnum):
    PLAIN = "plain"
    STARTTLS = "starttls"
    SSL = "ssl"


_DEFAULT_PORTS = {Security.PLAIN: 25, Security.STARTTLS: 587, Security.SSL: 465}


class SmtpError(CheckinError):
    """The server cannot be used at all: unreachable, login or sender refused."""

    def __init__(self, message: str, answer: str = "", problem: Problem | None = None,
                 details: dict[str, str] | None = None) -> None:
        super().__init__(message, problem, details=details)
        self.answer = answer or message  # the server's (or the system's) own words


class StopReason(StrEnum):
    """Why a run ended before its last ticket; the interfaces word it."""
    SENDER_REFUSED = "sender_refused"  # the server refused the From address
    LOST_TWICE = "lost_twice"  # the connection went away, and again on a new one
    NOT_BACK = "not_back"  # the connection went away and the server could not be reached


@dataclass(frozen=True)
class Stop:
    reason: StopReason
    answer: str  # the server's (or the system's) own words


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Security = Security.PLAIN
    user: str = ""
    password: str = field(default="", repr=False)

    @classmethod
    def parse(cls, text: str, security: Security = Security.PLAIN, user: str = "",
              password: str = "") -> Server:
        """ "smtp.example.org" or "smtp.example.org:2525" (HOST[:PORT])."""
        host, colon, port = text.strip().rpartition(":") if ":" in text else (text, "", "")
        host = host.strip().strip("[]")
        if not host:
            raise SmtpError(f"--smtp {text!r}: expected HOST or HOST:PORT",
                            problem=Problem.SMTP_BAD_SERVER, details={"server": text})
        if colon and not (port.isdigit() and 0 < int(port) < 65536):
            raise SmtpError(f"--smtp {text}: the port must be a number from 1 to 65535",
                            problem=Problem.SMTP_BAD_PORT, details={"server": text})
        return cls(host, int(port) if colon else _DEFAULT_PORTS[security], security, user,
                   password)

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Failure:
    code: str  # badge code
    email: str
    status: int | None  # the server's reply code (550...), None without one
    answer: str  # the server's words


@dataclass
class SendReport:
    sent: list[str] = field(default_factory=list)  # badge codes accepted by the server
    failed: list[Failure] = field(default_factory=list)
    stopped: Stop | None = None  # why the run ended early, with the server's answer
    not_attempted: int = 0  # tickets left for the next run (stopped or interrupted)
    interrupted: bool = False  # the user asked to stop


class Pacer:
    """At most `per_minute` messages a minute, evenly spaced; 0 or less: no pause."""

    def __init__(self, per_minute: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] = time.sleep) -> None:
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self.clock = clock
        self.sleep = sleep
        self._next: float | None = None

    def wait(self) -> None:
        if self.interval <= 0:
            return
        now = self.clock()
        if self._next is not None and now < self._next:
            self.sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class _Lost(Exception):
    """The connection went away (or the server closes it: 421)."""


class _Stop(Exception):
    """Nothing more can be sent in this run (the sender refused...)."""

    def __init__(self, reason: StopReason, answer: str) -> None:
        super().__init__(reason, answer)
        self.stop = Stop(reason, answer)


Record = Callable[[Ticket, str], object]  # (ticket, Message-ID) once accepted


def send(tickets: Sequence[Ticket], server: Server, sender: str,
         build: Callable[[Ticket], EmailMessage], record: Record, pacer: Pacer,
         progress: Progress = SILENT, timeout: float = TIMEOUT) -> SendReport:
    """Send `tickets` through `server`; `record` journals each one the server accepts.
    `progress` hears each ticket; a stop asked through it ends the run before the next
    ticket (those sent are sent and recorded: the report says how many were left)."""
    report = SendReport()
    conn = connect(server, timeout)
    try:
        for n, ticket in enumerate(tickets):
            if not _go_on(progress, n, len(tickets)):
                report.interrupted, report.not_attempted = True, len(tickets) - n
                break
            pacer.wait()
            msg = build(ticket)
            try:
                conn, failure = _send_retrying(conn, server, timeout, msg, sender, ticket)
            except _Stop as stop:
                report.stopped, report.not_attempted = stop.stop, len(tickets) - n
                break
            if failure is None:
                record(ticket, str(msg["Message-ID"]))
                report.sent.append(ticket.code)
            else:
                report.failed.append(failure)
        else:
            _go_on(progress, len(tickets), len(tickets))
    finally:
        _close(conn)
    return report


def _go_on(progress: Progress, done: int, total: int) -> bool:
    """Tell `progress`; False when a stop was asked (the run ends there, not in error)."""
    try:
        progress.step(done, total, Stage.TICKETS)
    except Cancelled:
        return False
    return True


def connect(server: Server, timeout: float = TIMEOUT) -> smtplib.SMTP:
    """A connection ready to send (secured and logged in as asked), or SmtpError."""
    conn: smtplib.SMTP | None = None
    try:
        if server.security is Security.SSL:
            conn = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout,
                                    context=ssl.create_default_context())
        else:
            conn = smtplib.SMTP(server.host, server.port, timeout=timeout)
        conn.ehlo()
        if server.security is Security.STARTTLS:
            conn.starttls(context=ssl.create_default_context())
            conn.ehlo()
        if server.user:
            conn.login(server.user, server.password)
        return conn
    except smtplib.SMTPAuthenticationError as exc:
        _close(conn)
        answer = _answer(exc.smtp_code, exc.smtp_error)
        raise SmtpError(f"{server.where}: the server refused the user {server.user}"
                        f" ({answer})", answer, Problem.SMTP_LOGIN_REFUSED,
                        {"server": server.where, "user": server.user, "answer": answer}
                        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        _close(conn)
        raise SmtpError(f"{server.where}: the server does not offer what is needed ({exc})",
                        str(exc), Problem.SMTP_NOT_OFFERED,
                        {"server": server.where, "answer": str(exc)}) from None
    except (OSError, smtplib.SMTPException) as exc:
        _close(conn)
        why = _describe(exc)
        raise SmtpError(f"{server.where}: cannot connect ({why})", why,
                        Problem.SMTP_UNREACHABLE, {"server": server.where, "answer": why}
                        ) from None


def _send_retrying(conn: smtplib.SMTP, server: Server, timeout: float, msg: EmailMessage,
                   sender: str, ticket: Ticket) -> tuple[smtplib.SMTP, Failure | None]:
    try:
        return conn, _send_one(conn, msg, sender, ticket)
    except _Lost:
        _close(conn)
    try:  # once more, on a new connection
        conn = connect(server, timeout)
        return conn, _send_one(conn, msg, sender, ticket)
    except SmtpError as exc:
        raise _Stop(StopReason.NOT_BACK, exc.answer) from None
    except _Lost as exc:
        raise _Stop(StopReason.LOST_TWICE, str(exc)) from None


def _send_one(conn: smtplib.SMTP, msg: EmailMessage, sender: str,
              ticket: Ticket) -> Failure | None:
    try:
        conn.send_message(msg, from_addr=sender, to_addrs=[ticket.email])
        return None
    except smtplib.SMTPRecipientsRefused as exc:
        status, answer = next(iter(exc.recipients.values()), (None, b""))
        if status == 421:
            raise _Lost(_answer(status, answer)) from None
        return Failure(ticket.code, ticket.email, status, _text(answer))
    except smtplib.SMTPSenderRefused as exc:
        raise _Stop(StopReason.SENDER_REFUSED, _answer(exc.smtp_code, exc.smtp_error)
                    ) from None
    except smtplib.SMTPServerDisconnected as exc:
        raise _Lost(str(exc) or "disconnected") from None
    except smtplib.SMTPResponseException as exc:
        if exc.smtp_code == 421:
            raise _Lost(_answer(exc.smtp_code, exc.smtp_error)) from None
        return Failure(ticket.code, ticket.email, exc.smtp_code, _text(exc.smtp_error))
    except OSError as exc:  # reset, timeout, broken pipe
        raise _Lost(_describe(exc)) from None


def _close(conn: smtplib.SMTP | None) -> None:
    if conn is None:
        return
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()


def _text(answer: bytes | str) -> str:
    text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
    return " ".join(text.split())


def _answer(status: int | None, answer: bytes | str) -> str:
    return f"{status} {_text(answer)}".strip() if status else _text(answer)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
