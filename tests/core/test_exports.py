"""XLSX and CSV exports, opened as a user's spreadsheet would open them."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from reports_helpers import add_person, small_day

from checkin.cli import main
from checkin.core.errors import CheckinError
from checkin.core.reports import spreadsheet
from checkin.core.reports.spreadsheet import export, neutralise

RISKY = ["=1+1", "+33 6 12 34 56 78", "-végétarien", "@SUM(A1:A9)", "\tTabulée", "\rRetour"]


@pytest.mark.parametrize("text", RISKY)
def test_neutralise_keeps_the_value_after_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Dupont", "Lefèvre", "a=b", "06 12 34 56 78", ""])
def test_harmless_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)[sheet]
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_xlsx_holds_every_registration_with_accents(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    ids = small_day(event, clock)
    out = export(event, tmp_path / "bilan.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Inscriptions", "Synthèse"]
    assert len(wb.sheetnames) == 2 + len(event.programme.sessions())
    rows = {r["Code"]: r for r in _rows(out, "Inscriptions")}
    assert len(rows) == len(ids)  # the cancelled one too, marked
    by_name = {r["Nom"]: r for r in rows.values()}
    assert set(by_name) == {"Durand", "Lefèvre", "N'Diaye", "Martin", "Zidane", "Ébrard"}
    durand = by_name["Durand"]
    assert durand["Prénom"] == "Julien" and durand["Poste d'accueil"] == "Accueil 1"
    assert durand["Arrivée"] == dt.datetime(2022, 12, 8, 9, 35)
    assert durand["Sessions suivies"] == "A (14:05), E (15:20)"
    assert durand["Ateliers choisis"] == "A, DEJ, E"
    assert by_name["Zidane"]["Statut"] == "annulé"
    assert by_name["Ébrard"]["Prénom"] == "Élodie" and by_name["Ébrard"]["Origine"] == "sur place"
    assert by_name["Martin"]["Arrivée"] is None


def test_xlsx_formulas_are_stored_as_text_with_their_value(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    out = export(event, tmp_path / "bilan.xlsx")
    ws = openpyxl.load_workbook(out)["Inscriptions"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    for text in ["=1+1", "+33 6 12 34 56 78", "-végétarien", "@SUM(A1:A9)", "\tChargé de mission"]:
        cell = cells[text]
        assert cell.data_type == "s" and cell.quotePrefix, text
    assert not cells["Durand"].quotePrefix
    with zipfile.ZipFile(out) as z:  # no formula anywhere in the file
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)


def test_xlsx_session_sheets_and_summary(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    out = export(event, tmp_path / "bilan.xlsx")
    wb = openpyxl.load_workbook(out)
    b_sheet = next(n for n in wb.sheetnames if n.startswith("B - "))
    assert len(b_sheet) <= 31
    rows = {r["Nom"]: r for r in _rows(out, b_sheet)}
    assert set(rows) == {"Lefèvre", "N'Diaye", "Ébrard"}
    assert rows["N'Diaye"]["Inscrit à la session"] == "non"
    assert rows["N'Diaye"]["Présent"] == "oui" and rows["N'Diaye"]["Signalement"] == \
        "inscrit à une autre session du créneau"
    assert rows["Lefèvre"]["Présent"] == "non"
    summary = {r[0]: r[1:] for r in wb["Synthèse"].iter_rows(values_only=True) if r[0]}
    assert summary["Arrivés"][0] == 4 and summary["Inscrits (sur place compris)"][0] == 5
    assert summary["Absents"][0] == 1 and summary["Présents l'après-midi"][0] == 4
    assert summary["B"][3:7] == (60, 2, 2, 1)  # capacity, registered, present, of whom reg.
    assert summary["B"][2] == "14h00 – 15h00"  # as the sheets and certificates write it
    assert summary["Entreprise"][:2] == (2, 1)


def test_csv_opens_in_french_excel_with_accents_and_neutralised(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    ids = small_day(event, clock)
    out = export(event, tmp_path / "bilan.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that tells Excel it is UTF-8
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == len(ids)
    by_name = {r["Nom"]: r for r in rows}
    assert by_name["Lefèvre"]["Prénom"] == "Hélène"
    assert by_name["Lefèvre"]["Structure"] == "'=1+1"
    assert by_name["Durand"]["Téléphone"] == "'+33 6 12 34 56 78"
    assert by_name["Martin"]["Structure"] == "'@SUM(A1:A9)"
    assert by_name["Martin"]["Besoins spécifiques"] == "'-végétarien"
    assert by_name["Durand"]["Fonction"] == "'\tChargé de mission"
    assert by_name["Durand"]["Arrivée"] == "2022-12-08 09:35:00"
    for row in rows:  # nothing a spreadsheet would run, in any column
        assert not any(v.startswith(tuple("=+-@\t\r")) for v in row.values() if v)


def test_carriage_return_and_control_characters(event, tmp_path):  # type: ignore[no-untyped-def]
    add_person(event, "\rRetour", "Bell\x07e", organisation="-")
    xlsx = export(event, tmp_path / "x.xlsx")
    row = _rows(xlsx, "Inscriptions")[0]
    assert row["Prénom"] == "Belle"  # BEL cannot be stored in XLSX: dropped, the rest kept
    assert row["Structure"] == "-"
    csv_out = export(event, tmp_path / "x.csv")
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle, delimiter=";"))
    assert row["Nom"] == "'\rRetour" and row["Structure"] == "'-"


def test_bad_destinations_are_refused(event, tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(CheckinError, match=r"xlsx or \.csv"):
        export(event, tmp_path / "bilan.ods")
    with pytest.raises(CheckinError, match="no such folder"):
        export(event, tmp_path / "missing" / "bilan.xlsx")


def test_cli_export(event, clock, tmp_path, capsys):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    event.close()
    out = tmp_path / "bilan.xlsx"
    assert main(["export", str(event.path), "-o", str(out), "--json"]) == 0
    assert len(_rows(out, "Inscriptions")) == 6
    assert main(["export", str(event.path), "-o", str(tmp_path / "x.txt")]) == 2
    assert "xlsx or .csv" in capsys.readouterr().err


@pytest.mark.slow
def test_many_registrations_export(event, tmp_path):  # type: ignore[no-untyped-def]
    from checkin.core import journal as j
    entries = [j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": f"C{i:05d}", "fields": {"last_name": f"Nom{i}", "first_name": "Zoé",
                                        "organisation": "=cmd" if i % 7 == 0 else "Mairie"},
        "sessions": ["A"]}) for i in range(2000)]
    event.append(entries)
    headers, rows = spreadsheet.registration_table(event)
    assert len(list(rows)) == 2000 and headers[0] == "Code"
    out = export(event, tmp_path / "big.xlsx")
    rows_out = _rows(out, "Inscriptions")
    assert len(rows_out) == 2000
    assert sum(r["Structure"] == "=cmd" for r in rows_out) == len(range(0, 2000, 7))


def test_a_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path) -> None:
    from checkin.core.errors import CheckinError
    from checkin.core.files import write_through_temp
    out = tmp_path / "presences.csv"
    out.write_text("previous export", encoding="utf-8")

    def half_then_crash(tmp) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")
    with pytest.raises(CheckinError, match=r"presences\.csv: cannot be written"):
        write_through_temp(out, half_then_crash)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["presences.csv"]


def test_xlsx_looks_as_written_header_widths_dates_and_no_control_characters(
        event, clock, tmp_path):  # type: ignore[no-untyped-def]
    """What XlsxWriter writes, read back by openpyxl: a bold frozen header, the widths,
    arrival times shown as date-times, control characters XML cannot hold removed."""
    small_day(event, clock)
    add_person(event, "Bell\x07e", "Ana\x0b", "Cloche")
    out = export(event, tmp_path / "bilan.xlsx")
    ws = openpyxl.load_workbook(out)["Inscriptions"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Code" and ws["A1"].font.b
    assert ws.column_dimensions["B"].width == pytest.approx(22, abs=1)
    arrival = next(c for c in ws[1] if c.value == "Arrivée").column
    times = [row[arrival - 1] for row in ws.iter_rows(min_row=2)
             if isinstance(row[arrival - 1].value, dt.datetime)]
    assert times and all(c.is_date and "h" in c.number_format for c in times)
    names = {c.value for c in ws["B"]}
    assert "Belle" in names and not any("\x07" in str(n) for n in names)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_category_is_in_the_words_typed_at_import(event, tmp_path, suffix):  # type: ignore[no-untyped-def]
    from checkin.core.importing import plan_import
    form = tmp_path / "inscriptions.csv"
    form.write_text("Nom;Prénom;Adresse e-mail;Catégorie\n"
                    "Roux;Inès;ines@example.org;Presse\n"
                    "Petit;Marc;marc@example.org;Intervenant\n"
                    "Blanc;Lou;lou@example.org;\n", encoding="utf-8")
    event.append(plan_import(form, event.programme, event.registrations()).entries)
    out = export(event, tmp_path / f"bilan{suffix}")
    if suffix == ".csv":  # as French Excel reads it: UTF-8 with BOM, ";"
        with out.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter=";"))
    else:
        sheet = openpyxl.load_workbook(out, read_only=True)["Inscriptions"]
        header, *data = [list(r) for r in sheet.iter_rows(values_only=True)]
        rows = [dict(zip(header, r, strict=True)) for r in data]
    assert {r["Nom"]: r["Catégorie"] for r in rows} == {
        "Roux": "Presse", "Petit": "Intervenant", "Blanc": "Participant"}
