"""Reading a registration export, CSV or XLSX, into rows of text cells.

Every cell comes out as text: spreadsheet dates become ISO text
("YYYY-MM-DDTHH:MM:SS"), whole numbers lose their ".0". Rows keep the number that a
spreadsheet would show beside them (the first line of the file is row 1) and rows
with no content at all are left out. Anything that is not a readable table raises
ImportFileError with a one-line message naming the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checkin.core.errors import ImportFileError, Problem

MAX_CELL = 100_000
MAX_COLUMNS = 1_000

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .xls files
_BINARY_PROBE = 8192


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet shows it: the file's first row is 1
    cells: list[str]


@dataclass(frozen=True)
class Table:
    """The non-empty rows of one sheet or CSV file, in order."""

    name: str  # the file's name, for messages
    rows: list[Row]
    encoding: str = ""  # "utf-8", "cp1252", ... for text files; "" for workbooks
    delimiter: str = ""
    sheet: str = ""  # the sheet read, for workbooks
    path: Path | None = None  # the file read, for errors

    @property
    def source(self) -> Path | str:
        return self.path if self.path is not None else self.name


def import_error(source: Path | str, problem: Problem, message: str,
                 **details: object) -> ImportFileError:
    """"NAME: message" for the command line; the problem, the file and the values its
    sentence needs (`details`, as text) for the GUI to word it in its own language."""
    path = Path(source)
    return ImportFileError(f"{path.name}: {message}", problem, path,
                           details={key: str(value) for key, value in details.items()})


def column_label(index: int) -> str:
    """Spreadsheet letters of a 0-based column index: 0 -> A, 27 -> AB."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read `path` (.csv/.tsv/.txt or .xlsx/.xlsm): the first sheet, or `sheet`."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise import_error(path, Problem.IMPORT_OLD_XLS,
                           "old Excel .xls workbooks are not supported; save it as .xlsx or CSV")
    if suffix not in TEXT_SUFFIXES + XLSX_SUFFIXES:
        raise import_error(path, Problem.IMPORT_UNKNOWN_TYPE,
                           f"unknown file type {suffix or '(no extension)'}; "
                           "expected a CSV or XLSX registration export", suffix=suffix)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise import_error(path, Problem.NO_SUCH_FILE, "no such file") from None
    except IsADirectoryError:
        raise import_error(path, Problem.IMPORT_FOLDER, "is a folder, not a file") from None
    except OSError as exc:
        raise import_error(path, Problem.UNREADABLE, f"cannot be read ({exc.strerror})",
                           reason=exc.strerror or "") from None
    if not data.strip():
        raise import_error(path, Problem.IMPORT_EMPTY, "the file is empty")
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, data, sheet)
    if sheet:
        raise import_error(path, Problem.IMPORT_SHEET_OF_TEXT,
                           "a sheet can only be chosen in an XLSX workbook", sheet=sheet)
    return _read_text(path, data)


# --- CSV ---------------------------------------------------------------------------------


def decode(name: Path | str, data: bytes) -> tuple[str, str]:
    """The text of a text file and the encoding it was read with."""
    if data.startswith(_ZIP_MAGIC):
        raise import_error(name, Problem.IMPORT_ZIP_NOT_TEXT,
                           "this is a zip archive (an XLSX workbook?), not a CSV text file")
    wide = _wide_encoding(data)
    if wide:  # Excel's "Unicode text" (UTF-16 with a BOM), or UTF-16/32 without
        try:
            return data.decode(wide), wide[:6]  # "utf-16" or "utf-32"
        except UnicodeDecodeError:
            raise import_error(name, Problem.IMPORT_BAD_ENCODING,
                               f"not a readable text file (bad {wide})", encoding=wide) from None
    probe = data[:_BINARY_PROBE]
    controls = sum(1 for b in probe if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in probe or controls > len(probe) // 100:
        raise import_error(name, Problem.IMPORT_BINARY,
                           "this is a binary file, not a CSV registration list")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _wide_encoding(data: bytes) -> str:
    """"utf-32", "utf-16", "utf-16-le" or "utf-16-be" for wide text, "" otherwise: BOMs,
    then zero bytes in every other place (UTF-16 without a BOM, as some tools write)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    probe = data[:_BINARY_PROBE]
    if len(probe) < 4 or len(data) % 2:
        return ""
    even, odd = probe[0::2], probe[1::2]
    if odd.count(0) > len(odd) * 0.9 and not even.count(0):
        return "utf-16-le"
    if even.count(0) > len(even) * 0.9 and not odd.count(0):
        return "utf-16-be"
    return ""


def sniff_delimiter(text: str) -> str:
    """`,`, `;` or tab: whichever the first non-blank line holds most of, outside quotes."""
    line = ""
    for candidate in text.splitlines():
        if candidate.strip(" \t,;"):
            line = candidate
            break
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the earlier in DELIMITERS
    return best if counts[best] else ","


def _read_text(path: Path, data: bytes) -> Table:
    name = path.name
    text, encoding = decode(path, data)
    if not text.strip():
        raise import_error(path, Problem.IMPORT_EMPTY, "the file is empty")
    if "\x00" in text:
        raise import_error(path, Problem.IMPORT_BINARY,
                           "this is a binary file, not a CSV registration list")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[Row] = []
    number = 0
    try:
        for number, record in enumerate(reader, 1):
            row = _row(path, number, record)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        where = number + 1
        if "field larger than field limit" in str(exc):
            raise import_error(
                path, Problem.IMPORT_CELL_TOO_BIG,
                f"row {where}: a cell is longer than {MAX_CELL:,} characters; "
                "this does not look like a registration list",
                row=where, limit=MAX_CELL) from None
        raise import_error(path, Problem.IMPORT_BAD_CSV, f"row {where}: unreadable CSV ({exc})",
                           row=where, reason=exc) from None
    return Table(name, rows, encoding=encoding, delimiter=delimiter, path=path)


def _row(name: Path | str, number: int, cells: list[str] | Iterable[Any]) -> Row | None:
    """A row of text cells without its trailing empty cells; None for an empty row."""
    texts = cells if isinstance(cells, list) else [cell_text(c) for c in cells]
    while texts and not texts[-1].strip():
        texts.pop()
    if not texts:
        return None
    if len(texts) > MAX_COLUMNS:
        raise import_error(
            name, Problem.IMPORT_TOO_MANY_COLUMNS,
            f"row {number} has {len(texts):,} columns (the limit is {MAX_COLUMNS:,}); "
            "this does not look like a registration list",
            row=number, count=len(texts), limit=MAX_COLUMNS)
    for index, text in enumerate(texts):
        if len(text) > MAX_CELL:
            raise import_error(
                name, Problem.IMPORT_CELL_TOO_BIG,
                f"row {number}, column {column_label(index)}: a cell of "
                f"{len(text):,} characters is too long (the limit is {MAX_CELL:,})",
                row=number, column=column_label(index), limit=MAX_CELL)
    return Row(number, texts)


def cell_text(value: Any) -> str:
    """A cell's value as text; dates and times in ISO form, to the second."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        # Excel stores times as fractions of a day: 15:52:41 may come back as 15:52:40.999
        rounded = (value + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
        return rounded.replace(tzinfo=None).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- XLSX --------------------------------------------------------------------------------


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> Table:
    name = path.name
    if data.startswith(_OLE_MAGIC):
        raise import_error(
            path, Problem.IMPORT_ENCRYPTED,
            "the workbook is password-protected (or an old .xls saved as .xlsx); "
            "remove the password or save it again as .xlsx")
    if not data.startswith(_ZIP_MAGIC):
        raise import_error(path, Problem.IMPORT_NOT_XLSX,
                           "not an XLSX workbook (the file is not a zip archive)")
    from openpyxl import load_workbook  # deferred: openpyxl takes a while to import

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, EOFError) as exc:
        raise _damaged(path, exc) from None
    except Exception as exc:  # openpyxl raises many kinds on malformed XML
        raise _damaged(path, exc) from None
    try:
        worksheet = _sheet(path, workbook, sheet)
        rows = list(_xlsx_rows(path, worksheet))
        title = str(worksheet.title)
    except ImportFileError:
        raise
    except Exception as exc:  # damaged sheet XML, shared strings, ...
        raise _damaged(path, exc) from None
    finally:
        workbook.close()
    return Table(name, rows, sheet=title, path=path)


def _damaged(path: Path, exc: Exception) -> ImportFileError:
    return import_error(path, Problem.IMPORT_DAMAGED_XLSX,
                        f"the XLSX workbook is damaged and cannot be read ({_short(exc)})",
                        reason=_short(exc))


def _sheet(name: Path, workbook: Any, sheet: str | None) -> Any:
    names: list[str] = list(workbook.sheetnames)
    if not names:
        raise import_error(name, Problem.IMPORT_NO_SHEETS, "the workbook has no sheet")
    if sheet is None:
        return workbook[names[0]]
    if sheet in names:
        return workbook[sheet]
    wanted = sheet.strip().casefold()
    for candidate in names:
        if candidate.strip().casefold() == wanted:
            return workbook[candidate]
    listed = ", ".join(f'"{n}"' for n in names)
    raise import_error(name, Problem.IMPORT_NO_SHEET,
                       f'no sheet named "{sheet}" (the sheets are {listed})',
                       sheet=sheet, sheets="\n".join(names))


def _xlsx_rows(name: Path, worksheet: Any) -> Iterator[Row]:
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()  # stored dimensions are often wrong; read what is there
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for number, values in enumerate(worksheet.iter_rows(values_only=True), 1):
            row = _row(name, number, values)
            if row is not None:
                yield row


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    text = text if len(text) <= 80 else text[:77] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
