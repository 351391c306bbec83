"""Exports, sheets, certificates and badges report their progress to the end, and a stop
leaves no output behind (nor a temporary file), and an older output as it was (issue 20)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from checkin.core import reception
from checkin.core.badges.render import render_badges
from checkin.core.files import write_through_temp
from checkin.core.progress import Cancelled, Stage, Stoppable
from checkin.core.reports import certificates, sheets, spreadsheet

Writer = Callable[[Any, Path, Stoppable], object]

WRITERS: dict[str, tuple[str, Stage, Writer]] = {
    "xlsx": ("out.xlsx", Stage.REGISTRATIONS, lambda ev, out, p: spreadsheet.export(ev, out, p)),
    "csv": ("out.csv", Stage.REGISTRATIONS, lambda ev, out, p: spreadsheet.export(ev, out, p)),
    "sheets": ("out.pdf", Stage.PAGES, lambda ev, out, p: sheets.write(ev, out, progress=p)),
    "certificates": ("out.pdf", Stage.CERTIFICATES,
                     lambda ev, out, p: certificates.write(ev, out, progress=p)),
    "badges": ("out.pdf", Stage.BADGES, lambda ev, out, p: write_through_temp(
        out, lambda tmp: render_badges(ev, ev.registrations(), "a4-2x5", tmp, progress=p))),
}


@pytest.fixture
def day(imported_event):
    for reg in imported_event.registrations()[:5]:
        reception.check_in(imported_event, reg)  # someone to give a certificate to
    return imported_event


@pytest.mark.parametrize("kind", WRITERS)
def test_progress_reaches_its_end(day, tmp_path: Path, kind: str) -> None:
    name, stage, write = WRITERS[kind]
    steps: list[tuple[int, int, Stage]] = []
    write(day, tmp_path / name, Stoppable(lambda *step: steps.append(step)))
    assert steps and all(what is stage for _, _, what in steps)
    assert steps[-1][0] == steps[-1][1] > 0
    assert [done for done, _, _ in steps] == sorted(done for done, _, _ in steps)


@pytest.mark.parametrize("kind", WRITERS)
def test_a_stop_leaves_no_output_and_the_older_one_as_it_was(day, tmp_path: Path,
                                                             kind: str) -> None:
    name, _, write = WRITERS[kind]
    out = tmp_path / "out" / name
    out.parent.mkdir()
    out.write_bytes(b"yesterday's file")

    def stop_at_the_first_step(done: int, total: int, what: Stage) -> None:
        progress.stop()
    progress = Stoppable(stop_at_the_first_step)
    with pytest.raises(Cancelled):
        write(day, out, progress)
    assert out.read_bytes() == b"yesterday's file"
    assert [p.name for p in out.parent.iterdir()] == [name]  # no .part left
