"""Render the README's pictures of badges: `uv run python docs/badges/make_renders.py`.

An A4 sheet of 2 × 5 inserts and a Brother QL label, from the demo event plus three
names in other scripts, rasterised with poppler's pdftoppm.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from checkin.core import reception
from checkin.core.badges import render_badges, select_registrations
from checkin.core.demo import create_demo

HERE = Path(__file__).resolve().parent
GUESTS = [
    ({"first_name": "Minh Khai", "last_name": "Nguyễn Thị", "category": "speaker",
      "organisation": "Ville de Montpellier", "role": "Chargée de mission clauses sociales"},
     ("A", "E", "DEJ")),
    ({"first_name": "Zoë", "last_name": "Łukasiewicz", "category": "press",
      "organisation": "Gazeta Krakowska", "role": "Journaliste"}, ("B",)),
    ({"first_name": "Γιώργος", "last_name": "Παπαδόπουλος", "category": "organiser",
      "organisation": "Alliance Villes Emploi", "role": "Coordinateur"}, ("C", "F")),
]


def png(pdf: Path, out: Path, dpi: int) -> None:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(pdf), str(out.with_suffix(""))], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with create_demo(folder / "demo.checkin") as event:
            guests = [reception.walk_in(event, fields, sessions, check_in_now=False)[0]
                      for fields, sessions in GUESTS]
            others = select_registrations(event)[:7]
            sheet = folder / "sheet.pdf"
            render_badges(event, [*guests, *others], "a4-2x5", sheet, cut_marks=True)
            png(sheet, HERE / "a4-2x5-sheet.png", 100)
            label = folder / "label.pdf"
            render_badges(event, guests[:1], "brother-ql-62x100", label)
            png(label, HERE / "brother-ql-62x100-label.png", 200)


if __name__ == "__main__":
    main()
