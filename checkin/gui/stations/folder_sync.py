"""The station setting that keeps syncing through a shared folder every few seconds.

A run on the transport mechanism (`transport.py`): only the steps that touch the event
(`FolderSync.plan`, `merge`) go to the event's own thread; reading and writing the folder
(`read`, `write`) run on a thread of their own under a deadline, as printing does. A
problem (the key pulled out, a foreign file in the folder) is reported once, when it
appears, then kept as the status until a sync succeeds again.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from checkin.core.event import Event
from checkin.gui import times
from checkin.gui.errors import describe, refusal
from checkin.gui.settings import Settings
from checkin.gui.stations.transport import IN_FLIGHT, TransportController
from checkin.gui.worker import EventWorker

if TYPE_CHECKING:  # core.sync loads every transport's module: when a sync first runs
    from checkin.core.sync import FolderSync, SyncReport
    from checkin.core.sync.folder import Outgoing

translate = QCoreApplication.translate
FOLDER_DEADLINE_MS = 20_000  # one read or write of the folder; a share may be slow
_IN_FLIGHT = IN_FLIGHT  # folder steps running, until they come back


class FolderSyncController(TransportController):
    def __init__(self, worker: EventWorker, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(worker, settings, parent)
        self.folder: Path | None = None
        self.last_report: SyncReport | None = None
        self._syncer: FolderSync | None = None  # used by one step at a time
        self.deadline_ms = FOLDER_DEADLINE_MS

    # -- configuration -------------------------------------------------------------------

    def start(self, event_id: str) -> None:
        """Sync as this station's settings say for this event (the identity is settled)."""
        self.event_id = event_id
        self._active = True
        folder, on = self.settings.folder_sync(event_id)
        self._apply(Path(folder) if folder else None, on)

    def configure(self, folder: Path | None, on: bool) -> None:
        """Change and remember the folder and whether to sync through it."""
        if self.event_id:
            self.settings.set_folder_sync(self.event_id, str(folder or ""), on)
        self._apply(folder, on)

    def _apply(self, folder: Path | None, on: bool) -> None:
        if folder != self.folder:
            self.error, self.last_report, self.last_time = "", None, None
        self.folder, self.enabled = folder, bool(on and folder)
        self.schedule()

    # -- syncing: plan (event thread), read, merge (event thread), write ------------------------

    def can_run(self) -> bool:
        return self.folder is not None

    def begin(self, run: int) -> None:
        folder = self.folder
        assert folder is not None

        def plan(event: Event) -> FolderSync:
            from checkin.core.sync import FolderSync
            syncer = self._syncer
            if syncer is None or syncer.event is not event or syncer.folder != folder:
                syncer = self._syncer = FolderSync(event, folder)
            syncer.plan()
            return syncer
        self.on_event(run, plan, lambda syncer: self._read(run, syncer))

    def _read(self, run: int, syncer: FolderSync) -> None:
        self.on_outside(run, syncer.read, lambda reads: self._merge(run, syncer, reads))

    def _merge(self, run: int, syncer: FolderSync, reads: tuple[Any, set[str]]) -> None:
        progress = self.progress_for(sum(len(r.entries) for r in reads[0]))
        self.on_event(run, times.at_event_time(lambda _: syncer.merge(*reads, progress)),
                      lambda merged: self._write(run, syncer, *merged))

    def _write(self, run: int, syncer: FolderSync,
               merged: tuple[Outgoing, SyncReport], at: dt.datetime) -> None:
        outgoing, report = merged
        self.on_outside(run, lambda: syncer.write(outgoing),
                        lambda _: self._done(report, at))

    def _done(self, report: SyncReport, at: dt.datetime) -> None:
        self.last_report = report
        self.finish(report, report.new, "\n".join(self._problems(report)), at)

    def _problems(self, report: SyncReport) -> list[str]:
        """Each file's problem and each entry refused, in the interface's language."""
        folder = self.folder or Path()
        errors = [f.error(folder) for f in report.files]
        return [describe(e) for e in errors if e is not None] + [
            refusal(r) for r in report.refused]

    def restart(self) -> None:
        self._syncer = None  # the next run starts afresh from what the event holds

    def stalled_message(self) -> str:
        return translate("FolderSync", "The shared folder “%1” did not answer within %2 s.") \
            .replace("%1", str(self.folder)).replace("%2", str(self.deadline_ms // 1000))

    # -- what to show ----------------------------------------------------------------------

    def _synced_text(self) -> str:
        # one string for each, as the hub's "entries waiting": French says "1 nouvelle
        # entrée" and "0 nouvelle entrée" ("1 nouvelles entrées" was shown)
        if self.received == 0:
            return translate("FolderSync", "Synced at %1 (0 new entries since opening)")
        if self.received == 1:
            return translate("FolderSync", "Synced at %1 (1 new entry since opening)")
        return translate("FolderSync", "Synced at %1 (%2 new entries since opening)")

    def status_text(self) -> str:
        if self.folder is None or not self.enabled:
            return translate("FolderSync", "Shared folder: off")
        if self.error and self.last_report is None:
            return translate("FolderSync", "Shared folder: %1").replace("%1", self.error)
        if self.last_time is None:
            return translate("FolderSync", "Shared folder: first sync…")
        text = self._synced_text().replace("%1", times.time_text(self.last_time)) \
            .replace("%2", str(self.received))
        pending = self.last_report.pending if self.last_report else 0
        if pending:
            text += " · " + (translate("FolderSync", "1 line still arriving") if pending == 1
                             else translate("FolderSync", "%1 lines still arriving")
                             .replace("%1", str(pending)))
        if self.error:
            text += " · ⚠ " + self.error
        return text
