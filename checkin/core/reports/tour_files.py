"""The tour's report written from events in hand: the meetings figured together, then
written as the funders' PDF or as the workbook, by the name's suffix. The command line
(`checkin report`) and the organiser's screen both go through here."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.reports import tour

SUFFIXES = (".pdf", ".xlsx")


def check_output(out: Path) -> None:
    if out.suffix.lower() not in SUFFIXES:
        raise CheckinError(f"{out}: the report must end in .xlsx or .pdf")


def with_files(events: Sequence[Event], paths: Sequence[Path],
               stack: contextlib.ExitStack) -> list[Event]:
    """`events`, then the event files at `paths` opened (closed with `stack`), each
    meeting once: a file of a meeting already there (a copy, a station's clone) is
    left out."""
    known = {e.event_id for e in events}
    together = list(events)
    for path in paths:
        event = stack.enter_context(Event.open(path))
        if event.event_id not in known:
            known.add(event.event_id)
            together.append(event)
    return together


def write(events: Sequence[Event], out: Path, organiser: str = "") -> tour.Tour:
    """The report of `events` written to `out` (.pdf or .xlsx); its figures."""
    check_output(out)
    if not events:
        raise CheckinError("no event to report on: give event files or --hub")
    figures = tour.compute(events, organiser)
    if out.suffix.lower() == ".pdf":
        from checkin.core.reports.tour_pdf import write_pdf
        write_pdf(figures, out)
    else:
        from checkin.core.reports.tour_xlsx import write_xlsx
        write_xlsx(figures, out)
    return figures
