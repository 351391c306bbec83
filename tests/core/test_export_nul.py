"""A NUL character (U+0000) in a text field, as a broken export can bring one: every export
keeps the rest of the cell. The spreadsheets, which cannot show a NUL (XML cannot hold one,
Excel cuts a CSV cell at it), show U+FFFD, the replacement character, in its place: the
user sees "A�B" where the registration holds "A<NUL>B". The PDFs keep the character."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from reports_helpers import add_person, attend, check_in

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.badges import render_badges, select_registrations
from checkin.core.event import Event
from checkin.core.reports import certificates, sheets, spreadsheet

SHOWN = "\ufffd"


def _broken_day(event: Event) -> str:
    """Two people; one imported with NULs in her names, then edited at the desk to hold
    one in her organisation and her needs."""
    add_person(event, "Martin", "Ana", "Mairie", ("A",))
    reg_id = add_person(event, "Du\0pont", "Jean\0ne", "", ("A",), phone="+33\0 6")
    reg = event.registration(reg_id)
    assert reg is not None
    reception.edit(event, reg, {"organisation": "A\0B", "needs": "x\0y;z"})
    event.append([j.NewEntry(j.REGISTRATION_EDITED, reg_id, {"extra": {"Remarque": "r\0s"}})])
    check_in(event, reg_id)
    attend(event, reg_id, "A")
    return reg_id


def test_the_csv_keeps_what_follows_a_nul(event: Event, tmp_path: Path) -> None:
    _broken_day(event)
    out = spreadsheet.export(event, tmp_path / "bilan.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    dupont = next(r for r in rows if r["Code"] != "" and r["Prénom"] != "Ana")
    assert dupont["Nom"] == f"Du{SHOWN}pont" and dupont["Prénom"] == f"Jean{SHOWN}ne"
    assert dupont["Structure"] == f"A{SHOWN}B"
    assert dupont["Besoins spécifiques"] == f"x{SHOWN}y;z"
    assert dupont["Téléphone"] == f"'+33{SHOWN} 6"  # neutralised, as any "+33 6"
    assert dupont["Sessions suivies"].startswith("A (")
    assert dupont["Remarque"] == f"r{SHOWN}s"
    assert [r["Nom"] for r in rows] == [f"Du{SHOWN}pont", "Martin"]


def test_the_xlsx_shows_the_same_cells(event: Event, tmp_path: Path) -> None:
    _broken_day(event)
    out = spreadsheet.export(event, tmp_path / "bilan.xlsx")
    ws = openpyxl.load_workbook(out)["Inscriptions"]
    values = list(ws.iter_rows(values_only=True))
    dupont = dict(zip(values[0], values[1], strict=True))
    assert dupont["Nom"] == f"Du{SHOWN}pont" and dupont["Structure"] == f"A{SHOWN}B"
    assert dupont["Besoins spécifiques"] == f"x{SHOWN}y;z"
    assert dupont["Remarque"] == f"r{SHOWN}s"
    wb = openpyxl.load_workbook(out)
    session = next(ws for ws in wb.worksheets if ws.title.startswith("A - "))
    assert list(session.iter_rows(values_only=True))[1][:3] == (
        f"Du{SHOWN}pont", f"Jean{SHOWN}ne", f"A{SHOWN}B")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_pdfs_keep_the_whole_name(event: Event, tmp_path: Path) -> None:
    """Sign-in sheets, certificates and badges: no crash, nothing after the NUL lost."""
    _broken_day(event)
    sheets.write(event, tmp_path / "sheets.pdf")
    certificates.write(event, tmp_path / "certificates.pdf")
    report = render_badges(event, select_registrations(event), "a4-2x5",
                           tmp_path / "badges.pdf")
    assert report.not_fitting == []
    for name in ("sheets", "certificates", "badges"):
        text = _pdf_text(tmp_path / f"{name}.pdf")
        assert "A\0B" in text, name
        assert "du\0pont" in text.lower() and "Jean\0ne" in text, name
