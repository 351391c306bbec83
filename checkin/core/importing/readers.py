"""Reading a registration export, CSV or XLSX, into rows of text cells.

Every cell comes out as text: spreadsheet dates become ISO text
("YYYY-MM-DDTHH:MM:SS"), whole numbers lose their ".0". Rows keep the number that a
spreadsheet would show beside them (the first line of the file is row 1) and rows
with no content at all are left out. Anything that is not a readable table raises
ImportFileError with a one-line message naming the file.

Bounds: a file beyond sane limits (its size, a line's length, rows, cells, a workbook's
uncompressed size) is refused as soon as the limit is passed, naming the limit, so that
memory stays bounded by the limits whatever the file holds. A CSV is read as a stream,
line by line; a workbook's sheets are first measured by streaming decompression.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from checkin.core.errors import ImportFileError, Problem

MAX_CELL = 100_000
MAX_COLUMNS = 1_000
# Bounds on what an import reads: 50,000 registrations of a Google Forms export are 17 MB,
# 15 cells a row; these leave room for four times that, with long answers.
MAX_ROWS = 200_000
MAX_CELLS = 10_000_000  # non-empty or not, up to each row's last non-empty cell
MAX_LINE = 1_000_000  # characters in one line of a CSV file
MAX_TEXT_BYTES = 200 * 1024 * 1024  # a CSV file's size
MAX_XLSX_BYTES = 100 * 1024 * 1024  # an XLSX file's size
MAX_XLSX_PART = 1024 * 1024 * 1024  # a part of a workbook, uncompressed

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .xls files
_BINARY_PROBE = 8192


@dataclass(slots=True)  # not frozen: made for every row, and a frozen one takes 4x longer
class Row:
    number: int  # as a spreadsheet shows it: the file's first row is 1
    cells: list[str]
    width: int = 0  # cells in the CSV record, trailing empty ones included; 0 for XLSX


@dataclass(frozen=True)
class Table:
    """The non-empty rows of one sheet or CSV file, in order."""

    name: str  # the file's name, for messages
    rows: list[Row]
    encoding: str = ""  # "utf-8", "cp1252", ... for text files; "" for workbooks
    delimiter: str = ""
    sheet: str = ""  # the sheet read, for workbooks
    path: Path | None = None  # the file read, for errors
    cleaned: tuple[int, ...] = ()  # rows whose control characters were removed
    lines: int = 0  # of a text file (a record may span several): 0 for workbooks

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
    workbook = suffix in XLSX_SUFFIXES
    if not workbook and sheet:
        raise import_error(path, Problem.IMPORT_SHEET_OF_TEXT,
                           "a sheet can only be chosen in an XLSX workbook", sheet=sheet)
    try:
        if path.is_dir():
            raise import_error(path, Problem.IMPORT_FOLDER, "is a folder, not a file")
        _check_size(path, path.stat().st_size, MAX_XLSX_BYTES if workbook else MAX_TEXT_BYTES)
        if workbook:
            data = path.read_bytes()
            if not data.strip():
                raise import_error(path, Problem.IMPORT_EMPTY, "the file is empty")
            return _read_xlsx(path, data, sheet)
        return _read_text(path)
    except FileNotFoundError:
        raise import_error(path, Problem.NO_SUCH_FILE, "no such file") from None
    except OSError as exc:
        raise import_error(path, Problem.UNREADABLE, f"cannot be read ({exc.strerror})",
                           reason=exc.strerror or "") from None


def _check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise import_error(
            path, Problem.IMPORT_FILE_TOO_BIG,
            f"the file is {_mb(size)} MB, beyond the limit of {_mb(limit)} MB for a "
            "registration list", size=-(-size // _MB), limit=limit // _MB)


_MB = 1024 * 1024


def _mb(size: int) -> str:
    """Megabytes, rounded up: a file just over the limit does not read as equal to it."""
    return f"{-(-size // _MB):,}"


# --- CSV ---------------------------------------------------------------------------------


_NARROW = ("utf-8-sig", "cp1252", "latin-1")  # tried in this order
_NAME = {"utf-8-sig": "utf-8"}


def text_encoding(name: Path | str, probe: bytes, size: int) -> str:
    """"utf-16"... for wide text, "" for 8-bit text (UTF-8, else cp1252, else Latin-1);
    refuses zip archives and binary files from the file's first bytes."""
    if probe.startswith(_ZIP_MAGIC):
        raise import_error(name, Problem.IMPORT_ZIP_NOT_TEXT,
                           "this is a zip archive (an XLSX workbook?), not a CSV text file")
    wide = _wide_encoding(probe, size)
    if wide:  # Excel's "Unicode text" (UTF-16 with a BOM), or UTF-16/32 without
        return wide
    # Control characters other than tab, line ends and form feed: a stray one (an ESC
    # pasted into a form) is text; many, or a zero byte, is a binary file.
    controls = sum(1 for b in probe if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in probe or controls > max(len(probe) // 100, _STRAY_CONTROLS):
        raise import_error(name, Problem.IMPORT_BINARY,
                           "this is a binary file, not a CSV registration list")
    return ""


_STRAY_CONTROLS = 8


def _bad_wide(name: Path | str, encoding: str) -> ImportFileError:
    return import_error(name, Problem.IMPORT_BAD_ENCODING,
                        f"not a readable text file (bad {encoding})", encoding=encoding)


def _wide_encoding(data: bytes, size: int) -> str:
    """"utf-32", "utf-16", "utf-16-le" or "utf-16-be" for wide text, "" otherwise: BOMs,
    then zero bytes in every other place (UTF-16 without a BOM, as some tools write)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    probe = data[:_BINARY_PROBE]
    if len(probe) < 4 or size % 2:
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


def _read_text(path: Path) -> Table:
    with path.open("rb") as handle:
        probe = handle.read(_SNIFF_BYTES)
    size = path.stat().st_size
    if not probe.strip():
        raise import_error(path, Problem.IMPORT_EMPTY, "the file is empty")
    wide = text_encoding(path, probe[:_BINARY_PROBE], size)
    for encoding in (wide,) if wide else _NARROW:
        # the first line, for the delimiter: bytes cut mid-character do not matter there
        delimiter = sniff_delimiter(probe.decode(encoding, errors="replace"))
        try:
            parsed = _parse_text(path, encoding, delimiter)
        except UnicodeDecodeError:
            if wide:
                raise _bad_wide(path, wide) from None
            continue  # not UTF-8 after all: read it again as cp1252, then Latin-1
        rows, cleaned, lines = parsed
        if not rows:
            raise import_error(path, Problem.IMPORT_EMPTY, "the file is empty")
        return Table(path.name, rows, encoding=_NAME.get(encoding, encoding)[:6]
                     if wide else _NAME.get(encoding, encoding),
                     delimiter=delimiter, path=path, cleaned=tuple(cleaned), lines=lines)
    raise AssertionError("latin-1 decodes any bytes")


_SNIFF_BYTES = 64 * 1024


def _parse_text(path: Path, encoding: str,
                delimiter: str) -> tuple[list[Row], list[int], int]:
    """The rows of a CSV file, read as a stream within the bounds, the rows whose
    control characters were removed, and the number of lines read."""
    with path.open("r", encoding=encoding, newline="") as handle:
        lines = _Lines(path, handle)
        reader = csv.reader(lines, delimiter=delimiter, strict=False)
        rows: list[Row] = []
        cells = 0
        header_width = 0  # of the first record with two cells: a header, most likely
        last_line = 0
        number = 0
        try:
            for number, record in enumerate(reader, 1):
                if lines.too_long:
                    raise lines.refusal()
                lines.record = number + 1
                span, last_line = reader.line_num - last_line, reader.line_num
                if span > 1 and header_width > 1:
                    _refuse_swallowed_lines(path, number, record, delimiter, header_width)
                # = _row(path, number, record), written out: it runs for every row
                width = len(record)
                while record and not record[-1].strip():
                    record.pop()
                if not record:
                    continue
                # a cell is no longer than the lines it spans: most records need no look
                if len(record) > MAX_COLUMNS or (span * lines.longest > MAX_CELL
                                                 and max(map(len, record)) > MAX_CELL):
                    _row(path, number, record)  # raises, naming the row and column
                if not header_width and len(record) > 1:
                    header_width = len(record)
                rows.append(Row(number, record, width))
                cells += len(record)
                if len(rows) > MAX_ROWS or cells > MAX_CELLS:
                    _check_counts(path, len(rows), cells)
        except csv.Error as exc:
            where = number + 1
            if "field larger than field limit" in str(exc):
                raise import_error(
                    path, Problem.IMPORT_CELL_TOO_BIG,
                    f"row {where}: a cell is longer than {MAX_CELL:,} characters; "
                    "this does not look like a registration list",
                    row=where, limit=MAX_CELL) from None
            raise import_error(path, Problem.IMPORT_BAD_CSV,
                               f"row {where}: unreadable CSV ({exc})",
                               row=where, reason=exc) from None
    return rows, sorted(set(lines.cleaned)), reader.line_num


class _Lines:
    """The lines of a text file for csv.reader, each at most MAX_LINE characters: a
    longer one is handed over cut (csv names a cell too long, if that is the cause),
    then refused."""

    def __init__(self, path: Path, handle: Any) -> None:
        self.path = path
        self.handle = handle
        self.readline = handle.readline
        self.record = 1  # the record being read, for messages
        self.too_long = False
        self.cleaned: list[int] = []  # records whose control characters were removed
        self.longest = 0  # characters in the longest line handed over so far, or more

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._blocks())  # in C from line to line

    def _blocks(self) -> Iterator[Iterable[str]]:
        """The lines, by blocks of text read at once and checked as a whole: a block
        with anything to look at closer (a NUL, a control character, a line too long, a
        line end splitlines cuts at and readline does not) and the rest of the file are
        read line by line by __next__, from where that block's first line begins."""
        handle = self.handle
        carry = ""  # the start of a line, from the blocks before
        mark, skip = handle.tell(), 0  # `carry` begins `skip` characters after `mark`
        while True:
            at = handle.tell()
            block = handle.read(_BLOCK)
            text = carry + block
            end = text.rfind("\n") + 1 if block else len(text)
            done = text[:end]  # whole lines (at the end of the file, the rest too)
            lines = done.splitlines(True)
            longest = max(map(len, lines), default=0)
            if len(text) - end > MAX_LINE or not _plain(done) or longest > MAX_LINE:
                handle.seek(mark)
                handle.read(skip)
                self.longest = MAX_LINE + 1  # lines of any length from now on
                yield _one_by_one(self)
                return
            self.longest = max(self.longest, longest)
            yield lines
            if not block:
                return
            if end:
                mark, skip = at, end - len(carry)
            carry = text[end:]

    def refusal(self) -> ImportFileError:
        return import_error(
            self.path, Problem.IMPORT_LINE_TOO_LONG,
            f"row {self.record}: a line is longer than {MAX_LINE:,} characters (the "
            "limit); this does not look like a registration list",
            row=self.record, limit=MAX_LINE)

    def __next__(self) -> str:
        if self.too_long:
            raise self.refusal()
        line: str = self.readline(MAX_LINE + 1)
        if not line:
            raise StopIteration
        if len(line) > MAX_LINE:
            self.too_long = True
        if "\x00" in line:
            raise import_error(self.path, Problem.IMPORT_BINARY,
                               "this is a binary file, not a CSV registration list")
        if _CONTROLS.search(line):  # an ESC pasted into a form: invisible, never wanted
            line = _CONTROLS.sub("", line)
            self.cleaned.append(self.record)
        return line


# C0 controls but tab and line ends, and DEL
_CONTROL_CHARS = "".join(map(chr, [*range(0x01, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]))
_CONTROLS = re.compile(f"[{re.escape(_CONTROL_CHARS)}]")
_BLOCK = 1 << 20  # characters read at once


def _plain(text: str) -> bool:
    """Nothing to clean or refuse (no NUL, no control character) and lines as `readline`
    cuts them (splitlines also cuts at NEL and the Unicode line and paragraph separators).
    One search of the text per character (memchr): a regex's class is four times slower."""
    return not ("\x00" in text or "\x85" in text or "\u2028" in text or "\u2029" in text
                or any(char in text for char in _CONTROL_CHARS))


def _one_by_one(lines: _Lines) -> Iterator[str]:
    while True:
        try:
            yield next(lines)
        except StopIteration:
            return


def _refuse_swallowed_lines(path: Path, number: int, record: list[str], delimiter: str,
                            header_width: int) -> None:
    """A record spread over several lines is fine (line breaks in a cell), unless a cell
    holds lines that look like rows of their own: a quote opened and never closed
    where it should be, after which nothing in the file can be trusted."""
    # a swallowed row shows about half its delimiters; a two-column list (names only)
    # holds no line breaks of its own, so one delimiter there already gives it away
    need = max(2, (header_width - 1) // 2) if header_width > 2 else 1
    for index, cell in enumerate(record):
        if "\n" not in cell and "\r" not in cell:
            continue
        inner = cell.splitlines()[1:]
        if any(line.count(delimiter) >= need for line in inner):
            raise import_error(
                path, Problem.IMPORT_OPEN_QUOTE,
                f"row {number}, column {column_label(index)}: a quote (\") opened in this "
                f"cell is not closed where the cell ends, so it takes in the {len(inner):,} "
                "lines after it as text; correct that quote in the file, nothing was "
                "imported", row=number, column=column_label(index), lines=len(inner))


def _check_counts(path: Path | str, rows: int, cells: int) -> None:
    if rows > MAX_ROWS:
        raise import_error(
            path, Problem.IMPORT_TOO_MANY_ROWS,
            f"more than {MAX_ROWS:,} rows (the limit); this does not look like a "
            "registration list", limit=MAX_ROWS)
    if cells > MAX_CELLS:
        raise import_error(
            path, Problem.IMPORT_TOO_MANY_CELLS,
            f"more than {MAX_CELLS:,} cells (the limit); this does not look like a "
            "registration list", limit=MAX_CELLS)


def _row(name: Path | str, number: int, cells: list[str] | Iterable[Any]) -> Row | None:
    """A row of text cells without its trailing empty cells; None for an empty row."""
    texts = cells if isinstance(cells, list) else [
        c if c.__class__ is str else cell_text(c) for c in cells]  # most cells are text
    width = len(texts) if isinstance(cells, list) else 0
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
    if max(map(len, texts)) > MAX_CELL:
        index = next(i for i, text in enumerate(texts) if len(text) > MAX_CELL)
        raise import_error(
            name, Problem.IMPORT_CELL_TOO_BIG,
            f"row {number}, column {column_label(index)}: a cell of "
            f"{len(texts[index]):,} characters is too long (the limit is {MAX_CELL:,})",
            row=number, column=column_label(index), limit=MAX_CELL)
    return Row(number, texts, width)


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
    """Read with calamine (ten times openpyxl's speed) when the sheets' extent is known and
    within bounds (calamine holds a sheet whole, empty cells included); else with
    openpyxl, row by row."""
    if data.startswith(_OLE_MAGIC):
        raise import_error(
            path, Problem.IMPORT_ENCRYPTED,
            "the workbook is password-protected (or an old .xls saved as .xlsx); "
            "remove the password or save it again as .xlsx")
    if not data.startswith(_ZIP_MAGIC):
        raise import_error(path, Problem.IMPORT_NOT_XLSX,
                           "not an XLSX workbook (the file is not a zip archive)")
    try:
        known_extent = _measure_workbook(path, data)
        if known_extent:
            rows, title = _calamine_rows(path, data, sheet)
        else:
            rows, title = _openpyxl_rows(path, data, sheet)
    except ImportFileError:
        raise
    except Exception as exc:  # damaged zip, XML, shared strings...: readers raise many kinds
        raise _damaged(path, exc) from None
    return Table(path.name, rows, sheet=title, path=path)


def _calamine_rows(path: Path, data: bytes, sheet: str | None) -> tuple[list[Row], str]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    title = _sheet_name(path, list(book.sheet_names), sheet)
    rows: list[Row] = []
    # from A1, so that rows keep the numbers a spreadsheet shows
    for number, values in enumerate(book.get_sheet_by_name(title).to_python(
            skip_empty_area=False), 1):
        row = _row(path, number, iter(values))
        if row is not None:
            rows.append(row)
    return rows, title


def _openpyxl_rows(path: Path, data: bytes, sheet: str | None) -> tuple[list[Row], str]:
    from openpyxl import load_workbook  # deferred: openpyxl takes a while to import

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        title = _sheet_name(path, list(workbook.sheetnames), sheet)
        return list(_xlsx_rows(path, workbook[title])), title
    finally:
        workbook.close()


def _measure_workbook(path: Path, data: bytes) -> bool:
    """Refuse a workbook whose parts, uncompressed, pass the bounds: decompressed as a
    stream and counted (rows and cells of every sheet), never held, and stopped at the
    limit. A few kilobytes of zip can hold millions of rows. True when every cell of
    every sheet names its place (as Excel writes them) and each sheet's extent, from A1
    to its last row and column, is within MAX_CELLS."""
    import zipfile  # here: a CSV import's process need not load it (3 ms of its start)

    known = True
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/") or info.is_dir():
                continue
            sheet = info.filename.startswith("xl/worksheets/")
            size = rows = cells = placed = last_row = 0
            columns: set[bytes] = set()
            carry = b""
            with archive.open(info) as part:
                while chunk := part.read(_CHUNK):
                    size += len(chunk)
                    if size > MAX_XLSX_PART:
                        raise import_error(
                            path, Problem.IMPORT_FILE_TOO_BIG,
                            f"the workbook holds more than {_mb(MAX_XLSX_PART)} MB once "
                            "uncompressed, beyond the limit for a registration list",
                            size=size // _MB, limit=MAX_XLSX_PART // _MB)
                    if not sheet:
                        continue
                    text = carry + chunk
                    cut = text.rfind(b"<")  # tags hold no "<": count whole tags only
                    text, carry = text[:cut], text[cut:]
                    rows += sum(map(text.count, _ROW_TAGS))
                    cells += sum(map(text.count, _CELL_TAGS))
                    _check_counts(path, rows, cells)
                    found = _CELL_PLACE.findall(text)
                    placed += len(found)
                    columns.update(found)
                    last_row = max(last_row, *map(int, _ROW_PLACE.findall(text) or [0]))
            rows += sum(map(carry.count, _ROW_TAGS))
            cells += sum(map(carry.count, _CELL_TAGS))
            _check_counts(path, rows, cells)
            if sheet:
                placed += len(_CELL_PLACE.findall(carry))
                width = max((_column_number(c) for c in columns), default=0)
                known = known and placed == cells and max(rows, last_row) * width <= MAX_CELLS
    return known


_CHUNK = 1024 * 1024
_ROW_TAGS = (b"<row ", b"<row>", b":row ", b":row>")
_CELL_TAGS = (b"<c ", b"<c>", b":c ", b":c>")
_CELL_PLACE = re.compile(rb'<(?:[A-Za-z0-9_]+:)?c r="([A-Z]{1,3})[0-9]')
_ROW_PLACE = re.compile(rb'<(?:[A-Za-z0-9_]+:)?row r="([0-9]{1,9})"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _damaged(path: Path, exc: Exception) -> ImportFileError:
    return import_error(path, Problem.IMPORT_DAMAGED_XLSX,
                        f"the XLSX workbook is damaged and cannot be read ({_short(exc)})",
                        reason=_short(exc))


def _sheet_name(name: Path, names: list[str], sheet: str | None) -> str:
    """The name of the sheet to read: the first, or the one asked for (case and
    surrounding spaces aside)."""
    if not names:
        raise import_error(name, Problem.IMPORT_NO_SHEETS, "the workbook has no sheet")
    if sheet is None:
        return names[0]
    if sheet in names:
        return sheet
    wanted = sheet.strip().casefold()
    for candidate in names:
        if candidate.strip().casefold() == wanted:
            return candidate
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
