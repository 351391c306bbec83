"""Errors from core, said in the interface's language.

Core's messages are English (the command line, logs); the problems a desk, a room or an
import may meet carry a `Problem`, the file and their details, so they are worded here with
`tr`: %1 is the file's name, %2, %3... the details named in `_ARGS`. Each area's words
are in a module of its own: errors_import (registration exports), errors_reports (the
organiser's files), errors_tickets, errors_event (stations, programme, rooms, purge, the
desk), errors_sync (bundles, the shared folder), errors_hub (the PostgreSQL hub); the
file-level ones and the programme file's are here. Anything else falls back to core's own
one-line message; an exception that is not ours is logged and said in plain words
(`unexpected`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from checkin.core.errors import CheckinError, Problem
from checkin.gui import (
    errors_event,
    errors_hub,
    errors_import,
    errors_reports,
    errors_sync,
    errors_tickets,
)
from checkin.gui.logging_setup import log_unexpected

if TYPE_CHECKING:  # both packages load all their modules: not at app start (the worker's)
    from checkin.core.sync import Refusal

_AREAS = (errors_import, errors_reports, errors_tickets, errors_event, errors_sync, errors_hub)

# the details each sentence shows after the file's name, as %2, %3...
_ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.PROGRAMME_UNREADABLE: ("reason",),
    Problem.PROGRAMME_NOT_TOML: ("reason",),
    **{problem: ("key",) for problem in (
        Problem.PROGRAMME_MISSING, Problem.PROGRAMME_NOT_TEXT, Problem.PROGRAMME_NOT_TABLE,
        Problem.PROGRAMME_NOT_TABLES, Problem.PROGRAMME_BAD_CODE, Problem.PROGRAMME_BAD_DATE,
        Problem.PROGRAMME_BAD_TIME, Problem.PROGRAMME_END_BEFORE_START,
        Problem.PROGRAMME_BAD_CAPACITY)},
    Problem.PROGRAMME_CODE_TWICE: ("code",),
    Problem.PURGE_NOT_CONFIRMED: ("short",),
    **{problem: args for area in _AREAS for problem, args in area.ARGS.items()},
}
# the sentences that name no file (%1 is not in them)
_WITHOUT_FILE = {problem for area in _AREAS for problem in area.WITHOUT_FILE}
_PROGRAMME_KEYS = {problem for problem, args in _ARGS.items()
                   if problem.startswith("programme_") and args != ("reason",)}
_LISTS = {"sheets", "headers", "names"}  # one name a line in core; quoted and joined here
_NUMBERS = {"count", "expected", "limit", "size", "lines", "hours"}
_DATES = {"date"}  # YYYY-MM-DD in core; "8 December 2022" here
_NONE = {"codes", "names"}  # an empty list reads as a dash
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
        **_programme_texts(),
        **{problem: text for area in _AREAS for problem, text in area.texts().items()},
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


def skip_reason(code: str) -> str:
    """Why an imported row was left out, from its code in the import report."""
    from checkin.core.importing.plan import CANCELLED, LONG_NAME, NO_NAME  # see Refusal
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
    if key in _NONE and not value:
        return "—"
    if key in _DATES:
        date = QDate.fromString(value, Qt.DateFormat.ISODate)
        return QLocale().toString(date, "d MMMM yyyy") if date.isValid() else value
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


def refusal(r: Refusal) -> str:
    """An entry a merge refused, in the interface's language (core's English when it
    carries no Problem)."""
    text = _texts().get(r.code) if r.code is not None else None
    if text is None or r.code is None:
        return str(r)
    details = {"seq": str(r.seq), "station": r.station, **dict(r.details)}
    if "field" in details:
        details["field"] = errors_sync.field_words().get(details["field"], details["field"])
    return _fill(text, ["", *(_value(key, details.get(key, ""))
                              for key in _ARGS.get(r.code, ()))])


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
