"""Sending tickets in a thread of its own, so that neither the window nor the event's
thread waits on a mail server. Each ticket the server accepts is journaled by the event's
thread, and the sender waits for that before the next one: a ticket reported sent is on
disk."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from checkin.core.event import Event
from checkin.core.programme import Programme
from checkin.core.progress import Stoppable
from checkin.core.tickets import message, sending
from checkin.core.tickets.plan import Ticket, record_sent
from checkin.core.tickets.templates import Template
from checkin.gui.worker import EventWorker

RECORD_DEADLINE = 60.0  # seconds the event's thread may take to journal one ticket


class TicketSender(QObject):
    finished = Signal(object)  # sending.SendReport
    failed = Signal(object)  # the exception that stopped it before any sending

    def __init__(self, worker: EventWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._current = [Stoppable()]  # the run's progress, in a box the slot below keeps
        self._thread: threading.Thread | None = None
        # A tab closed while sending: the thread stops at the next ticket.
        self.destroyed.connect(lambda *_, current=self._current: current[0].stop())

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, tickets: Sequence[Ticket], server: sending.Server, sender: str,
              programme: Programme, template: Template, per_minute: float,
              progress: Stoppable) -> None:
        """Send in a thread; `progress` hears each ticket, and stops the run when asked."""
        self._current[0] = progress
        self._thread = threading.Thread(
            target=self._run, name="checkin-tickets", daemon=True,
            args=(tuple(tickets), server, sender, programme, template, per_minute))
        self._thread.start()

    def stop(self) -> None:
        """Stop after the message being sent (or at once, in a pause)."""
        self._current[0].stop()

    def wait(self, seconds: float = 30) -> None:
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self, tickets: tuple[Ticket, ...], server: sending.Server, sender: str,
             programme: Programme, template: Template, per_minute: float) -> None:
        progress = self._current[0]
        try:
            report = sending.send(
                tickets, server, sender,
                build=lambda t: message.build(t, programme, template, sender),
                record=self._record,
                pacer=sending.Pacer(per_minute, sleep=progress.wait), progress=progress)
        except Exception as exc:  # the GUI words it
            self.failed.emit(exc)
        else:
            self.finished.emit(report)

    def _record(self, ticket: Ticket, message_id: str) -> None:
        done = threading.Event()
        outcome: list[Any] = []

        def job(event: Event) -> None:
            try:
                record_sent(event, ticket, message_id)
            except Exception as exc:
                outcome.append(exc)
                raise
            finally:
                done.set()
        self.worker.submit(job, on_error=lambda _: None)
        if not done.wait(RECORD_DEADLINE):
            raise TimeoutError("the event file did not record the ticket sent")
        if outcome:
            raise outcome[0]
