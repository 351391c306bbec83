"""A badge order: the badges to draw as plain JSON data, so that another process (the
desk's printer process) draws them without the event file.

Each badge carries its QR payload, made by the event: the event's secret never leaves
the process that holds the event. Light module: it does not load reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from typing import Any, Protocol

from checkin.core.model import Registration
from checkin.core.programme import Programme

_REGISTRATION_FIELDS = {f.name for f in fields(Registration)}


class _Source(Protocol):
    @property
    def programme(self) -> Programme: ...

    def qr(self, reg: Registration) -> str: ...


def badge_order(source: _Source, registrations: Iterable[Registration]) -> dict[str, Any]:
    """The order for these registrations' badges, in this order (JSON-ready)."""
    return {"programme": source.programme.to_dict(),
            "badges": [{"registration": asdict(reg), "qr": source.qr(reg)}
                       for reg in registrations]}


@dataclass(frozen=True)
class OrderedBadges:
    """An order read back: a BadgeSource (its programme and each badge's QR payload)
    and the registrations to draw."""

    programme: Programme
    registrations: tuple[Registration, ...]
    payloads: dict[str, str]  # registration id -> QR payload

    def qr(self, reg: Registration) -> str:
        return self.payloads[reg.id]


def read_order(data: Any) -> OrderedBadges:
    """The badges of an order made by `badge_order`; ValueError naming what is wrong."""
    try:
        programme = Programme.from_dict(data["programme"])
        regs, payloads = [], {}
        for badge in data["badges"]:
            given = {k: v for k, v in badge["registration"].items()
                     if k in _REGISTRATION_FIELDS}
            reg = Registration(**{**given, "sessions": tuple(given.get("sessions", ())),
                                  "extra": dict(given.get("extra", {}))})
            regs.append(reg)
            payloads[reg.id] = str(badge["qr"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a badge order: {exc!r}") from exc
    if not regs:
        raise ValueError("not a badge order: no badge")
    return OrderedBadges(programme, tuple(regs), payloads)
