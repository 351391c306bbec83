"""A workbook written row by row: the few parts of XLSX that our exports use, and no more.

Why not a library: XlsxWriter (and openpyxl) make and check a cell object per value and
write it through several calls; at 50,000 registrations the export's two million cells
spent 85% of its time there (cProfile). Here a row is one string built from its values,
each column's reference made once, so the cells cost what their text costs.

What a sheet holds: text as inline strings (`quotePrefix` on those a spreadsheet would
run as a formula), numbers, date-times with a date format, fractions as percentages
(`Share`), a bold header row frozen at the top, column widths. The parts and their
attributes are those XlsxWriter writes, which Excel, LibreOffice, openpyxl and calamine
open. Each sheet's XML goes through a temporary
file, so memory stays flat and its extent (`dimension`) can lead it, as readers expect.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO
from xml.sax.saxutils import quoteattr


class Share(float):
    """A fraction that a spreadsheet shows as a percentage (0.62 -> "62 %")."""


Value = str | int | float | dt.datetime | None

RISKY = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs text starting so as a formula
# What the spreadsheets (this one and the CSV) show for a NUL in a text: U+FFFD, the
# replacement character ("A�B"). XML cannot hold a NUL; Excel cuts a CSV cell at one.
SHOWN_FOR_NUL = "\ufffd"
# Control characters that XML 1.0, hence XLSX, cannot hold (as openpyxl's own list).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
# Text that reads as XLSX's own escape of a character ("_x000D_"): its "_" escaped in turn,
# so that Excel and calamine show it as typed.
_LOOKS_ESCAPED = re.compile(r"(_x[0-9A-Fa-f]{4}_)")
_EPOCH = dt.datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system, as used after 1900
_BATCH = 2000  # rows joined before each write
# Style indexes in _STYLES' cellXfs.
_BOLD, _QUOTED, _WHEN, _SHARE = 1, 2, 3, 4
_QUOTED_ATTRIBUTE = f' s="{_QUOTED}"'

_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
         ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
_TAIL = ('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75"'
         ' header="0.3" footer="0.3"/></worksheet>')
_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd h:mm:ss"/></numFmts>'
    f'<fonts count="2"><font>{_FONT}</font><font><b/>{_FONT}</font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    '</cellStyleXfs><cellXfs count="5">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
    '</cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>')
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


class Workbook:
    """`add_sheet` each sheet in order, then `close` (or use it as a context manager)."""

    def __init__(self, path: str | Path) -> None:
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self._titles: list[str] = []

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, failure: type[BaseException] | None, *rest: object) -> None:
        if failure is None:
            self.close()
        else:  # let the half-written file go (it is a temporary one)
            self._zip.close()

    def add_sheet(self, title: str, headers: Sequence[str], rows: Iterable[Sequence[Value]],
                  widths: dict[int, float] | None = None) -> None:
        """A sheet of `rows` under a bold, frozen row of `headers` (none if empty);
        `widths` in characters by column index. `None` and "" leave a cell empty."""
        self._titles.append(title)
        with tempfile.TemporaryFile() as body:
            last_row, last_column = _write_rows(body, headers, rows)
            head = _sheet_head(len(self._titles) == 1, bool(headers), widths or {},
                               _reference(last_row, last_column)).encode()
            tail = _TAIL.encode()
            info = zipfile.ZipInfo(f"xl/worksheets/sheet{len(self._titles)}.xml",
                                   date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.file_size = len(head) + body.tell() + len(tail)  # zip64 only if needed
            body.seek(0)
            with self._zip.open(info, "w") as part:
                part.write(head)
                shutil.copyfileobj(body, part, 1 << 20)
                part.write(tail)

    def close(self) -> None:
        if self._zip.fp is None:
            return
        count = len(self._titles)
        sheets = "".join(f'<sheet name={quoteattr(t)} sheetId="{n}" r:id="rId{n}"/>'
                         for n, t in enumerate(self._titles, 1))
        self._part("xl/workbook.xml",
                   f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
                   f' xmlns:r="{_OFFICE}"><bookViews><workbookView/></bookViews>'
                   f'<sheets>{sheets}</sheets></workbook>')
        links = "".join(f'<Relationship Id="rId{n}" Type="{_OFFICE}/worksheet"'
                        f' Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
        self._part("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="{_PACKAGE}/relationships">{links}'
                   f'<Relationship Id="rId{count + 1}" Type="{_OFFICE}/styles"'
                   ' Target="styles.xml"/></Relationships>')
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._part("_rels/.rels",
                   f'<Relationships xmlns="{_PACKAGE}/relationships"><Relationship Id="rId1"'
                   f' Type="{_OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml"'
                            f' ContentType="{_TYPE}.worksheet+xml"/>' for n in range(1, count + 1))
        self._part("[Content_Types].xml",
                   f'<Types xmlns="{_PACKAGE}/content-types">'
                   '<Default Extension="rels"'
                   ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml"'
                   f' ContentType="{_TYPE}.styles+xml"/>{overrides}</Types>')
        self._zip.close()

    def _part(self, name: str, xml: str) -> None:
        self._zip.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           + xml)


def column_letter(index: int) -> str:
    """"A" for 0, "Z" for 25, "AA" for 26..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _reference(last_row: int, last_column: int) -> str:
    if last_row <= 1 and last_column <= 0:
        return "A1"
    return f"A1:{column_letter(max(last_column, 0))}{max(last_row, 1)}"


def _sheet_head(selected: bool, frozen: bool, widths: dict[int, float], extent: str) -> str:
    view = '<sheetView tabSelected="1"' if selected else "<sheetView"
    view += ' workbookViewId="0"'
    view += ('><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
             '<selection pane="bottomLeft"/></sheetView>') if frozen else "/>"
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{_width(w)}" customWidth="1"/>'
                   for i, w in sorted(widths.items()))
    return (f'{_HEAD}<dimension ref="{extent}"/><sheetViews>{view}</sheetViews>'
            f'<sheetFormatPr defaultRowHeight="15"/>{f"<cols>{cols}</cols>" if cols else ""}'
            '<sheetData>')


def _width(characters: float) -> float:
    """Excel's stored width for `characters` of Calibri 11 (7-pixel digits, 5 of padding)."""
    pixels = int(characters * 12 + 0.5) if characters < 1 else int(characters * 7 + 0.5) + 5
    return int(pixels / 7 * 256) / 256


def _write_rows(out: IO[bytes], headers: Sequence[str], rows: Iterable[Sequence[Value]],
                ) -> tuple[int, int]:
    """Write the sheetData rows; return the last row number and the last column index."""
    letters = [column_letter(i) for i in range(max(len(headers), 26))]
    batch: list[str] = []
    first = last = 1 if headers else 0
    last_column = len(headers) - 1
    if headers:
        bold = f' s="{_BOLD}"'
        batch.append('<row r="1">' + "".join(_text_cell(f"{letter}1", h, bold) for letter, h
                                             in zip(letters, headers, strict=False)) + "</row>")
    for last, row in enumerate(rows, first + 1):
        if len(row) > len(letters):
            letters += [column_letter(i) for i in range(len(letters), len(row))]
        last_column = max(last_column, len(row) - 1)
        batch.append(_row_xml(last, letters, row))
        if len(batch) >= _BATCH:
            out.write("".join(batch).encode())
            batch.clear()
    out.write("".join(batch).encode())
    return last, last_column


def _row_xml(number: int, letters: list[str], row: Sequence[Value]) -> str:
    cells = [f'<row r="{number}">']
    for letter, value in zip(letters, row, strict=False):  # letters: as many or more
        if isinstance(value, str):  # most cells: tested first, the common case inline
            if not value:
                continue
            if (value.isprintable() and value[0] != " " and value[-1] != " "
                    and "_x" not in value):
                if "&" in value or "<" in value or ">" in value:
                    value = _escape(value)
                s = _QUOTED_ATTRIBUTE if value.startswith(RISKY) else ""
                cells.append(
                    f'<c r="{letter}{number}"{s} t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                cells.append(_text_cell(f"{letter}{number}", value, ""))
        elif value is None:
            continue
        elif isinstance(value, dt.datetime):
            serial = (value - _EPOCH).total_seconds() / 86400
            cells.append(f'<c r="{letter}{number}" s="{_WHEN}"><v>{serial!r}</v></c>')
        elif type(value) is Share:
            cells.append(f'<c r="{letter}{number}" s="{_SHARE}"><v>{float(value)!r}</v></c>')
        else:
            cells.append(f'<c r="{letter}{number}"><v>{value!r}</v></c>')
    cells.append("</row>")
    return "".join(cells)


def _text_cell(ref: str, text: str, s: str) -> str:
    """A text cell, made safe: what XML cannot hold dropped, spaces and returns kept,
    `_x...._` kept as typed."""
    # A NUL (a broken export can bring one) shown; the other controls, which an import
    # removes as invisible, dropped.
    text = _ILLEGAL.sub("", text.replace("\0", SHOWN_FOR_NUL))
    if not text:
        return ""
    if text.startswith(RISKY):
        s = _QUOTED_ATTRIBUTE
    space = ' xml:space="preserve"' if text != text.strip() else ""
    # A raw return would be read back as a line feed: written as a character reference.
    text = _escape(_LOOKS_ESCAPED.sub(r"_x005F\1", text)).replace("\r", "&#13;")
    return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _escape(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text
