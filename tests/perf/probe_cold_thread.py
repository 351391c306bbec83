"""What idling does to a scan on the event's thread, no window: `reception.scan` run by a
thread that waits on a queue as `EventWorker` does, badge after badge at once, or after a
pause, or after a pause with a read-only job (another badge identified) handed over a
little before it. Medians of the thread's CPU time (`time.thread_time_ns`), before the
BEGIN, BEGIN → COMMIT and the whole scan; printed, never asserted.

    uv run python tests/perf/probe_cold_thread.py [FOLDER] [SCANS]

FOLDER: where the benchmarks' fixtures are kept (put it on tmpfs to leave the disk out),
else a new one (the event of 50,000 registrations made first). The modes run in turns.
"""

from __future__ import annotations

import os
import queue
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_desk import payloads
from common import Fixtures, Sizes

# (pause before each badge, the read-only job that long before it; 0: none), seconds
MODES = {"back to back": (0.0, 0.0), "30 ms apart": (0.03, 0.0),
         "30 ms apart, read 1 ms before": (0.03, 0.001),
         "30 ms apart, read 5 ms before": (0.03, 0.005)}
_WARM = object()


def probe(path: Path, scans: int) -> dict[str, list[tuple[float, float, float]]]:
    from checkin.core import codes, reception
    from checkin.core.event import Event

    texts = [t for k in range(500, 2000, 30) for t in payloads(path, k)]
    for text in texts:
        codes.read_scan(text)  # as in the window: the GUI thread reads a scan's text first
    jobs: queue.SimpleQueue[object] = queue.SimpleQueue()
    results: queue.SimpleQueue[tuple[float, float, float]] = queue.SimpleQueue()
    cpu = time.thread_time_ns

    def loop() -> None:
        with Event.open(path) as event:
            event.prepare_writes()
            marks: list[int] = []
            event.conn.set_trace_callback(lambda _: marks.append(cpu()))
            while (job := jobs.get()) is not None:
                if job is _WARM:
                    reception.identify(event, texts[-1])
                    continue
                marks.clear()
                start = cpu()
                reception.scan(event, str(job))
                end = cpu()
                results.put(((marks[0] - start) / 1e6, (marks[-1] - marks[0]) / 1e6,
                             (end - start) / 1e6))

    thread = threading.Thread(target=loop, name="checkin-event")
    thread.start()
    out: dict[str, list[tuple[float, float, float]]] = {m: [] for m in MODES}
    badges = iter(texts)
    for _ in range(scans // 10):
        for mode, (pause, ahead) in MODES.items():
            for _ in range(10):
                time.sleep(pause - ahead)
                if ahead:
                    jobs.put(_WARM)
                    time.sleep(ahead)
                jobs.put(next(badges))
                out[mode].append(results.get())
    jobs.put(None)
    thread.join()
    return out


def main() -> None:
    scans = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)
        path = Fixtures(folder, Sizes(registrations=50_000)).event_copy("cold")
        print(f"load average {os.getloadavg()[0]:.2f}; the event thread's CPU, ms, medians")
        print(f"{'':32s} {'to BEGIN':>9s} {'to COMMIT':>9s} {'scan':>7s}")
        for mode, values in probe(path, scans).items():
            before, within, whole = (statistics.median(v) for v in zip(*values, strict=True))
            print(f"{mode:32s} {before:9.3f} {within:9.3f} {whole:7.3f}")


if __name__ == "__main__":
    main()
