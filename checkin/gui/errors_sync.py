"""The words of the problems met between laptops: bundles carried on a USB key, the shared
folder (see errors.py for %1, %2...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import Problem

ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.BUNDLE_WRONG_COUNT: ("count", "expected"),
    Problem.BUNDLE_BAD_LINE: ("line",),
    Problem.OTHER_EVENT: ("event", "ours", "event_id", "our_id"),
    Problem.SYNC_PURGED: ("date",),
    Problem.UNSEALED_LINES: ("count",),
    # entries refused by a merge: the entry's number and station first (see refusal)
    Problem.ENTRY_BAD_FIELD: ("seq", "station", "field"),
    Problem.ENTRY_WRONG_SUBJECT: ("seq", "station", "kind"),
    Problem.ENTRY_BAD_VALUE: ("seq", "station", "kind", "key"),
    Problem.ENTRY_AHEAD: ("seq", "station", "hours", "limit"),
    Problem.ENTRY_NOT_READ: ("reason",),
    Problem.ENTRY_NOT_READ_HUB: ("seq", "station", "serial"),
}
# sentences that name no file: %1 is left out
WITHOUT_FILE: set[Problem] = {Problem.ENTRY_BAD_FIELD, Problem.ENTRY_WRONG_SUBJECT,
                              Problem.ENTRY_BAD_VALUE, Problem.ENTRY_AHEAD,
                              Problem.ENTRY_NOT_READ, Problem.ENTRY_NOT_READ_HUB}


def texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.BUNDLE_IS_EVENT_FILE: tr.translate(
            "Errors", "“%1” is the event file itself: choose another name for the bundle."),
        Problem.BUNDLE_IS_FOLDER: tr.translate(
            "Errors", "“%1” is a folder: choose a file name for the bundle."),
        Problem.BUNDLE_NOT_REPLACED: tr.translate(
            "Errors", "“%1” already exists and is not a bundle: it was left as it is. Choose"
            " another name."),
        Problem.NOT_A_BUNDLE: tr.translate(
            "Errors", "“%1” is not a checkin bundle: nothing was merged."),
        Problem.BUNDLE_TRUNCATED: tr.translate(
            "Errors", "“%1” is incomplete (cut short: a USB key pulled out too early?):"
            " nothing was merged. Export it again."),
        Problem.BUNDLE_DAMAGED: tr.translate(
            "Errors", "“%1” is damaged or altered: nothing was merged. Export it again."),
        Problem.BUNDLE_WRONG_COUNT: tr.translate(
            "Errors", "“%1” holds %2 entries where its header says %3: nothing was merged."
            " Export it again."),
        Problem.BUNDLE_BAD_LINE: tr.translate(
            "Errors", "Line %2 of “%1” is not an entry as checkin writes them: nothing was"
            " merged."),
        Problem.NOT_SEALED: tr.translate(
            "Errors", "“%1” was not sealed by a station of this event (altered, damaged or"
            " forged): nothing of it was merged."),
        Problem.OLD_UNSEALED: tr.translate(
            "Errors", "“%1” was made by an older version of checkin, without seals: nothing"
            " of it was merged. Update checkin on the laptop that wrote it."),
        # the ids tell apart two events of the same short name
        Problem.OTHER_EVENT: tr.translate(
            "Errors", "“%1” belongs to another event, %2 (id %4), not to %3 (id %5): nothing"
            " of it was merged."),
        Problem.NOT_A_STATION_FILE: tr.translate(
            "Errors", "“%1” is not a checkin station file: it was left as it is. Move it out"
            " of the shared folder."),
        Problem.SYNC_FOLDER_GONE: tr.translate(
            "Errors", "The shared folder “%1” cannot be found (a USB key pulled out, a"
            " network share down?): syncing resumes once it is back."),
        Problem.SYNC_PURGED: tr.translate(
            "Errors", "The personal data of “%1” were purged on %2: it syncs nothing more."),
        Problem.UNSEALED_LINES: tr.translate(
            # the count at the end: no plural to make ("1 lines")
            "Errors", "Lines of “%1” were not sealed by a station of this event (forged or"
            " damaged): they were not merged. Lines: %2."),
        # %4 is one of the words of field_words()
        Problem.ENTRY_BAD_FIELD: tr.translate(
            "Errors", "Entry #%2 of station %3 refused: its %4 is not valid."),
        Problem.ENTRY_WRONG_SUBJECT: tr.translate(
            "Errors", "Entry #%2 of station %3 refused: a “%4” about something of another"
            " kind."),
        Problem.ENTRY_BAD_VALUE: tr.translate(
            "Errors", "Entry #%2 of station %3 refused: a “%4” whose “%5” is not valid."),
        Problem.ENTRY_AHEAD: tr.translate(
            "Errors", "Entry #%2 of station %3 refused: its clock is %4 hours ahead of this"
            " computer's (at most %5 allowed). Check that laptop's date and time."),
        Problem.ENTRY_NOT_READ: tr.translate(
            "Errors", "A line of the shared folder was refused: sealed, but not an entry"
            " (%2)."),
        # %4: the row's number on the hub, for whoever runs it to find
        Problem.ENTRY_NOT_READ_HUB: tr.translate(
            "Errors", "Entry #%2 of station %3 refused: the hub's copy (row %4) cannot be"
            " read. The other entries were merged; tell whoever runs the hub."),
    }


def field_words() -> dict[str, str]:
    """The fields of an entry that ENTRY_BAD_FIELD names."""
    tr = QCoreApplication
    return {"id": tr.translate("Errors", "id"),
            "station": tr.translate("Errors", "station"),
            "seq": tr.translate("Errors", "number"),
            "clock": tr.translate("Errors", "clock"),
            "kind": tr.translate("Errors", "kind or subject"),
            "payload": tr.translate("Errors", "contents")}

