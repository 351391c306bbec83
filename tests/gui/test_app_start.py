"""App start: nothing the first screen does not need runs before the desk is shown, and
what was deferred (the full integrity check, the backup, the search index) still runs."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import app_probe

pytestmark = pytest.mark.gui

# Loaded only when a screen or a job needs them, never to show the desk.
DEFERRED = ("reportlab", "openpyxl", "sqlite_utils", "qrcode", "PIL",
            "PySide6.QtCharts", "PySide6.QtMultimedia", "PySide6.QtPdf",
            "PySide6.QtPrintSupport", "zxingcpp", "psycopg")

# The real app, in a fresh interpreter: which modules are loaded when the desk is shown.
PROBE = app_probe("""
import json, sys
from PySide6.QtCore import QTimer
seen = {}
def ready(ok):
    seen["ok"] = ok
    seen["modules"] = sorted(m for m in sys.modules if m.split(".")[0] in
                             ("reportlab", "openpyxl", "sqlite_utils", "qrcode", "PIL",
                              "zxingcpp", "psycopg") or m.startswith("PySide6.Qt"))
    seen["searched"] = window.worker._event._index is not None
    QTimer.singleShot(0, window.close)
""")


@pytest.mark.slow
def test_the_desk_is_shown_before_anything_it_does_not_need_is_loaded(
        event_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(event_path)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ok"] is True
    loaded = set(seen["modules"])
    assert not {m for m in loaded if m.split(".")[0] in DEFERRED or m in DEFERRED}, loaded
    assert seen["searched"] is False  # the search index is built after the desk is shown


# Our modules of the other screens, the command line's commands and the transports, and
# what only they use: loaded when used (a mode chosen, a file closed, a sync run, a TOML
# programme read), not to show the desk.
NOT_FOR_THE_DESK = ("checkin.commands.event", "checkin.commands.reports", "checkin.commands.sync",
                    "checkin.commands.hub", "checkin.commands.badges", "checkin.core.importing",
                    "checkin.core.sync", "checkin.gui.start_screen", "checkin.gui.new_event",
                    "checkin.gui.room.view", "checkin.gui.kiosk.view", "checkin.gui.stations.tab",
                    "checkin.gui.organiser.page", "statistics", "tomllib")

# `checkin EVENT` as launched (cli.main): our modules loaded when the desk is shown.
CLI_PROBE = app_probe("""
import json, sys
from PySide6.QtCore import QTimer
seen = {}
def ready(ok):
    seen["ok"] = ok
    seen["modules"] = sorted(sys.modules)
    QTimer.singleShot(0, window.close)
""", launch="cli")


@pytest.mark.slow
def test_checkin_event_shows_the_desk_without_the_other_screens_modules(
        event_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", CLI_PROBE, str(event_path)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ok"] is True
    loaded = set(seen["modules"])
    assert "checkin.gui.desk.view" in loaded
    assert not loaded & set(NOT_FOR_THE_DESK), sorted(loaded & set(NOT_FOR_THE_DESK))


# The app as launched on an event: once its station's sync has started (and read whether
# the file names a hub, on the event's thread), what is loaded; `hub` names one first.
HUB_PROBE = app_probe("""
import json, sys
from PySide6.QtCore import QTimer
from checkin.gui.stations.hub_sync import HubSyncController
seen = {}
_start = HubSyncController.start
def start(self, event_id):
    _start(self, event_id)
    def after(_):  # the event's thread runs jobs in order: the hub's read is done
        QTimer.singleShot(0, lambda: (seen.update(
            modules=sorted(m for m in sys.modules if m.split(".")[0] == "psycopg"),
            address=self.address and self.address.conninfo), window.close()))
    self.worker.submit(lambda event: None, after)
HubSyncController.start = start
def ready(ok):
    seen["ok"] = ok
""")


@pytest.mark.slow
@pytest.mark.parametrize("hub", [None, "host=hub.example.org dbname=checkin user=accueil"])
def test_a_desk_loads_psycopg_only_when_its_file_names_a_hub(
        event_path: Path, tmp_path: Path, hub: str | None) -> None:
    """psycopg takes half a second to import on a busy laptop, in the event's thread where
    the first scans wait: a desk without a hub never loads it."""
    if hub is not None:
        conn = sqlite3.connect(event_path)
        with conn:
            conn.execute("INSERT INTO meta VALUES ('hub.address', ?)", (hub,))
        conn.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", HUB_PROBE, str(event_path)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ok"] is True
    assert seen["address"] == hub  # the file's hub is taken up (not synced: off by default)
    assert bool(seen["modules"]) is (hub is not None), seen["modules"]


# The app as launched on an event: a scanner's burst reaches the capture once the desk is
# shown (its filter is installed after the desk's first paint, not before it is built).
SCAN_PROBE = app_probe("""
import json, sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
seen = {"scans": []}
def burst():
    window.activateWindow()
    field = window.desk.search_field
    field.setFocus()
    target = QApplication.focusWidget() or field
    plain = Qt.KeyboardModifier.NoModifier
    for key, text in [(ord(ch), ch) for ch in "ZZ99XX77"] + [(Qt.Key.Key_Return, "\\r")]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, plain, text))
    seen["typed"] = field.text()
    QTimer.singleShot(0, window.close)
def ready(ok):
    seen["ok"] = ok
    window.capture.scanned.connect(seen["scans"].append)
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, burst))
""")


def test_the_app_opened_on_an_event_hears_a_scanner_once_the_desk_is_shown(
        event_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCAN_PROBE, str(event_path)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ok"] is True
    assert seen["scans"] == ["ZZ99XX77"] and seen["typed"] == ""


def damage_an_index(path: Path) -> None:
    """An index that no longer matches its table: SQLite's quick check passes it, its
    full integrity check does not."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX registrations_code ON"
                 " registrations (email)' WHERE name = 'registrations_code'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert conn.execute("PRAGMA integrity_check").fetchone() != ("ok",)
    conn.close()


def test_damage_found_after_the_desk_is_shown_closes_the_event_and_says_so(
        qtbot, settings, clock, event_path: Path) -> None:
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    damage_an_index(event_path)
    win = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.event_ready) as opened:
        win.open_event(event_path)
    assert opened.args == [True]  # shown at once: only the quick check ran
    qtbot.waitUntil(lambda: win.start.message.isVisible(), timeout=10_000)
    assert win.worker is None and win.stack.currentWidget() is win.start
    assert "desk.checkin" in win.start.message.plain_text()
    win.shutdown()


def test_the_backup_and_search_index_follow_the_desk(qtbot, settings, clock,
                                                      event_path: Path) -> None:
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    win = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(win)
    win.show()
    win.open_event(event_path)
    qtbot.waitUntil(lambda: win.desk is not None)
    worker = win.worker
    assert worker is not None
    qtbot.waitUntil(lambda: worker._event is not None and worker._event._index is not None,
                    timeout=10_000)
    folder = event_path.with_name(event_path.name + ".backups")
    (backup,) = folder.glob("*.checkin")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    win.shutdown()


def test_the_desk_counts_before_the_backup_at_open_and_says_nothing_false_meanwhile(
        qtbot, settings, clock, event_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup at open (half a second at 50,000 on a slow disk) runs behind the desk's
    first reads, not ahead of them: its counters show "…" until counted, then the counts."""
    from checkin.core import desk_stats
    from checkin.core.event import Event
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    ran: list[str] = []  # in the event's thread, in the order the jobs ran
    counters, backup = desk_stats.counters, Event.backup
    monkeypatch.setattr(desk_stats, "counters", lambda e: (ran.append("counters"), counters(e))[1])
    monkeypatch.setattr(Event, "backup", lambda e: (ran.append("backup"), backup(e))[1])
    win = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.event_ready):
        win.open_event(event_path)
    desk = win.desk
    assert desk is not None and "…" in desk.counters.arrived.text()  # not counted yet
    qtbot.waitUntil(lambda: "backup" in ran and "…" not in desk.counters.arrived.text(),
                    timeout=10_000)
    assert ran[:2] == ["counters", "backup"]
    expected = desk.counters.counters.expected
    assert expected > 100 and str(expected) in desk.counters.arrived.text()
    win.shutdown()


# The app launched on a file that is not an event: the start screen, built then, says why.
REFUSED_PROBE = app_probe("""
import json, sys
from PySide6.QtCore import QTimer
seen = {}
def ready(ok):
    seen["ok"] = ok
    seen["start_shown"] = window.stack.currentWidget() is window.start
    seen["message"] = window.start.message.plain_text()
    QTimer.singleShot(0, window.close)
""")


def test_the_app_launched_on_a_file_that_is_not_an_event_shows_the_start_screen_and_why(
        tmp_path: Path) -> None:
    bad = tmp_path / "notes.checkin"
    bad.write_text("not an event")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", REFUSED_PROBE, str(bad)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["ok"] is False and seen["start_shown"] is True
    assert "notes.checkin" in seen["message"]
