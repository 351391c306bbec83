"""Make the README's renders of the organisers' documents from the demo event.

    uv run python docs/reports/make_renders.py

A fictitious day on the demo event (fixed seed): most people arrive between 9h15 and
10h30, a few walk-ins, the workshops recorded; two placeholder funders' logos. Writes the
PDFs to a temporary folder and one page of each, as PNG at 80 dpi, beside this script.
"""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.demo import create_demo
from checkin.core.reports import certificates, sheets
from checkin.core.reports.logos import set_logos
from checkin.resources import resource

HERE = Path(__file__).resolve().parent
PARIS = dt.timezone(dt.timedelta(hours=1))


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2022, 12, 8, 9, 10, tzinfo=PARIS)

    def __call__(self) -> dt.datetime:
        return self.now


def placeholder_logo(path: Path, text: str, colour: str) -> Path:
    font = ImageFont.truetype(str(resource("fonts", "DejaVuSans-Bold.ttf")), 44)
    width = 124 + int(font.getlength(text)) + 30
    image = Image.new("RGB", (width, 150), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, width - 4, 146), radius=24, outline=colour, width=6)
    draw.ellipse((24, 35, 104, 115), fill=colour)
    draw.text((124, 75), text, fill=colour, font=font, anchor="lm")
    image.save(path)
    return path


def simulate_day(event, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(8)
    people = event.registrations()
    for reg in people:
        if rnd.random() < 0.85:
            minutes = int(rnd.triangular(5, 80, 25))
            clock.now = clock.now.replace(hour=9, minute=10) + dt.timedelta(minutes=minutes)
            reception.check_in(event, reg)
    clock.now = clock.now.replace(hour=10, minute=5)
    reception.walk_in(event, {"last_name": "Benali", "first_name": "Karim",
                              "organisation": "Régie de quartier Figuerolles"}, ("A", "E"))
    arrived = [r for r in event.registrations() if r.checked_in_at]
    for slot_start, slot in (("14:02", "ABC"), ("15:17", "DEF")):
        hour, minute = map(int, slot_start.split(":"))
        entries = []
        for reg in arrived:
            chosen = [s for s in reg.sessions if s in slot]
            if chosen and rnd.random() < 0.9:
                session = chosen[0] if rnd.random() < 0.93 else rnd.choice(slot)
                at = clock.now.replace(hour=hour, minute=minute + rnd.randint(0, 9))
                entries.append(j.NewEntry(j.ATTENDANCE_RECORDED, reg.id, {
                    "session": session, "at": at.isoformat(timespec="seconds"),
                    "station_name": "Salle", "flags": []}))
        event.append(entries)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        clock = Clock()
        event = create_demo(tmp / "demo.checkin", now=clock)
        set_logos(event, [placeholder_logo(tmp / "fonds.png", "Fonds Exemple", "#1f6f4a"),
                          placeholder_logo(tmp / "ville.png", "Ville Exemple", "#8e2b3a")])
        blank = sheets.write(event, tmp / "blank.pdf", only=["morning"])
        simulate_day(event, clock)
        clock.now = dt.datetime(2022, 12, 12, 10, 0, tzinfo=PARIS)
        filled = sheets.write(event, tmp / "sheets.pdf", only=["A"])
        made = certificates.write(event, tmp / "certificates.pdf")
        print(f"{blank.pages} blank pages, {filled.pages} filled pages, {len(made)} certificates")
        for pdf, name in ((blank.path, "sheet-blank"), (filled.path, "sheet-session"),
                          (tmp / "certificates.pdf", "certificate")):
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(HERE / name)], check=True)
        event.close()


if __name__ == "__main__":
    main()
