"""Real SMTP servers for the tests (aiosmtpd on 127.0.0.1, a free port): one that takes
everything, one that refuses an address, one that goes away in the middle of a run."""

from __future__ import annotations

import email
import socket
import threading
from email import policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


class Recorder:
    """Keeps every message accepted, parsed back with the email package."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.connections = 0
        self.lock = threading.Lock()
        self.controller: Controller | None = None

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                          responses: list[str]) -> list[str]:
        with self.lock:
            self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.original_content or envelope.content,
                                       policy=policy.default)
        assert isinstance(msg, EmailMessage)
        with self.lock:
            self.messages.append(msg)
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 2.0.0 Ok: queued"

    def recipients(self) -> list[str]:
        with self.lock:
            return [to for _, tos in self.envelopes for to in tos]


class Refusing(Recorder):
    """Refuses one address at RCPT, as a server does for a mailbox that does not exist."""

    def __init__(self, refused: str) -> None:
        super().__init__()
        self.refused = refused.lower()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address.lower() == self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class Dropping(Recorder):
    """Accepts `after` messages, then stops listening and cuts the connection at the next
    MAIL FROM: the server has gone away in the middle of the run."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after
        self.dropped = threading.Event()

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if len(self.messages) >= self.after:
            assert self.controller is not None and self.controller.server is not None
            self.controller.server.close()  # no new connection from now on
            server.transport.close()
            self.dropped.set()
            return "421 4.3.2 going down"  # never arrives: the connection is gone
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class SmtpServer:
    """A handler served on 127.0.0.1 until `stop()`."""

    def __init__(self, handler: Recorder) -> None:
        self.handler = handler
        self.port = free_port()
        self.controller = Controller(handler, hostname="127.0.0.1", port=self.port)
        handler.controller = self.controller
        self.controller.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.controller.stop(no_assert=True)
