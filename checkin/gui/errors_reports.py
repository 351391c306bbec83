"""The words of the problems met writing the organiser's files: exports, sign-in sheets,
certificates, logos, badge layouts (see errors.py for %1, %2...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.core.errors import Problem

ARGS: dict[Problem, tuple[str, ...]] = {
    Problem.CANNOT_WRITE: ("reason",),
    Problem.PURGED_NO_SHEETS: ("date",),
    Problem.PURGED_NO_CERTIFICATES: ("date",),
    Problem.LOGO_TOO_BIG: ("limit",),
    Problem.TOO_MANY_LOGOS: ("limit",),
    Problem.UNKNOWN_MEDIA: ("media",),
}
# sentences that name no file: %1 is left out
WITHOUT_FILE = {Problem.NOBODY_PRESENT, Problem.PURGED_NO_SHEETS,
                Problem.PURGED_NO_CERTIFICATES, Problem.TOO_MANY_LOGOS, Problem.UNKNOWN_MEDIA}


def texts() -> dict[Problem, str]:
    tr = QCoreApplication
    return {
        Problem.NO_SUCH_FOLDER: tr.translate(
            "Errors", "The folder “%1” does not exist (any more): choose another one."),
        Problem.FILE_IN_USE: tr.translate(
            "Errors", "“%1” cannot be written: it is probably open in another program (Excel,"
            " a PDF reader). Close it, then try again."),
        Problem.CANNOT_WRITE: tr.translate(
            "Errors", "“%1” cannot be written (%2): check the disk, or choose another"
            " folder."),
        Problem.NOBODY_PRESENT: tr.translate(
            "Errors", "Nobody was recorded present: there is no certificate to make."),
        Problem.PURGED_NO_SHEETS: tr.translate(
            "Errors", "The personal data of this event were purged on %2: there are no names"
            " left for sign-in sheets."),
        Problem.PURGED_NO_CERTIFICATES: tr.translate(
            "Errors", "The personal data of this event were purged on %2: there are no names"
            " left for certificates."),
        Problem.LOGO_NOT_IMAGE_TYPE: tr.translate(
            "Errors", "“%1” is not a PNG, JPEG, GIF or BMP image: choose the logo's image"
            " file."),
        Problem.LOGO_TOO_BIG: tr.translate(
            "Errors", "“%1” weighs more than %2 MB: a logo must be lighter (save it"
            " smaller)."),
        Problem.LOGO_UNREADABLE: tr.translate(
            "Errors", "“%1” is not a readable image: open it in an image editor and save it"
            " again."),
        Problem.LOGO_EMPTY: tr.translate("Errors", "“%1” is an empty image."),
        Problem.TOO_MANY_LOGOS: tr.translate(
            "Errors", "At most %2 logos fit on a page: choose fewer."),
        Problem.UNKNOWN_MEDIA: tr.translate(
            "Errors", "checkin has no badge layout “%2”: choose another paper or label."),
    }
