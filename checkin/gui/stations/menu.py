"""The main window's Sync menu, and what happens to an event file once open: a copy from
another laptop gets a station of its own before it records, then the shared folder syncs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget

from checkin.core import stations
from checkin.core.event import Event
from checkin.gui.errors import describe
from checkin.gui.progress_bar import JobProgress
from checkin.gui.stations import actions
from checkin.gui.stations.dialogs import NewStationDialog
from checkin.gui.stations.folder_sync import FolderSyncController
from checkin.gui.stations.hub_sync import HubSyncController
from checkin.gui.stations.session import StationFacts, StationSession, station_facts
from checkin.gui.worker import EventInfo, EventWorker

if TYPE_CHECKING:
    from checkin.gui.main_window import MainWindow

translate = QCoreApplication.translate


class SyncMenu(QMenu):
    """Bundles, shared folder and clones for the open event; disabled without one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("SyncMenu", "S&ync"), window)
        self.main = window
        self.session: StationSession | None = None
        self.worker: EventWorker | None = None
        self.identity_dialog: NewStationDialog | None = None
        self.status = QLabel(objectName="syncStatus")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.hub_status = QLabel(objectName="hubStatus")
        self.hub_status.hide()
        window.statusBar().addPermanentWidget(self.hub_status)
        self.progress = JobProgress()  # a merge of USB-key bundles: how far, and Stop
        window.statusBar().addPermanentWidget(self.progress)
        self.sync_progress = JobProgress()  # a first folder or hub sync of thousands
        self.sync_progress.setObjectName("syncProgress")
        window.statusBar().addPermanentWidget(self.sync_progress)

        def act(text: str, slot: Callable[[StationSession, QWidget], object]) -> QAction:
            action = self.addAction(text)
            action.triggered.connect(lambda: slot(self.session, self.main)
                                     if self.session else None)
            return action
        self.export_action = act(translate("SyncMenu", "Export for a USB key…"),
                                 actions.export_bundle)
        self.import_action = act(translate("SyncMenu", "Import from a USB key…"),
                                 actions.import_bundles)
        self.addSeparator()
        self.folder_action = act(translate("SyncMenu", "Shared folder…"),
                                 actions.folder_settings)
        self.hub_action = act(translate("SyncMenu", "Server…"), actions.hub_settings)
        self.sync_now_action = self.addAction(translate("SyncMenu", "Sync now"))
        self.sync_now_action.setShortcut("F5")
        self.sync_now_action.triggered.connect(self._sync_now)
        self.addSeparator()
        self.clone_action = act(translate("SyncMenu", "Clone for another laptop…"),
                                actions.clone)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for action in self.actions():
            action.setEnabled(on)
        if on and self.session is not None:
            self.sync_now_action.setEnabled(self.session.folder.enabled
                                            or self.session.hub.enabled)

    def _sync_now(self) -> None:
        if self.session is not None:
            self.session.folder.sync_now()
            self.session.hub.sync_now()

    # -- an event opens --------------------------------------------------------------------

    def attach(self) -> None:
        """Call once the main window's event is open: checks the station's identity."""
        worker = self.main.worker
        if worker is None:
            return
        self.detach()
        self.worker = worker
        session = self.session = StationSession.of(worker, self.main.settings)
        session.progress_view = self.progress
        session.folder.progress_view = session.hub.progress_view = self.sync_progress
        session.message.connect(self._message)
        session.failed.connect(self._failed)
        for transport in (session.folder, session.hub):
            transport.state_changed.connect(self._folder_state)
            transport.problem.connect(
                lambda text: self.main.statusBar().showMessage("⚠ " + text, 15000))
        worker.submit(station_facts, self._identity, lambda exc: self._failed(describe(exc)))

    def _identity(self, facts: StationFacts) -> None:
        if self.session is None or self.main.worker is not self.worker:
            return  # closed meanwhile
        self.session.facts = facts
        if not facts.conflict:
            self._ready()
            return
        dialog = NewStationDialog(facts, self.main)
        dialog.accepted.connect(lambda: self._adopt(dialog.name()))
        dialog.rejected.connect(self._refused)
        self.identity_dialog = dialog
        dialog.open()

    def _adopt(self, name: str) -> None:
        self.identity_dialog = None
        worker = self.worker
        assert worker is not None

        def job(event: Event) -> EventInfo:
            stations.adopt_new_station(event, name)
            return EventInfo.of(event)

        def done(info: EventInfo) -> None:
            # Rebuilt once the jobs that the page submitted meanwhile (it refreshes on
            # `changed`) have come back: their results must not reach a deleted page.
            worker.submit(lambda event: None, lambda _: show(info))

        def show(info: EventInfo) -> None:
            if self.main.worker is not worker:
                return
            self.main.info = info
            if self.session is not None:
                self.session.facts = None  # read again: the station changed
            self.main.show_mode()  # the page now shows the new station's name
            self.main.statusBar().showMessage(
                translate("SyncMenu", "This laptop is now the station “%1”.")
                .replace("%1", info.station_name), 10000)
            self._ready()
        worker.submit(job, done, lambda exc: self._failed(describe(exc)))

    def _refused(self) -> None:
        """Without a station of its own, the copy is not kept open: it could not record."""
        self.identity_dialog = None
        self.main.close_event_file()
        self.main.start.show_message(translate(
            "SyncMenu", "The file was closed: it is a copy of another laptop’s station and"
                        " needs a station name of its own before it can record."))

    def _ready(self) -> None:
        if self.session is None:
            return
        self.session.start()
        self._enable(True)

    def detach(self) -> None:
        """Before the event closes."""
        if self.identity_dialog is not None:
            dialog, self.identity_dialog = self.identity_dialog, None
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()
        if self.session is not None:
            self.session.stop()
            self.session.progress_view = None
            self.session.folder.progress_view = self.session.hub.progress_view = None
            for signal in (self.session.message, self.session.failed,
                           self.session.folder.state_changed, self.session.folder.problem,
                           self.session.hub.state_changed, self.session.hub.problem):
                signal.disconnect()
        self.session = self.worker = None
        self.progress.finish()
        self.sync_progress.finish()
        self.status.hide()
        self.hub_status.hide()
        self._enable(False)

    # -- what happened -------------------------------------------------------------------------

    def _message(self, text: str) -> None:
        self.main.statusBar().showMessage(text, 15000)

    def _failed(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("SyncMenu", "Sync"), text,
                          QMessageBox.StandardButton.Ok, self.main)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("syncFailure")
        box.open()

    def _folder_state(self) -> None:
        session = self.session
        attached = self.export_action.isEnabled()
        on = [t for t in (session.folder, session.hub) if t.enabled] if session else []
        self.sync_now_action.setEnabled(bool(on and attached))
        if session is not None:
            _show(self.status, session.folder)
            _show(self.hub_status, session.hub)
        else:
            self.status.hide()
            self.hub_status.hide()


def _show(label: QLabel, transport: FolderSyncController | HubSyncController) -> None:
    """A transport's status in its status-bar label, hidden when it is off."""
    if not transport.enabled:
        label.hide()
        return
    text = transport.status_text()
    label.setText(label.fontMetrics().elidedText(
        text, Qt.TextElideMode.ElideMiddle, 520))  # a long path must not push the rest
    label.setToolTip(text if not transport.error or transport.error in text
                     else f"{text}\n⚠ {transport.error}")
    label.setStyleSheet("color: #b3261e;" if transport.error else "")
    label.show()
