"""A reception desk in a process of its own, for tests that kill it or run two at once.

    desk_process.py scan EVENT LIST   for each line of LIST: scan it as a payload, or,
                                      for `walkin:NAME`, register NAME and check in;
                                      with GO, once open, wait for the file GO to exist;
                                      with BATCH too, after every BATCH lines print
                                      `batch` and wait for the file GO.<k> (k = 1, 2, …)
    desk_process.py loop EVENT LIST   the same, over and over until killed

After each operation returns (so: durable, acknowledged), one line goes to stdout,
flushed at once: `<outcome> <registration id> <entry id or ->`.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

from checkin.core import reception
from checkin.core.event import Event


def main(argv: list[str]) -> int:
    mode, path = argv[0], Path(argv[1])
    with Event.open(path) as event:
        if mode not in ("scan", "loop"):
            raise SystemExit(f"unknown mode {mode}")
        go = Path(argv[3]) if len(argv) > 3 else None
        batch = int(argv[4]) if len(argv) > 4 else 0
        if go is not None:  # start together with another desk
            print("ready", flush=True)
            wait_for(go)
        lines = Path(argv[2]).read_text().split()
        for n, line in enumerate(itertools.cycle(lines) if mode == "loop" else lines):
            if go is not None and batch and n and n % batch == 0:  # lock-step with the other
                print("batch", flush=True)
                wait_for(go.with_name(f"{go.name}.{n // batch}"))
            if line.startswith("walkin:"):
                reg, done = reception.walk_in(event, {"last_name": line[7:]})
                assert done is not None
                report(done.outcome, reg.id, done.entry_id)
            else:
                result = reception.scan(event, line)
                found = result.registration
                report(result.outcome, found.id if found else "-", result.entry_id)
    return 0


def wait_for(path: Path) -> None:
    while not path.exists():
        time.sleep(0.002)


def report(outcome: str, reg_id: str, entry_id: str | None) -> None:
    print(outcome, reg_id, entry_id or "-", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
