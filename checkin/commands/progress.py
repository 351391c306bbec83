"""Progress of long commands on the terminal: a tqdm bar on standard error when it is a
terminal and the command was not asked for --json; nothing otherwise, so that scripts
and CI logs read only the result.

tqdm rather than rich: one small pure-Python package with no dependencies of its own,
and a bar is all we show.

`CHECKIN_PAUSE_AT=STAGE:N:FILE` (for tests) makes the command, at its first step of
STAGE at or past N, create FILE and wait there until it is interrupted (Ctrl+C) or
FILE.go appears: a known point to send a signal at, without guessing with sleeps.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from checkin.core.progress import SILENT, Progress, Stage

PAUSE_VARIABLE = "CHECKIN_PAUSE_AT"


@contextmanager
def shown(args: argparse.Namespace) -> Iterator[Progress]:
    """The Progress for a command: a bar, or silence; closed when the command ends."""
    bar = _Bar() if _terminal(args) else None
    progress: Progress = bar if bar is not None else SILENT
    pause = os.environ.get(PAUSE_VARIABLE)
    if pause:
        progress = _Pause(progress, pause)
    try:
        yield progress
    finally:
        if bar is not None:
            bar.close()


def _terminal(args: argparse.Namespace) -> bool:
    return not getattr(args, "json", False) and sys.stderr.isatty()


class _Bar:
    """One tqdm bar per stage, on standard error."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._what: Stage | None = None

    def step(self, done: int, total: int, what: Stage) -> None:
        from tqdm import tqdm  # only when a terminal shows it
        if what is not self._what or self._bar is None or self._bar.total != total:
            self.close()
            self._bar = tqdm(total=total, desc=what.value, unit="", file=sys.stderr,
                             leave=False, dynamic_ncols=True)
            self._what = what
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class _Pause:
    """The test barrier: see the module's docstring."""

    def __init__(self, inner: Progress, spec: str) -> None:
        stage, count, file = spec.split(":", 2)
        self.inner, self.stage, self.count, self.file = inner, Stage(stage), int(count), Path(file)
        self.paused = False

    def step(self, done: int, total: int, what: Stage) -> None:
        self.inner.step(done, total, what)
        if not self.paused and what is self.stage and done >= self.count:
            self.paused = True
            self.file.touch()
            go = self.file.with_name(self.file.name + ".go")
            while not go.exists():
                time.sleep(0.01)
