"""The tour's report from the organiser's screen: this meeting and the other meetings'
event files chosen here, written as the funders' PDF or as the workbook (what
`checkin report` writes, through the same `tour_files`). Written in the event's thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from checkin.core.event import Event
from checkin.core.reports import tour, tour_files
from checkin.gui.organiser.context import OrganiserContext
from checkin.gui.widgets import WrapLabel

Run = Callable[[str, Callable[[Event], Any], Callable[[Any], tuple[str, Path | None]]], None]


class TourReport(QObject):
    def __init__(self, context: OrganiserContext, run: Run, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.run = run
        self.page = parent
        self.others: list[Path] = []
        self.chosen = WrapLabel(objectName="caption")
        self._show()

    def choose(self) -> None:
        paths = self.context.dialogs.open_files(
            self.page, self.tr("The tour's other meetings"),
            self.tr("Event files (*.checkin)"))
        if paths is not None:
            self.others = [p for p in paths if p.resolve() != self.context.info.path.resolve()]
            self._show()

    def write(self, kind: str) -> None:
        filters = self.tr("PDF (*.pdf)") if kind == "pdf" else \
            self.tr("Excel workbook (*.xlsx)")
        path = self.context.dialogs.save_file(
            self.page, self.tr("The tour's report"), f"bilan-tournee.{kind}", filters)
        if path is None:
            return
        path = path.with_suffix(f".{kind}")
        others = list(self.others)
        self.run(self.tr("Writing %1…").replace("%1", path.name),
                 lambda event: _written(event, others, path),
                 lambda figures: (self.tr("Written: %1 (%n meeting(s))", "",
                                          len(figures.events)).replace("%1", str(path)),
                                  path.parent))

    def _show(self) -> None:
        if self.others:
            names = ", ".join(p.stem for p in self.others)
            self.chosen.setText(self.tr("With this meeting: %1").replace("%1", names))
        else:
            self.chosen.setText(self.tr("This meeting only, until you choose the others."))


def _written(event: Event, others: list[Path], out: Path) -> tour.Tour:
    with contextlib.ExitStack() as stack:
        return tour_files.write(tour_files.with_files([event], others, stack), out)
