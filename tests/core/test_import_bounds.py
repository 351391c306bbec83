"""Bounds on what an import reads, and files whose text cannot be trusted: refused early,
naming the limit or the row, with memory kept flat (checkin.core.importing.readers)."""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import DATA, make_registrations
from openpyxl import Workbook

from checkin.core.errors import ImportFileError, Problem
from checkin.core.importing import plan_import
from checkin.core.importing.readers import (
    MAX_LINE,
    MAX_ROWS,
    MAX_TEXT_BYTES,
    MAX_XLSX_BYTES,
    read_table,
)
from checkin.core.programme import Programme, load_programme

MB = 1024 * 1024


@pytest.fixture(scope="module")
def occ() -> Programme:
    return load_programme(DATA / "occitanie-2022.toml")


def refused(job: Callable[[], object]) -> tuple[ImportFileError, int]:
    """The error `job` raises and the peak memory it allocated meanwhile."""
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as caught:
            job()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return caught.value, peak


def workbook_with_sheet(path: Path, rows: int) -> Path:
    """A real workbook whose first sheet is replaced by `rows` tiny rows, deflated hard:
    3 million rows fit in about a megabyte."""
    book = Workbook()
    book.active.append(["Nom", "Prénom"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info))
                continue
            with target.open(info.filename, "w", force_zip64=True) as sheet:
                sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
                            b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                            b"<sheetData>")
                row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
                for _ in range(rows // 10_000):
                    sheet.write(row * 10_000)
                sheet.write(b"</sheetData></worksheet>")
    return path


def test_three_million_rows_in_a_small_workbook_are_refused_early(tmp_path: Path,
                                                                 occ: Programme) -> None:
    path = workbook_with_sheet(tmp_path / "bomb.xlsx", 3_000_000)
    assert path.stat().st_size < 2 * MB
    error, peak = refused(lambda: plan_import(path, occ, []))
    assert error.problem == Problem.IMPORT_TOO_MANY_ROWS
    assert str(error) == (f"bomb.xlsx: more than {MAX_ROWS:,} rows (the limit); this does "
                          "not look like a registration list")
    assert peak < 20 * MB  # streamed and counted, never loaded


def test_a_long_one_line_csv_is_refused_at_the_line_limit(tmp_path: Path,
                                                          occ: Programme) -> None:
    path = tmp_path / "one-line.csv"
    with path.open("wb") as out:
        out.write(b"Nom,Pr\xc3\xa9nom\n")
        for _ in range(20):
            out.write(b"a," * (MB // 2))  # 20 MB, no line end
    error, peak = refused(lambda: plan_import(path, occ, []))
    assert error.problem == Problem.IMPORT_LINE_TOO_LONG
    assert str(error).startswith(f"one-line.csv: row 2: a line is longer than {MAX_LINE:,} "
                                 "characters (the limit)")
    assert peak < 12 * MB  # one line's worth, not the file


@pytest.mark.parametrize(("name", "limit"), [("huge.csv", MAX_TEXT_BYTES),
                                             ("huge.xlsx", MAX_XLSX_BYTES)])
def test_a_file_beyond_the_size_limit_is_refused_unread(tmp_path: Path, occ: Programme,
                                                       name: str, limit: int) -> None:
    path = tmp_path / name
    with path.open("wb") as out:
        out.truncate(limit + 1)  # sparse: nothing is written, and nothing must be read
    error, peak = refused(lambda: plan_import(path, occ, []))
    assert error.problem == Problem.IMPORT_FILE_TOO_BIG
    assert str(error) == (f"{name}: the file is {limit // MB + 1:,} MB, beyond the "
                          f"limit of {limit // MB:,} MB for a registration list")
    assert peak < MB


def test_too_many_rows_in_a_csv(tmp_path: Path, occ: Programme,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("checkin.core.importing.readers.MAX_ROWS", 100)
    path = tmp_path / "long.csv"
    path.write_text("Nom,Prénom\n" + "Durand,Léa\n" * 101, encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^long\.csv: more than 100 rows \(the limit\)"):
        plan_import(path, occ, [])
    path.write_text("Nom,Prénom\n" + "Durand,Léa\n" * 99, encoding="utf-8")
    assert plan_import(path, occ, []).report.rows == 99


def test_one_stray_escape_character_is_text_not_binary(tmp_path: Path,
                                                       occ: Programme) -> None:
    path = tmp_path / "short.csv"
    path.write_bytes("Nom,Prénom\nDu\x1brand,Léa\nPetit,Samir\n".encode())
    plan = plan_import(path, occ, [])
    assert plan.report.added == 2
    # still binary: many control characters, or a zero byte
    path.write_bytes(b"Nom,Pr\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\nDurand,Lea\n")
    with pytest.raises(ImportFileError, match="binary file"):
        read_table(path)
    path.write_bytes(b"Nom,Prenom\nDur\x00and,Lea\n")
    with pytest.raises(ImportFileError, match="binary file"):
        read_table(path)


def test_an_unbalanced_quote_refuses_the_file_naming_the_row(tmp_path: Path,
                                                            occ: Programme) -> None:
    path = make_registrations(51, tmp_path / "export.csv", "--no-workshops")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    last_name = lines[8].split(",")[2]
    lines[8] = lines[8].replace(f",{last_name},", f',"{last_name},', 1)
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        plan_import(path, occ, [])
    assert caught.value.problem == Problem.IMPORT_OPEN_QUOTE
    assert str(caught.value).startswith('export.csv: row 9, column C: a quote (") opened in'
                                        " this cell is not closed where the cell ends")


def test_line_breaks_in_a_cell_are_not_an_open_quote(tmp_path: Path, occ: Programme) -> None:
    path = tmp_path / "export.csv"
    path.write_text('Nom,Prénom,Structure,Besoins spécifiques\n'
                    'Durand,Léa,Mairie,"Végétarien, sans gluten\nAccès PMR, fauteuil"\n'
                    'Petit,Samir,Région,\n', encoding="utf-8")
    assert plan_import(path, occ, []).report.added == 2


def test_a_far_away_cell_does_not_make_a_huge_sheet_in_memory(tmp_path: Path,
                                                              occ: Programme) -> None:
    # A1 and XFD100000: 1.6 billion cells from corner to corner, in a 6 KB file
    book = Workbook()
    book.active.append(["Nom", "Prénom"])
    book.active.append(["Durand", "Léa"])
    book.active["XFD100000"] = "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    error, peak = refused(lambda: plan_import(path, occ, []))
    assert error.problem == Problem.IMPORT_TOO_MANY_COLUMNS  # read row by row instead
    assert peak < 20 * MB


def test_cells_without_their_place_are_read_as_well(tmp_path: Path, occ: Programme) -> None:
    # some writers leave out r="B2": the sheet's extent is then unknown before reading
    book = Workbook()
    for row in (["Nom", "Prénom", "Structure"], ["Durand", "Léa", "Mairie"],
                ["Petit", "Samir", 42]):
        book.active.append(row)
    placed = tmp_path / "placed.xlsx"
    book.save(placed)
    bare = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(placed) as source, zipfile.ZipFile(bare, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb' r="[A-Z]+[0-9]+"', b"", data)
            target.writestr(info, data)
    assert b' r="A1"' not in zipfile.ZipFile(bare).read("xl/worksheets/sheet1.xml")
    assert read_table(bare).rows == read_table(placed).rows
    assert [r.cells for r in read_table(bare).rows][2] == ["Petit", "Samir", "42"]


def test_an_unbalanced_quote_in_a_two_column_list_refuses_it(tmp_path: Path,
                                                             occ: Programme) -> None:
    path = tmp_path / "noms.csv"  # French Excel: names only, ';'
    path.write_text('Nom;Prénom\n"Dupont;Jean\nMartin;Paul\nPetit;Samir\n', encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        plan_import(path, occ, [])
    assert caught.value.problem == Problem.IMPORT_OPEN_QUOTE
    assert "row 2, column A" in str(caught.value)
    path.write_text('Nom;Prénom\nDupont;Jean\n"Martin";Paul\n', encoding="utf-8")
    assert plan_import(path, occ, []).report.added == 2  # quotes that close are fine
