"""The window opens using the screen, and as it was left: a real app in its own process,
on an offscreen screen of the size asked (Qt's offscreen platform, configured)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

SHOW = """
import sys
from PySide6.QtCore import QSettings, QTimer
from checkin.gui.app import make_app
from checkin.gui.main_window import MainWindow
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds
app = make_app()
settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = MainWindow(settings, Sounds(volume=0))
window.show_fitted()
def report():
    print(window.width(), window.height(), int(window.isMaximized()), flush=True)
    if len(sys.argv) > 2:
        window.showNormal()
        window.setGeometry(50, 60, *map(int, sys.argv[2].split("x")))
    QTimer.singleShot(50, window.close)
QTimer.singleShot(100, report)
app.exec()
"""


def run_app(tmp_path: Path, screen: tuple[int, int], *args: str) -> tuple[int, int, int]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
        "logicalDpiX": 96, "logicalDpiY": 96}]}))
    env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run([sys.executable, "-c", SHOW, str(tmp_path / "station.ini"), *args],
                         env=env, capture_output=True, text=True, timeout=60, check=True)
    width, height, maximised = out.stdout.split()
    return int(width), int(height), int(maximised)


@pytest.mark.slow
def test_a_laptop_screen_is_used_whole_then_the_size_is_remembered(tmp_path):
    width, height, maximised = run_app(tmp_path, (1366, 768), "1200x700")
    assert width >= 1366 - 8 and height >= 768 - 8 and maximised  # less the frame
    assert run_app(tmp_path, (1366, 768))[:2] == (1200, 700)


@pytest.mark.slow
def test_a_large_screen_gets_a_comfortable_window(tmp_path):
    """A laptop's screen at this screen's type size (18 pt here, 11 pt on a laptop), in
    the middle of the screen, not filling it."""
    assert run_app(tmp_path, (2560, 1440)) == (round(1366 * 18 / 11), round(768 * 18 / 11), 0)


@pytest.mark.slow
def test_a_full_hd_screen_is_used_whole_as_its_type_asks(tmp_path):
    """1920 × 1080 sets 15 pt type: a laptop's page at that size takes the screen (a
    window of 1440 × 900 held what 1056 × 660 holds on a laptop: names were cut)."""
    width, height, _ = run_app(tmp_path, (1920, 1080))
    assert width >= round(1366 * 15 / 11) and height >= round(768 * 15 / 11)
