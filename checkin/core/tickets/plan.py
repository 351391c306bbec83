"""Who gets a ticket now, and what it shows.

A registration gets a ticket when it is active, has a usable address, and no ticket was
sent yet to that address (a re-import that changed the address makes it due again).
Cancelled registrations never get one, not even with --resend or --only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from checkin.core import journal as j
from checkin.core import names
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.model import Registration, alphabetical

_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


@dataclass(frozen=True)
class Workshop:
    start: str
    end: str
    code: str
    title: str
    room: str


@dataclass(frozen=True)
class Ticket:
    """Everything a ticket shows, as plain values (safe to hand to another thread)."""

    reg_id: str
    code: str
    email: str
    first_name: str
    last_name: str
    organisation: str
    qr: str  # the badge payload, CK1+EVENT+CODE+SIGNATURE
    workshops: tuple[Workshop, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class TicketPlan:
    due: tuple[Ticket, ...]  # to send now, in alphabetical order
    already_sent: int  # active registrations whose ticket went to their current address
    no_address: tuple[str, ...]  # badge codes of active registrations without a usable one
    cancelled: int  # never sent

    def by_domain(self) -> dict[str, int]:
        """How many tickets would go to each mail domain, the largest first."""
        counts: dict[str, int] = {}
        for t in self.due:
            domain = t.email.rpartition("@")[2].lower()
            counts[domain] = counts.get(domain, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def usable_address(email: str) -> bool:
    return bool(_ADDRESS.match(email.strip()))


def sent_addresses(event: Event) -> dict[str, set[str]]:
    """Registration id -> the addresses (lower case) its ticket was sent to."""
    sent: dict[str, set[str]] = {}
    for reg_id, email in event.conn.execute("SELECT reg_id, email FROM tickets"):
        sent.setdefault(reg_id, set()).add(email.strip().lower())
    return sent


def plan(event: Event, only: Sequence[str] = (), resend: bool = False) -> TicketPlan:
    """The tickets due (`only`: these badge codes; `resend`: even if already sent)."""
    regs = event.registrations()
    wanted = {c.strip().upper() for c in only if c.strip()}
    if wanted:
        unknown = sorted(wanted - {r.code for r in regs})
        if unknown:
            raise CheckinError(f"--only {unknown[0]}: no registration has this badge code")
        regs = [r for r in regs if r.code in wanted]
    sent = sent_addresses(event)
    due: list[Ticket] = []
    already = 0
    no_address: list[str] = []
    for reg in sorted(regs, key=alphabetical):
        if reg.cancelled:
            continue
        if not usable_address(reg.email):
            no_address.append(reg.code)
        elif not resend and reg.email.strip().lower() in sent.get(reg.id, set()):
            already += 1
        else:
            due.append(ticket_of(event, reg))
    return TicketPlan(tuple(due), already, tuple(no_address),
                      sum(1 for r in regs if r.cancelled))


def ticket_of(event: Event, reg: Registration) -> Ticket:
    programme = event.programme
    workshops = []
    for code in reg.sessions:
        session, slot = programme.session(code), programme.slot_of(code)
        if session is not None and slot is not None:
            workshops.append(Workshop(slot.start, slot.end, code, session.title, session.room))
    workshops.sort(key=lambda w: w.start)
    return Ticket(reg.id, reg.code, reg.email.strip(), names.tidy(reg.first_name),
                  names.tidy(reg.last_name), reg.organisation, event.qr(reg), tuple(workshops))


def record_sent(event: Event, ticket: Ticket, message_id: str) -> j.Entry:
    """Journal that the server accepted `ticket` for its address: durable on return, so
    that a run stopped after this never sends it again."""
    payload = {"at": event.timestamp(), "station_name": event.station_name,
               "email": ticket.email, "code": ticket.code, "message_id": message_id}
    return event.append([j.NewEntry(j.TICKET_SENT, ticket.reg_id, payload)])[0]
