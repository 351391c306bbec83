"""The reception desk: the station's policy for checking people in.

The search, scans, outcome card, undo and camera are the station's (`StationView`); the
desk adds what only reception does: the results list and the person's card, walk-ins,
edits, counters and badge printing. Every read and write goes to the event's own thread
(`EventWorker`); the desk keeps only plain values and puts the focus back in the search
field after every action.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from checkin.core import desk_stats, names, reception
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.core.programme import Programme
from checkin.core.reception import Outcome, ScanResult
from checkin.core.search import MIN_QUERY, too_short
from checkin.gui.desk.badge_printing import DeskPrinting
from checkin.gui.desk.counters import CountersBar
from checkin.gui.desk.jobs import check_in_job, undo_check_in_job
from checkin.gui.desk.outcome_card import OutcomeCard
from checkin.gui.desk.person_card import PersonCard
from checkin.gui.desk.registration_dialog import RegistrationDialog
from checkin.gui.desk.results_model import ResultsModel
from checkin.gui.desk.status_column import StatusColumn
from checkin.gui.person_rows import PersonRows, last_first
from checkin.gui.scanner import DuplicateGate
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
from checkin.gui.station_view import Job, StationView
from checkin.gui.widgets import WrapLabel, results_table, select_row
from checkin.gui.worker import EventInfo, EventWorker

SEARCH_LIMIT = 50


class DeskView(StationView):
    """The reception desk: check in the person found, scanned or registered on the spot."""

    outcome: OutcomeCard

    def __init__(self, worker: EventWorker, info: EventInfo, sounds: Sounds,
                 settings: Settings, parent: QWidget | None = None,
                 gate: DuplicateGate | None = None) -> None:
        self.dialog: RegistrationDialog | None = None
        # (registration id, worker delivery) of the person a result just showed as its
        # job left them: the news of that job's change needs no reading them again
        self._fresh: tuple[str, int] | None = None
        super().__init__(worker, info, sounds, settings, parent, gate)
        self.setObjectName("desk")
        # the first count, ahead of the jobs queued behind the page (the backup at open)
        self.worker.submit(desk_stats.counters, self.counters.show_counters, self.on_error,
                           key="counters")

    @property
    def last_checked_in(self) -> Registration | None:
        """The person whose check-in Ctrl+Z undoes."""
        last: Registration | None = self.last
        return last

    def make_card(self) -> OutcomeCard:
        return OutcomeCard()

    # -- layout ------------------------------------------------------------------------------

    def build(self) -> None:
        self.title = WrapLabel(objectName="eventTitle")
        self.title.setText(f"{self.info.title} · {self.info.station_name}")
        self.counters = CountersBar()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counters)

        self.search_field.setPlaceholderText(
            self.tr("Name, organisation or badge code — or scan a badge"))
        self.match_count = WrapLabel(objectName="matchCount")  # a long query never widens it
        if not self.worker.searchable:  # said rather than a search answered late
            self.match_count.setText(self.tr("Preparing the search…"))
            self.worker.search_ready.connect(self._search_ready)

        self.model = ResultsModel(self)
        self.results = results_table(self.model, "results")
        # name and organisation on two lines, both whole: homonyms told apart by the latter
        rows = PersonRows(self.results, last_first)
        self.results.setItemDelegateForColumn(ResultsModel.NAME, rows)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(ResultsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.status_column = StatusColumn(self.results, self.model)  # as wide as its words
        rows.heights.single_line.add(ResultsModel.STATUS)
        self.results.selectionModel().currentRowChanged.connect(self._on_current)
        self.results.doubleClicked.connect(lambda _: self.check_in_current())

        self.card = PersonCard()
        self.card.programme = self.info.programme
        self.card.check_in_requested.connect(self.check_in_current)
        self.card.edit_requested.connect(self.edit)
        self.side = QVBoxLayout()
        self.side.addWidget(self.outcome)
        self.side.addWidget(self.card, 1)
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

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addLayout(split, 1)
        layout.addWidget(self.hints)

        self.walk_in_action = self.add_action(self.tr("Walk-in…"), "Ctrl+N", self.walk_in)
        self.edit_action = self.add_action(self.tr("Edit the registration…"), "F2", self.edit)
        self.station_actions(self.tr("Undo the check-in"))
        self.set_hints([
            self.tr("Enter: check in"), self.tr("↑ ↓: choose"), self.tr("Esc: clear"),
            self.tr("Ctrl+N: walk-in"), self.tr("F2: edit"), self.tr("Ctrl+Z: undo"),
            self.tr("Ctrl+F: search"), self.tr("F9: camera")])
        self.printing = DeskPrinting(self)  # Ctrl+P, the card's button, auto-print

    def shutdown(self) -> None:
        super().shutdown()
        self.printing.printer.service.stop()

    # -- searching ---------------------------------------------------------------------------

    def search_job(self, query: str) -> Job:
        return lambda event: event.search(query, SEARCH_LIMIT)

    def _search_ready(self) -> None:
        if self.match_count.text() == self.tr("Preparing the search…"):
            self.match_count.setText("")

    def no_query(self) -> None:
        self.model.clear()
        self.match_count.setText("")

    def show_results(self, query: str, regs: list[Registration]) -> None:
        self.model.set_results(regs)
        if regs:
            select_row(self.results, 0)
            self.match_count.setText(self.tr("Matches: %1").replace("%1", str(len(regs))))
        elif too_short(query):  # searching starts at two letters: not "nobody matches"
            self.card.show_registration(None)
            self.match_count.setText(self.tr(
                "Type at least %1 letters of a name, an organisation or a badge code.")
                .replace("%1", str(MIN_QUERY)))
        else:
            self.card.show_registration(None)
            self.match_count.setText(self.tr("Nobody matches “%1”. Ctrl+N registers a walk-in.")
                                     .replace("%1", query))

    def results_view(self) -> QAbstractItemView:
        return self.results

    def _on_current(self) -> None:
        reg = self.model.registration(self.results.currentIndex().row())
        if reg is not None:
            self.card.show_registration(reg)
            self.outcome.person_chosen(reg.id)

    def current(self) -> Registration | None:
        return self.model.registration(self.results.currentIndex().row())

    def clear(self) -> None:
        super().clear()
        self.card.show_registration(None)

    # -- acting ------------------------------------------------------------------------------

    def choose_current(self) -> None:
        self.check_in_current()

    def check_in_current(self) -> None:
        """The person chosen in the list, or else the one on the card."""
        reg = self.current() or self.card.registration
        if reg is not None:
            self.choose(reg)

    def choose_job(self, reg: Registration) -> Job:
        return check_in_job(reg.id)

    def scan_job(self, text: str) -> Job:
        return lambda event: reception.scan(event, text)

    def show_outcome(self, result: ScanResult, note: str) -> str:
        if result.by_code and result.registration is not None:  # no signed badge seen
            note = self.tr("Named by a typed code, not a signed badge: check who it is.")
        self.outcome.show_result(result, note)
        if result.entry_id and result.registration is not None:
            self._fresh = (result.registration.id, self.worker.delivery)
        if not result.candidates and not self.search_field.text().strip():
            # the people an earlier scan listed are not about this one: Enter must not
            # check one of them in
            self.model.clear()
            self.card.show_registration(result.registration)
        elif not result.candidates and result.registration is not None:
            self.model.replace(result.registration)
            self.card.show_registration(result.registration)
        return result.outcome

    def show_candidates(self, result: ScanResult) -> None:
        self.model.set_results(list(result.candidates))
        select_row(self.results, 0)

    def undo_token(self, result: ScanResult) -> Registration | None:
        return result.registration if result.outcome is Outcome.CHECKED_IN else None

    def recorded(self, result: ScanResult) -> None:
        self.printing.checked_in(result.registration)

    def can_undo(self) -> bool:
        return self.outcome.state == Outcome.CHECKED_IN

    def undo_job(self, reg: Registration) -> Job:
        return undo_check_in_job(reg.id)

    def show_undone(self, fresh: Registration) -> None:
        self.outcome.show_undone(fresh)
        self.card.show_registration(fresh)
        self.model.replace(fresh)

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
                self.on_outcome(result, self.tr("Walk-in registered."))
        self.worker.submit(job, done, self.on_error)

    def edit(self) -> None:
        reg = self.card.registration
        if reg is None:
            self.say(self.tr("Choose a person first."))
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
            name = names.full(updated.first_name, updated.last_name)
            self.say(self.tr("Registration of %1 saved.").replace("%1", name))
            self.focus_search()
        self.worker.submit(job, done, self.on_error)

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.window().activateWindow()
        self.focus_search()

    # -- keeping up to date ------------------------------------------------------------------

    def programme_changed(self, programme: Programme) -> None:
        self.card.programme = programme
        if self.card.registration is not None:
            self.card.show_registration(self.card.registration)

    def refresh_counters(self) -> None:
        self.worker.submit(desk_stats.counters, self.counters.show_counters, self.on_error,
                           key="counters", later=True)

    def on_changed(self, subjects: set[str]) -> None:
        self.refresh_counters()
        shown = self.card.registration
        just_shown, self._fresh = self._fresh, None
        if shown is not None and subjects == {shown.id} and just_shown == (
                shown.id, self.worker.delivery):
            return  # this delivery's result showed them as the change left them
        if shown is not None and shown.id in subjects:
            reg_id = shown.id

            def done(fresh: Registration | None) -> None:
                current = self.card.registration
                if fresh is not None and current is not None and current.id == fresh.id:
                    self.card.show_registration(fresh)
                    self.model.replace(fresh)
            self.worker.submit(lambda event: event.registration(reg_id), done, later=True)
