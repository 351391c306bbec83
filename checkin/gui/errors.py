"""Errors from core, said in the interface's language.

Core's messages are English (the command line, logs); the problems a desk, a room or an
import may meet carry a `Problem`, the file and their details, so they are worded here with
`tr`: %1 is the file's name, %2, %3... the details named in `_ARGS`. Anything else falls
back to core's own one-line message; an exception that is not ours is logged and said in
plain words (`unexpected`).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from checkin.core.errors import CheckinError, Problem
from checkin.core.importing.plan import CANCELLED, LONG_NAME, NO_NAME
from checkin.gui.logging_setup import log_unexpected

# the details each sentence shows after the file's name, as %2, %3...
_ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.IMPORT_EMPTY_SHEET: ("sheet",),
    Problem.IMPORT_BAD_ENCODING: ("encoding",),
    Problem.IMPORT_CELL_TOO_BIG: ("row", "limit"),
    Problem.IMPORT_BAD_CSV: ("row",),
    Problem.IMPORT_TOO_MANY_COLUMNS: ("row", "count", "limit"),
    Problem.IMPORT_FILE_TOO_BIG: ("size", "limit"),
    Problem.IMPORT_LINE_TOO_LONG: ("row", "limit"),
    Problem.IMPORT_TOO_MANY_ROWS: ("limit",),
    Problem.IMPORT_TOO_MANY_CELLS: ("limit",),
    Problem.IMPORT_OPEN_QUOTE: ("row", "column", "lines"),
    Problem.IMPORT_NO_SHEET: ("sheet", "sheets"),
    Problem.IMPORT_UNKNOWN_SESSION: ("column", "code", "sessions"),
    Problem.IMPORT_UNKNOWN_ROLE: ("column", "role"),
    Problem.IMPORT_UNKNOWN_COLUMN: ("column",),
    Problem.IMPORT_TWIN_NAME_COLUMNS: ("first", "second", "header"),
    Problem.IMPORT_NO_NAME_COLUMN: ("headers",),
    Problem.PROGRAMME_UNREADABLE: ("reason",),
    Problem.PROGRAMME_NOT_TOML: ("reason",),
    **{problem: ("key",) for problem in (
        Problem.PROGRAMME_MISSING, Problem.PROGRAMME_NOT_TEXT, Problem.PROGRAMME_NOT_TABLE,
        Problem.PROGRAMME_NOT_TABLES, Problem.PROGRAMME_BAD_CODE, Problem.PROGRAMME_BAD_DATE,
        Problem.PROGRAMME_BAD_TIME, Problem.PROGRAMME_END_BEFORE_START,
        Problem.PROGRAMME_BAD_CAPACITY)},
    Problem.PROGRAMME_CODE_TWICE: ("code",),
    Problem.PURGE_NOT_CONFIRMED: ("short",),
}
_PROGRAMME_KEYS = {problem for problem, args in _ARGS.items()
                   if problem.startswith("programme_") and args != ("reason",)}
_LISTS = {"sheets", "headers"}  # one name a line in core; quoted and joined here
_NUMBERS = {"count", "limit", "size", "lines"}
_LISTED = 8  # names shown of a list


def _texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.NO_SUCH_FILE: tr.translate("Errors", "“%1” does not exist (any more)."),
        Problem.NOT_AN_EVENT: tr.translate("Errors", "“%1” is not a checkin event file."),
        Problem.DAMAGED: tr.translate(
            "Errors", "“%1” is damaged: open one of its backups (the folder beside it"
            " ending in .backups)."),
        Problem.NEWER_VERSION: tr.translate(
            "Errors", "“%1” was made by a newer version of checkin: update checkin on"
            " this laptop."),
        Problem.EXISTS: tr.translate("Errors", "“%1” already exists: choose another name."),
        Problem.UNREADABLE: tr.translate(
            "Errors", "“%1” cannot be read (check the disk and the file's permissions)."),
        Problem.DISK_FULL: tr.translate(
            "Errors", "The disk of “%1” is full: this was NOT recorded. Free some space,"
            " then try again."),
        Problem.READ_ONLY: tr.translate(
            "Errors", "“%1” has become read-only: this was NOT recorded. Check the disk or"
            " USB key."),
        Problem.GONE: tr.translate(
            "Errors", "“%1” has gone (deleted, moved, or its USB key removed): this was NOT"
            " recorded. Put it back, or save a copy."),
        Problem.BUSY: tr.translate(
            "Errors", "“%1” is held by another program: this was NOT recorded. Try again."),
        Problem.PURGED: tr.translate(
            "Errors", "The personal data of “%1” were purged: it records nothing more."),
        Problem.NOT_RECORDED: tr.translate(
            "Errors", "“%1” could not be written: this was NOT recorded."),
        Problem.STATION_CONFLICT: tr.translate(
            "Errors", "“%1” comes from another laptop: name a new station for this one"
            " before recording."),
        Problem.PURGE_NOT_CONFIRMED: tr.translate(
            "Errors", "“%1” was not purged: type the event's short name, %2, to confirm."
            " Nothing was changed."),
        **_import_texts(),
        **_programme_texts(),
    }


def _programme_texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.PROGRAMME_UNREADABLE: tr.translate(
            "Errors", "The programme “%1” cannot be read (%2): choose the programme's"
            " .toml file."),
        Problem.PROGRAMME_NOT_TOML: tr.translate(
            "Errors", "“%1” is not a TOML programme (%2): start from the example in the"
            " README."),
        # the rest name a key: "Programme “%1”: " comes before them when there is a file
        Problem.PROGRAMME_MISSING: tr.translate("Errors", "%2 is missing: add it."),
        Problem.PROGRAMME_NOT_TEXT: tr.translate(
            "Errors", "%2 must be text, between quotes."),
        Problem.PROGRAMME_NOT_TABLE: tr.translate(
            "Errors", "%2 must be a table of keys (key = value)."),
        Problem.PROGRAMME_NOT_TABLES: tr.translate(
            "Errors", "%2 must be written as repeated tables ([[slot]], [[slot.session]])."),
        Problem.PROGRAMME_BAD_CODE: tr.translate(
            "Errors", "%2 must be 1 to 8 letters or digits."),
        Problem.PROGRAMME_BAD_DATE: tr.translate(
            "Errors", "%2 must be a date such as 2022-12-08."),
        Problem.PROGRAMME_BAD_TIME: tr.translate(
            "Errors", "%2 must be a time such as 14:00."),
        Problem.PROGRAMME_END_BEFORE_START: tr.translate(
            "Errors", "%2 ends before it starts."),
        Problem.PROGRAMME_BAD_CAPACITY: tr.translate(
            "Errors", "%2 must be a whole number of places."),
        Problem.PROGRAMME_CODE_TWICE: tr.translate(
            "Errors", "%2: this session code is used twice; each session needs its own."),
    }


def _import_texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.IMPORT_OLD_XLS: tr.translate(
            "Errors", "“%1” is an old Excel .xls workbook: save it as .xlsx or CSV, then"
            " choose it again."),
        Problem.IMPORT_UNKNOWN_TYPE: tr.translate(
            "Errors", "“%1” is neither a CSV file nor an XLSX workbook: choose the export of"
            " the registration form."),
        Problem.IMPORT_FOLDER: tr.translate(
            "Errors", "“%1” is a folder: choose the registration file inside it."),
        Problem.IMPORT_EMPTY: tr.translate(
            "Errors", "“%1” is empty: there is nothing to import."),
        Problem.IMPORT_EMPTY_SHEET: tr.translate(
            "Errors", "The sheet “%2” of “%1” is empty: there is nothing to import."),
        Problem.IMPORT_SHEET_OF_TEXT: tr.translate(
            "Errors", "“%1” is a text file, not a workbook: it has no sheet to choose."),
        Problem.IMPORT_ZIP_NOT_TEXT: tr.translate(
            "Errors", "“%1” is a zip archive (an Excel workbook?), not a CSV file: give it"
            " the .xlsx extension, or export it as CSV."),
        Problem.IMPORT_BAD_ENCODING: tr.translate(
            "Errors", "“%1” is not readable text (invalid %2): export it again as CSV."),
        Problem.IMPORT_BINARY: tr.translate(
            "Errors", "“%1” is a binary file, not a list of registrations: choose the CSV or"
            " XLSX export of the form."),
        Problem.IMPORT_CELL_TOO_BIG: tr.translate(
            "Errors", "“%1”, row %2: a cell is longer than %3 characters: this is not a list"
            " of registrations."),
        Problem.IMPORT_BAD_CSV: tr.translate(
            "Errors", "“%1”, row %2: this CSV cannot be read: export it again from the"
            " form."),
        Problem.IMPORT_TOO_MANY_COLUMNS: tr.translate(
            "Errors", "“%1”, row %2: %3 columns (the limit is %4): this is not a list of"
            " registrations."),
        Problem.IMPORT_FILE_TOO_BIG: tr.translate(
            "Errors", "“%1” is too big for a list of registrations (%2 MB, the limit is %3"
            " MB): is it the right file?"),
        Problem.IMPORT_LINE_TOO_LONG: tr.translate(
            "Errors", "“%1”, row %2: a line is longer than %3 characters (the limit): this"
            " is not a list of registrations."),
        Problem.IMPORT_TOO_MANY_ROWS: tr.translate(
            "Errors", "“%1” has more than %2 rows (the limit): this is not a list of"
            " registrations."),
        Problem.IMPORT_TOO_MANY_CELLS: tr.translate(
            "Errors", "“%1” has more than %2 cells (the limit): this is not a list of"
            " registrations."),
        Problem.IMPORT_OPEN_QUOTE: tr.translate(
            "Errors", "“%1”, row %2, column %3: a quote (\") opened in this cell is not"
            " closed where the cell ends, so the %4 lines after it are read as its text:"
            " correct that quote in the file. Nothing was imported."),
        Problem.IMPORT_ENCRYPTED: tr.translate(
            "Errors", "“%1” is protected by a password (or is an old .xls renamed .xlsx):"
            " remove the password in Excel, or save it again as .xlsx."),
        Problem.IMPORT_NOT_XLSX: tr.translate(
            "Errors", "“%1” is not an XLSX workbook, despite its name: open it in Excel and"
            " save it again as .xlsx."),
        Problem.IMPORT_DAMAGED_XLSX: tr.translate(
            "Errors", "The workbook “%1” is damaged and cannot be read: open it in Excel and"
            " save it again."),
        Problem.IMPORT_NO_SHEETS: tr.translate("Errors", "The workbook “%1” has no sheet."),
        Problem.IMPORT_NO_SHEET: tr.translate(
            "Errors", "The workbook “%1” has no sheet “%2” (its sheets: %3)."),
        Problem.IMPORT_UNKNOWN_SESSION: tr.translate(
            "Errors", "“%1”: the column “%2” is read as session %3, which the programme does"
            " not have (its sessions: %4)."),
        Problem.IMPORT_UNKNOWN_ROLE: tr.translate(
            "Errors", "“%1”: the column “%2” cannot be read as “%3”, which checkin does not"
            " know."),
        Problem.IMPORT_UNKNOWN_COLUMN: tr.translate(
            "Errors", "“%1” has no column “%2”: choose the file again to start from its own"
            " columns."),
        Problem.IMPORT_TWIN_NAME_COLUMNS: tr.translate(
            "Errors", "“%1”: columns %2 and %3 are both headed “%4”, so which one holds the"
            " names is unclear: rename one of them in the file."),
        Problem.IMPORT_NO_NAME_COLUMN: tr.translate(
            "Errors", "“%1”: no column holds the names (looked for Nom, Prénom, Last name,"
            " First name, Full name…; the first row has %2): head the column of the names"
            " “Nom” in the file."),
    }


def skip_reason(code: str) -> str:
    """Why an imported row was left out, from its code in the import report."""
    if code == NO_NAME:
        return QCoreApplication.translate("Errors", "no name")
    if code == LONG_NAME:
        return QCoreApplication.translate("Errors", "a name far too long")
    if code == CANCELLED:
        return QCoreApplication.translate("Errors", "cancelled in the export")
    return code


def _quoted(text: str) -> str:
    return QCoreApplication.translate("Errors", "“%1”").replace("%1", text)


def _value(key: str, value: str) -> str:
    if key in _LISTS:
        names = [n for n in value.split("\n") if n]
        shown = ", ".join(_quoted(n) for n in names[:_LISTED])
        return shown + (", …" if len(names) > _LISTED else "")
    if key in _NUMBERS and value.isdigit():
        return QLocale().toString(int(value))
    return value


def _fill(text: str, values: list[str]) -> str:
    """%1, %2... replaced in one pass, so that a value holding "%2" stays as it is."""
    def one(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return values[index] if 0 <= index < len(values) else match[0]
    return re.sub(r"%(\d)", one, text)


def describe(exc: BaseException) -> str:
    """One line for the user, in the interface's language where we know the problem; an
    OS error (a full or vanished disk) by its file and reason; anything unforeseen in plain
    words, its traceback going to the log."""
    if isinstance(exc, CheckinError):
        text = _words(exc)
    elif isinstance(exc, OSError) and exc.strerror:
        text = f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")
    else:
        return unexpected(exc)
    return (text.strip().splitlines() or [type(exc).__name__])[0]


def _words(exc: CheckinError) -> str:
    text = _texts().get(exc.problem) if exc.problem is not None else None
    if text is None or exc.problem is None:
        return str(exc)
    name = exc.path.name if exc.path is not None else ""
    details = [_value(key, exc.details.get(key, "")) for key in _ARGS.get(exc.problem, ())]
    words = _fill(text, [name, *details])
    return _in_programme(words, name) if exc.problem in _PROGRAMME_KEYS else words


def unexpected(exc: BaseException) -> str:
    """What nobody foresaw (a bug, a disk gone wrong): its traceback goes to the log, and
    the user reads plain words, never the exception's bare text (a KeyError reads 'x')."""
    log_unexpected(exc)
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong: this was not done; what was already"
        " recorded is kept. Details are in the log (Help ▸ Open the log folder).")


def _in_programme(words: str, name: str) -> str:
    """A programme's problem at a key: after the file's name when there is a file (not
    in the programme editor, which edits the event's own)."""
    if not name:
        return words
    return _fill(QCoreApplication.translate("Errors", "Programme “%1”: %2"), [name, words])
