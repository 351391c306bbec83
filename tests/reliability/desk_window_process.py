"""The real desk window in a process of its own, killed the moment it shows a check-in.

    desk_window_process.py EVENT SETTINGS_INI PAYLOAD

Opens EVENT in the main window (offscreen), scans PAYLOAD as the scanner would hand it
over, and when the outcome card first paints "checked in" prints `shown` and kills
itself with SIGKILL, in that paint: nothing after the card is shown runs.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from checkin.core.reception import Outcome
from checkin.gui.app import make_app
from checkin.gui.main_window import MainWindow
from checkin.gui.settings import Settings
from checkin.gui.sounds import Sounds


class KillWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        card = watched
        if event.type() == QEvent.Type.Paint and card.state == Outcome.CHECKED_IN:  # type: ignore[attr-defined]
            print("shown", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        return False


def main(path: Path, ini: Path, payload: str) -> None:
    app = make_app()
    window = MainWindow(Settings(QSettings(str(ini), QSettings.Format.IniFormat)),
                        Sounds(volume=0))
    window.resize(1366, 768)
    window.show()
    window.open_event(path)
    deadline = time.monotonic() + 60
    while window.desk is None or window.worker.busy:
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("the desk did not open")
    killer = KillWhenShown(window)
    window.desk.outcome.installEventFilter(killer)
    window.on_scan(payload)
    QTimer.singleShot(30_000, app.quit)  # never shown: the test says so
    QApplication.exec()
    print("not shown", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
