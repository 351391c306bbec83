"""The organiser's Stations tab: each station's last entry, when, how many; the people
checked in at two stations; and the operations between laptops."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.core import stations
from checkin.core.event import Event
from checkin.core.stations import StationStatus
from checkin.core.sync import DoubleCheckin, double_checkins
from checkin.gui import times
from checkin.gui.errors import describe
from checkin.gui.organiser.context import alive
from checkin.gui.stations import actions
from checkin.gui.stations.models import DoublesModel, StationsModel
from checkin.gui.stations.session import StationSession
from checkin.gui.widgets import WrapLabel
from checkin.gui.worker import EventWorker

if TYPE_CHECKING:
    from checkin.gui.organiser.context import OrganiserContext

translate = QCoreApplication.translate


def _overview(event: Event) -> tuple[list[StationStatus], list[DoubleCheckin]]:
    return stations.station_status(event), double_checkins(event)


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class StationsTab(QWidget):
    """A tab of the Organiser page, built from its context (worker, settings, dialogs);
    refreshed whenever the event changes, here or by a merge."""

    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationsTab")
        self.worker: EventWorker = context.worker
        self.context = context
        self.session = StationSession.of(self.worker, context.settings)
        if self.session.facts is None:
            self.session.load_facts()
        self._build()
        # Bound methods, not lambdas: Qt drops these connections when the tab goes, while
        # the worker and the session live on.
        self.worker.changed.connect(self.refresh)
        self.session.folder.state_changed.connect(self._show_folder)
        self.session.message.connect(self._said)
        self.session.failed.connect(self._failed)
        self._show_folder()
        self.refresh()

    def title(self) -> str:
        return translate("Stations", "Stations")

    def _build(self) -> None:
        self.stations_model = StationsModel(self)
        self.doubles_model = DoublesModel(self)
        self.stations_view = _table(self.stations_model)
        self.doubles_view = _table(self.doubles_model)
        self.doubles_label = QLabel(objectName="doublesLabel")

        session = self.session
        self.clone_button = QPushButton(translate("Stations", "Clone for another laptop…"))
        self.export_button = QPushButton(translate("Stations", "Export for a USB key…"))
        self.import_button = QPushButton(translate("Stations", "Import from a USB key…"))
        self.folder_button = QPushButton(translate("Stations", "Shared folder…"))
        self.sync_button = QPushButton(translate("Stations", "Sync now"))
        self.clone_button.clicked.connect(lambda: actions.clone(session, self))
        self.export_button.clicked.connect(
            lambda: actions.export_bundle(session, self, self.context.dialogs))
        self.import_button.clicked.connect(
            lambda: actions.import_bundles(session, self, self.context.dialogs))
        self.folder_button.clicked.connect(lambda: actions.folder_settings(session, self))
        self.sync_button.clicked.connect(session.folder.sync_now)
        buttons = QHBoxLayout()
        for button in (self.clone_button, self.export_button, self.import_button,
                       self.folder_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.folder_status = WrapLabel(objectName="folderStatus")
        self.message = WrapLabel(objectName="stationsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Stations", "Stations of this event, as this file"
                                                      " knows them")))
        layout.addWidget(self.stations_view, 2)
        layout.addWidget(self.doubles_label)
        layout.addWidget(self.doubles_view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.folder_status)
        layout.addWidget(self.message)

    def refresh(self, _subjects: object = None) -> None:
        self.worker.submit(times.at_event_time(_overview), alive(self, self._show),
                           alive(self, lambda exc: self._failed(describe(exc))),
                           key="stations-overview")

    def _show(self, timed: tuple[tuple[list[StationStatus], list[DoubleCheckin]],
                                 dt.datetime]) -> None:
        (statuses, doubles), at = timed
        self.stations_model.zone = at.tzinfo  # last entries by the event's clock
        self.stations_model.set_rows(statuses)
        self.doubles_model.set_rows(doubles)
        self.doubles_label.setText(
            translate("Stations", "Checked in twice (at two stations before they synced):"
                                  " %1. Both are kept; the first one counts.")
            .replace("%1", str(len(doubles))) if doubles else
            translate("Stations", "Nobody was checked in twice."))
        self.doubles_label.setStyleSheet("color: #b3261e;" if doubles else "")

    def _show_folder(self) -> None:
        folder = self.session.folder
        self.folder_status.setText(folder.status_text())
        self.folder_status.setStyleSheet("color: #b3261e;" if folder.error else "")
        self.sync_button.setEnabled(folder.enabled)

    def _said(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("")

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;")
