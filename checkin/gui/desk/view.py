"""The reception desk screen, and what each keystroke, scan and button does there.

Every read and write goes to the event's own thread (`EventWorker`); the desk keeps
only plain values (registrations, counters) and puts the focus back in the search
field after every action.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.core import codes, desk_stats, reception
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.core.reception import Outcome, ScanResult
from checkin.gui.camera import CameraPanel
from checkin.gui.desk.badge_printing import DeskPrinting
from checkin.gui.desk.counters import CountersBar
from checkin.gui.desk.outcome_card import OutcomeCard
from checkin.gui.desk.outcomes import LOOKS, DeskState
from checkin.gui.desk.person_card import PersonCard
from checkin.gui.desk.registration_dialog import RegistrationDialog
from checkin.gui.desk.results_model import ResultsModel
from checkin.gui.desk.search_field import SearchField
from checkin.gui.errors import describe
from checkin.gui.live_search import LiveSearch
from checkin.gui.scanner import DuplicateGate
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
from checkin.gui.widgets import WrapLabel, select_row, step_row
from checkin.gui.worker import EventInfo, EventWorker

SEARCH_LIMIT = 50


class DeskView(QWidget):
    status_message = Signal(str)

    def __init__(self, worker: EventWorker, info: EventInfo, sounds: Sounds,
                 settings: Settings, parent: QWidget | None = None,
                 gate: DuplicateGate | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("desk")
        self.worker = worker
        self.info = info
        self.sounds = sounds
        self.gate = gate or DuplicateGate()
        self.last_checked_in: Registration | None = None
        self.dialog: RegistrationDialog | None = None
        self._build()
        self._actions()
        worker.changed.connect(self._on_changed)
        self.refresh_counters()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = WrapLabel(objectName="eventTitle")
        self.title.setText(f"{self.info.title} · {self.info.station_name}")
        self.counters = CountersBar()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counters)

        self.search_field = SearchField()
        self.search_field.setPlaceholderText(
            self.tr("Name, organisation or badge code — or scan a badge"))
        self.live = LiveSearch(self.search_field, self.worker, "search",
                               lambda query: lambda event: event.search(query, SEARCH_LIMIT),
                               self._on_results, self._no_query, self.enter, self._on_error)
        self.search_field.returnPressed.connect(self.enter)
        self.search_field.move.connect(self.move_selection)
        self.search_field.escape.connect(self.clear)
        self.match_count = QLabel(objectName="matchCount")

        self.model = ResultsModel(self)
        self.results = QTableView(objectName="results")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setShowGrid(False)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.results.selectionModel().currentRowChanged.connect(self._on_current)
        self.results.doubleClicked.connect(lambda _: self.check_in_current())

        self.outcome = OutcomeCard()
        self.outcome.undo_requested.connect(self.undo)
        self.card = PersonCard()
        self.card.programme = self.info.programme
        self.card.check_in_requested.connect(self.check_in_current)
        self.card.edit_requested.connect(self.edit)
        self.side = QVBoxLayout()
        self.side.addWidget(self.outcome)
        self.side.addWidget(self.card, 1)
        self.camera = CameraPanel(self.settings)
        self.camera.decoded.connect(self.scan)
        self.camera.setMinimumHeight(200)
        self.camera.hide()
        self.side.addWidget(self.camera, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.match_count)
        left_layout.addWidget(self.results, 1)
        right = QWidget()
        right.setLayout(self.side)
        self.side.setContentsMargins(0, 0, 0, 0)
        split = QHBoxLayout()
        split.addWidget(left, 5)
        split.addWidget(right, 6)

        self.hints = WrapLabel(objectName="hints")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addLayout(split, 1)
        layout.addWidget(self.hints)

    def _actions(self) -> None:
        def action(text: str, keys: QKeySequence | str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act
        self.walk_in_action = action(self.tr("Walk-in…"), "Ctrl+N", self.walk_in)
        self.edit_action = action(self.tr("Edit the registration…"), "F2", self.edit)
        self.undo_action = action(self.tr("Undo the check-in"),
                                  QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self.focus_action = action(self.tr("Search"), "Ctrl+F", self.focus_search)
        self.camera_action = action(self.tr("Camera"), "F9", self.toggle_camera)
        self.camera_action.setCheckable(True)
        self.hints.setText("   ".join([
            self.tr("Enter: check in"), self.tr("↑ ↓: choose"), self.tr("Esc: clear"),
            self.tr("Ctrl+N: walk-in"), self.tr("F2: edit"), self.tr("Ctrl+Z: undo"),
            self.tr("Ctrl+F: search"), self.tr("F9: camera")]))
        self.printing = DeskPrinting(self)  # Ctrl+P, the card's button, auto-print
        if self.settings.camera_on:
            self.toggle_camera(True)

    def toggle_camera(self, on: bool | None = None) -> None:
        on = not self.camera.isVisible() if on is None or not isinstance(on, bool) else on
        self.camera_action.setChecked(on)
        self.settings.camera_on = on
        self.camera.switch(on)
        self.focus_search()

    def shutdown(self) -> None:
        self.camera.shutdown()
        self.printing.printer.service.stop()

    # -- searching ---------------------------------------------------------------------------

    def _no_query(self) -> None:
        self.model.clear()
        self.match_count.setText("")

    def _on_results(self, query: str, regs: list[Registration]) -> None:
        self.model.set_results(regs)
        if regs:
            select_row(self.results, 0)
            self.match_count.setText(self.tr("Matches: %1").replace("%1", str(len(regs))))
        else:
            self.card.show_registration(None)
            self.match_count.setText(self.tr("Nobody matches “%1”. Ctrl+N registers a walk-in.")
                                     .replace("%1", query))

    def move_selection(self, step: int) -> None:
        step_row(self.results, step)

    def _on_current(self) -> None:
        reg = self.model.registration(self.results.currentIndex().row())
        if reg is not None:
            self.card.show_registration(reg)

    def current(self) -> Registration | None:
        return self.model.registration(self.results.currentIndex().row())

    def clear(self) -> None:
        self.search_field.clear()
        self.card.show_registration(None)
        self.focus_search()

    def focus_search(self) -> None:
        self.live.focus()

    # -- acting ------------------------------------------------------------------------------

    def enter(self) -> None:
        """Enter in the search field: check in the person chosen, or read a typed code."""
        if self.live.defer_enter():
            return
        text = self.search_field.text().strip()
        if self.current() is not None:
            self.check_in_current()
        elif text and codes.names_a_badge(text):
            self.scan(text, typed=True)

    def check_in_current(self) -> None:
        reg = self.current() or self.card.registration
        if reg is None:
            return
        reg_id = reg.id

        def job(event: Event) -> ScanResult:
            fresh = event.registration(reg_id)
            if fresh is None:
                return ScanResult(Outcome.UNKNOWN)
            return reception.check_in(event, fresh)
        self.worker.submit(job, self._on_outcome, self._on_error)

    def scan(self, text: str, typed: bool = False) -> None:
        """A badge read by a scanner or the camera (or a code typed and confirmed)."""
        if not typed and not self.gate.accept(text):
            self.status_message.emit(self.tr("Same badge read again: ignored."))
            return
        self.worker.submit(lambda event: reception.scan(event, text), self._on_outcome,
                           self._on_error)

    def _on_outcome(self, result: ScanResult, note: str = "") -> None:
        self.outcome.show_result(result, note)
        self._play(result.outcome)
        if result.outcome is Outcome.AMBIGUOUS:
            self.live.clear_silently()
            self.model.set_results(list(result.candidates))
            select_row(self.results, 0)
        elif result.registration is not None:
            self.model.replace(result.registration)
            self.card.show_registration(result.registration)
        if result.outcome is Outcome.CHECKED_IN:
            self.last_checked_in = result.registration
            self.printing.checked_in(result.registration)
            self.search_field.clear()
        self.focus_search()

    def undo(self) -> None:
        reg = self.last_checked_in
        if reg is None or self.outcome.state != Outcome.CHECKED_IN:
            self.status_message.emit(self.tr("Nothing to undo here."))
            self.focus_search()
            return
        reg_id = reg.id

        def job(event: Event) -> Registration | None:
            fresh = event.registration(reg_id)
            if fresh is not None:
                reception.undo_check_in(event, fresh)
            return event.registration(reg_id)

        def done(fresh: Registration | None) -> None:
            self.last_checked_in = None
            if fresh is not None:
                self.outcome.show_undone(fresh)
                self.card.show_registration(fresh)
                self.model.replace(fresh)
            self._play(DeskState.UNDONE)
            self.focus_search()
        self.worker.submit(job, done, self._on_error)

    def walk_in(self) -> None:
        prefill = self.search_field.text().strip() if not self.model.rowCount() else ""
        dialog = RegistrationDialog(self.info.programme, None, self, last_name=prefill)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_walk_in(dialog))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _save_walk_in(self, dialog: RegistrationDialog) -> None:
        fields, sessions = dialog.values(), dialog.sessions()

        def job(event: Event) -> ScanResult | None:
            _, result = reception.walk_in(event, fields, sessions, check_in_now=True)
            return result

        def done(result: ScanResult | None) -> None:
            if result is not None:
                self._on_outcome(result, self.tr("Walk-in registered."))
        self.worker.submit(job, done, self._on_error)

    def edit(self) -> None:
        reg = self.card.registration
        if reg is None:
            self.status_message.emit(self.tr("Choose a person first."))
            return
        dialog = RegistrationDialog(self.info.programme, reg, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_edit(dialog, reg))
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _save_edit(self, dialog: RegistrationDialog, reg: Registration) -> None:
        changes, sessions = dialog.values(), dialog.sessions()

        def job(event: Event) -> Registration:
            fresh = event.registration(reg.id) or reg
            return reception.edit(event, fresh, changes, sessions)

        def done(updated: Registration) -> None:
            self.card.show_registration(updated)
            self.model.replace(updated)
            self.status_message.emit(self.tr("Registration of %1 saved.")
                                     .replace("%1", updated.full_name))
            self.focus_search()
        self.worker.submit(job, done, self._on_error)

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.window().activateWindow()
        self.focus_search()

    # -- keeping up to date ------------------------------------------------------------------

    def refresh_counters(self) -> None:
        self.worker.submit(desk_stats.counters, self.counters.show_counters, self._on_error,
                           key="counters")

    def _on_changed(self, subjects: set[str]) -> None:
        self.refresh_counters()
        shown = self.card.registration
        if shown is not None and shown.id in subjects:
            reg_id = shown.id

            def done(fresh: Registration | None) -> None:
                current = self.card.registration
                if fresh is not None and current is not None and current.id == fresh.id:
                    self.card.show_registration(fresh)
                    self.model.replace(fresh)
            self.worker.submit(lambda event: event.registration(reg_id), done)

    def _on_error(self, exc: Exception) -> None:
        self.outcome.show_error(describe(exc))
        self._play(DeskState.ERROR)
        self.focus_search()

    def _play(self, state: str) -> None:
        sound = LOOKS[state].sound
        if sound:
            self.sounds.play(sound)
