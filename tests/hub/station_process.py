"""One station in a process of its own, syncing through the hub after every operation.

    station_process.py EVENT HUB PLAN CONTROL

PLAN holds one operation a line: `in CODE`, `undo CODE`, `attend SESSION CODE`,
`unattend SESSION CODE`, `walkin NAME`, `mark NAME` (create CONTROL/NAME), `wait NAME`
(until CONTROL/NAME exists), `sync!` (sync until one sync succeeds). After every other
operation the station tries one sync; a hub that is down or cut off is reported on
stdout (`offline`) and the work goes on. The hub's password comes from PGPASSWORD.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from checkin.core import reception, rooms
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubError, HubSync


def main(argv: list[str]) -> int:
    path, hub, plan, control = Path(argv[0]), argv[1], Path(argv[2]), Path(argv[3])
    address, _ = HubAddress.parse(hub)
    with Event.open(path) as event:
        sync = HubSync(event, address, None)
        for line in plan.read_text().splitlines():
            op, *rest = line.split()
            if op == "mark":
                (control / rest[0]).touch()
            elif op == "wait":
                while not (control / rest[0]).exists():
                    time.sleep(0.02)
            elif op == "sync!":
                while not _sync(sync):
                    time.sleep(0.1)
            else:
                _do(event, op, rest)
                _sync(sync)
        print("digest", event.digest(), flush=True)
    return 0


def _do(event: Event, op: str, rest: list[str]) -> None:
    if op == "walkin":
        reception.walk_in(event, {"last_name": rest[0]})
        return
    (reg,) = event.by_code(rest[-1])
    if op == "in":
        reception.check_in(event, reg)
    elif op == "undo":
        reception.undo_check_in(event, reg)
    elif op == "attend":
        rooms.attend(event, rest[0], reg, admit_when_full=True)
    elif op == "unattend":
        rooms.undo(event, rest[0], reg)
    else:
        raise SystemExit(f"unknown operation {op}")


def _sync(sync: HubSync) -> bool:
    try:
        report = sync.run_once()
    except HubError as exc:
        print("offline", str(exc).replace("\n", " "), flush=True)
        return False
    print("synced", report.pushed, report.new, report.waiting, flush=True)
    return True


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
