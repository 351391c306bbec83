"""Understanding single cells: words for matching, timestamps, yes/no, categories."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import add, itemgetter

from checkin.core.text import fold

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Words that mean the same thing in headers, slot names and session titles.
_SYNONYMS = {
    "lunch": "dejeuner", "repas": "dejeuner", "dejeuners": "dejeuner", "buffet": "dejeuner",
    "dinner": "diner", "workshop": "atelier", "workshops": "atelier", "ateliers": "atelier",
    "sessions": "session",
}


def free_text(text: str) -> str:
    """A free-text field (needs, comments): its line breaks kept, spaces tidied in each
    line, blank lines at either end dropped. (One-line fields, names and the like, have
    every run of whitespace made one space: `" ".join(text.split())`.)"""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(lines).strip("\n")


# What a spreadsheet would run as a formula, and the apostrophe our CSV export puts in
# front of it (reports/spreadsheet.py): taken off again when our export is read back.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unprotect(text: str) -> str:
    """`'=HYPERLINK(...)` -> `=HYPERLINK(...)`; any other text as it is."""
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def words(text: str) -> list[str]:
    """Folded alphanumeric words of `text`: punctuation, hyphens, apostrophes split."""
    return [w for w in _NON_ALNUM.split(fold(text)) if w]


def flat(text: str) -> str:
    """Folded words joined by single spaces: a punctuation-blind comparison form."""
    return " ".join(words(text))


def stem(word: str) -> str:
    """A folded word with synonyms unified and a plural `s` dropped."""
    word = _SYNONYMS.get(word, word)
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


# --- yes / no ----------------------------------------------------------------------------

_YES = {"oui", "yes", "x", "1", "true", "vrai", "o", "y", "ok", "checked", "coche", "present",
        "presente", "je participe", "j y participe", "je serai present", "bien sur", "si"}
_NO = {"non", "no", "n", "0", "false", "faux", "aucun", "aucune", "none", "sans", "nope",
       "pas interesse", "je ne participe pas", "unchecked", "n a", "na"}
_NO_PREFIXES = ("non ", "no ", "aucun", "pas ", "je ne ", "ne participe", "none ")
_YES_PREFIXES = ("oui ", "yes ")


def yes_no(text: str) -> bool | None:
    """True for a yes ("Oui", "X", "1"...), False for a no or an empty cell, else None."""
    value = flat(text)
    if not value:
        return False if not text.strip(" -–—.?") else None
    if value in _YES:
        return True
    if value in _NO:
        return False
    if value.startswith(_YES_PREFIXES):
        return True
    if value.startswith(_NO_PREFIXES):
        return False
    return None


_UNDECIDED = ("je ne sais pas", "ne sais pas", "ne sait pas", "sais pas encore",
              "pas encore", "pas encore choisi", "pas encore decide", "indecis", "a definir",
              "a voir", "je verrai", "on verra", "plus tard", "don t know", "do not know",
              "not sure", "undecided", "not yet", "tbd", "to be decided", "to be confirmed",
              "later")


def undecided(text: str) -> bool:
    """An answer that says no choice is made yet ("Je ne sais pas encore", "TBD")."""
    value = f" {flat(text)} "
    return any(f" {phrase} " in value for phrase in _UNDECIDED) or text.strip() == "?"


def is_no_choice(text: str) -> bool:
    """A cell that declines any session: empty, "-", "Non", "Aucun", "Je ne participe pas"."""
    return yes_no(text) is False


# --- categories --------------------------------------------------------------------------

_CATEGORY_WORDS = (
    ("speaker", ("intervenant", "intervenante", "orateur", "oratrice", "speaker", "conferencier",
                 "conferenciere", "panelist", "panelliste", "animateur", "animatrice",
                 "grand temoin", "temoin", "keynote")),
    ("organiser", ("organisateur", "organisatrice", "organiser", "organizer", "organisation",
                   "staff", "equipe", "benevole", "volunteer", "host")),
    ("press", ("presse", "press", "journaliste", "journalist", "media", "medias")),
    ("participant", ("participant", "participante", "attendee", "delegate", "inscrit",
                     "inscrite", "visiteur", "visiteuse", "visitor", "auditeur", "public")),
)


def category(text: str) -> str | None:
    """The category a cell names ("Intervenant" -> "speaker"), "participant" when empty,
    None when the cell names none of them."""
    value = flat(text)
    if not value:
        return "participant"
    found = set(value.split())
    for name, keys in _CATEGORY_WORDS:
        for key in keys:
            if (" " in key and key in value) or key in found:
                return name
    return None


# --- timestamps --------------------------------------------------------------------------

_ZONE = r"\s*(?:Z|[+\-]\d{2}:?\d{2}|(?:UTC|GMT|CET|CEST)(?:\s*[+\-]\d{1,2}(?::?\d{2})?)?)?"
_DMY = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})"
    r"(?:[ T,à]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?"
    + _ZONE + "$",
    re.IGNORECASE,
)
_YMD = re.compile(
    r"^(\d{4})[\-/.](\d{1,2})[\-/.](\d{1,2})"
    r"(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?"
    + _ZONE + "$",
    re.IGNORECASE,
)


# A form's timestamp as `parse` reads it the short way: nineteen characters, no space at
# either end, the time in range; a column of them joined by NUL.
_FORM_STAMP = r"\S[^\0]{9}[ T](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
_FORM_COLUMN = re.compile(f"(?:{_FORM_STAMP}\0)*{_FORM_STAMP}")


class TimestampReader:
    """Normalises one column of timestamps to ISO "YYYY-MM-DDTHH:MM:SS".

    Day-first (French) unless the column shows itself month-first (a second number
    above 12, never a first): Google Forms in English exports "10/23/2022 15:52:41".
    """

    def __init__(self, samples: Iterable[str] = ()) -> None:
        self.month_first = False
        seen_day_first = False
        seen_month_first = False
        for sample in samples:
            match = _DMY.match(sample.strip())
            if match:
                first, second = int(match.group(1)), int(match.group(2))
                seen_day_first |= first > 12
                seen_month_first |= second > 12
        self.month_first = seen_month_first and not seen_day_first
        self._dates: dict[str, str] = {}  # "03/10/2022" -> "2022-10-03" ("" if none)

    def __call__(self, text: str) -> str:
        return self.parse(text)

    def parse(self, text: str) -> str:
        """ISO text of a timestamp cell, or "" when it is empty or not a date."""
        value = text.strip()
        if not value:
            return ""
        if len(value) == 19 and value[10] in " T" and value[13] == ":" == value[16]:
            # "03/10/2022 09:13:23", as forms write them: the few days understood once each
            date = self._dates.get(value[:10])
            if date is None:
                date = self._dates[value[:10]] = self._parse(value[:10] + " 00:00:00")[:10]
            hms = value[11:13] + value[14:16] + value[17:19]
            if date and hms.isascii() and hms.isdigit() and hms[:2] <= "23" \
                    and hms[2:4] <= "59" and hms[4:] <= "59":
                return date + "T" + value[11:19]
        return self._parse(value)

    def parse_all(self, cells: Sequence[str]) -> list[str]:
        """`[self.parse(c) for c in cells]`. A column of form timestamps (nineteen
        characters, the time in range, no space around) is checked as one string by one
        regex, and each cell then made of its day, understood once, and its time."""
        joined = "\0".join(cells)
        if not cells or joined.count("\0") != len(cells) - 1 or not _FORM_COLUMN.fullmatch(
                joined):
            return list(map(self.parse, cells))
        days = list(map(itemgetter(slice(0, 10)), cells))
        for day in set(days).difference(self._dates):
            self._dates[day] = self._parse(day + " 00:00:00")[:10]
        found = list(map(add, map(add, map(self._dates.__getitem__, days), repeat("T")),
                         map(itemgetter(slice(11, 19)), cells)))
        if not all(map(self._dates.__getitem__, days)):  # a day that is not a date
            found = [stamp if len(stamp) == 19 else self.parse(cell)
                     for stamp, cell in zip(found, cells, strict=True)]
        return found

    def _parse(self, value: str) -> str:
        match = _YMD.match(value)
        if match:
            year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
            return _iso(year, month, day, match.group(4), match.group(5), match.group(6),
                        match.group(7))
        match = _DMY.match(value)
        if match:
            a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            if year < 100:
                year += 2000
            day, month = (b, a) if self.month_first else (a, b)
            if month > 12 and day <= 12:  # this one row says it is the other way round
                day, month = month, day
            return _iso(year, month, day, match.group(4), match.group(5), match.group(6),
                        match.group(7))
        return ""


def _iso(year: int, month: int, day: int, hour: str | None, minute: str | None,
         second: str | None, meridiem: str | None) -> str:
    h = int(hour) if hour else 0
    if meridiem:
        pm = meridiem.lower().startswith("p")
        if h == 12:
            h = 0
        h += 12 if pm else 0
    try:
        when = dt.datetime(year, month, day, h, int(minute or 0), int(second or 0))
    except ValueError:
        return ""
    return when.isoformat(timespec="seconds")
