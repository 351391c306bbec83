"""`checkin badges`: a PDF of badges for a batch, sorted by last name.

A PDF file is not a print: it may be proofread, sent to a print shop or never printed.
So the command records nothing unless told `--record` (the organisers print this file
themselves and want `--not-printed` to skip these badges next time). The desk and the
organiser's preview record each badge they send to a printer.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from checkin.commands.common import emit, open_event
from checkin.commands.progress import shown
from checkin.core.errors import CheckinError
from checkin.core.files import write_through_temp
from checkin.resources import resource


def register(sub: Any) -> None:
    # Names from the files alone: reportlab is loaded only when badges are made.
    names = sorted(p.stem for p in resource("layouts").glob("*.toml"))
    p = sub.add_parser("badges", help="a PDF of badges, sorted by last name",
                       description=__doc__.split("\n\n")[1] if __doc__ else None)
    p.add_argument("event", type=Path)
    p.add_argument("-o", "--out", type=Path, required=True, help="the PDF to write")
    p.add_argument("--media", help=f"layout: {', '.join(names)} (default a4-2x5)"
                                  " or a layout file (.toml)")
    p.add_argument("--only", nargs="+", default=[], metavar="CODE",
                   help="only the badges of these short codes")
    p.add_argument("--not-printed", action="store_true",
                   help="only the badges not printed yet")
    p.add_argument("--offset", default="0,0", metavar="X,Y",
                   help="shift the drawing X mm right and Y mm down (printer offset)")
    p.add_argument("--cut-marks", action="store_true", help="mark the cutting lines of sheets")
    p.add_argument("--record", action="store_true",
                   help="record these badges as printed (when you print this file yourself)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_badges)


def parse_offset(text: str) -> tuple[float, float]:
    x, sep, y = text.partition(",")
    try:
        if not sep:
            raise ValueError
        return float(x), float(y)
    except ValueError:
        raise CheckinError(f"--offset {text}: expected X,Y in mm, such as 1.5,-2") from None


def _badges(args: argparse.Namespace) -> int:
    from checkin.core.badges import (
        DEFAULT_MEDIA,
        BadgeSelectionError,
        load_layout,
        record_prints,
        render_badges,
        select_registrations,
    )
    offset = parse_offset(args.offset)
    media = args.media or DEFAULT_MEDIA
    layout = load_layout(media)
    with open_event(args.event) as event, shown(args) as progress:
        regs = select_registrations(event, args.only, args.not_printed)
        if not regs:
            raise BadgeSelectionError("no badge to print (all printed already?)")
        report = write_through_temp(args.out, lambda tmp: render_badges(
            event, regs, media, tmp, offset, args.cut_marks, progress=progress))
        recorded = len(record_prints(event, regs, layout.name)) if args.record else 0
    data = report.as_json() | {"out": str(args.out), "recorded": recorded}
    note = f"\n{recorded} badge(s) recorded as printed" if recorded else ""
    emit(args, data, report.summary() + note + f"\nwritten to {args.out}")
    return 0
