"""Times of day as French writes them: "9h41", "14h00" (no leading zero, no seconds).

One rule for every French text that core writes (badges, sheets, certificates, tickets);
the interface writes its times through `checkin.gui.times`, which uses this one in French.
"""

from __future__ import annotations

import re

# "14h00", "9h", "14:00": a slot's name that says its hours ("Ateliers 14h00-15h00")
_HOURS_WRITTEN = re.compile(r"\b\d{1,2} ?[h:H] ?\d{0,2}\b")


def french(hhmm: str) -> str:
    """ "09:30" -> "9h30"; "14:00:00" -> "14h00"; anything else as it is."""
    hours, _, rest = hhmm.partition(":")
    minutes = rest[:2]
    if not (hours.isdigit() and len(minutes) == 2 and minutes.isdigit()):
        return hhmm
    return f"{int(hours)}h{minutes}"


def french_span(start: str, end: str) -> str:
    """ "14:00", "15:00" -> "14h00 – 15h00" (a session's hours, as every document
    writes them); "" when there is no start."""
    return f"{french(start)} – {french(end)}" if start else ""


def names_its_hours(name: str) -> bool:
    """Whether a slot's name already gives its hours: then they are not written again
    after it ("Ateliers 14h00-15h00 (14h00–15h00)")."""
    return bool(_HOURS_WRITTEN.search(name))
