"""The main window: the start screen or the open event in this station's mode."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin import __version__
from checkin.core.event import Clock, Event, local_now
from checkin.core.pin import PinGuard
from checkin.gui.app import base_point_size
from checkin.gui.desk.badge_printing import printer_settings_action
from checkin.gui.desk.view import DeskView
from checkin.gui.file_dialogs import FileDialogs
from checkin.gui.kiosk.lock import KioskLock
from checkin.gui.logging_setup import log_folder
from checkin.gui.scanner import DuplicateGate, ScanCapture
from checkin.gui.settings import Mode, Settings
from checkin.gui.sounds import Sounds
from checkin.gui.station_view import StationView
from checkin.gui.stations.menu import SyncMenu
from checkin.gui.worker import EventInfo, EventWorker

if TYPE_CHECKING:  # the other modes' pages and dialogs load when first shown, not at start
    from checkin.gui.kiosk.view import KioskView
    from checkin.gui.room.view import RoomView
    from checkin.gui.start_screen import StartScreen

Opener = Callable[[Path], Event]
# The smallest window whose every word still fits (tests/gui/test_fit.py): a 1280x720
# laptop's screen less its panel and the window's title bar.
MINIMUM = QSize(1024, 620)
log = logging.getLogger(__name__)


LAPTOP = QSize(1366, 768)  # the screen every page is laid out for first (tests/gui/test_fit)


def first_size(free: QSize) -> QSize | None:
    """The window's size the first time, on a screen with `free` room: a laptop's screen
    at this screen's type size (the type grows with the screen: `app.base_point_size`),
    so a page holds what it holds on a laptop; None where that would fill the screen
    (then maximised). A fixed 1440 × 900 at the 15 pt of a 1920 × 1080 screen was a
    laptop's 1056 × 660: the room's list cut the names."""
    scale = base_point_size(free.height()) / base_point_size(LAPTOP.height() - 30)  # panel
    size = LAPTOP * scale
    return size if size.width() < free.width() and size.height() < free.height() else None


def demo_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)) / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"demo-{dt.datetime.now():%Y%m%d-%H%M%S}.checkin"


class MainWindow(QMainWindow):
    event_ready = Signal(bool)  # an event opened (True) or failed to (False)

    def __init__(self, settings: Settings, sounds: Sounds | None = None,
                 capture: ScanCapture | None = None, now: Clock = local_now,
                 start_screen: bool = True) -> None:
        """`start_screen`: False where an event is opened at once (the app given one): its
        page is then the first shown, the start screen built only when needed."""
        super().__init__()
        self.settings = settings
        self.now = now  # the wall clock of the events opened here (tests fix it)
        self.sounds = sounds or Sounds(settings.volume)
        self.sounds.set_volume(settings.volume)
        self.worker: EventWorker | None = None
        self.info: EventInfo | None = None
        self.desk: DeskView | None = None
        self.room: RoomView | None = None
        self.kiosk: KioskView | None = None
        self.kiosk_lock = KioskLock(self)
        self.pin_guard: PinGuard | None = None  # one per kiosk: wrong tries add up
        self.may_close = False  # the PIN was given to close the kiosk's window
        self.mode_page: QWidget | None = None
        self.capture = capture or ScanCapture(self)
        self.capture.scanned.connect(self.on_scan)
        self._listening = False
        self._closing = False  # shut down: a filter pending for a page is not installed
        if start_screen:
            self._listen_for_scans()

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start: StartScreen | None = None  # see `start`
        if start_screen:
            self.stack.setCurrentWidget(self.start)
        self.mode_label = QLabel()
        self.statusBar().addPermanentWidget(self.mode_label)
        self._menus()
        self._show_title()
        self.setMinimumSize(MINIMUM)

    def _listen_for_scans(self) -> None:
        """Scans are read from every key of the application: `capture` filters all its
        events. Python is then handed each event's object, and the first object of each
        Qt class costs PySide that class's setup (its enums, in Python): when the app
        opens an event at launch, the filter is installed once its page is shown (see
        `_opened`), not while the desk's widgets are built (the camera panel's alone took
        57-107 ms with it, 5-6 ms without: docs/performance.md). Meanwhile, no page takes
        a scan."""
        app = QApplication.instance()
        if app is not None and not self._listening and not self._closing:
            app.installEventFilter(self.capture)
            self._listening = True

    @property
    def start(self) -> StartScreen:
        """The start screen, built the first time it is needed: an event opened at launch
        shows its page without building it, nor loading its modules."""
        if self._start is None:
            from checkin.gui.start_screen import StartScreen
            start = StartScreen(self.settings.recent_events(), FileDialogs(self.settings))
            start.open_requested.connect(self.open_event)
            start.new_requested.connect(self.new_event)
            start.demo_requested.connect(self.open_demo)
            self.stack.insertWidget(0, start)
            self._start = start
        return self._start

    # -- menus -------------------------------------------------------------------------------

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._add(file, self.tr("&Open an event…"), self.choose_event,
                  QKeySequence.StandardKey.Open)
        self._add(file, self.tr("&Create an event…"), self.new_event, "Ctrl+Shift+N")
        self._add(file, self.tr("Open the &demo event"), self.open_demo)
        self.close_action = self._add(file, self.tr("C&lose the event"), self.close_event_file)
        file.addSeparator()
        self._add(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        mode_menu = bar.addMenu(self.tr("&Mode"))
        self.mode_actions: dict[Mode, QAction] = {}
        group = QActionGroup(self)
        for mode in Mode:
            act = QAction(self.mode_name(mode) + "…", self, checkable=True)
            act.triggered.connect(lambda _=False, m=mode: self.ask_mode(m))
            group.addAction(act)
            mode_menu.addAction(act)
            self.mode_actions[mode] = act
        self.mode_actions[self.settings.mode].setChecked(True)

        desk = bar.addMenu(self.tr("&Desk"))
        self.desk_menu = desk
        self.room_menu = bar.addMenu("")  # titled by the room's page (RoomView.menu_title)
        self.room_menu.menuAction().setVisible(False)

        self.sync_menu = SyncMenu(self)  # bundles, shared folder, clones
        bar.addMenu(self.sync_menu)
        prefs = bar.addMenu(self.tr("&Settings"))
        lang = prefs.addMenu(self.tr("&Language"))
        for code, name in (("fr", "Français"), ("en", "English")):
            act = QAction(name, self, checkable=True, checked=self.settings.language == code)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            lang.addAction(act)
        self._add(prefs, self.tr("Sound &volume…"), self.ask_volume)
        prefs.addAction(printer_settings_action(self, self.settings))
        self.kiosk_pin_action = self._add(prefs, self.tr("&Kiosk PIN…"), self.set_kiosk_pin)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                  QKeySequence.StandardKey.HelpContents)
        self._add(help_menu, self.tr("Open the &log folder"), self.open_log_folder)
        self._add(help_menu, self.tr("&About checkin"), self.show_about)

    def _add(self, menu: QWidget, text: str, slot: Callable[[], object],
             keys: QKeySequence.StandardKey | str | None = None) -> QAction:
        act = QAction(text, self)
        if keys is not None:
            act.setShortcut(QKeySequence(keys))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    @staticmethod
    def mode_name(mode: Mode) -> str:
        from PySide6.QtCore import QCoreApplication
        translate = QCoreApplication.translate
        return {Mode.RECEPTION: translate("Mode", "Reception"),
                Mode.WORKSHOP: translate("Mode", "Workshop room"),
                Mode.ORGANISER: translate("Mode", "Organiser"),
                Mode.KIOSK: translate("Mode", "Kiosk")}[mode]

    # -- events ------------------------------------------------------------------------------

    def choose_event(self) -> None:
        self.start.choose_file()

    def open_demo(self) -> None:
        from checkin.core.demo import create_demo
        now = self.now
        self.open_event(demo_path(), opener=lambda p: create_demo(p, now=now))

    def new_event(self) -> None:
        from checkin.gui.new_event import NewEventDialog
        dialog = NewEventDialog(self, FileDialogs(self.settings))
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return
        chosen = FileDialogs(self.settings).save_file(
            self, self.tr("Save the new event as"), "event.checkin",
            self.tr("Event files (*.checkin)"))
        if chosen:
            name = str(chosen)
            path = Path(name if name.endswith(".checkin") else name + ".checkin")
            self.open_event(path, opener=dialog.opener())

    def open_event(self, path: Path, opener: Opener | None = None,
                   opening: EventWorker | None = None) -> None:
        """Open (or create with `opener`) an event in its own thread, then show it.
        `opening`: a worker already opening `path` (started with the app, see app.run)."""
        if self.worker is not None or self._start is not None:
            self.close_event_file()  # at launch, no start screen is built to be shown
            self.start.show_message("")
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(path)))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker = opening or EventWorker(self)
        worker.setParent(self)
        # connected before the event loop runs: an opening worker cannot have answered yet
        worker.opened.connect(self._opened)
        worker.failed.connect(self._open_failed)
        worker.damaged.connect(self._found_damaged)
        self.worker = worker
        if opening is not None:
            return
        now = self.now
        # The full integrity check runs once the desk is shown (EventWorker._after_shown).
        worker.open(path, opener or (lambda p: Event.open(p, now=now, full_check=False)))

    def _opened(self, info: EventInfo) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.info = info
        log.info("opened %s as station %r", info.path, info.station_name)
        self.settings.add_recent(info.path)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(info.path)), 5000)
        self.show_mode()
        self.sync_menu.attach()  # a copy from another laptop first gets its own station
        QTimer.singleShot(0, self._listen_for_scans)  # after the page's first paint
        self.event_ready.emit(True)

    def _open_failed(self, message: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        log.warning("could not open an event: %s", message)
        self.statusBar().clearMessage()
        if self.worker is not None:
            self.worker.close()
            self.worker.deleteLater()
            self.worker = None
        self.stack.setCurrentWidget(self.start)
        self.start.show_message(message)
        self.start.focus()
        self._listen_for_scans()
        self.event_ready.emit(False)

    def _found_damaged(self, message: str) -> None:
        """The full check after opening found damage: back to the start screen, as a file
        refused at opening, before anything more is recorded into it."""
        self.close_event_file()
        self.start.show_message(message)
        self.start.focus()

    def close_event_file(self) -> None:
        self._close_open_event()
        self.start.set_recent(self.settings.recent_events())
        self.stack.setCurrentWidget(self.start)
        self._show_title()

    def _close_open_event(self) -> None:
        self.sync_menu.detach()
        self._drop_mode_page()
        if self.worker is not None:
            self.worker.close()
            self.worker.deleteLater()
            self.worker = None
        self.info = None
        self.desk_menu.clear()

    def shutdown(self) -> None:
        self._close_open_event()  # the window is going: no start screen shown after it
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.capture)
        self._closing = True
        self.capture.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk is not None and not self.may_close:
            event.ignore()  # a visitor cannot close the kiosk: the organiser can
            self.ask_pin(self.tr("The organiser's PIN, to close checkin."), self._close_kiosk)
            return
        self.settings.window_geometry = self.saveGeometry()
        self.shutdown()
        super().closeEvent(event)

    # -- modes -------------------------------------------------------------------------------

    def ask_mode(self, mode: Mode) -> None:
        """Switching mode is one deliberate action: it is confirmed."""
        if mode == self.settings.mode:
            return
        answer = QMessageBox.question(
            self, self.tr("Change mode"),
            self.tr("Switch this station to the “%1” mode?").replace("%1", self.mode_name(mode)))
        if answer == QMessageBox.StandardButton.Yes and mode is Mode.KIOSK:
            self.enter_kiosk()
        elif answer == QMessageBox.StandardButton.Yes:
            self.set_mode(mode)
        else:
            self.mode_actions[self.settings.mode].setChecked(True)

    def set_mode(self, mode: Mode) -> None:
        if mode is Mode.KIOSK and self.settings.mode is not Mode.KIOSK:
            self.settings.before_kiosk = self.settings.mode
        self.settings.mode = mode
        self.mode_actions[mode].setChecked(True)
        if self.info is not None:
            self.show_mode()
        self._show_title()

    def _drop_mode_page(self) -> None:
        """Shut down and remove the page of the current mode, if any."""
        if isinstance(self.mode_page, StationView):
            self.mode_page.shutdown()
        if self.room is not None:
            self.room_menu.clear()
            self.room_menu.menuAction().setVisible(False)
        self.kiosk_lock.release()
        if self.mode_page is not None:
            self.stack.removeWidget(self.mode_page)
            self.mode_page.deleteLater()
        self.mode_page = self.desk = self.room = self.kiosk = None

    def show_mode(self) -> None:
        assert self.worker is not None and self.info is not None
        self._drop_mode_page()
        self.desk_menu.clear()
        if self.settings.mode is Mode.KIOSK and not self.settings.kiosk_pin:
            self.settings.mode = Mode.RECEPTION  # a kiosk nobody could leave: never
        mode = self.settings.mode
        if mode is Mode.RECEPTION:
            gate = DuplicateGate(clock=self.capture.clock)
            self.desk = DeskView(self.worker, self.info, self.sounds, self.settings,
                                 gate=gate)
            self.desk.status_message.connect(lambda m: self.statusBar().showMessage(m, 5000))
            for act in self.desk.actions():
                self.desk_menu.addAction(act)
            self.mode_page = self.desk
        elif mode is Mode.WORKSHOP:
            from checkin.gui.room.view import RoomView
            self.room = RoomView(self.worker, self.info, self.sounds, self.settings, self.now,
                                 gate=DuplicateGate(clock=self.capture.clock))
            self.room.status_message.connect(lambda m: self.statusBar().showMessage(m, 5000))
            self.room_menu.setTitle(RoomView.menu_title())
            self.room_menu.addActions(self.room.actions())
            self.room_menu.menuAction().setVisible(True)
            self.mode_page = self.room
        elif mode is Mode.KIOSK:
            from checkin.gui.kiosk.view import KioskView
            self.kiosk = KioskView(self.worker, self.info, self.sounds, self.settings,
                                   gate=DuplicateGate(clock=self.capture.clock))
            self.kiosk.leave_requested.connect(self.leave_kiosk)
            self.pin_guard = PinGuard(self.settings.kiosk_pin)
            self.mode_page = self.kiosk
        elif mode is Mode.ORGANISER:
            from checkin.gui.organiser.page import OrganiserPage
            self.mode_page = OrganiserPage(self.worker, self.info, self.settings)
            self.menuBar().insertMenu(self.desk_menu.menuAction(), self.mode_page.menu)
        else:
            self.mode_page = self._placeholder(mode)
        self.desk_menu.menuAction().setVisible(self.desk is not None)  # a menu per mode
        self.stack.addWidget(self.mode_page)
        self.stack.setCurrentWidget(self.mode_page)
        if self.kiosk is not None:
            self.kiosk_lock.engage()
        self._show_title()
        if isinstance(self.mode_page, StationView):
            self.mode_page.focus_search()

    # -- the kiosk ---------------------------------------------------------------------------

    def enter_kiosk(self) -> None:
        """Into the kiosk, the organiser's PIN set first if this station has none."""
        if self.settings.kiosk_pin:
            self.set_mode(Mode.KIOSK)
            return
        from checkin.gui.kiosk.pin_dialog import NewPinDialog
        dialog = NewPinDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.set_mode(Mode.KIOSK))
        dialog.rejected.connect(lambda: self.mode_actions[self.settings.mode].setChecked(True))
        dialog.open()

    def set_kiosk_pin(self) -> None:
        from checkin.gui.kiosk.pin_dialog import NewPinDialog
        NewPinDialog(self.settings, self).open()

    def ask_pin(self, reason: str, then: Callable[[], object]) -> None:
        """The organiser's PIN, asked above the kiosk; `then` once it is right."""
        from checkin.gui.kiosk.pin_dialog import PinDialog
        guard = self.pin_guard or PinGuard(self.settings.kiosk_pin)
        dialog = PinDialog(guard, reason, self)
        dialog.accepted.connect(then)
        dialog.open()

    def leave_kiosk(self) -> None:
        self.ask_pin(self.tr("The organiser's PIN, to leave the kiosk or change a setting."),
                     lambda: self.set_mode(self.settings.before_kiosk))

    def _close_kiosk(self) -> None:
        self.may_close = True
        self.close()

    def _placeholder(self, mode: Mode) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(self.tr("The “%1” screen is not part of this version yet.\n"
                               "Use the Mode menu to go back to Reception.")
                       .replace("%1", self.mode_name(mode)), objectName="modeBanner")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        return page

    def _show_title(self) -> None:
        self.kiosk_pin_action.setVisible(self.settings.mode is Mode.ORGANISER)
        mode = self.mode_name(self.settings.mode)
        self.mode_label.setText(self.tr("Mode: %1").replace("%1", mode))
        title = f"{self.info.short} — {mode}" if self.info else "checkin"
        self.setWindowTitle(title)

    # -- scans and settings ------------------------------------------------------------------

    def on_scan(self, text: str) -> None:
        """A scan goes to the station on screen, whatever has the focus. With a dialog,
        message box or menu open, it is processed on the station behind (outcome card
        and sound) and the open window keeps what was typed in it: the status bar says
        so, for the outcome may be partly hidden."""
        station = self._station()
        if station is None:
            self.statusBar().showMessage(self.tr("A badge was scanned, but no reception desk"
                                                 " is open here."), 5000)
            return
        if QApplication.activeModalWidget() or QApplication.activePopupWidget():
            self.statusBar().showMessage(QCoreApplication.translate(
                "Scanning", "Badge scanned while a window was open: it was read on the"
                            " station behind it; the window was left as it was."), 10000)
        station.scan(text)

    def _station(self) -> StationView | None:
        """The station on screen (desk, room…), if any."""
        current = self.stack.currentWidget()
        return current if isinstance(current, StationView) else None

    def set_language(self, code: str) -> None:
        self.settings.language = code
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The language will change the next time checkin"
                                        " starts."))

    def ask_volume(self) -> None:
        value, ok = QInputDialog.getInt(self, self.tr("Sound volume"),
                                        self.tr("Volume (0 = silent):"),
                                        self.settings.volume, 0, 100, 10)
        if ok:
            self.settings.volume = value
            self.sounds.set_volume(value)
            self.sounds.play("checked_in")

    def show_shortcuts(self) -> None:
        lines = [f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t{a.text()}"
                 for a in (self.mode_page.actions() if self.mode_page else [])
                 if not a.shortcut().isEmpty()]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "\n".join(
            [self.tr("Type a name, ↑ ↓ to choose, Enter to check in; scanning works anywhere."),
             "", *lines]))

    def open_log_folder(self) -> None:
        """Where support starts: the folder of checkin.log, in the file manager."""
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About checkin"), self.tr(
            "<b>checkin %1</b><br>Reception desk and workshop attendance, offline.<br><br>"
            "The log is in %2").replace("%1", __version__)
            .replace("%2", html.escape(str(log_folder()))))

    def show_fitted(self) -> None:
        """As it was when it last closed; the first time, maximised on a laptop's screen
        and a comfortable size on a large one (`first_size`)."""
        if self.restoreGeometry(self.settings.window_geometry):
            self.show()
            return
        screen = QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen else None
        size = first_size(free.size()) if free is not None else None
        if free is None or size is None:
            if free is not None:  # filled even where nothing maximises (no window manager)
                self.setGeometry(free)
            self.showMaximized()
        else:
            self.resize(size)
            self.move(free.center() - self.rect().center())
            self.show()
