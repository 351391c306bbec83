"""The day, end to end, as organisers run it from the command line: one event file, a
laptop per desk and room, nothing shared but bundles on a USB key, and the numbers for
the funders at the end. Every step is a real `checkin` process on real files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import DATA, ROOT
from pypdf import PdfReader

pytestmark = pytest.mark.slow


def checkin(*args: object, machine: str = "organiser-laptop", as_json: bool = True) -> Any:
    """Run `checkin ARGS` as on the laptop `machine`; its JSON answer."""
    env = {"CHECKIN_MACHINE_ID": machine, "PATH": "/usr/bin:/bin"}
    flags = ["--json"] if as_json else []
    done = subprocess.run([sys.executable, "-m", "checkin", *map(str, args), *flags],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if as_json else done.stdout


def test_a_whole_day_merges_to_the_same_numbers_everywhere(tmp_path: Path) -> None:
    hq = tmp_path / "occitanie.checkin"
    checkin("new", hq, "--programme", DATA / "occitanie-2022.toml", as_json=False)
    imported = checkin("import", hq, DATA / "occitanie-2022-inscriptions.csv")
    assert imported["added"] == 310

    # The night before: a laptop per reception desk and one for room A.
    desks = {name: tmp_path / f"{name}.checkin" for name in ("accueil-2", "salle-a")}
    for name, path in desks.items():
        checkin("clone", hq, path, "--station", name)
    people = checkin("list", hq)
    first, second, third = people[0], people[1], people[2]

    # 9h30: the organiser's laptop is desk 1; desk 2 sees `first` too, before any sync.
    assert checkin("scan", hq, first["qr"])["outcome"] == "checked_in"
    assert checkin("scan", hq, second["code"])["outcome"] == "checked_in"
    on_2 = checkin("scan", desks["accueil-2"], first["qr"], machine="laptop-2")
    assert on_2["outcome"] == "checked_in"  # it cannot know yet: a double, kept and flagged
    # 14h: room A records `second` (chose it or not) and `third`, never seen at reception.
    room = [checkin("scan", desks["salle-a"], p["qr"], "--session", "A", machine="laptop-a")
            for p in (second, third)]
    assert all(r["recorded"] for r in room)
    assert "not_checked_in" in room[1]["flags"]

    # Evening: every laptop's bundle comes back on a USB key, in any order.
    bundles = []
    for name, path in desks.items():
        bundles.append(tmp_path / f"{name}.ckb")
        checkin("sync", path, "--out", bundles[-1], machine=f"laptop-{name}")
    merged = checkin("sync", hq, *[arg for b in reversed(bundles) for arg in ("--in", b)])
    assert merged["new"] > 0

    stats = checkin("stats", hq)
    assert stats["checked_in"] == 3  # first, second, and third through room A
    # `first` at two desks; `second` at desk 1 and again by room A, which could not know.
    assert stats["double_checkins"] == 2
    assert {code: n["attended"] for code, n in stats["sessions"].items() if n["attended"]} \
        == {"A": 2}
    assert checkin("stats", hq, "--rebuild")["digest"] == stats["digest"]
    doubles = json.dumps(checkin("stations", hq))
    assert first["id"] in doubles and second["id"] in doubles

    # The same bundles merged into a laptop give the same state: order does not matter.
    checkin("sync", desks["accueil-2"], "--in", bundles[1], machine="laptop-2")
    checkin("sync", hq, "--out", tmp_path / "hq.ckb")
    checkin("sync", desks["accueil-2"], "--in", tmp_path / "hq.ckb", machine="laptop-2")
    assert checkin("stats", desks["accueil-2"])["digest"] == stats["digest"]

    # For the funders: the spreadsheet, the CSV for French Excel, sheets and certificates.
    checkin("export", hq, "-o", tmp_path / "presences.xlsx")
    checkin("export", hq, "-o", tmp_path / "presences.csv")
    checkin("sheets", hq, "-o", tmp_path / "emargement.pdf")
    checkin("certificates", hq, "-o", tmp_path / "attestations.pdf")
    book = openpyxl.load_workbook(tmp_path / "presences.xlsx", read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert len(rows) - 1 == 310
    with (tmp_path / "presences.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert len(table) - 1 == 310 and any("Aurélie" in cell for row in table for cell in row)
    certificates = PdfReader(tmp_path / "attestations.pdf")
    assert len(certificates.pages) == 3
    text = " ".join(page.extract_text() for page in certificates.pages)
    assert all(p["last_name"] in text for p in (first, second, third))
    sheets = " ".join(page.extract_text() for page in PdfReader(tmp_path / "emargement.pdf").pages)
    assert "Innover avec la clause sociale" in sheets
