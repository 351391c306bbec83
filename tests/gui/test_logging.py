"""The log: a real rotating file, and every unexpected exception in it with its traceback
(Qt slots, threads, event jobs with or without a handler); the desk says it in plain words."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's logging set up into tmp_path; the process's hooks restored afterwards."""
    from PySide6.QtCore import qInstallMessageHandler

    from checkin.gui.logging_setup import LOG_DIR_ENV, setup_logging
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, sys.excepthook, threading.excepthook)
    path = setup_logging()
    yield path
    for handler in root.handlers:
        if handler not in saved[0]:
            handler.close()
    root.handlers[:], root.level = saved[0], saved[1]
    sys.excepthook, threading.excepthook = saved[2], saved[3]
    qInstallMessageHandler(None)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_the_log_says_which_version_started(log_file: Path) -> None:
    from checkin import __version__
    assert log_file.name == "checkin.log"
    assert f"INFO [MainThread] checkin: checkin {__version__} started" in _text(log_file)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_qt_slot_is_logged_with_its_traceback(qtbot, log_file) -> None:
    from PySide6.QtCore import QTimer

    def broken_slot() -> None:
        {}["slot-key"]  # a bug: KeyError in a slot called by Qt
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: "KeyError: 'slot-key'" in _text(log_file))
    text = _text(log_file)
    assert "CRITICAL" in text and "uncaught exception" in text
    assert "Traceback" in text and "in broken_slot" in text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_exception_in_a_thread_is_logged_with_its_traceback(log_file) -> None:
    def broken() -> None:
        raise ValueError("thread-bug")
    thread = threading.Thread(target=broken, name="scanner-helper")
    thread.start()
    thread.join()
    text = _text(log_file)
    assert "uncaught exception in thread scanner-helper" in text
    assert "ValueError: thread-bug" in text and "in broken" in text


def test_a_qt_warning_goes_to_the_log(log_file) -> None:
    from PySide6.QtCore import qWarning
    qWarning("a printer refused the page")
    assert "WARNING" in _text(log_file) and "a printer refused the page" in _text(log_file)


def test_an_event_job_without_error_handler_never_loses_its_error(qtbot, log_file,
                                                                  event) -> None:
    from checkin.gui.worker import EventWorker
    path = event.path
    event.close()
    worker = EventWorker()
    worker.open(path)
    qtbot.waitUntil(lambda: not worker.busy)

    def job(_event: object) -> None:
        raise KeyError("job-key")
    worker.submit(job)  # no on_error
    qtbot.waitUntil(lambda: not worker.busy)
    worker.close()
    text = _text(log_file)
    assert "event job failed: KeyError" in text and "in job" in text and "'job-key'" in text


def test_a_handled_unexpected_error_is_logged_once(qtbot, log_file, event) -> None:
    from checkin.gui.errors import describe
    from checkin.gui.worker import EventWorker
    path = event.path
    event.close()
    worker = EventWorker()
    worker.open(path)
    said: list[str] = []

    def job(_event: object) -> None:
        raise KeyError("handled-key")
    worker.submit(job, on_error=lambda exc: said.append(describe(exc)))
    qtbot.waitUntil(lambda: bool(said))
    worker.close()
    assert _text(log_file).count("KeyError: 'handled-key'") == 1
    assert "handled-key" not in said[0] and "log" in said[0]


def test_the_desk_words_an_unexpected_error_and_logs_it(window, qtbot, log_file,
                                                        monkeypatch) -> None:
    """The issue's case: a KeyError in a check-in read 'x' on the desk card."""
    from checkin.core import reception

    def scan(*_args: object) -> None:
        raise KeyError("x")
    monkeypatch.setattr(reception, "scan", scan)  # a bug that nobody has written yet
    window.desk.scan("CK1+OCC22+ABC234+XXXX")
    qtbot.waitUntil(lambda: window.desk.outcome.state == "error")
    detail = window.desk.outcome.detail.plain_text()
    assert "'x'" not in detail and "KeyError" not in detail
    assert "Détails dans le journal (Aide ▸ Ouvrir le dossier des journaux)" in detail
    text = _text(log_file)
    assert "KeyError: 'x'" in text and "in scan" in text


def test_the_help_menu_shows_the_version_and_opens_the_log_folder(window, log_file,
                                                                  monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from checkin import __version__
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Aide")
    titles = [a.text() for a in help_menu.actions()]
    assert "Ouvrir le dossier des &journaux" in titles and "À &propos de checkin" in titles
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    for act in help_menu.actions():
        if act.text() in ("Ouvrir le dossier des &journaux", "À &propos de checkin"):
            act.trigger()
    assert f"checkin {__version__}" in shown[0] and str(log_file.parent) in shown[0]
    assert opened == [str(log_file.parent)]
