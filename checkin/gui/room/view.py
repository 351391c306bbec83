"""The workshop room page: one session's attendance, recorded by scan, search or tick.

Every read and write goes to the event's own thread (`EventWorker`). The page follows
the clock (the session in progress in this station's room) until the host picks a
session by hand; the roster is reloaded in one job whenever the event changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
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

from checkin.core import codes, rooms
from checkin.core.event import Clock, Event
from checkin.core.model import Registration
from checkin.core.rooms import AttendanceResult, Roster, RosterLine
from checkin.core.rooms import SessionOutcome as S
from checkin.gui.camera import CameraPanel
from checkin.gui.desk.outcomes import DeskState
from checkin.gui.desk.search_field import SearchField
from checkin.gui.errors import describe
from checkin.gui.live_search import LiveSearch
from checkin.gui.room import looks
from checkin.gui.room.header import SessionHeader
from checkin.gui.room.outcome_card import RoomOutcomeCard, shown_state
from checkin.gui.room.room_choice import RoomChoice
from checkin.gui.room.roster_model import RosterModel
from checkin.gui.scanner import DuplicateGate
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
from checkin.gui.widgets import WrapLabel, select_row, step_row
from checkin.gui.worker import EventInfo, EventWorker

SEARCH_LIMIT = 50
ROOM_KEY = "station/room"
FOLLOW_EVERY_MS = 60_000


def station_room(settings: Settings) -> str:
    value = settings.store.value(ROOM_KEY, "")
    return str(value or "")


def set_station_room(settings: Settings, room: str) -> None:
    settings.store.setValue(ROOM_KEY, room)
    settings.store.sync()


class RoomView(QWidget):
    status_message = Signal(str)

    def __init__(self, worker: EventWorker, info: EventInfo, sounds: Sounds,
                 settings: Settings, now: Clock, parent: QWidget | None = None,
                 gate: DuplicateGate | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room")
        self.worker, self.info, self.sounds, self.settings = worker, info, sounds, settings
        self.programme = info.programme
        self.now = now
        self.gate = gate or DuplicateGate()
        self.room = ""
        self.code: str | None = None
        self.pinned = False  # the host chose the session by hand: the clock leaves it
        self.last: tuple[str, Registration] | None = None  # the last recording, for undo
        self.roster: Roster | None = None
        self.confirm: Callable[[str], bool] = self._ask
        self._build()
        self._actions()
        self.setStyleSheet(style_sheet(_base_size()))
        self.timer = QTimer(self)
        self.timer.setInterval(FOLLOW_EVERY_MS)
        self.timer.timeout.connect(self.follow_clock)
        self.timer.start()
        worker.changed.connect(self._on_changed)
        room = station_room(settings)
        if room in rooms.rooms(self.programme):
            self.choose_room(room)
        else:
            self.ask_room()

    @staticmethod
    def menu_title() -> str:
        return QCoreApplication.translate("RoomView", "&Room")

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
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
        self.search_field = SearchField()
        self.search_field.setPlaceholderText(self.tr("Scan a badge, or type a name"))
        self.live = LiveSearch(self.search_field, self.worker, "room-search", self._search_job,
                               self._on_results, self._no_query, self.enter, self._on_error)
        self.search_field.returnPressed.connect(self.enter)
        self.search_field.move.connect(self.move_selection)
        self.search_field.escape.connect(self.clear)

        self.model = RosterModel(self)
        self.walked_model = RosterModel(self)
        self.results_model = RosterModel(self)
        for model in (self.model, self.walked_model, self.results_model):
            model.tick_requested.connect(self.tick)
        self.table = _table(self.model, "roster")
        self.walked_table = _table(self.walked_model, "walkedOver")
        self.results = _table(self.results_model, "roomResults")
        self.results.doubleClicked.connect(lambda _: self.record_current())
        self.table.doubleClicked.connect(lambda i: self._record_row(self.model, i.row()))
        self.roster_label = QLabel(objectName="rosterLabel")
        self.walked_label = QLabel(objectName="rosterLabel")
        self.lists = QStackedWidget()
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.results)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.roster_label)
        left.addWidget(self.lists, 1)

        self.outcome = RoomOutcomeCard()
        self.outcome.undo_requested.connect(self.undo)
        self.outcome.admit_requested.connect(self.admit)
        self.outcome.show_ready()
        self.camera = CameraPanel(self.settings)
        self.camera.decoded.connect(self.scan)
        self.camera.setMinimumHeight(200)
        self.camera.hide()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.outcome)
        right.addWidget(self.camera, 1)
        right.addWidget(self.walked_label)
        right.addWidget(self.walked_table, 1)

        split = QHBoxLayout()
        split.addLayout(left, 11)
        split.addLayout(right, 9)
        self.hints = WrapLabel(objectName="hints")
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.header)
        layout.addWidget(self.search_field)
        layout.addLayout(split, 1)
        layout.addWidget(self.hints)

    def _actions(self) -> None:
        def action(text: str, keys: QKeySequence | str | None, slot: object) -> QAction:
            act = QAction(text, self)
            if keys is not None:
                act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act
        self.undo_action = action(self.tr("Undo the last recording"),
                                  QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self.focus_action = action(self.tr("Search"), "Ctrl+F", self.focus_search)
        self.camera_action = action(self.tr("Camera"), "F9", self.toggle_camera)
        self.camera_action.setCheckable(True)
        self.clock_action = action(self.tr("Session by the clock"), None, self.unpin)
        self.room_action = action(self.tr("Change the room of this station…"), None,
                                  self.ask_room)
        self.hints.setText("   ".join([
            self.tr("Enter: record"), self.tr("↑ ↓: choose"), self.tr("Esc: clear"),
            self.tr("Tick a name: present"), self.tr("Ctrl+Z: undo"),
            self.tr("Ctrl+F: search"), self.tr("F9: camera")]))
        if self.settings.camera_on:
            self.toggle_camera(True)

    def toggle_camera(self, on: bool | None = None) -> None:
        on = not self.camera.isVisible() if on is None or not isinstance(on, bool) else on
        self.camera_action.setChecked(on)
        self.settings.camera_on = on
        self.camera.switch(on)
        self.focus_search()

    def shutdown(self) -> None:
        self.timer.stop()
        self.camera.shutdown()

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
                           self._on_error, key="roster")

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
        self.roster_label.setText(self.tr("Registered: %1 — %2 present. Tick those who came.")
                                  .replace("%1", str(registered)).replace("%2", str(came)))
        walked = self.tr("Present without having registered: %1") if needs is not None \
            else self.tr("Present from another workshop (or no choice): %1")
        self.walked_label.setText(walked.replace("%1", str(len(roster.walked_over))))

    # -- searching ---------------------------------------------------------------------------

    def _no_query(self) -> None:
        self.results_model.set_lines([])
        self.lists.setCurrentWidget(self.table)

    def _search_job(self, query: str) -> Callable[[Event], list[RosterLine]]:
        code = self.code

        def job(event: Event) -> list[RosterLine]:
            found = event.search(query, SEARCH_LIMIT)
            return rooms.lines(event, code, found) if code else []
        return job

    def _on_results(self, _query: str, lines: list[RosterLine]) -> None:
        self._show_results(lines)

    def _show_results(self, lines: list[RosterLine]) -> None:
        self.results_model.set_lines(lines)
        self.lists.setCurrentWidget(self.results)
        if lines:
            select_row(self.results, 0)
        self.roster_label.setText(self.tr("Search: %1 found. Enter records the one chosen.")
                                  .replace("%1", str(len(lines))))

    def move_selection(self, step: int) -> None:
        if self.lists.currentWidget() is self.results:
            step_row(self.results, step)

    def current(self) -> Registration | None:
        if self.lists.currentWidget() is not self.results:
            return None
        line = self.results_model.line(self.results.currentIndex().row())
        return line.registration if line else None

    def clear(self) -> None:
        self.search_field.clear()
        self.focus_search()

    def focus_search(self) -> None:
        self.live.focus()

    # -- recording ---------------------------------------------------------------------------

    def enter(self) -> None:
        """Enter in the search field: record the person chosen, or read a typed code."""
        if self.live.defer_enter():
            return
        text = self.search_field.text().strip()
        if self.current() is not None:
            self.record_current()
        elif text and codes.names_a_badge(text):
            self.scan(text, typed=True)

    def record_current(self) -> None:
        reg = self.current()
        if reg is not None:
            self.record(reg)

    def scan(self, text: str, typed: bool = False) -> None:
        """A badge read by a scanner or the camera (or a code typed and confirmed)."""
        code = self.code
        if code is None:
            self.status_message.emit(self.tr("Choose the room of this station first."))
            return
        if not typed and not self.gate.accept(text):
            self.status_message.emit(self.tr("Same badge read again: ignored."))
            return
        self.worker.submit(lambda event: rooms.scan(event, code, text), self._on_outcome,
                           self._on_error)

    def record(self, reg: Registration, admit: bool = False) -> None:
        """Record attendance of someone chosen in a list (search, tick, or let in when full)."""
        code, reg_id = self.code, reg.id
        if code is None:
            return

        def job(event: Event) -> AttendanceResult:
            fresh = event.registration(reg_id)
            if fresh is None:
                return AttendanceResult(S.UNKNOWN, code)
            return rooms.attend(event, code, fresh, admit_when_full=admit)
        self.worker.submit(job, self._on_outcome, self._on_error)

    def _record_row(self, model: RosterModel, row: int) -> None:
        line = model.line(row)
        if line is not None and not line.present_at:
            self.record(line.registration)

    def tick(self, reg: Registration, present: bool) -> None:
        if present:
            self.record(reg)
        elif self.confirm(self.tr("Remove %1 from the people present?")
                          .replace("%1", reg.full_name or reg.code)):
            self._undo(reg)
        else:
            self.focus_search()

    def admit(self) -> None:
        result = self.outcome.result
        if result is not None and result.outcome is S.FULL and result.registration:
            self.record(result.registration, admit=True)

    def _on_outcome(self, result: AttendanceResult) -> None:
        if result.session != self.code:
            self.status_message.emit(self.tr("Recorded in session %1.")
                                     .replace("%1", result.session))
        self.outcome.show_attendance(result, self.programme)
        self._play(shown_state(result))
        if result.outcome is S.AMBIGUOUS:
            self.live.clear_silently()
            self.worker.submit(lambda event: rooms.lines(event, result.session,
                                                         list(result.candidates)),
                               self._show_results, self._on_error)
        if result.recorded and result.registration is not None:
            self.last = (result.session, result.registration)
            self.search_field.clear()
        self.focus_search()

    def undo(self) -> None:
        if self.last is None:
            self.status_message.emit(self.tr("Nothing to undo here."))
            self.focus_search()
            return
        self._undo(self.last[1], self.last[0])

    def _undo(self, reg: Registration, code: str | None = None) -> None:
        code = code or self.code
        if code is None:
            return
        reg_id = reg.id
        self.last = None

        def job(event: Event) -> bool:
            fresh = event.registration(reg_id)
            return fresh is not None and rooms.undo(event, code, fresh)

        def done(undone: bool) -> None:
            if undone:
                name = reg.full_name or reg.code
                self.outcome.show_undone_attendance(
                    f"{name} — {reg.organisation}" if reg.organisation else name)
                self._play(DeskState.UNDONE)
            self.focus_search()
        self.worker.submit(job, done, self._on_error)

    # -- keeping up to date ------------------------------------------------------------------

    def _on_changed(self, _subjects: set[str]) -> None:
        self.load_roster()
        if self.search_field.text().strip():
            self.live.refresh()

    def _on_error(self, exc: Exception) -> None:
        self.outcome.show_error(describe(exc))
        self._play(DeskState.ERROR)
        self.focus_search()

    def _play(self, state: str) -> None:
        sound = looks.ROOM_LOOKS[state].sound
        if sound:
            self.sounds.play(sound)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Undo attendance"), question)
        self.window().activateWindow()
        return answer == QMessageBox.StandardButton.Yes



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
    #roomButton {{ font-size: {base + 4}pt; padding: 10px 28px; min-width: 22em; }}
    #admitButton {{ font-size: {base + 1}pt; font-weight: bold; padding: 6px 14px; }}
    #followClock {{ padding: 4px 10px; }}
    """


def _table(model: RosterModel, name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def _fit_columns(table: QTableView) -> None:
    model = table.model()
    assert isinstance(model, RosterModel)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        stretch = column in (model.column(model.NAME), model.column(model.ORGANISATION),
                             model.column(model.NEEDS))
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
