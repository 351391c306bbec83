"""The self check-in kiosk: the station's third policy, for visitors on their own.

The search, scans (scanner capture and camera), outcome, undo and badge printing are the
station's and the desk's; the kiosk changes what the visitor sees and may do:
- one big card: "Scan your ticket", then the outcome, which clears itself after
  `clear_ms` (and with it the search and what "This is not me" would undo);
- the camera always on, or a word to use the scanner when there is none;
- "I don't have my ticket": a search of at least three letters listing a few names and
  organisations (`core.kiosk`), the person touched (or chosen with Enter) checked in;
- no keyboard shortcuts at all; leaving asks the organiser's PIN (`leave_requested`:
  the main window asks it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core import kiosk, reception
from checkin.core.kiosk import Found, KioskSearch
from checkin.core.model import Registration
from checkin.core.reception import Outcome, ScanResult
from checkin.gui.app import base_point_size
from checkin.gui.desk.jobs import check_in_job, undo_check_in_job
from checkin.gui.kiosk.card import KioskCard
from checkin.gui.person_rows import PersonRows, RegistrationRole
from checkin.gui.printing import BadgePrinter, load_target
from checkin.gui.scanner import DuplicateGate
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
from checkin.gui.station_card import person_line
from checkin.gui.station_view import Job, StationView
from checkin.gui.widgets import WrapLabel, no_focus, select_row
from checkin.gui.worker import EventInfo, EventWorker

CLEAR_MS = 6000  # an outcome stays this long, then the kiosk is ready for the next one
IDLE_MS = 60_000  # a search left alone this long is closed (the visitor walked away)


def style(base: int) -> str:
    """Type for reading from a step away: a multiple of the app's size for this screen."""
    def pt(times: float) -> str:
        return f"font-size: {round(base * times)}pt;"
    return f"""
#kiosk #eventTitle {{ {pt(1.8)} font-weight: bold; color: #33415c; }}
#kiosk #outcomeTitle {{ {pt(3.6)} font-weight: bold; }}
#kiosk #outcomePerson {{ {pt(2.4)} font-weight: bold; }}
#kiosk #outcomeDetail {{ {pt(1.6)} }}
#kiosk #undoButton {{ {pt(1.4)} padding: 10px 22px; }}
#kiosk #noTicketButton {{ {pt(1.8)} font-weight: bold; padding: 14px 24px; }}
#kiosk #searchField {{ {pt(2.2)} }}
#kiosk #kioskResults {{ {pt(1.8)} }}
#kiosk #kioskFound {{ {pt(1.4)} color: #33415c; }}
#kiosk #noCamera {{ {pt(2)} color: #33415c; }}
#kiosk #backButton {{ {pt(1.4)} padding: 8px 18px; }}
#kiosk #organiserButton {{ color: #777; border: none; }}
"""


class KioskView(StationView):
    search_key = "kiosk-search"
    leave_requested = Signal()

    outcome: KioskCard

    def __init__(self, worker: EventWorker, info: EventInfo, sounds: Sounds,
                 settings: Settings, parent: QWidget | None = None,
                 gate: DuplicateGate | None = None) -> None:
        self.clear_ms, self.idle_ms = CLEAR_MS, IDLE_MS
        super().__init__(worker, info, sounds, settings, parent, gate)
        self.setObjectName("kiosk")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the focus when no field is shown
        screen = QGuiApplication.primaryScreen()
        self.setStyleSheet(style(base_point_size(
            screen.geometry().height() if screen else 768)))
        self.printer = BadgePrinter(worker, lambda: load_target(settings), self)
        self.printer.failed.connect(self._not_printed)
        QTimer.singleShot(0, self.printer.warm_up)  # the first visitor's badge prints warm
        self.camera.switch(True)  # always filming; without a camera, a word on the scanner

    def make_card(self) -> KioskCard:
        return KioskCard()

    # -- layout ------------------------------------------------------------------------------

    def build(self) -> None:
        self.camera_action = QAction(self)  # unused: the kiosk's camera is always on
        self.camera_action.setCheckable(True)
        self.camera.no_camera.setText(self.tr("Hold your ticket's QR code under the scanner."))
        self.camera.setMinimumHeight(240)
        title = WrapLabel(objectName="eventTitle")
        title.setText(self.info.title)
        self.organiser_button = no_focus(QPushButton(self.tr("Organiser"),
                                                     objectName="organiserButton"))
        self.organiser_button.clicked.connect(self.leave_requested)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.organiser_button, 0, Qt.AlignmentFlag.AlignTop)

        self.no_ticket = no_focus(QPushButton(self.tr("I don't have my ticket"),
                                              objectName="noTicketButton"))
        self.no_ticket.clicked.connect(self.open_search)
        self.search_panel = self._search_panel()
        right = QVBoxLayout()
        right.addWidget(self.no_ticket)
        right.addWidget(self.search_panel, 1)
        right.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.camera, 5)
        bottom.addSpacing(16)
        bottom.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.outcome)
        layout.addLayout(bottom, 1)

        self.clear_timer = self._timer(self.reset)
        self.idle_timer = self._timer(self.close_search)
        self.search_field.textEdited.connect(lambda _: self.idle_timer.start(self.idle_ms))

    def _timer(self, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    def _search_panel(self) -> QWidget:
        self.search_field.setPlaceholderText(self.tr("Your name"))
        self.found = WrapLabel(objectName="kioskFound")
        self.results = no_focus(QListWidget(objectName="kioskResults"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setItemDelegate(PersonRows(self.results))  # name, organisation: whole
        self.results.itemClicked.connect(lambda item: self.choose(item.data(RegistrationRole)))
        back = no_focus(QPushButton(self.tr("Back"), objectName="backButton"))
        back.clicked.connect(self.close_search)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.found)
        layout.addWidget(self.results, 1)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        panel.hide()
        return panel

    # -- "I don't have my ticket" ------------------------------------------------------------

    def open_search(self) -> None:
        self.clear_timer.stop()
        self.outcome.show_ready()
        self.outcome.hide()  # "Scan your ticket" while typing a name: room for six names;
        # any outcome shows it again (KioskCard._show)
        self.no_ticket.hide()
        self.search_panel.show()
        self.no_query()
        self.idle_timer.start(self.idle_ms)
        self.focus_search()

    def close_search(self) -> None:
        self.idle_timer.stop()
        self.live.clear_silently()
        self.results.clear()
        self.search_panel.hide()
        self.no_ticket.show()
        self.outcome.show()

    def search_job(self, query: str) -> Job:
        return lambda event: kiosk.search(event, query)

    def no_query(self) -> None:
        self.results.clear()
        self.found.setText(self.tr("Type at least %1 letters of your name.")
                           .replace("%1", str(kiosk.MIN_LETTERS)))

    def show_results(self, query: str, found: KioskSearch) -> None:
        if found.found is Found.TOO_SHORT:
            self.no_query()
            return
        self.list_people(found.people)
        self.found.setText({
            Found.NOBODY: self.tr("Nobody by that name: check the spelling, or go to the"
                                  " reception desk."),
            Found.PEOPLE: self.tr("Touch your name."),
            Found.TOO_MANY: self.tr("Touch your name, or type more of it."),
        }[found.found])

    def list_people(self, people: tuple[Registration, ...]) -> None:
        self.results.clear()
        for reg in people:
            item = QListWidgetItem(person_line(reg))
            item.setData(RegistrationRole, reg)
            self.results.addItem(item)
        if people:
            select_row(self.results, 0)

    def results_view(self) -> QAbstractItemView:
        return self.results

    def current(self) -> Registration | None:
        item = self.results.currentItem()
        reg: Registration | None = item.data(RegistrationRole) if item is not None else None
        return reg

    def focus_search(self) -> None:
        if self.search_panel.isVisible():
            super().focus_search()
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # keys go nowhere; scans still do

    # -- recording ---------------------------------------------------------------------------

    def scan_job(self, text: str) -> Job:
        return lambda event: reception.scan(event, text)

    def choose_job(self, reg: Registration) -> Job:
        return check_in_job(reg.id)

    def show_outcome(self, result: ScanResult, note: str) -> str:
        self.outcome.show_result(result, note)
        if not result.candidates:
            self.close_search()
            self.clear_timer.start(self.clear_ms)
        return result.outcome

    def show_candidates(self, result: ScanResult) -> None:
        """One code, several people (a shared ticket): they pick their own name."""
        self.clear_timer.stop()
        self.open_search()
        self.outcome.show_result(result)
        self.list_people(tuple(kiosk.shown(r) for r in result.candidates))
        self.found.setText(self.tr("Touch your name."))

    def undo_token(self, result: ScanResult) -> Registration | None:
        return result.registration if result.outcome is Outcome.CHECKED_IN else None

    def can_undo(self) -> bool:
        return self.outcome.state == Outcome.CHECKED_IN

    def recorded(self, result: ScanResult) -> None:
        """The badge, when this station has a printer: never a second one."""
        reg = result.registration
        if reg is not None and load_target(self.settings) is not None:
            self.printer.request(reg, self, if_printed="skip")
            self.outcome.add_line(self.tr("Your badge is being printed."))

    def _not_printed(self, message: str) -> None:
        self.say(message)
        if self.outcome.state == Outcome.CHECKED_IN:
            self.outcome.add_line(self.tr("Your badge could not be printed: it will be"
                                          " handed to you at the reception desk."))

    def undo_job(self, reg: Registration) -> Job:
        return undo_check_in_job(reg.id)

    def show_undone(self, fresh: Registration) -> None:
        self.outcome.show_undone(fresh)
        self.clear_timer.start(self.clear_ms)

    def reset(self) -> None:
        """Ready for the next visitor: nothing of the last one is left to see or undo."""
        self.last = None
        self.close_search()
        self.outcome.show_ready()

    def toggle_camera(self, on: bool | None = None) -> None:
        """The kiosk's camera is always on (switched on once, when the kiosk opens)."""

    def on_changed(self, subjects: set[str]) -> None:
        """Nothing shown stays long enough to need reloading."""
