"""The station setting that keeps syncing live through a PostgreSQL hub.

A run on the transport mechanism (`transport.py`), as the shared folder's: the network
steps (connecting, `HubLink.exchange`) run on a thread of their own under a deadline,
the event's steps (`outgoing`, `absorb`) on the event's thread, never the GUI's. What
starts a run: this station's own changes (the worker's `changed`), another station's
push (a LISTEN connection on a thread of its own, woken by NOTIFY), and a timer, which
also finds the hub again when it comes back. The password is held in memory only (or
in the system keyring, when the user asks and `keyring` is installed).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from checkin.core.event import Event
from checkin.gui import times
from checkin.gui.errors import refusal
from checkin.gui.settings import Settings
from checkin.gui.stations.transport import TransportController
from checkin.gui.worker import EventWorker

if TYPE_CHECKING:
    from checkin.core.hub import HubAddress, HubReport
    from checkin.core.hub.sync import Exchange, HubLink, Outgoing

# checkin.core.hub is imported where it is used, never at start: it imports psycopg
# (0.2 s), which the first screen does not need, and most stations never sync live.

translate = QCoreApplication.translate
HUB_DEADLINE_MS = 40_000  # above the hub's own deadlines (5 s to connect, 30 s a query)
WAKE_POLL_S = 1.0  # how often the listening thread looks whether it should stop


@dataclass(frozen=True)
class HubState:
    """Read on the event's thread: the hub the file synced with, and what waits."""

    address: HubAddress | None
    waiting: int


class _Listener(QObject):
    """LISTENs for the event's pushes on a thread of its own; `woken` on each."""

    woken = Signal()

    def __init__(self, address: HubAddress, password: str | None, event_id: str) -> None:
        from checkin.core.hub.sync import HubWaiter
        super().__init__()
        self._stop = threading.Event()
        self._waiter = HubWaiter(address, password, event_id)
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        from checkin.core.hub import HubError
        try:
            while not self._stop.is_set():
                try:
                    if self._waiter.wait(WAKE_POLL_S) and not self._stop.is_set():
                        self.woken.emit()
                except HubError:
                    pass  # the hub is away: the runs say so, this waits for it
        finally:
            self._waiter.close()

    def stop(self) -> None:
        self._stop.set()


class HubSyncController(TransportController):
    def __init__(self, worker: EventWorker, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(worker, settings, parent)
        self.address: HubAddress | None = None
        self.password: str | None = None  # in memory only
        self.hub_id = ""
        self.connected = False
        self.waiting = 0
        self.last_report: HubReport | None = None
        self.deadline_ms = HUB_DEADLINE_MS
        self._link: HubLink | None = None
        self._listener: _Listener | None = None
        self._changes = 0  # local changes seen since the last run started
        worker.changed.connect(self._local_change)

    # -- configuration -------------------------------------------------------------------

    def start(self, event_id: str) -> None:
        """Sync as this station's settings say, with the hub the event file names."""
        self.event_id = event_id
        self._active = True
        on = self.settings.hub_sync(event_id)

        def state(event: Event) -> HubState:  # on the event's thread, after the desk
            from checkin.core.hub.remembered import remembered_conninfo
            conninfo = remembered_conninfo(event)
            if conninfo is None:  # no hub: psycopg stays unloaded, a scan does not wait
                return HubState(None, 0)
            from checkin.core.hub.address import HubAddress
            return HubState(HubAddress(conninfo), 0)

        def got(found: HubState) -> None:
            if self._active and self.address is None and found.address is not None:
                from checkin.core.hub.passwords import kept_password
                self._apply(found.address, kept_password(found.address), on)
        self.worker.submit(state, got)

    def configure(self, address: HubAddress | None, password: str | None, on: bool) -> None:
        """Change the hub (kept in the event file, without password) and whether to sync."""
        if self.event_id:
            self.settings.set_hub_sync(self.event_id, on)
        if address is not None:
            from checkin.core.hub.sync import remember_address
            self.worker.submit(lambda event: remember_address(event, address))
        self._apply(address, password, on)

    def _apply(self, address: HubAddress | None, password: str | None, on: bool) -> None:
        if address != self.address or password != self.password:
            self._close_link()
            self.error, self.last_report, self.last_time = "", None, None
            self.connected = False
        self.address, self.password = address, password
        self.enabled = bool(on and address)
        if self.enabled and self._active and self._listener is None and address:
            self._listener = _Listener(address, password, self.event_id)
            self._listener.woken.connect(self.sync_now)
        self.schedule()

    def stop(self) -> None:
        super().stop()
        self._close_link()

    def _close_link(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        link, self._link = self._link, None
        if link is not None:  # on a thread: closing a stalled connection may wait
            threading.Thread(target=link.close, daemon=True).start()

    def _local_change(self, _subjects: object) -> None:
        """A check-in (or any change) here: push it now, or after the run in flight."""
        self._changes += 1
        self.sync_now()

    # -- syncing: connect (network), outgoing (event), exchange (network), absorb (event) -----

    def can_run(self) -> bool:
        return self.enabled and self.address is not None

    def begin(self, run: int) -> None:
        assert self.address is not None
        self._changes = 0
        link = self._link
        if link is None:
            from checkin.core.hub.sync import HubLink
            link = self._link = HubLink(self.address, self.password, self.event_id)
        self.on_outside(run, link.open, lambda hub_id: self._outgoing(run, link, hub_id))

    def _outgoing(self, run: int, link: HubLink, hub_id: str) -> None:
        from checkin.core.hub.sync import outgoing
        self.hub_id = hub_id
        self.on_event(run, lambda event: outgoing(event, hub_id),
                      lambda out: self._exchange(run, link, out))

    def _exchange(self, run: int, link: HubLink, out: Outgoing) -> None:
        self.on_outside(run, lambda: link.exchange(out),
                        lambda got: self._absorb(run, out, got))

    def _absorb(self, run: int, out: Outgoing, got: Exchange) -> None:
        from checkin.core.hub.sync import absorb
        progress = self.progress_for(len(got.pulled))
        self.on_event(run, times.at_event_time(
            lambda event: absorb(event, self.hub_id, out, got, progress)),
            lambda done: self._done(*done))

    def _done(self, report: HubReport, at: dt.datetime) -> None:
        self.last_report, self.connected, self.waiting = report, True, report.waiting
        self.finish(report, report.new, "\n".join(map(refusal, report.refused)), at)
        if self._changes:  # changes came while this run was on its way
            self.sync_now()

    def failed(self, message: str) -> None:
        if self.error and not self.connected:  # still away, maybe worded otherwise
            self.error = message  # ("connection terminated", then "cannot connect"):
            message = ""  # said once, when it went away
        self.connected = False
        if message:
            super().failed(message)
        else:
            self._running = False
            self.end_progress()
            self.runs += 1
            self.state_changed.emit()
        if self.hub_id and self._active:  # what waits for the hub, read again
            from checkin.core.hub.sync import waiting
            hub_id = self.hub_id
            self.worker.submit(lambda event: waiting(event, hub_id), self._waiting)

    def _waiting(self, count: int) -> None:
        self.waiting = count
        self.state_changed.emit()

    def restart(self) -> None:
        self._close_link()
        if self.enabled and self._active and self.address is not None:
            self._listener = _Listener(self.address, self.password, self.event_id)
            self._listener.woken.connect(self.sync_now)

    def stalled_message(self) -> str:
        return translate("HubSync", "The server %1 did not answer within %2 s.") \
            .replace("%1", str(self.address)).replace("%2", str(self.deadline_ms // 1000))

    # -- what to show ----------------------------------------------------------------------

    def status_text(self) -> str:
        if self.address is None or not self.enabled:
            return translate("HubSync", "Server: off")
        if self.connected and self.last_time is not None:
            text = translate("HubSync", "Server: connected, synced at %1") \
                .replace("%1", times.time_text(self.last_time))
        elif self.error:
            text = translate("HubSync", "Server: not reachable")
            if self.last_time is not None:
                text += " · " + translate("HubSync", "last sync at %1").replace(
                    "%1", times.time_text(self.last_time))
        else:
            text = translate("HubSync", "Server: connecting…")
        # the problem itself is in the tooltip: a whole libpq message would hide the rest
        return text + " · " + self._waiting_text()

    def _waiting_text(self) -> str:
        # one string for each: lupdate takes no plural from translate() (it had left
        # "%n entry(ies) waiting" out of the French), and French says "0 entrée"
        if self.waiting == 0:
            return translate("HubSync", "0 entries waiting")
        if self.waiting == 1:
            return translate("HubSync", "1 entry waiting")
        return translate("HubSync", "%1 entries waiting").replace("%1", str(self.waiting))
