"""The app's log: a rotating file in the user's log folder, and every unexpected exception
in it with its traceback (main thread, Qt slots, worker threads, jobs without a handler).

Support starts from this file ("Help ▸ Open the log folder"), so it says which version
ran where. No personal data goes in beyond what a problem needs: badge codes and file
names, never people's names.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import platform
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler

from checkin import __version__

LOG_DIR_ENV = "CHECKIN_LOG_DIR"  # overrides the folder (tests, kiosks)
LOG_FILE = "checkin.log"
MAX_BYTES = 1_000_000  # about a day of a busy desk at INFO; five old files kept
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger("checkin")
_LOGGED = "_checkin_logged"  # set on an exception once its traceback is in the log


def log_folder() -> Path:
    """Where the log goes: the platform's place for an app's state (~/.local/state on
    Linux, AppData\\Local on Windows, ~/Library on macOS), in a `logs` folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.StateLocation)
    return Path(state) / "logs"


def log_file() -> Path:
    return log_folder() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path:
    """Send `logging` to the rotating file (warnings to stderr too) and catch what would
    otherwise go unlogged; safe to call again. Returns the log file's path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _LOGGED, False)]:
        root.removeHandler(handler)
        handler.close()
    to_file = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    to_stderr = logging.StreamHandler()
    to_stderr.setLevel(logging.WARNING)
    for handler in (to_file, to_stderr):
        handler.setFormatter(logging.Formatter(FORMAT))
        setattr(handler, _LOGGED, True)
        root.addHandler(handler)
    root.setLevel(level)
    _install_hooks()
    log.info("checkin %s started: Python %s, PySide6 %s, %s%s", __version__,
             platform.python_version(), pyside_version, platform.platform(),
             " (packaged)" if getattr(sys, "frozen", False) else "")
    return path


def log_unexpected(exc: BaseException, what: str = "unexpected error") -> None:
    """Log `exc` with its traceback, once however many handlers see it."""
    if getattr(exc, _LOGGED, False):
        return
    log.error("%s: %s", what, type(exc).__name__, exc_info=(type(exc), exc, exc.__traceback__))
    _mark(exc)


# -- hooks --------------------------------------------------------------------------------

def _install_hooks() -> None:
    if getattr(sys.excepthook, _LOGGED, False):
        return
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        # PySide6 reports an exception raised in a slot or a Qt virtual here too
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, exc, tb))
            _mark(exc)
        previous_hook(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            name = args.thread.name if args.thread else "?"
            log.critical("uncaught exception in thread %s", name,
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
            _mark(args.exc_value)
        previous_thread_hook(args)

    setattr(excepthook, _LOGGED, True)
    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    qInstallMessageHandler(_qt_message)


def _mark(exc: BaseException) -> None:
    with contextlib.suppress(AttributeError):  # a few take no attributes: logged again
        setattr(exc, _LOGGED, True)


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings (a missing plugin, a printer refusing a page) into the log."""
    category = context.category or "default"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(kind, logging.WARNING), message)
