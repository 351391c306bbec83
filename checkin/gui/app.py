"""The application: QApplication, translations, style, and `run()` called by the CLI."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QLoggingCategory, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from checkin.gui.garbage import collect_on_gui_thread
from checkin.gui.logging_setup import setup_logging
from checkin.gui.settings import Settings
from checkin.resources import resource

if TYPE_CHECKING:
    from checkin.gui.main_window import MainWindow
    from checkin.gui.worker import EventWorker

LANGUAGES = ("fr", "en")


# QtMultimedia probes for VA-API and PipeWire at start and logs each library it lacks:
# harmless on laptops without them, alarming in a terminal. QT_LOGGING_RULES still wins.
QUIET_PROBES = ("qt.multimedia.symbolsresolver=false\n"
                "qt.multimedia.ffmpeg.info=false")


def make_app(argv: list[str] | None = None) -> QApplication:
    if "QT_LOGGING_RULES" not in os.environ:
        QLoggingCategory.setFilterRules(QUIET_PROBES)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("checkin")
    app.setApplicationName("checkin")
    app.setApplicationDisplayName("checkin")
    collect_on_gui_thread(app)
    return app


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """French first: our own strings and Qt's standard dialogs; English is the source text."""
    for old in getattr(app, "_checkin_translators", []):
        app.removeTranslator(old)
    loaded: list[QTranslator] = []
    language = language if language in LANGUAGES else "fr"
    if language == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = resource("translations")  # one file per area: checkin_fr, room_fr, ...
        catalogues = [("qtbase_fr", qt_dir), ("qtmultimedia_fr", qt_dir)] + [
            (qm.stem, str(ours)) for qm in sorted(ours.glob("*_fr.qm"))]
        for name, folder in catalogues:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                loaded.append(translator)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        plurals = QTranslator(app)  # "1 place", "50 places" for the source's "place(s)"
        if plurals.load("plurals_en", str(resource("translations"))):
            app.installTranslator(plurals)
            loaded.append(plurals)
    app._checkin_translators = loaded  # type: ignore[attr-defined]
    return loaded


def base_point_size(screen_height: int) -> int:
    """Type grows with the screen: 11 pt on a 768-pixel laptop, 15 pt on 1080 pixels."""
    return max(10, min(18, round(screen_height / 70)))


def style_sheet(base: int) -> str:
    return f"""
    QWidget {{ font-size: {base}pt; }}
    #eventTitle {{ font-size: {base + 1}pt; font-weight: bold; color: #33415c; }}
    #arrivedCounter, #walkInCounter {{ font-size: {base + 5}pt; font-weight: bold;
        color: #1b2a4a; padding: 2px 10px; background: #e8edf5; border-radius: 6px; }}
    #searchField {{ font-size: {base + 9}pt; padding: 6px 8px; border: 3px solid #33415c;
        border-radius: 8px; }}
    #results {{ font-size: {base + 3}pt; }}
    #results::item {{ padding: 4px 2px; }}
    #results::item:selected {{ background: #1f5fa8; color: white; }}
    #matchCount {{ color: #444; }}
    #outcomeTitle {{ font-size: {base + 15}pt; font-weight: bold; }}
    #outcomePerson {{ font-size: {base + 7}pt; font-weight: bold; }}
    #outcomeDetail {{ font-size: {base + 2}pt; }}
    #undoButton {{ font-size: {base + 1}pt; padding: 6px 14px; }}
    #personCard {{ background: #fbfbfd; border: 1px solid #c8cdd8; border-radius: 8px; }}
    #personName {{ font-size: {base + 9}pt; font-weight: bold; }}
    #personOrganisation {{ font-size: {base + 3}pt; }}
    #personStatus {{ font-size: {base + 2}pt; color: #1e7b34; font-weight: bold; }}
    #needs {{ color: #8a3b00; font-weight: bold; }}
    #caption {{ color: #555; }}
    #personDetails, QScrollArea {{ background: transparent; }}
    #checkInButton {{ font-weight: bold; padding: 6px 14px; }}
    #hints {{ color: #33415c; font-size: {max(9, base - 1)}pt; }}
    #startTitle {{ font-size: {base + 10}pt; font-weight: bold; }}
    #modeBanner {{ font-size: {base + 4}pt; }}
    """


def apply_style(app: QApplication) -> int:
    screen = QGuiApplication.primaryScreen()
    height = screen.availableGeometry().height() if screen else 768
    base = base_point_size(height)
    app.setStyleSheet(style_sheet(base))
    return base


def run(event_path: Path | None, demo: bool, lang: str | None) -> int:
    """The desktop app: on `event_path`, on a fresh demo event, or on the start screen."""
    app = make_app()
    setup_logging()  # after make_app: the log folder is named after the app
    opening = _open_early(event_path) if event_path is not None and not demo else None
    from checkin.gui.main_window import MainWindow

    settings = Settings()
    language = lang or settings.language
    install_translations(app, language)
    apply_style(app)
    window = MainWindow(settings, start_screen=demo or event_path is None)
    window.show_fitted()
    _report_ready_if_asked(window)
    _exit_after_start_if_asked(app, window, opening=demo or event_path is not None)
    if demo:
        window.open_demo()
    elif event_path is not None:
        window.open_event(event_path, opening=opening)
    code = app.exec()
    window.shutdown()
    return code


def _open_early(path: Path) -> EventWorker:
    """Start opening the event in its own thread at once: SQLite's quick check of the file
    (0.1 s at 50,000 registrations, off Python's lock) then runs on the other core while
    the window's modules load and the window is built, instead of after them."""
    from checkin.core.event import Event
    from checkin.gui.worker import EventWorker

    worker = EventWorker()
    worker.open(path, lambda p: Event.open(p, full_check=False))
    return worker


def _report_ready_if_asked(window: MainWindow) -> None:
    """With CHECKIN_REPORT_READY set (tests/perf), print to stderr the monotonic time at
    which the opened event's screen is painted: the app-start benchmark reads it."""
    if not os.environ.get("CHECKIN_REPORT_READY"):
        return

    def ready(ok: bool) -> None:
        window.repaint()
        print(f"checkin-ready {time.monotonic():.6f} {int(ok)}", file=sys.stderr, flush=True)
    window.event_ready.connect(ready)


def _exit_after_start_if_asked(app: QApplication, window: MainWindow, opening: bool) -> None:
    """With CHECKIN_EXIT_AFTER_MS set (smoke tests of an installed app), quit that long
    after the window is ready: status 0 if the event opened, 1 if it did not."""
    delay = os.environ.get("CHECKIN_EXIT_AFTER_MS")
    if not delay:
        return
    if not opening:
        QTimer.singleShot(int(delay), app.quit)
        return
    window.event_ready.connect(
        lambda ok: QTimer.singleShot(int(delay), lambda: app.exit(0 if ok else 1)))
