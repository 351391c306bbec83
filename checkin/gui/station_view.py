"""The one check-in station: search, scan, outcome, undo. The desk and the workshop room
are two policies of it (`DeskView`, `RoomView`); a self check-in kiosk would be a third.

The mechanism, here, owns the search field and its live search, the duplicate-scan gate,
the camera, the outcome card, Undo, the shortcuts every station has (Ctrl+Z, Ctrl+F, F9),
the sounds and the focus, and it runs every read and write through the event's worker
(`worker.submit`, always with `on_error`). A policy says what these mean where it stands.

Adding a policy (say `KioskView`): subclass `StationView` and give it
- `search_key` (the worker key that supersedes its searches) and `make_card()` (a
  `StationCard` that words its results);
- `build()`: its page, laid out around `search_field`, `outcome`, `camera` and `hints`;
  call `station_actions(undo_text)` where its shortcuts go, and `set_hints(...)`;
- `search_job(query)`, `show_results(query, found)`, `no_query()`, and `results_view()`
  and `current()` (the list ↑ ↓ move in, and the person chosen in it, for Enter);
- `scan_job(text)` (None, having said why, when it cannot take a scan yet) and
  `choose_job(reg)` (or `choose(reg)` itself): the core call for a badge and for a person
  chosen; each job returns a result with `.registration` and `.candidates` (several
  people match: pick one);
- `show_outcome(result, note)` (returns the state whose sound plays),
  `show_candidates(result)`, and `undo_token(result)` (what Ctrl+Z undoes, None when
  nothing was recorded), `undo_job(token)` and `show_undone(shown)`;
- `on_changed(subjects)`: what to reload when the event changes, and
  `programme_changed(programme)`: what to show anew when the programme does.
Set the policy's own attributes before calling `StationView.__init__` (it calls `build`).
Then give it a mode in `MainWindow.show_mode`; scans reach it through
`MainWindow.on_scan` -> `scan(text)`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from checkin.core import codes
from checkin.core.event import Event
from checkin.core.journal import PROGRAMME_SUBJECT
from checkin.core.model import Registration
from checkin.core.programme import Programme
from checkin.gui.camera import CameraPanel
from checkin.gui.desk.outcomes import DeskState, Look
from checkin.gui.desk.search_field import SearchField
from checkin.gui.errors import describe
from checkin.gui.live_search import LiveSearch
from checkin.gui.scanner import DuplicateGate
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
from checkin.gui.station_card import StationCard
from checkin.gui.widgets import WrapLabel, step_row
from checkin.gui.worker import EventInfo, EventWorker

Job = Callable[[Event], Any]
translate = QCoreApplication.translate


def hint_line(hints: list[str]) -> str:
    """The keys' hints side by side, each kept whole: a narrow window breaks the line
    between two hints, never inside one ("Ctrl+P :" at the end of a line, "print the
    badge" alone on the next; "walk-" and "in"), so the label breaks no word itself."""
    whole = str.maketrans({" ": "\u00a0", "-": "\u2011"})  # no-break space and hyphen
    return "   ".join(hint.translate(whole) for hint in hints)


def _is_payload(text: str) -> bool:
    """A signed badge's text (a scanner's or the camera's read, never typed by hand)."""
    return codes.read_scan(text).kind is codes.ScanKind.PAYLOAD


class StationView(QWidget):
    status_message = Signal(str)
    search_key = "search"

    def __init__(self, worker: EventWorker, info: EventInfo, sounds: Sounds,
                 settings: Settings, parent: QWidget | None = None,
                 gate: DuplicateGate | None = None) -> None:
        super().__init__(parent)
        self.worker, self.info, self.sounds, self.settings = worker, info, sounds, settings
        self.gate = gate or DuplicateGate()
        self.last: Any = None  # what Ctrl+Z undoes: the policy's undo token
        self.code_typed = False  # the search field holds a code being read: clear it after
        self.search_field = SearchField()
        self.live = LiveSearch(self.search_field, worker, self.search_key, self.search_job,
                               self.show_results, self.no_query, self.enter, self.on_error)
        self.search_field.returnPressed.connect(self.enter)
        self.search_field.move_by.connect(self.move_selection)
        self.search_field.escape.connect(self.clear)
        self.outcome = self.make_card()
        self.outcome.undo_requested.connect(self.undo)
        self.camera = CameraPanel(settings)
        self.camera.decoded.connect(self.scan)
        self.camera.setMinimumHeight(200)
        self.camera.hide()
        self.hints = WrapLabel(objectName="hints", within_words=False)  # see hint_line
        self.hint_texts: list[str] = []
        self.build()
        if settings.camera_on:
            self.toggle_camera(True)
        worker.changed.connect(self._changed)

    # -- what a policy gives ---------------------------------------------------------------

    def make_card(self) -> StationCard:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def search_job(self, query: str) -> Job:
        raise NotImplementedError

    def show_results(self, query: str, found: Any) -> None:
        raise NotImplementedError

    def no_query(self) -> None:
        raise NotImplementedError

    def results_view(self) -> QAbstractItemView | None:
        raise NotImplementedError

    def current(self) -> Registration | None:
        raise NotImplementedError

    def scan_job(self, text: str) -> Job | None:
        raise NotImplementedError

    def choose_job(self, reg: Registration) -> Job:
        raise NotImplementedError

    def show_outcome(self, result: Any, note: str) -> str:
        raise NotImplementedError

    def show_candidates(self, result: Any) -> None:
        raise NotImplementedError

    def undo_token(self, result: Any) -> Any:
        raise NotImplementedError

    def undo_job(self, token: Any) -> Job:
        raise NotImplementedError

    def show_undone(self, shown: Any) -> None:
        raise NotImplementedError

    def on_changed(self, subjects: set[str]) -> None:
        raise NotImplementedError

    def programme_changed(self, programme: Programme) -> None:
        """The programme was edited here or merged from another station: show it now."""

    def can_undo(self) -> bool:
        """Whether Ctrl+Z may undo `last` now (the desk: only while its card shows it)."""
        return True

    def recorded(self, result: Any) -> None:
        """After a recording that Ctrl+Z could undo (the desk prints the badge)."""

    def _changed(self, subjects: set[str]) -> None:
        if PROGRAMME_SUBJECT in subjects:  # read before the policy reloads what it shows
            self.worker.submit(lambda event: event.programme, self._new_programme,
                               self.on_error)
        self.on_changed(subjects)

    def _new_programme(self, programme: Programme) -> None:
        self.info = dataclasses.replace(self.info, programme=programme)
        self.programme_changed(programme)

    # -- actions ---------------------------------------------------------------------------

    def add_action(self, text: str, keys: QKeySequence | str | None,
                   slot: Callable[..., object]) -> QAction:
        act = QAction(text, self)
        if keys is not None:
            act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def station_actions(self, undo_text: str) -> None:
        """Undo, Search and Camera, where the policy wants them among its own."""
        self.undo_action = self.add_action(
            undo_text, QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        self.focus_action = self.add_action(translate("StationView", "Search"), "Ctrl+F",
                                            self.focus_search)
        self.camera_action = self.add_action(translate("StationView", "Camera"), "F9",
                                             self.toggle_camera)
        self.camera_action.setCheckable(True)

    def set_hints(self, hints: list[str]) -> None:
        self.hint_texts = list(hints)
        self.hints.setText(hint_line(hints))

    def add_hint(self, hint: str) -> None:
        self.set_hints([*self.hint_texts, hint])

    def toggle_camera(self, on: bool | None = None) -> None:
        on = not self.camera.isVisible() if on is None or not isinstance(on, bool) else on
        self.camera_action.setChecked(on)
        self.settings.camera_on = on
        self.camera.switch(on)
        self.focus_search()

    def shutdown(self) -> None:
        self.camera.shutdown()

    # -- searching -------------------------------------------------------------------------

    def move_selection(self, step: int) -> None:
        view = self.results_view()
        if view is not None:
            step_row(view, step)

    def clear(self) -> None:
        self.search_field.clear()
        self.focus_search()

    def focus_search(self) -> None:
        self.live.focus()

    def say(self, message: str) -> None:
        self.status_message.emit(message)

    # -- recording -------------------------------------------------------------------------

    def enter(self) -> None:
        """Enter in the search field: record the person chosen, or read a typed code."""
        if self.live.defer_enter():
            return
        text = self.search_field.text().strip()
        if _is_payload(text):  # a badge's whole text: a read, even if a search lists them
            self.scan(text, typed=True)
        elif self.current() is not None:
            self.choose_current()
        elif text and codes.names_a_badge(text):
            self.scan(text, typed=True)

    def choose_current(self) -> None:
        reg = self.current()
        if reg is not None:
            self.choose(reg)

    def choose(self, reg: Registration) -> None:
        self.worker.submit(self.choose_job(reg), self.on_outcome, self.on_error)

    def scan(self, text: str, typed: bool = False) -> None:
        """A badge read by a scanner or the camera (or a code typed and confirmed)."""
        text, typed = self._whole_read(text, typed)
        job = self.scan_job(text)
        if job is None:
            return
        # A signed badge's text is read by a scanner or the camera, never typed by hand:
        # one that reached the search field (a burst a stall split into "typing", then
        # Enter) is a read of the badge all the same, seen and recorded by the gate; a
        # read again at once then leaves the first read's outcome on the card.
        if (not typed or _is_payload(text)) and not self.gate.accept(text):
            self.say(translate("StationView", "Same badge read again: ignored."))
            return
        self.code_typed = typed
        self.worker.submit(job, self.on_outcome, self.on_error)

    def _whole_read(self, text: str, typed: bool) -> tuple[str, bool]:
        """A scanner's burst split by a stall of the machine (x_rush under load): its
        start went to the search field as typing, the rest came as a scan that reads as
        nothing. When the two make a badge's text, that is the read (the field is then
        cleared as after a code typed); the signature is checked as for any scan."""
        start = self.search_field.text().strip()
        if (typed or not start or codes.read_scan(text).kind is not codes.ScanKind.GARBAGE
                or not _is_payload(start + text)):
            return text, typed
        return start + text, True

    def on_outcome(self, result: Any, note: str = "") -> None:
        self.play(self.show_outcome(result, note))
        if result.candidates:  # several people match: the list is theirs
            self.live.clear_silently()
            self.show_candidates(result)
        token = self.undo_token(result)
        if token is not None:
            self.last = token
            self.recorded(result)
            self.search_field.clear()
        elif self.code_typed or self._typed_code_of(result.registration):
            self.search_field.clear()  # a code typed and read: it is no search any more
        self.code_typed = False
        self.focus_search()

    def _typed_code_of(self, reg: Registration | None) -> bool:
        return reg is not None and self.search_field.text().strip().upper() == reg.code

    def undo(self) -> None:
        if self.last is None or not self.can_undo():
            self.say(translate("StationView", "Nothing to undo here."))
            self.focus_search()
            return
        self.undo_now(self.last)

    def undo_now(self, token: Any) -> None:
        self.last = None
        self.worker.submit(self.undo_job(token), self._undone, self.on_error)

    def _undone(self, shown: Any) -> None:
        if shown is not None:
            self.show_undone(shown)
            self.play(DeskState.UNDONE)
        self.focus_search()

    def on_error(self, exc: Exception) -> None:
        self.outcome.show_error(describe(exc))
        self.play(DeskState.ERROR)
        self.focus_search()

    @property
    def looks(self) -> Mapping[str, Look]:
        return self.outcome.state_looks

    def play(self, state: str) -> None:
        sound = self.looks[state].sound
        if sound:
            self.sounds.play(sound)
