"""A desk that writes once more, waits while its file is made trouble for, then reads.

    write_then_trouble.py EVENT KIND

Opens EVENT (three people checked in, see test_storage_bus_error.py), records one write
of KIND (undo, cancel, walk-in, edit, merge, programme) and leaves it as the last thing
done: no read after its commit. Prints `written`, waits for a line on stdin (the test
turns the file read-only meanwhile), then reads, tries one more walk-in and prints what
happened. A desk killed by a signal prints nothing after `written`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from checkin.core import journal as j
from checkin.core import programme_edit, reception
from checkin.core.errors import EventFileError
from checkin.core.event import Event


def write(event: Event, kind: str) -> None:
    """One write of `kind`, through the same calls as the desk, nothing read after."""
    first = event.registrations()[0]
    if kind == "undo":
        assert reception.undo_check_in(event, first)
    elif kind == "cancel":
        reception.set_cancelled(event, first, True)
    elif kind == "walk-in":  # its own write without the read-back of reception.walk_in
        event.append([j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
            "code": "WALKIN", "source": "walkin", "fields": {"last_name": "MOREAU"},
            "extra": {}, "sessions": [], "submitted_at": event.timestamp()})])
    elif kind == "edit":
        event.append([j.NewEntry(j.REGISTRATION_EDITED, first.id,
                                 {"fields": {"last_name": "BERNARD-PETIT"}})])
    elif kind == "merge":
        assert event.merge([j.Entry("f" * 32, "otherstation", 1,
                                    j.format_clock(event.now_millis(), 0), j.STATION_NAMED,
                                    "otherstation", {"name": "Salle A"})]) == 1
    elif kind == "programme":
        programme_edit.edit_event(event, venue="Salle des fêtes")
    else:
        raise SystemExit(f"unknown kind {kind}")


def main(path: Path, kind: str) -> int:
    with Event.open(path) as event:
        write(event, kind)
        print("written", flush=True)
        sys.stdin.readline()
        print("read", len(event.registrations()), flush=True)
        try:
            reg, _ = reception.walk_in(event, {"last_name": "LAMBERT"})
            print("recorded", reg.id, flush=True)
        except EventFileError as exc:
            print("refused", exc, flush=True)
        print("read", len(event.registrations()), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
