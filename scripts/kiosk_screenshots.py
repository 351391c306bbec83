"""Screenshots of the self check-in kiosk for the README, from the real window on a real
X display (the kiosk is full screen: its size is the screen's).

    Xvfb :31 -screen 0 1366x768x24 &  DISPLAY=:31 uv run python scripts/kiosk_screenshots.py
    Xvfb :31 -screen 0 1920x1080x24 & DISPLAY=:31 uv run python scripts/kiosk_screenshots.py

French interface, the demo event at 9h40 on the day, no camera on the machine (so the
kiosk says to use the scanner). Writes docs/kiosk/kiosk-<width>-<what>.png.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from screenshots import PARIS, ROOT, save, settle, wait


def main(out: Path) -> None:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from checkin.core import pin, reception
    from checkin.core.demo import create_demo
    from checkin.gui.app import apply_style, install_translations, make_app
    from checkin.gui.kiosk.pin_dialog import PinDialog
    from checkin.gui.main_window import MainWindow
    from checkin.gui.settings import Mode, Settings
    from checkin.gui.sounds import Sounds

    app = make_app()
    install_translations(app, "fr")
    apply_style(app)
    screen = QGuiApplication.primaryScreen()
    width = screen.geometry().width()
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="checkin-kiosk-shots-"))
    moment = dt.datetime(2022, 12, 8, 9, 40, tzinfo=PARIS)
    path = folder / "demo.checkin"
    with create_demo(path, now=lambda: moment) as event:
        people = event.search("dupont", 5) or event.registrations()[:1]
        for reg in event.registrations()[:60:3]:
            reception.check_in(event, reg)
        ticket = event.qr(next(r for r in event.registrations()[1:] if not r.checked_in_at))
    settings = Settings(QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat))
    settings.kiosk_pin = pin.hash_pin("4821")
    settings.mode = Mode.KIOSK
    window = MainWindow(settings, Sounds(volume=0), now=lambda: moment)
    window.show()
    window.open_event(path)
    wait(lambda: window.kiosk is not None and not window.worker.busy)
    kiosk = window.kiosk
    assert kiosk is not None
    kiosk.clear_ms = 600_000

    def shot(name: str) -> None:
        settle()
        save(screen.grabWindow(0), out / f"kiosk-{width}-{name}.png")

    shot("ready")
    kiosk.scan(ticket)
    wait(lambda: kiosk.outcome.state == "checked_in" and not window.worker.busy)
    shot("checked-in")
    kiosk.reset()
    kiosk.open_search()
    kiosk.search_field.setText(people[0].last_name[:4].lower() if people else "dup")
    wait(lambda: kiosk.results.count() > 0 and not window.worker.busy)
    shot("search")
    if width < 1500:
        kiosk.close_search()
        kiosk.leave_requested.emit()
        wait(lambda: any(d.isVisible() for d in window.findChildren(PinDialog)))
        shot("pin")
    window.may_close = True
    window.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "kiosk")
