"""The workshop room: the station's policy for one session's attendance, recorded by
scan, search or tick.

The search, scans, outcome card, undo and camera are the station's (`StationView`). The
room adds the session: it follows the clock (the session in progress in this station's
room) until the host picks a session by hand, and reloads the roster in one job whenever
the event changes. Every read and write goes to the event's own thread (`EventWorker`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.core import names, rooms
from checkin.core.event import Clock, Event
from checkin.core.model import Registration
from checkin.core.programme import Programme
from checkin.core.rooms import AttendanceResult, Roster, RosterLine
from checkin.core.rooms import SessionOutcome as S
from checkin.core.search import MIN_QUERY, too_short
from checkin.gui.person_rows import PersonRows, last_first
from checkin.gui.room import looks
from checkin.gui.room.header import SessionHeader
from checkin.gui.room.outcome_card import RoomOutcomeCard, shown_state
from checkin.gui.room.room_choice import RoomChoice
from checkin.gui.room.roster_model import RosterModel
from checkin.gui.room.whole_columns import WholeColumns
from checkin.gui.scanner import DuplicateGate
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
from checkin.gui.station_card import person_line
from checkin.gui.station_view import Job, StationView
from checkin.gui.widgets import WrapLabel, results_table, select_row
from checkin.gui.worker import EventInfo, EventWorker

SEARCH_LIMIT = 50
ROOM_KEY = "station/room"
FOLLOW_EVERY_MS = 60_000
Recording = tuple[str, Registration]  # (session code, person): what Ctrl+Z undoes


def station_room(settings: Settings) -> str:
    value = settings.store.value(ROOM_KEY, "")
    return str(value or "")


def set_station_room(settings: Settings, room: str) -> None:
    settings.store.setValue(ROOM_KEY, room)
    settings.store.sync()


class RoomView(StationView):
    """A workshop room: record who came to this room's session."""

    search_key = "room-search"
    outcome: RoomOutcomeCard

    def __init__(self, worker: EventWorker, info: EventInfo, sounds: Sounds,
                 settings: Settings, now: Clock, parent: QWidget | None = None,
                 gate: DuplicateGate | None = None) -> None:
        self.programme = info.programme
        self.now = now
        self.room = ""
        self.code: str | None = None
        self.pinned = False  # the host chose the session by hand: the clock leaves it
        self.roster: Roster | None = None
        self.confirm: Callable[[str], bool] = self._ask
        super().__init__(worker, info, sounds, settings, parent, gate)
        self.setObjectName("room")
        self.setStyleSheet(style_sheet(_base_size()))
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_EVERY_MS)
        self.timer.timeout.connect(self.follow_clock)
        self.timer.start()
        room = station_room(settings)
        if room in rooms.rooms(self.programme):
            self.choose_room(room)
        else:
            self.ask_room()

    @staticmethod
    def menu_title() -> str:
        return QCoreApplication.translate("RoomView", "&Room")

    def make_card(self) -> RoomOutcomeCard:
        card = RoomOutcomeCard()
        card.admit_requested.connect(self.admit)
        return card

    # -- layout ------------------------------------------------------------------------------

    def build(self) -> None:
        self.pages = QStackedWidget()
        self.choice = RoomChoice(self.programme)
        self.choice.chosen.connect(self.choose_room)
        self.pages.addWidget(self.choice)
        self.page = QWidget()
        self.pages.addWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.header = SessionHeader(self.programme)
        self.header.picked.connect(self.pick)
        self.header.follow_clock.connect(self.unpin)
        self.search_field.setPlaceholderText(self.tr("Scan a badge, or type a name"))

        self.model = RosterModel(self)
        self.walked_model = RosterModel(self)
        self.results_model = RosterModel(self)
        for model in (self.model, self.walked_model, self.results_model):
            model.tick_requested.connect(self.tick)
        self.table = roster_table(self.model, "roster")
        self.walked_table = roster_table(self.walked_model, "walkedOver")
        self.walked_table.setMinimumHeight(60)  # shrinks before the outcome's words do
        self.results = roster_table(self.results_model, "roomResults")
        self.whole_columns = [WholeColumns(t) for t in (self.table, self.walked_table,
                                                         self.results)]
        self.results.doubleClicked.connect(lambda _: self.choose_current())
        self.table.doubleClicked.connect(lambda i: self._record_row(self.model, i.row()))
        self.roster_label = WrapLabel(objectName="rosterLabel")
        self.walked_label = WrapLabel(objectName="rosterLabel")
        self.lists = QStackedWidget()
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.results)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.roster_label)
        left.addWidget(self.lists, 1)

        self.outcome.show_ready()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.outcome)
        right.addWidget(self.camera, 1)
        right.addWidget(self.walked_label)
        right.addWidget(self.walked_table, 1)

        split = QHBoxLayout()
        split.addLayout(left, 1)  # half each: the outcome's words need the width
        split.addLayout(right, 1)
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.header)
        layout.addWidget(self.search_field)
        layout.addLayout(split, 1)
        layout.addWidget(self.hints)

        self.station_actions(self.tr("Undo the last recording"))
        self.clock_action = self.add_action(self.tr("Session by the clock"), None, self.unpin)
        self.room_action = self.add_action(self.tr("Change the room of this station…"), None,
                                           self.ask_room)
        self.set_hints([
            self.tr("Enter: record"), self.tr("↑ ↓: choose"), self.tr("Esc: clear"),
            self.tr("Tick a name: present"), self.tr("Ctrl+Z: undo"),
            self.tr("Ctrl+F: search"), self.tr("F9: camera")])

    def shutdown(self) -> None:
        self.timer.stop()
        super().shutdown()

    # -- room and session --------------------------------------------------------------------

    def ask_room(self) -> None:
        self.pages.setCurrentWidget(self.choice)

    def choose_room(self, room: str) -> None:
        self.room = room
        set_station_room(self.settings, room)
        self.pinned = False
        self.code = None
        self.pages.setCurrentWidget(self.page)
        self.follow_clock()
        self.focus_search()

    def clock_session(self) -> str | None:
        session = rooms.current_session(self.programme, self.room, self.now().time())
        return session.code if session else None

    def follow_clock(self) -> None:
        """Every minute: move to the room's session of the hour, unless the host chose one."""
        if not self.room:
            return
        code = self.clock_session()
        if not self.pinned and code and code != self.code:
            self.set_session(code)
        self.header.show_time(self.now().time())

    def pick(self, code: str) -> None:
        self.pinned = code != self.clock_session()
        self.set_session(code)
        self.focus_search()

    def unpin(self) -> None:
        self.pinned = False
        self.follow_clock()
        self.header.clock_button.hide()
        self.focus_search()

    def set_session(self, code: str) -> None:
        session = self.programme.session(code)
        if session is None:
            return
        self.code = code
        self.last = None
        lunch = looks.is_lunch(self.programme, code)
        slot = self.programme.slot_of(code)
        in_slot = frozenset(s.code for s in slot.sessions) if slot else frozenset()
        self.model.configure(needs=lunch, chosen=False, slot_codes=in_slot)
        self.walked_model.configure(needs=lunch, chosen=not lunch, slot_codes=in_slot)
        self.results_model.configure(needs=lunch, chosen=not lunch, slot_codes=in_slot)
        for table in (self.table, self.walked_table, self.results):
            _fit_columns(table)
        self.model.set_lines([])
        self.walked_model.set_lines([])
        self.header.show_session(session, self.pinned, self.now().time())
        self.outcome.show_ready()
        self.search_field.clear()
        self.load_roster()

    def load_roster(self) -> None:
        if self.code is None:
            return
        code = self.code
        self.worker.submit(lambda event: rooms.roster(event, code), self._on_roster,
                           self.on_error, key="roster")

    def _on_roster(self, roster: Roster) -> None:
        if roster.session.code != self.code:
            return  # the host moved on to another session meanwhile
        self.roster = roster
        self.model.set_lines(roster.registered)
        self.walked_model.set_lines(roster.walked_over)
        registered = len(roster.registered)
        came = sum(1 for line in roster.registered if line.present_at)
        needs = sum(1 for line in roster.registered if line.registration.needs) \
            if looks.is_lunch(self.programme, roster.session.code) else None
        self.header.show_counts(roster.present, registered, needs)
        self.roster_label.setText(self.tr("Registered: %1 — %n present. Tick those who came.",
                                          "", came).replace("%1", str(registered)))
        walked = self.tr("Present without having registered: %1") if needs is not None \
            else self.tr("Present from another workshop (or no choice): %1")
        self.walked_label.setText(walked.replace("%1", str(len(roster.walked_over))))

    # -- searching ---------------------------------------------------------------------------

    def no_query(self) -> None:
        self.results_model.set_lines([])
        self.lists.setCurrentWidget(self.table)
        if self.roster is not None:  # the roster's own words again, not the search's
            self._on_roster(self.roster)

    def search_job(self, query: str) -> Job:
        code = self.code

        def job(event: Event) -> list[RosterLine]:
            found = event.search(query, SEARCH_LIMIT)
            return rooms.lines(event, code, found) if code else []
        return job

    def show_results(self, query: str, lines: list[RosterLine]) -> None:
        self._show_lines(lines)
        if not lines and too_short(query):  # searching starts at two letters: not "0 found"
            self.roster_label.setText(self.tr(
                "Type at least %1 letters of a name or a badge code.")
                .replace("%1", str(MIN_QUERY)))

    def _show_lines(self, lines: list[RosterLine]) -> None:
        self.results_model.set_lines(lines)
        self.lists.setCurrentWidget(self.results)
        if lines:
            select_row(self.results, 0)
        self.roster_label.setText(self.tr("Search: %n found. Enter records the one chosen.",
                                          "", len(lines)))

    def results_view(self) -> QAbstractItemView | None:
        return self.results if self.lists.currentWidget() is self.results else None

    def current(self) -> Registration | None:
        if self.lists.currentWidget() is not self.results:
            return None
        line = self.results_model.line(self.results.currentIndex().row())
        return line.registration if line else None

    # -- recording ---------------------------------------------------------------------------

    def scan_job(self, text: str) -> Job | None:
        code = self.code
        if code is None:
            self.say(self.tr("Choose the room of this station first."))
            return None
        return lambda event: rooms.scan(event, code, text)

    def choose(self, reg: Registration) -> None:
        self.record(reg)  # not choose_job: nothing to record before a session is set

    def record(self, reg: Registration, admit: bool = False) -> None:
        """Record attendance of someone chosen in a list (search, tick, or let in when full)."""
        if self.code is not None:
            self.worker.submit(self._attend_job(self.code, reg, admit), self.on_outcome,
                               self.on_error)

    @staticmethod
    def _attend_job(code: str, reg: Registration, admit: bool) -> Job:
        reg_id = reg.id

        def job(event: Event) -> AttendanceResult:
            fresh = event.registration(reg_id)
            if fresh is None:
                return AttendanceResult(S.UNKNOWN, code)
            return rooms.attend(event, code, fresh, admit_when_full=admit)
        return job

    def _record_row(self, model: RosterModel, row: int) -> None:
        line = model.line(row)
        if line is not None and not line.present_at:
            self.record(line.registration)

    def tick(self, reg: Registration, present: bool) -> None:
        if present:
            self.record(reg)
        elif self.confirm(self.tr("Remove %1 from the people present?")
                          .replace("%1", names.full(reg.first_name, reg.last_name) or reg.code)):
            if self.code is not None:
                self.undo_now((self.code, reg))
        else:
            self.focus_search()

    def admit(self) -> None:
        result = self.outcome.result
        if result is not None and result.outcome is S.FULL and result.registration:
            self.record(result.registration, admit=True)

    def show_outcome(self, result: AttendanceResult, note: str) -> str:
        if result.session != self.code:
            self.say(self.tr("Recorded in session %1.").replace("%1", result.session))
        self.outcome.show_attendance(result, self.programme)
        return shown_state(result)

    def show_candidates(self, result: AttendanceResult) -> None:
        self.worker.submit(lambda event: rooms.lines(event, result.session,
                                                     list(result.candidates)),
                           self._show_lines, self.on_error)

    def undo_token(self, result: AttendanceResult) -> Recording | None:
        if result.recorded and result.registration is not None:
            return (result.session, result.registration)
        return None

    def undo_job(self, token: Recording) -> Job:
        code, reg = token
        reg_id = reg.id

        def job(event: Event) -> Registration | None:
            fresh = event.registration(reg_id)
            return reg if fresh is not None and rooms.undo(event, code, fresh) else None
        return job

    def show_undone(self, reg: Registration) -> None:
        self.outcome.show_undone_attendance(person_line(reg))

    # -- keeping up to date ------------------------------------------------------------------

    def programme_changed(self, programme: Programme) -> None:
        self.programme = programme
        self.header.set_programme(programme)
        session = programme.session(self.code) if self.code else None
        if session is not None:
            self.header.show_session(session, self.pinned, self.now().time())

    def on_changed(self, _subjects: set[str]) -> None:
        self.load_roster()
        if self.search_field.text().strip():
            self.live.refresh()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Undo attendance"), question)
        self.window().activateWindow()
        return answer == QMessageBox.StandardButton.Yes


CHECK_BOX = 26  # px: a tick a touchpad or a finger hits on a small laptop (the style's is ~14)


def _base_size() -> int:
    """The point size the application's style sheet gives plain text (11 on a laptop)."""
    probe = QLabel()
    probe.ensurePolished()
    size = probe.font().pointSize()
    return size if size > 0 else 11


def style_sheet(base: int) -> str:
    return f"""
    #sessionTitle {{ font-size: {base + 8}pt; font-weight: bold; color: #1b2a4a; }}
    #sessionWhere {{ font-size: {base + 2}pt; color: #33415c; }}
    #roomCounter {{ font-size: {base + 7}pt; font-weight: bold; color: #1b2a4a;
        padding: 4px 12px; background: #e8edf5; border-radius: 6px; }}
    #roomCounter[full="true"] {{ background: #f6dcda; color: #7a1a14; }}
    #rosterLabel {{ font-weight: bold; color: #33415c; padding-top: 4px; }}
    #roster, #walkedOver, #roomResults {{ font-size: {base + 2}pt; }}
    #roster::item:selected, #walkedOver::item:selected, #roomResults::item:selected {{
        background: #1f5fa8; color: white; }}
    #roster::indicator, #walkedOver::indicator, #roomResults::indicator {{
        width: {CHECK_BOX}px; height: {CHECK_BOX}px; }}
    #roomButton {{ font-size: {base + 4}pt; padding: 10px 28px; min-width: 22em; }}
    #admitButton {{ font-size: {base + 1}pt; font-weight: bold; padding: 6px 14px; }}
    #followClock {{ padding: 4px 10px; }}
    """


def roster_table(model: RosterModel, name: str) -> QTableView:
    """A list of people of the room: each person on two lines (name, then organisation,
    both whole: homonyms told apart by the latter), as at the desk and the kiosk."""
    table = results_table(model, name, alternate=True)
    table.setItemDelegateForColumn(model.column(model.NAME), PersonRows(table, last_first))
    return table


def _fit_columns(table: QTableView) -> None:
    """The person takes what is left; the needs are sized by WholeColumns, the rest to
    their contents."""
    model = table.model()
    assert isinstance(model, RosterModel)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if column == model.column(model.NEEDS):
            continue
        stretch = column == model.column(model.NAME)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
