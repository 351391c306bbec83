"""A desk killed in the middle of a write, its changes already spilling into the file.

    half_written.py EVENT

Opens EVENT, records one walk-in (committed: prints `committed <registration id>`), then
with a page cache of a few pages appends 900 registrations in one transaction: once the
journal rows are in (pages spilled into the event file, their originals in the hot
journal), it prints `mid` and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from reliability_helpers import add_registrations

from checkin.core import reception
from checkin.core.event import Event
from checkin.core.progress import Stage

HALF_WRITTEN = 900  # under event.BULK_ENTRIES, whose roomier cache would hold them all


class _StopHalfway:
    def step(self, done: int, total: int, what: Stage) -> None:
        if 0 < done < total:  # the journal rows written, the projections not yet
            print("mid", flush=True)
            time.sleep(3600)


def main(path: Path) -> None:
    event = Event.open(path)
    reg, _ = reception.walk_in(event, {"last_name": "Acquis"})
    print("committed", reg.id, flush=True)
    event.conn.execute("PRAGMA cache_size = 10")  # pages: changes spill into the file
    original = event.append

    def halfway(new, progress=None):  # type: ignore[no-untyped-def]
        return original(new, _StopHalfway())
    event.append = halfway  # type: ignore[method-assign]
    add_registrations(event, HALF_WRITTEN, tag="Perdu")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
