"""Screenshots of the workshop room station for the README, made offscreen from the demo.

    uv run python scripts/room_screenshots.py [OUT_DIR]    (default: docs/screenshots)

The real main window at 1366×768, French interface, on a fresh demo event with a fixed
clock: room "Salle Mosson 1" at 14h12 in the middle of workshop A, and the lunch.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from screenshots import PARIS, ROOT, french_laptop, laptop_window, save, settle, wait


def main(out: Path) -> None:
    from checkin.core import reception, rooms
    from checkin.core.demo import create_demo
    from checkin.gui.room.view import set_station_room
    from checkin.gui.settings import Mode

    out.mkdir(parents=True, exist_ok=True)
    folder = french_laptop("checkin-room-shots-")
    moment = [dt.datetime(2022, 12, 8, 9, 40, tzinfo=PARIS)]

    def clock() -> dt.datetime:
        return moment[0]

    def at(hour: int, minute: int) -> None:
        moment[0] = moment[0].replace(hour=hour, minute=minute)

    path = folder / "demo.checkin"
    with create_demo(path, now=clock) as event:
        chose_a = [ln.registration for ln in rooms.roster(event, "A").registered]
        chose_b = [ln.registration for ln in rooms.roster(event, "B").registered
                   if "A" not in ln.registration.sessions]
        for reg in chose_a[:40] + chose_b[:4]:
            reception.check_in(event, reg)
        at(13, 58)
        for reg in chose_a[:23:2] + chose_a[24:46:2] + chose_b[:2]:
            rooms.attend(event, "A", event.registration(reg.id))
        moved = event.qr(chose_b[3])
        at(12, 35)
        lunch = [ln.registration for ln in rooms.roster(event, "DEJ").registered]
        for reg in lunch[:60:2]:
            rooms.attend(event, "DEJ", event.registration(reg.id))
        with_needs = next(r for r in lunch[1:60:2] if r.needs)
        lunch_qr = event.qr(with_needs)

    at(14, 12)
    window = laptop_window(folder, clock, path, Mode.WORKSHOP)
    wait(lambda: window.room is not None and not window.worker.busy)
    room = window.room
    assert room is not None
    settle()
    save(window.grab(), out / "room-choose.png")
    room.choose_room("Salle Mosson 1")
    wait(lambda: not window.worker.busy)
    room.scan(moved)
    wait(lambda: not window.worker.busy)
    settle()
    save(window.grab(), out / "room-session.png")

    set_station_room(window.settings, "Salons du stade")
    at(12, 41)
    room.choose_room("Salons du stade")
    wait(lambda: not window.worker.busy)
    room.scan(lunch_qr)
    wait(lambda: not window.worker.busy)
    settle()
    save(window.grab(), out / "room-lunch.png")
    window.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
