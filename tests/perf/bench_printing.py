"""Benchmark: Ctrl+P → the badge job handed to the printer, at the desk.

    uv run python tests/perf/run.py --only printing

`BadgePrinter.print_badges` as the desk calls it on Ctrl+P, on the big event, until the
job is handed over (its `printed` signal: rendered in the event's thread, printed by
the printer process, journaled). The printer process writes what it would print into a
PDF (`--output`): no printer exists here. Figures: through the printer process kept
alive (ours) and through a process started per print (as before), beside a baseline
measured in the same run: the same badge rendered and printed by QPrinter in this
process (no isolation from a hung print server). Medians of `rounds` × 4 prints (× 2 for
the slow process-per-print path). The first print after the desk is shown: a printer
process started (`warm_up`), its `ready` awaited (warmed up: 0.5 s to 1.3 s at load 5),
one print; median of `rounds` processes. The printer process's CPU by print (from /proc:
steadier than the clock on a shared machine) beside the in-process baseline's.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Fixtures, Row

MEDIA = "brother-ql-62x100"


def measure(fixtures: Fixtures) -> dict[str, list[float]]:
    from PySide6.QtCore import QEventLoop

    from checkin.core.badges import render_badges
    from checkin.core.event import Event
    from checkin.gui import printing
    from checkin.gui.app import make_app
    from checkin.gui.printer_process import print_pdf_qt
    from checkin.gui.worker import EventWorker

    app = make_app()
    folder = Path(tempfile.mkdtemp(prefix="bench-print-", dir=fixtures.folder))
    path = fixtures.event_copy("printing", folder / "print.checkin")
    with Event.open(path) as event:
        regs = [event.by_code(code)[0] for (code,) in event.conn.execute(
            "SELECT code FROM registrations ORDER BY code LIMIT 40")]
    real = printing.qt_print_arguments
    count = [0]

    def into_file(pdf: Path, target: printing.PrintTarget) -> list[str]:
        count[0] += 1
        return [*real(pdf, target), "--output", str(folder / f"out-{count[0]}.pdf")]
    printing.qt_print_arguments = into_file  # type: ignore[assignment]

    def wait(until, timeout_s: float = 120) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout_s
        while not until():
            if time.monotonic() > end:
                raise TimeoutError("no answer from the printer process")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)

    worker = EventWorker()
    opened: list[object] = []
    worker.opened.connect(opened.append)
    worker.open(path)
    wait(lambda: bool(opened))
    wait(lambda: not worker.busy)
    out: dict[str, list[float]] = {"kept": [], "per_print": [], "base": [], "first": [],
                                   "kept_cpu": [], "base_cpu": []}
    target = printing.PrintTarget(printing.QT, "bench", MEDIA)
    kept: list[printing.BadgePrinter] = []  # alive until the end: their processes too
    try:
        for kind in ("kept", "per_print"):
            printer = printing.BadgePrinter(worker, lambda: target)
            kept.append(printer)
            if kind == "per_print":
                printer.service = None  # type: ignore[assignment]
            else:
                warm(printer)  # as the desk does once it is shown, before the first Ctrl+P
            prints = fixtures.sizes.rounds * (4 if kind == "kept" else 2)  # "before": slow
            cpu = [] if kind == "kept" else None
            out[kind] = time_prints(printer, regs, prints, cpu)
            out["kept_cpu"] += cpu or []
        for n in range(fixtures.sizes.rounds):  # the first print of a new printer process
            printer = printing.BadgePrinter(worker, lambda: target)
            kept.append(printer)
            warm(printer)
            out["first"] += time_prints(printer, regs[n:], 1)
        with Event.open(path) as event:
            for n in range(fixtures.sizes.rounds * 4):
                pdf = folder / f"base-{n}.pdf"
                start, cpu_start = time.perf_counter(), time.process_time()
                render_badges(event, [regs[n % len(regs)]], MEDIA, pdf)
                print_pdf_qt(pdf, "", MEDIA, output_file=folder / f"base-out-{n}.pdf")
                out["base"].append(time.perf_counter() - start)
                out["base_cpu"].append(time.process_time() - cpu_start)
    finally:
        printing.qt_print_arguments = real  # type: ignore[assignment]
        for printer in kept:
            if printer.service is not None and printer.service.process is not None:
                process = printer.service.process
                printer.service.stop()
                process.waitForFinished(5000)
        worker.close()
    return out


def warm(printer) -> None:  # type: ignore[no-untyped-def]
    """Start the printer process and wait (in an event loop) until it says it is warm."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    printer.service.ready.connect(loop.quit)
    deadline = QTimer(singleShot=True, interval=60_000)
    deadline.timeout.connect(loop.quit)
    deadline.start()
    printer.warm_up()
    loop.exec()
    deadline.stop()


def time_prints(printer, regs, count: int,  # type: ignore[no-untyped-def]
                cpu: list[float] | None = None) -> list[float]:
    """Seconds from each `print_badges` to its `printed` signal. The GUI thread sleeps
    in an event loop meanwhile, as the desk's does: a loop polling `processEvents`
    would take a core from the printer process (on 2 cores, half the time measured).
    `cpu`, when given, gets the printer process's CPU seconds for each print (Linux)."""
    from PySide6.QtCore import QEventLoop, QTimer

    done: list[object] = []
    loop = QEventLoop()
    printer.printed.connect(lambda ids, job: (done.append(job), loop.quit()))
    printer.failed.connect(lambda regs, message: (done.append(RuntimeError(message)),
                                                  loop.quit()))
    deadline = QTimer(singleShot=True, interval=120_000)
    deadline.timeout.connect(lambda: (done.append(TimeoutError("no answer")), loop.quit()))
    seconds = []
    for n in range(count):
        pid = printer.service.process.processId() if cpu is not None else 0
        cpu_start = process_cpu(pid)
        start = time.perf_counter()
        deadline.start()
        printer.print_badges([regs[n % len(regs)]])
        loop.exec()
        seconds.append(time.perf_counter() - start)
        deadline.stop()
        if cpu is not None and cpu_start is not None:
            cpu.append(process_cpu(pid) - cpu_start)  # type: ignore[operator]
        if isinstance(done[-1], Exception):
            raise done[-1]
    return seconds


def process_cpu(pid: int) -> float | None:
    """User and system CPU seconds of process `pid` so far, from /proc (None elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def rows(fixtures: Fixtures) -> list[Row]:
    m = measure(fixtures)
    base = "the same badge rendered and printed by QPrinter in-process"
    load = (f"{fixtures.sizes.registrations:,} registrations, Brother QL label, Qt print"
            f" path into a PDF, median of {len(m['kept'])} (of {len(m['per_print'])} before)")
    ms = statistics.median
    return [
        Row("printing", "Ctrl+P → job handed to the printer", ms(m["kept"]) * 1000, "ms",
            base, ms(m["base"]) * 1000, load),
        Row("printing", "Ctrl+P → job handed, the first print after the desk is shown",
            ms(m["first"]) * 1000, "ms", base, ms(m["base"]) * 1000,
            f"as above, the first print of each of {len(m['first'])} printer processes,"
            " once warmed up"),
        Row("printing", "Ctrl+P → job handed: the printer process's CPU a print",
            mean(m["kept_cpu"]) * 1000, "ms", "the CPU of the in-process baseline",
            mean(m["base_cpu"]) * 1000,
            f"as the first row: the printer process's CPU (/proc, in ticks of"
            f" {1000 / os.sysconf('SC_CLK_TCK'):.0f} ms) over {len(m['kept_cpu'])} prints,"
            " by print"),
        Row("printing", "Ctrl+P → job handed, a process per print (before)",
            ms(m["per_print"]) * 1000, "ms", base, ms(m["base"]) * 1000, load),
    ]


if __name__ == "__main__":
    from run import main
    raise SystemExit(main(["--only", "printing", *sys.argv[1:]]))
