"""The funders' PDF as a reader sees it (read back with poppler): counts on whole-number
axes, workshop titles whole, every meeting of a long tour on the workshops' pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from helpers import DATA, FakeClock

from checkin.cli import main
from checkin.core import reception
from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme

OCCITANIE = (DATA / "occitanie-2022.toml").read_text(encoding="utf-8")


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def _meeting(folder: Path, n: int) -> Path:
    """The Occitanie programme as the tour's meeting `n` (its own code and date)."""
    toml = folder / f"r{n}.toml"
    toml.write_text(OCCITANIE.replace('short = "OCC22"', f'short = "R{n}"')
                    .replace("date = 2022-12-08", f"date = 2022-12-{n + 10:02d}"),
                    encoding="utf-8")
    Event.create(folder / f"r{n}.checkin", load_programme(toml), station_name="Accueil",
                 now=FakeClock()).close()
    return folder / f"r{n}.checkin"


def test_few_arrivals_are_counted_in_whole_people(tmp_path: Path) -> None:
    """Three people checked in: the axes read 0, 1, 2, 3, never "0.5" or "2.5"."""
    programme = load_programme(DATA / "occitanie-2022.toml")
    with Event.create(tmp_path / "occ.checkin", programme, station_name="Accueil",
                      now=FakeClock()) as event:
        event.append(plan_import(DATA / "occitanie-2022-inscriptions.csv", programme,
                                 []).entries)
        for reg in event.registrations()[:3]:
            reception.check_in(event, reg)
    out = tmp_path / "tour.pdf"
    assert main(["report", str(tmp_path / "occ.checkin"), "-o", str(out)]) == 0
    arrivals = _pages(out)[1]
    numbers = re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w.,])", arrivals)
    assert "3" in numbers
    assert not [x for x in numbers if "." in x or "," in x], numbers


@pytest.mark.slow
def test_a_long_tour_puts_every_meeting_on_the_workshop_pages(tmp_path: Path) -> None:
    meetings = [_meeting(tmp_path, n) for n in range(1, 8)]
    out = tmp_path / "tour.pdf"
    assert main(["report", *map(str, meetings), "-o", str(out)]) == 0
    pages = _pages(out)
    workshops = [p for p in pages if p.lstrip().startswith("Ateliers")]
    assert len(workshops) >= 2
    text = " ".join(" ".join(workshops).split())
    for n in range(1, 8):
        assert text.count(f"R{n} — ") == 1, n
    # a long title takes two lines instead of being cut
    assert text.count("Diversifier les outils et les pratiques pour développer") == 7
    assert "…" not in text
    assert f"Page {len(pages)} / {len(pages)}" in pages[-1]


def test_a_meeting_given_twice_counts_once(tmp_path: Path) -> None:
    """A station's clone is the same meeting: the report does not count it twice."""
    from checkin.core import stations
    first = _meeting(tmp_path, 1)
    with Event.open(first) as event:
        clone = stations.clone(event, tmp_path / "desk2.checkin", "Accueil 2")
    out = tmp_path / "tour.xlsx"
    assert main(["report", str(first), str(clone), str(first), "-o", str(out)]) == 0
    import openpyxl
    rows = list(openpyxl.load_workbook(out)["Rencontres"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["R1", "Total"]
