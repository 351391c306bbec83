"""The exports' own XLSX writer, its files opened by openpyxl (what the tests trust), by
calamine and by our importer (what a re-import reads)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from checkin.core.importing.readers import read_table
from checkin.core.reports.xlsx_stream import Workbook, column_letter

TEXTS = ["Hélène", "a & <b> \"c\" 'd'", " devant", "derrière ", "ligne 1\nligne 2",
         "\rRetour", "x\r\ny", "\tTabulée", "=1+1", "+33 6 12 34 56 78", "-végétarien",
         "@SUM(A1:A9)", "\u00a0insécable", "文字 ✓"]
LOOKS_ESCAPED = "_x000D_ tel quel"  # as XLSX escapes a return: must not read as one
WHEN = dt.datetime(2022, 12, 8, 9, 35, 7)


def _write(path: Path) -> Path:
    with Workbook(path) as wb:
        wb.add_sheet("Textes & <accents> é", ["Valeur", "Nombre"],
                     [[text, n] for n, text in enumerate(TEXTS)], widths={0: 22, 1: 0.5})
        wb.add_sheet("Échappé", [], [[LOOKS_ESCAPED]])
        wb.add_sheet("Types", [], [[3, 0.667, WHEN, None, "", "fin"],
                                   ["Bell\x07e", "\x00\x01"],
                                   [f"c{i}" for i in range(30)]])
    return path


def test_values_read_back_as_written(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_write(tmp_path / "t.xlsx"))
    assert wb.sheetnames == ["Textes & <accents> é", "Échappé", "Types"]
    texts = wb["Textes & <accents> é"]
    rows = list(texts.iter_rows(values_only=True))
    assert rows[0] == ("Valeur", "Nombre")
    assert [r[0] for r in rows[1:]] == TEXTS  # spaces, returns and tabs kept as typed
    assert [r[1] for r in rows[1:]] == list(range(len(TEXTS)))
    types = list(wb["Types"].iter_rows(values_only=True))
    assert types[0] == (3, 0.667, WHEN, None, None, "fin") + (None,) * 24
    # What XML cannot hold is dropped, the rest kept; a NUL shown as U+FFFD
    assert types[1][:2] == ("Belle", "\ufffd")
    assert types[2] == tuple(f"c{i}" for i in range(30))  # past Z: AA, AB...


def test_formulas_are_text_marked_with_a_quote_prefix(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_write(tmp_path / "t.xlsx"))["Textes & <accents> é"]
    marked = {c.value for row in ws.iter_rows(min_row=2) for c in row if c.quotePrefix}
    assert marked == {"\rRetour", "\tTabulée", "=1+1", "+33 6 12 34 56 78", "-végétarien",
                      "@SUM(A1:A9)"}
    assert all(c.data_type == "s" for row in ws.iter_rows(min_row=2) for c in row[:1])
    with zipfile.ZipFile(tmp_path / "t.xlsx") as z:
        assert all(b"<f>" not in z.read(n) for n in z.namelist())


def test_layout_header_widths_and_extent(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Textes & <accents> é"]
    assert ws.freeze_panes == "A2" and wb["Types"].freeze_panes is None
    assert ws["A1"].font.b and not ws["A2"].font.b
    assert ws.column_dimensions["A"].width == pytest.approx(22.71, abs=0.01)
    assert wb["Types"]["C1"].number_format == "yyyy-mm-dd h:mm:ss"
    lazy = openpyxl.load_workbook(path, read_only=True)  # reads the declared extent
    assert (lazy["Textes & <accents> é"].max_row, lazy["Types"].max_column) == (len(TEXTS) + 1, 30)


def test_calamine_and_our_importer_read_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "t.xlsx")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(
        "Textes & <accents> é").to_python()
    assert [r[0] for r in rows[1:]] == TEXTS
    # openpyxl does not unescape inline strings; calamine and Excel do, as the format says
    book = CalamineWorkbook.from_path(str(path))
    assert book.get_sheet_by_name("Échappé").to_python() == [[LOOKS_ESCAPED]]
    table = read_table(path)
    assert table.sheet == "Textes & <accents> é" and len(table.rows) == len(TEXTS) + 1


def test_a_failure_while_writing_still_closes_the_file(tmp_path: Path) -> None:
    def rows():  # type: ignore[no-untyped-def]
        yield ["un"]
        raise RuntimeError("stop")
    with pytest.raises(RuntimeError), Workbook(tmp_path / "t.xlsx") as wb:
        wb.add_sheet("S", ["h"], rows())
    (tmp_path / "t.xlsx").unlink()  # not held open (Windows could not remove it)


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"),
                                                 (701, "ZZ"), (702, "AAA")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters
