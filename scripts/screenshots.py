"""Screenshots of the reception desk for the README, from the real window on an X display.

    Xvfb :38 -screen 0 1366x768x24 &  DISPLAY=:38 uv run python scripts/screenshots.py [OUT]

Each picture is the real main window at 1366×768 (a common laptop screen), French
interface, on a fresh demo event with a fixed clock (8 December 2022, 9h41). On a screen
of another size (Xvfb -screen 0 1280x720x24, 1920x1080x24) it takes only the desk filling
that screen, desk-<W>x<H>.png. Without DISPLAY it draws offscreen, styled as at 1366×768.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

ROOT = Path(__file__).resolve().parents[1]
PARIS = dt.timezone(dt.timedelta(hours=1))


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from checkin.core import journal as j
    from checkin.core.demo import create_demo
    from checkin.core.model import FIELDS

    out.mkdir(parents=True, exist_ok=True)
    folder = french_laptop("checkin-shots-")
    moment = dt.datetime(2022, 12, 8, 9, 41, tzinfo=PARIS)

    def clock() -> dt.datetime:
        return moment

    path = folder / "demo.checkin"
    with create_demo(path, now=clock) as event:
        twins = []
        for first in ("Camille", "Camille"):
            fields = dict.fromkeys(FIELDS, "") | {"last_name": "Roux", "first_name": first,
                                                  "organisation": "Mairie de Lodève"}
            twins.append(j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
                "code": "RXX234", "fields": fields, "sessions": ["B", "DEJ"]}))
        event.append(twins)
        regs = event.registrations()
        cancelled = regs[5]
        event.append([j.NewEntry(j.REGISTRATION_CANCELLED, cancelled.id, {"at": "x"})])
        first = regs[10]
        payload = event.qr(first)
        cancelled_qr = event.qr(cancelled)
        others = [event.qr(r) for r in regs[20:60]]

    window = laptop_window(folder, clock, path)
    wait(lambda: window.desk is not None and not window.worker.busy)
    desk = window.desk
    for qr in others[:37]:  # a desk in mid-rush: counters that mean something
        desk.scan(qr)
    wait(lambda: not window.worker.busy)
    size = screen_size()
    if size != (1366, 768):  # another screen: the desk filling it, once
        window.resize(*size)
        rescan(desk, payload)
        wait(lambda: not window.worker.busy)
        settle()
        save(window.grab(), out / f"desk-{size[0]}x{size[1]}.png")
        window.shutdown()
        return
    shots: list[tuple[str, Callable[[], None]]] = [
        ("desk-idle", lambda: desk.outcome.show_ready()),
        ("desk-match", lambda: desk.search_field.setText("marti")),
        ("outcome-checked-in", lambda: desk.scan(payload)),
        ("outcome-already-checked-in", lambda: rescan(desk, payload)),
        ("outcome-ambiguous", lambda: desk.scan("RXX234")),
        ("outcome-unknown", lambda: desk.scan("ZZZZZZ")),
        ("outcome-other-event", lambda: desk.scan("CK1+BFC22+ABCDEF+AAAAAAAAAA")),
        ("outcome-invalid-signature", lambda: desk.scan(payload[:-3] + "AAA")),
        ("outcome-cancelled", lambda: desk.scan(cancelled_qr)),
        ("outcome-undone", lambda: undo_last(desk, others[39])),
    ]
    for name, act in shots:
        desk.search_field.clear()
        act()
        wait(lambda: not window.worker.busy)
        settle()
        save(window.grab(), out / f"{name}.png")
    desk.search_field.setText("Lacombe")
    wait(lambda: not window.worker.busy)
    desk.walk_in()
    dialog = desk.dialog
    assert dialog is not None
    dialog.edits["first_name"].setText("Inès")
    dialog.edits["organisation"].setText("Maison de l'emploi du Biterrois")
    settle()
    save(dialog.grab(), out / "walk-in.png")
    dialog.reject()
    window.shutdown()
    QApplication.processEvents()


def french_laptop(prefix: str) -> Path:
    """The app in French, styled for the X display's screen as the app does (offscreen: as
    on a 768-pixel-high laptop screen); a fresh folder."""
    from checkin.gui.app import apply_style, install_translations, make_app, style_sheet
    app = make_app()
    install_translations(app, "fr")
    if os.environ.get("QT_QPA_PLATFORM") == "xcb":
        apply_style(app)
    else:
        app.setStyleSheet(style_sheet(11))
    return Path(tempfile.mkdtemp(prefix=prefix))


def screen_size() -> tuple[int, int]:
    from PySide6.QtGui import QGuiApplication
    if os.environ.get("QT_QPA_PLATFORM") != "xcb":
        return (1366, 768)
    geometry = QGuiApplication.primaryScreen().geometry()
    return (geometry.width(), geometry.height())


def laptop_window(folder: Path, clock, event: Path, mode: str | None = None):  # type: ignore[no-untyped-def]
    """The real main window at 1366×768 on `event`, for a station of its own, silent."""
    from PySide6.QtCore import QSettings

    from checkin.gui.main_window import MainWindow
    from checkin.gui.settings import Settings
    from checkin.gui.sounds import Sounds
    settings = Settings(QSettings(str(folder / "station.ini"), QSettings.Format.IniFormat))
    if mode is not None:
        settings.mode = mode
    window = MainWindow(settings, Sounds(volume=0), now=clock)
    window.resize(1366, 768)
    window.show()
    window.open_event(event)
    return window


def rescan(desk, payload: str) -> None:
    desk.gate.window = 0
    desk.scan(payload)


def undo_last(desk, payload: str) -> None:
    desk.scan(payload)
    wait(lambda: not desk.worker.busy)
    desk.undo()


def settle() -> None:
    from PySide6.QtWidgets import QApplication
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        QApplication.processEvents()


def wait(condition: Callable[[], bool], timeout: float = 60) -> None:
    from PySide6.QtWidgets import QApplication
    end = time.perf_counter() + timeout
    while not condition():
        QApplication.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the window did not answer")


def save(pixmap, path: Path) -> None:
    pixmap.save(str(path), "PNG")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
