"""`checkin report EVENT... [--hub URL --organiser NAME] -o tour.xlsx|tour.pdf`: the tour's
consolidated report over event files and, with --hub, the events held by a hub."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from pathlib import Path
from typing import Any

from checkin.commands.common import counted, emit
from checkin.core.errors import CheckinError


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="the tour's report: several events together (XLSX or"
                                      " a PDF for funders)")
    p.add_argument("events", type=Path, nargs="*", metavar="EVENT")
    p.add_argument("--hub", metavar="URL", help="also every event on this hub (as its owner)")
    p.add_argument("--organiser", metavar="NAME",
                   help="with --hub: only this organiser's events")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx|OUT.pdf")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    from checkin.core.reports import tour_files
    tour_files.check_output(args.output)
    if args.organiser and not args.hub:
        raise CheckinError("--organiser goes with --hub")
    with contextlib.ExitStack() as stack:
        events = tour_files.with_files([], args.events, stack)
        if args.hub:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            events += _from_hub(args, {e.event_id for e in events}, scratch, stack)
        figures = tour_files.write(events, args.output, args.organiser or "")
    data = {"output": str(args.output), "events": [e.short for e in figures.events],
            "registered": figures.total("registered"), "present": figures.total("present"),
            "people_present": figures.people_present,
            "organisations_present": figures.organisations_present,
            "returning": len(figures.returning)}
    count = len(figures.events)
    emit(args, data, f"wrote {args.output}: {counted(count, 'event')},"
                     f" {data['present']} present, {figures.people_present} distinct people,"
                     f" {len(figures.returning)} at several meetings")
    return 0


def _from_hub(args: argparse.Namespace, known: set[str], scratch: Path,
              stack: contextlib.ExitStack) -> list[Any]:
    from checkin.commands.hub import resolve
    from checkin.core.hub.reading import event_from_hub, events_on_hub
    address, password = resolve(args.hub)
    found = [e for e in events_on_hub(address, password, args.organiser or "")
             if e.event_id not in known and not e.purged]  # a file given wins over the hub
    if not found and not known:
        raise CheckinError(f"hub {address}: no event"
                           + (f" of {args.organiser}" if args.organiser else ""))
    return [stack.enter_context(event_from_hub(address, password, e,
                                               scratch / f"{e.event_id}.checkin"))
            for e in found]
