"""The organisers' commands: export, sheets, certificates, purge, programme."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from checkin.commands.common import counted, emit, open_event
from checkin.commands.hub import purge_from_hub
from checkin.commands.progress import shown
from checkin.core.errors import CheckinError


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="registrations and attendance as XLSX or CSV")
    p.add_argument("event", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx|OUT.csv")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_export)

    p = sub.add_parser("sheets", help="sign-in sheets (feuilles d'émargement) as PDF")
    p.add_argument("event", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf")
    p.add_argument("--only", nargs="+", default=[], metavar="SHEET",
                   help="morning, afternoon or session codes (default: every sheet)")
    fill = p.add_mutually_exclusive_group()
    fill.add_argument("--blank", action="store_true", help="without the recorded times")
    fill.add_argument("--filled", action="store_true", help="with the recorded times")
    _logo_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_sheets)

    p = sub.add_parser("certificates", help="attendance certificates as PDF")
    p.add_argument("event", type=Path)
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="one PDF for all")
    out.add_argument("--each", type=Path, metavar="FOLDER", help="one PDF per person")
    p.add_argument("--only", nargs="+", default=[], metavar="CODE", help="these badge codes")
    _logo_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_certificates)

    p = sub.add_parser("purge", help="remove the personal data, keep the anonymous figures")
    p.add_argument("event", type=Path)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--hub", metavar="URL",
                   help="the hub to purge the event from (default: the hub it synced with)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_purge)

    p = sub.add_parser("programme", help="show or edit the programme (journaled)")
    p.add_argument("event", type=Path)
    p.add_argument("--session", metavar="CODE", help="the session to edit")
    p.add_argument("--add", metavar="CODE", help="add a session with this code (needs --slot)")
    p.add_argument("--slot", metavar="NAME", help="the slot of the session added")
    p.add_argument("--add-slot", metavar="NAME", help="add a slot (needs --start, --end)")
    p.add_argument("--start", metavar="HH:MM")
    p.add_argument("--end", metavar="HH:MM")
    p.add_argument("--title")
    p.add_argument("--room")
    p.add_argument("--capacity", metavar="N|none")
    for detail in ("event-title", "date", "venue", "organiser", "contact"):
        p.add_argument(f"--{detail}")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_programme)


def _logo_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--logo", action="append", type=Path, metavar="IMAGE",
                   help="set the funders' logos of the event (repeat for several)")


def _export(args: argparse.Namespace) -> int:
    from checkin.core.reports.figures import compute
    from checkin.core.reports.spreadsheet import export
    with open_event(args.event) as event:
        with shown(args) as progress:
            export(event, args.output, progress)
        figures = compute(event)
    emit(args, {"output": str(args.output), "registered": figures.registered,
                "arrived": figures.arrived},
         f"wrote {args.output}: {counted(figures.registered, 'registration')},"
         f" {figures.arrived} arrived")
    return 0


def _set_logos(event: Any, args: argparse.Namespace) -> None:
    if args.logo:
        from checkin.core.reports.logos import set_logos
        set_logos(event, args.logo)


def _sheets(args: argparse.Namespace) -> int:
    from checkin.core.reports import sheets
    filled = True if args.filled else False if args.blank else None
    with open_event(args.event) as event, shown(args) as progress:
        _set_logos(event, args)
        report = sheets.write(event, args.output, filled=filled, only=args.only,
                              progress=progress)
    state = "filled in" if report.filled else "blank"
    emit(args, {"output": str(report.path), "sheets": report.sheets, "pages": report.pages,
                "filled": report.filled},
         f"wrote {report.path}: {counted(report.sheets, 'sheet')},"
         f" {counted(report.pages, 'page')} ({state})")
    return 0


def _certificates(args: argparse.Namespace) -> int:
    from checkin.core.reports import certificates
    with open_event(args.event) as event, shown(args) as progress:
        _set_logos(event, args)
        if args.each:
            paths = certificates.write_each(event, args.each, only=args.only,
                                            progress=progress)
        else:
            done = certificates.write(event, args.output, only=args.only, progress=progress)
            paths = [args.output]
    count = len(paths) if args.each else len(done)
    emit(args, {"outputs": [str(p) for p in paths], "certificates": count},
         f"wrote {counted(count, 'certificate')} to {args.each or args.output}")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from checkin.core.purge import purge
    with open_event(args.event) as event:
        short = event.programme.short
        if not args.yes:
            _confirm(f"This removes every name, e-mail and answer from {args.event} and its"
                     f" backups, for good. Type {short} to confirm:", short)
        report = purge(event, confirm=short)
        hub = purge_from_hub(event, args.hub)
    data = {"purged_at": report.purged_at, "registrations": report.registrations,
            "hub_entries_deleted": hub,
            "entries_rewritten": report.entries_rewritten,
            "entries_deleted": report.entries_deleted,
            "backups_deleted": report.backups_deleted, "wal_truncated": report.wal_truncated,
            "bundles_deleted": [str(p) for p in report.bundles_deleted],
            "folder_files_emptied": [str(p) for p in report.folder_files_emptied],
            "not_reached": [{"kind": kind.value, "where": where}
                            for kind, where in report.beyond],
            "figures": report.figures.as_json()}
    beyond = "".join(f"\n  - {line}" for line in report.beyond_lines())
    emit(args, data, f"purged {args.event}: {report.registrations} registrations made"
         f" anonymous, {report.backups_deleted} backups, {len(report.bundles_deleted)}"
         f" bundles and {len(report.folder_files_emptied)} shared-folder files of this"
         " station removed; the figures are kept."
         + (f" {hub} entries deleted from the hub." if hub is not None else "")
         + f"\nStill holding the personal data, out of this laptop's reach (purge them there):"
         f"{beyond}")
    return 0


def _programme(args: argparse.Namespace) -> int:
    from checkin.core import programme_edit as edit
    with open_event(args.event) as event:
        details = {k: v for k, v in (("title", args.event_title), ("date", args.date),
                                     ("venue", args.venue), ("organiser", args.organiser),
                                     ("contact", args.contact)) if v is not None}
        if details:
            edit.edit_event(event, **details)
        if args.add_slot:
            if not (args.start and args.end):
                raise CheckinError("--add-slot needs --start and --end")
            edit.add_slot(event, args.add_slot, args.start, args.end)
        if args.add:
            if not (args.slot and args.title):
                raise CheckinError("--add needs --slot and --title")
            edit.add_session(event, args.slot, args.add, args.title, args.room or "",
                             _capacity(args.capacity))
        elif args.session:
            changes: dict[str, Any] = {"title": args.title, "room": args.room}
            if args.capacity is not None:
                changes["capacity"] = _capacity(args.capacity)
            edit.edit_session(event, args.session, **changes)
        elif args.title or args.room or args.capacity:
            raise CheckinError("--title, --room and --capacity need --session or --add")
        programme = event.programme
    lines = [f"{programme.title} ({programme.short}), {programme.date}, {programme.venue}"]
    for slot in programme.slots:
        lines.append(f"{slot.start}-{slot.end}  {slot.name}")
        lines += [f"    {s.code:<6} {s.title}  [{s.room or '-'}, "
                  f"{'no limit' if s.capacity is None else s.capacity}]" for s in slot.sessions]
    emit(args, programme.to_dict(), "\n".join(lines))
    return 0


def _capacity(text: str | None) -> int | None:
    if text is None or text.strip().lower() in ("", "none"):
        return None
    try:
        return int(text)
    except ValueError:
        raise CheckinError(f"--capacity {text}: expected a whole number or none") from None


def _confirm(question: str, answer: str) -> None:
    """Ask on the terminal; anything but `answer` stops the command."""
    if not sys.stdin.isatty():
        raise CheckinError("confirmation needed: run it in a terminal or add --yes")
    reply = input(f"{question} ")
    if reply.strip() != answer:
        raise CheckinError("not confirmed: nothing was changed")
