"""Which badges a batch prints, and in what order: by last name, as a desk files them."""

from __future__ import annotations

from collections.abc import Sequence

from checkin.core.badges.errors import BadgeSelectionError
from checkin.core.badges.prints import printed_ids
from checkin.core.event import Event
from checkin.core.model import Registration

DEFAULT_MEDIA = "a4-2x5"


def select_registrations(event: Event, only: Sequence[str] = (),
                         not_printed: bool = False) -> list[Registration]:
    """Active registrations in alphabetical order (as `Event.registrations` gives them);
    `only` these short codes (typed as on a badge, in any case, spaces allowed), or
    `not_printed` yet."""
    regs = [r for r in event.registrations() if not r.cancelled]
    if only:
        wanted = []
        for raw in only:
            code = "".join(raw.split()).upper()
            if not any(r.code == code for r in regs):
                raise BadgeSelectionError(f"no active registration has the code {raw!r}")
            wanted.append(code)
        regs = [r for r in regs if r.code in set(wanted)]
    if not_printed:
        done = printed_ids(event)
        regs = [r for r in regs if r.id not in done]
    return regs
