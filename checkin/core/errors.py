"""Errors that reach the user as one line: they name the file, row or field at fault.

The message is English, for the command line and logs. An error the desk, a room or an
import may meet also carries a `problem` (a stable word from `Problem`), the file it
concerns and, in `details`, the values its sentence needs (row, column, sheet...), so that
the GUI can say it in the user's language (checkin/gui/errors*.py). Every error that can
reach the GUI carries one; tests/gui/test_errors_rule.py holds the modules it covers to
that, and lists the few that only the command line meets (a wrong --option).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Problem(StrEnum):
    NO_SUCH_FILE = "no_such_file"
    NOT_AN_EVENT = "not_an_event"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    EXISTS = "exists"
    UNREADABLE = "unreadable"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    GONE = "gone"
    BUSY = "busy"
    PURGED = "purged"
    NOT_RECORDED = "not_recorded"
    STATION_CONFLICT = "station_conflict"
    PURGE_NOT_CONFIRMED = "purge_not_confirmed"  # short (the name to type)
    # registration exports (checkin.core.importing); details name what each sentence needs
    IMPORT_OLD_XLS = "import_old_xls"
    IMPORT_UNKNOWN_TYPE = "import_unknown_type"  # suffix
    IMPORT_FOLDER = "import_folder"
    IMPORT_EMPTY = "import_empty"
    IMPORT_EMPTY_SHEET = "import_empty_sheet"  # sheet
    IMPORT_SHEET_OF_TEXT = "import_sheet_of_text"  # sheet
    IMPORT_ZIP_NOT_TEXT = "import_zip_not_text"
    IMPORT_BAD_ENCODING = "import_bad_encoding"  # encoding
    IMPORT_BINARY = "import_binary"
    IMPORT_CELL_TOO_BIG = "import_cell_too_big"  # row, limit (and column when known)
    IMPORT_BAD_CSV = "import_bad_csv"  # row, reason
    IMPORT_TOO_MANY_COLUMNS = "import_too_many_columns"  # row, count, limit
    IMPORT_FILE_TOO_BIG = "import_file_too_big"  # size, limit (in MB)
    IMPORT_LINE_TOO_LONG = "import_line_too_long"  # row, limit
    IMPORT_TOO_MANY_ROWS = "import_too_many_rows"  # limit
    IMPORT_TOO_MANY_CELLS = "import_too_many_cells"  # limit
    IMPORT_OPEN_QUOTE = "import_open_quote"  # row, column, lines
    IMPORT_ENCRYPTED = "import_encrypted"
    IMPORT_NOT_XLSX = "import_not_xlsx"
    IMPORT_DAMAGED_XLSX = "import_damaged_xlsx"  # reason
    IMPORT_NO_SHEETS = "import_no_sheets"
    IMPORT_NO_SHEET = "import_no_sheet"  # sheet, sheets (one name a line)
    IMPORT_UNKNOWN_SESSION = "import_unknown_session"  # column, code, sessions
    IMPORT_UNKNOWN_ROLE = "import_unknown_role"  # column, role
    IMPORT_UNKNOWN_COLUMN = "import_unknown_column"  # column
    IMPORT_TWIN_NAME_COLUMNS = "import_twin_name_columns"  # first, second, header
    IMPORT_NO_NAME_COLUMN = "import_no_name_column"  # headers (one a line)
    # programme files (checkin.core.programme); `key` is where in the file, as in TOML
    PROGRAMME_UNREADABLE = "programme_unreadable"  # reason
    PROGRAMME_NOT_TOML = "programme_not_toml"  # reason
    PROGRAMME_MISSING = "programme_missing"  # key
    PROGRAMME_NOT_TEXT = "programme_not_text"  # key
    PROGRAMME_NOT_TABLE = "programme_not_table"  # key
    PROGRAMME_NOT_TABLES = "programme_not_tables"  # key
    PROGRAMME_BAD_CODE = "programme_bad_code"  # key
    PROGRAMME_BAD_DATE = "programme_bad_date"  # key
    PROGRAMME_BAD_TIME = "programme_bad_time"  # key
    PROGRAMME_END_BEFORE_START = "programme_end_before_start"  # key
    PROGRAMME_BAD_CAPACITY = "programme_bad_capacity"  # key
    PROGRAMME_CODE_TWICE = "programme_code_twice"  # code
    # files the organiser writes (exports, sheets, certificates, e-mails): `path` is the
    # file, or the folder for NO_SUCH_FOLDER
    NO_SUCH_FOLDER = "no_such_folder"
    FILE_IN_USE = "file_in_use"
    CANNOT_WRITE = "cannot_write"  # reason (the system's words)
    # reports (checkin.core.reports)
    NOBODY_PRESENT = "nobody_present"
    PURGED_NO_SHEETS = "purged_no_sheets"  # date (YYYY-MM-DD)
    PURGED_NO_CERTIFICATES = "purged_no_certificates"  # date
    LOGO_NOT_IMAGE_TYPE = "logo_not_image_type"
    LOGO_TOO_BIG = "logo_too_big"  # limit (in MB)
    LOGO_UNREADABLE = "logo_unreadable"
    LOGO_EMPTY = "logo_empty"
    TOO_MANY_LOGOS = "too_many_logos"  # limit
    UNKNOWN_MEDIA = "unknown_media"  # media
    # stations, rooms, the programme editor, the purge
    STATION_NAME_TAKEN = "station_name_taken"  # name
    STATION_NO_NAME = "station_no_name"
    ALREADY_PURGED = "already_purged"  # date
    NO_SESSION = "no_session"  # code, codes (", " between them)
    NO_SLOT = "no_slot"  # name, names (", " between them)
    SLOT_NAME_TAKEN = "slot_name_taken"  # name
    SHORT_NAME_FIXED = "short_name_fixed"  # short
    # tickets (checkin.core.tickets): `path` is the template file
    SENDER_NOT_EMAIL = "sender_not_email"  # sender
    TEMPLATE_NOT_TOML = "template_not_toml"  # reason
    TEMPLATE_NO_TABLE = "template_no_table"
    TEMPLATE_BAD_LANG = "template_bad_lang"  # languages (", " between them)
    TEMPLATE_NOT_TEXT = "template_not_text"  # key
    TEMPLATE_BRACES = "template_braces"  # key
    TEMPLATE_UNKNOWN_PLACEHOLDER = "template_unknown_placeholder"  # key, name, known
    TEMPLATE_LOGO_NAME = "template_logo_name"
    TEMPLATE_LOGO_TYPE = "template_logo_type"  # logo
    TEMPLATE_LOGO_MISSING = "template_logo_missing"  # logo
    TEMPLATE_LOGO_TOO_BIG = "template_logo_too_big"  # logo, limit (in MB)
    TEMPLATE_LOGO_NOT_IMAGE = "template_logo_not_image"  # logo
    SMTP_BAD_SERVER = "smtp_bad_server"  # server (as typed)
    SMTP_BAD_PORT = "smtp_bad_port"  # server (as typed)
    SMTP_LOGIN_REFUSED = "smtp_login_refused"  # server, user, answer
    SMTP_NOT_OFFERED = "smtp_not_offered"  # server, answer
    SMTP_UNREACHABLE = "smtp_unreachable"  # server, answer
    # bundles and the shared folder (checkin.core.sync): `path` is the bundle, the folder
    # or a station's file in it
    BUNDLE_IS_EVENT_FILE = "bundle_is_event_file"
    BUNDLE_IS_FOLDER = "bundle_is_folder"
    BUNDLE_NOT_REPLACED = "bundle_not_replaced"
    NOT_A_BUNDLE = "not_a_bundle"
    BUNDLE_TRUNCATED = "bundle_truncated"
    BUNDLE_DAMAGED = "bundle_damaged"
    BUNDLE_WRONG_COUNT = "bundle_wrong_count"  # count, expected
    BUNDLE_BAD_LINE = "bundle_bad_line"  # line (and reason, English, for the log)
    NOT_SEALED = "not_sealed"
    OLD_UNSEALED = "old_unsealed"
    OTHER_EVENT = "other_event"  # event, ours (short names), event_id, our_id (8 characters)
    NOT_A_STATION_FILE = "not_a_station_file"
    SYNC_FOLDER_GONE = "sync_folder_gone"
    SYNC_PURGED = "sync_purged"  # date (`path` is the event file)
    # the desk, the event file
    WALK_IN_NO_NAME = "walk_in_no_name"
    NO_PROGRAMME = "no_programme"
    # the shared folder, one station's file (`path`)
    UNSEALED_LINES = "unsealed_lines"  # count
    # entries refused by a merge (checkin.core.sync.merging.Refusal, which adds seq and
    # station): no `path`
    ENTRY_BAD_FIELD = "entry_bad_field"  # field (id, station, seq, clock, kind, payload)
    ENTRY_WRONG_SUBJECT = "entry_wrong_subject"  # kind
    ENTRY_BAD_VALUE = "entry_bad_value"  # kind, key
    ENTRY_AHEAD = "entry_ahead"  # hours, limit (hours)
    ENTRY_NOT_READ = "entry_not_read"  # reason (English): a sealed line that is no entry
    ENTRY_NOT_READ_HUB = "entry_not_read_hub"  # serial: a hub row that cannot be read
    # (its payload not JSON, a column of the wrong type)
    # the hub (checkin.core.hub): no `path`; `hub` is the address shown (role@host:port/db),
    # `reason` the server's or libpq's own words
    HUB_BAD_ADDRESS = "hub_bad_address"  # address (as typed), reason
    HUB_UNREACHABLE = "hub_unreachable"  # hub, reason
    HUB_LOGIN_REFUSED = "hub_login_refused"  # hub, user, reason
    HUB_NOT_PREPARED = "hub_not_prepared"  # hub
    HUB_NEWER = "hub_newer"  # hub
    HUB_OLDER = "hub_older"  # hub
    HUB_NO_EVENT = "hub_no_event"  # hub
    HUB_EVENT_PURGED = "hub_event_purged"  # hub, date
    HUB_REFUSED = "hub_refused"  # hub, reason (a push or pull refused: purged meanwhile?)
    HUB_FAILED = "hub_failed"  # hub, reason (the connection lost, a query failed)
    HUB_CANNOT_PREPARE = "hub_cannot_prepare"  # hub, reason
    HUB_CANNOT_ADD_EVENT = "hub_cannot_add_event"  # hub, reason
    HUB_NO_PROGRAMME = "hub_no_programme"  # hub, event (its short name)


class CheckinError(Exception):
    """A problem the user can act on; its message is shown as is."""

    def __init__(self, message: str, problem: Problem | None = None,
                 path: Path | None = None, *, details: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.details: dict[str, str] = dict(details or {})


class EventFileError(CheckinError):
    """The event file cannot be opened, read or written."""


class ProgrammeError(CheckinError):
    """A programme file is malformed."""


class ImportFileError(CheckinError):
    """A registration file cannot be read as a registration list."""
