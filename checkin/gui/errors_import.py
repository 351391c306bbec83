"""The words of the problems met reading a registration export (see errors.py for %1,
%2...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import Problem

ARGS: dict[Problem, tuple[str, ...]] = {
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
}
WITHOUT_FILE: set[Problem] = set()  # every sentence names the export


def texts() -> dict[Problem, str]:
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
