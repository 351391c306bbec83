"""What the station does between laptops while an event is open: bundles for a USB key,
clones for other laptops, and the shared folder. One per open event, a child of the
event's worker (so the menu and the organiser's Stations tab share it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from checkin.core import stations
from checkin.core.event import Event
from checkin.core.progress import SILENT, Cancelled
from checkin.gui.errors import describe, refusal
from checkin.gui.progress_bar import JobProgress
from checkin.gui.settings import Settings
from checkin.gui.stations.folder_sync import FolderSyncController
from checkin.gui.stations.hub_sync import HubSyncController
from checkin.gui.typography import joined
from checkin.gui.worker import EventWorker

if TYPE_CHECKING:  # core.sync loads every transport's module: when a bundle is made
    from checkin.core.sync import BundleReport

translate = QCoreApplication.translate
BUNDLE_SUFFIX = ".ckb"


@dataclass(frozen=True)
class StationFacts:
    """The open file's station, read in the event's thread."""

    event_id: str
    short: str
    path: Path
    station_id: str
    station_name: str
    conflict: str  # why this computer may not record under this station, or ""
    names: tuple[str, ...]  # every station name known to the event

    def suggested_name(self) -> str:
        return next_free_name(self.station_name, self.names)


def station_facts(event: Event) -> StationFacts:
    return StationFacts(event.event_id, event.programme.short, event.path, event.station_id,
                        event.station_name, event.identity.conflict,
                        tuple(s["name"] for s in event.stations()))


def next_free_name(name: str, taken: tuple[str, ...] | list[str]) -> str:
    """ "Accueil 2" after "Accueil 1", skipping the names already taken."""
    used = {t.casefold() for t in taken}
    found = re.fullmatch(r"(.*?)\s*(\d+)", name.strip())
    stem, number = (found.group(1), int(found.group(2))) if found else (name.strip(), 1)
    stem = stem or translate("Stations", "Station")
    while True:
        number += 1
        candidate = f"{stem} {number}"
        if candidate.casefold() not in used:
            return candidate


def name_problem(name: str, taken: tuple[str, ...] | list[str]) -> str:
    """Why `name` cannot be a new station's name, or ""."""
    name = " ".join(name.split())
    if not name:
        return translate("Stations", "Give the station a name.")
    if name.casefold() in {t.casefold() for t in taken}:
        return translate("Stations", "A station is already called “%1”.").replace("%1", name)
    return ""


class StationSession(QObject):
    message = Signal(str)  # an operation the user asked for went well: what it did
    failed = Signal(str)  # or did not: why
    facts_changed = Signal(object)  # StationFacts (after a new station was named)

    def __init__(self, worker: EventWorker, settings: Settings) -> None:
        super().__init__(worker)
        self.setObjectName("stationSession")
        self.worker = worker
        self.progress_view: JobProgress | None = None  # where merges show how far they got
        self.settings = settings
        self.facts: StationFacts | None = None
        self.folder = FolderSyncController(worker, settings, self)
        self.hub = HubSyncController(worker, settings, self)

    @classmethod
    def of(cls, worker: EventWorker, settings: Settings | None = None) -> StationSession:
        """The session of the event open in `worker`, made at the first call."""
        found = worker.findChild(StationSession, "stationSession")
        if isinstance(found, StationSession):
            return found
        return cls(worker, settings or Settings())

    def load_facts(self, then: Callable[[StationFacts], None] | None = None) -> None:
        def done(facts: StationFacts) -> None:
            self.facts = facts
            self.facts_changed.emit(facts)
            if then is not None:
                then(facts)
        self.worker.submit(station_facts, done, self._failed)

    def start(self) -> None:
        """The station's identity is settled: start syncing as its settings say."""
        if self.facts is not None and not self.facts.conflict:
            self._start(self.facts)
        else:
            self.load_facts(self._start)

    def _start(self, facts: StationFacts) -> None:
        self.folder.start(facts.event_id)
        self.hub.start(facts.event_id)

    def stop(self) -> None:
        self.folder.stop()
        self.hub.stop()

    # -- bundles ---------------------------------------------------------------------------

    def default_bundle_name(self) -> str:
        facts = self.facts
        if facts is None:
            return "checkin" + BUNDLE_SUFFIX
        station = re.sub(r"[^\w-]+", "-", facts.station_name).strip("-")
        return f"{facts.short}-{station}{BUNDLE_SUFFIX}"

    def export_bundle(self, path: Path) -> None:
        from checkin.core.sync import write_bundle

        def done(report: BundleReport) -> None:
            self.message.emit(translate("Stations", "%1 entries written to %2. Import this"
                                                    " file on the other laptops.")
                              .replace("%1", str(report.entries)).replace("%2", str(path)))
        self.worker.submit(lambda event: write_bundle(event, path), done, self._failed)

    def import_bundles(self, paths: list[Path]) -> None:
        """Merge `paths`, its progress (and Stop) on `progress_view` when there is one: a
        stop merges nothing."""
        from checkin.core.sync import merge_bundles
        view = self.progress_view
        progress = view.start() if view is not None else SILENT

        def ended() -> None:
            if view is not None and view.tracker is progress:
                view.finish()

        def failed(exc: Exception) -> None:
            ended()
            if isinstance(exc, Cancelled):
                self.message.emit(translate("Stations", "Stopped: nothing was merged."))
            else:
                self._failed(exc)

        def done(report: BundleReport) -> None:
            ended()
            self.message.emit(translate("Stations", "%1 new entries (of %2 in the file).")
                              .replace("%1", str(report.new))
                              .replace("%2", str(report.entries)))
            if report.refused:  # the entries' own faults
                self.failed.emit(translate("Stations", "%1 entries refused, the others"
                                                       " merged: %2")
                                 .replace("%1", str(len(report.refused)))
                                 .replace("%2", joined(map(refusal, report.refused[:3]))))
        self.worker.submit(lambda event: merge_bundles(event, paths, progress), done, failed)

    # -- clones ------------------------------------------------------------------------------

    def clone(self, path: Path, name: str) -> None:
        def done(target: Path) -> None:
            # Said once the names in use are reloaded: the new one is among them (core
            # records it in this file too), so the next clone is offered another.
            self.load_facts(lambda _facts: self.message.emit(
                translate("Stations", "Created %1 for the station “%2”. Copy it to its"
                                      " laptop and open it there.")
                .replace("%1", str(target)).replace("%2", name)))
        self.worker.submit(lambda event: stations.clone(event, path, name), done,
                           self._failed)

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(describe(exc))
