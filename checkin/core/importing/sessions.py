"""Matching session choices in an export to the sessions of the programme.

A session column is bound in one of three ways:

- to one session (`Binding(session="DEJ")`): its cells say yes or no
  ("Participerez-vous au déjeuner ?" for the lunch, alone in its slot);
- to a slot (`Binding(slot="Ateliers 14h00-15h00")`): its cells name sessions, those
  of the slot first ("Atelier 14h00-15h00");
- to nothing (`Binding()`): its cells name sessions of any slot (a checkbox question).

A cell names a session by its code ("A", "Atelier A", "a)", "A. Innover avec…") or by
its title alone, folded and tolerant of truncation and of a prefix; a checkbox cell
names several, separated by `,` or `;`. What matches nothing is handed back so that
the caller reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from checkin.core.importing.values import flat, stems, undecided, yes_no
from checkin.core.programme import Programme, Session, Slot
from checkin.core.text import fold

# Words that say nothing about which session a header or a title is about.
_STOP = frozenset(str.split("""
a au aux avec d de des du en et l la le les pour par sur dans un une the of and for to in
at on with vou votre vo je nou ce cette ce qui que est sera serez seriez etre participerez
participer participez participation souhaitez souhaite voulez will you your attend attending
join choix choice choisi choisissez choose session atelier question oui non yes no prevu
organisateur vous
"""))

_CODE_CELL = re.compile(
    r"^\(?(?:(?:atelier|workshop|session|table ronde|tr)s?\s*(?:n\s*[°o]\.?\s*)?)?"
    r"\(?([a-z0-9]{1,8})(?:\s*[.):\-–—/]+\s*(.*)|\s*)$",
    re.DOTALL,
)
_HEADER_CODE = re.compile(
    r"^(?:atelier|workshop|session|table ronde)s?\s*(?:n\s*[°o]\.?\s*)?([a-z0-9]{1,8})"
    r"(?:\s*[.):\-–—/]+\s*(.*))?$",
    re.DOTALL,
)
_TIME = re.compile(r"(?<![0-9])([01]?[0-9]|2[0-3])\s*[h:]\s*([0-5][0-9])?(?![0-9a-z])")
_BRACKET = re.compile(r"\[([^\[\]]+)\]\s*$")
_SPLIT = re.compile(r"[;,\n]")
_SESSIONISH = frozenset({"atelier", "session", "table", "ronde", "choix", "choice", "parcour",
                         "programme", "program", "inscription", "slot", "creneau"})

EXACT = 2  # a code, a code with its own title, a title as is
LOOSE = 1  # a title's start, a title within the cell, a code with another wording


@dataclass(frozen=True)
class Binding:
    """What a session column is about: one session, one slot, or any session."""

    session: str = ""
    slot: str = ""

    @property
    def label(self) -> str:
        return f"session:{self.session}" if self.session else "session"


@dataclass
class CellChoice:
    codes: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    undecided: str = ""  # the answer, when it says no choice is made yet


@dataclass(frozen=True)
class _Title:
    code: str
    text: str  # stems joined by spaces


class SessionMatcher:
    """Reads session choices against one programme; remembers what it has read."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self.sessions: list[Session] = programme.sessions()
        self.codes = {s.code for s in self.sessions}
        self.slots: list[Slot] = [sl for sl in programme.slots if sl.sessions]
        self._titles = [_Title(s.code, " ".join(stems(s.title))) for s in self.sessions]
        self._slot_of = {s.code: sl for sl in self.slots for s in sl.sessions}
        self._cache: dict[tuple[Binding, str], CellChoice] = {}
        self._piece_cache: dict[tuple[str, str], tuple[str, int]] = {}

    # --- which sessions a binding covers -------------------------------------------------

    def slot_of(self, code: str) -> str:
        """The name of the slot of a session ("" for a code not in the programme)."""
        slot = self._slot_of.get(code)
        return slot.name if slot is not None else ""

    def covered(self, binding: Binding) -> set[str]:
        """Session codes that a column with this binding decides about."""
        if binding.session:
            return {binding.session}
        if binding.slot:
            slot = next((sl for sl in self.slots if sl.name == binding.slot), None)
            return {s.code for s in slot.sessions} if slot else set()
        return set(self.codes)

    # --- headers -------------------------------------------------------------------------

    def header_binding(self, header: str) -> tuple[Binding, bool] | None:
        """How a header binds its column, and whether that is certain (False: the values
        must confirm it); None when the header names no session or slot."""
        if not self.sessions:
            return None
        folded = " ".join(fold(header).split())
        # "Atelier A", "Workshop B: Innover..."
        match = _HEADER_CODE.match(folded)
        if match and match.group(1).upper() in self.codes:
            return Binding(session=match.group(1).upper()), True
        # Google Forms grids and checkbox columns: "Ateliers [Innover avec la clause sociale]"
        bracket = _BRACKET.search(header)
        if bracket:
            code, quality = self.match_piece(bracket.group(1))
            if code and quality == EXACT:
                return Binding(session=code), True
        header_stems = stems(header)
        text = " ".join(header_stems)
        # a whole title within the header
        inside = [t for t in self._titles if t.text and _contains_words(text, t.text)]
        if len(inside) == 1 and len(inside[0].text) >= 6:
            return Binding(session=inside[0].code), True
        # a slot by its start time ("Atelier 14h00-15h00"), or less surely by its name
        slot = self._slot_by_times(header)
        if slot is not None:
            return self._bind_slot(slot), True
        slot = self._slot_by_name(set(header_stems))
        if slot is not None:
            return self._bind_slot(slot), False
        # a session alone in its slot, by a word of its title or code ("déjeuner", "lunch")
        significant = {w for w in header_stems if w not in _STOP and len(w) > 2}
        alone = []
        for slot in self.slots:
            if len(slot.sessions) != 1:
                continue
            session = slot.sessions[0]
            keys = _significant(session.title) | _significant(slot.name)
            keys.add(session.code.lower())
            if significant & keys:
                alone.append(session.code)
        if len(alone) == 1:
            return Binding(session=alone[0]), False
        return None

    def _bind_slot(self, slot: Slot) -> Binding:
        if len(slot.sessions) == 1:
            return Binding(session=slot.sessions[0].code)
        return Binding(slot=slot.name)

    def _slot_by_times(self, header: str) -> Slot | None:
        times = _times(header)
        if not times:
            return None
        found = [sl for sl in self.slots if sl.start == times[0]]
        return found[0] if len(found) == 1 else None

    def _slot_by_name(self, header_stems: set[str]) -> Slot | None:
        found = []
        for slot in self.slots:
            key = _significant(slot.name) | {w for w in stems(slot.name) if w == "atelier"}
            key -= {w for w in key if _TIME.fullmatch(w)}
            if key and key <= header_stems:
                found.append(slot)
        return found[0] if len(found) == 1 else None

    # --- values --------------------------------------------------------------------------

    def looks_like_sessions(self, header: str, values: Iterable[str]) -> bool:
        """Whether a column of unknown meaning holds session choices: at least half of
        its distinct answers name sessions (by title, unless the header speaks of
        workshops or sessions: then codes alone are enough)."""
        if not self.sessions:
            return False
        sessionish = bool(_SESSIONISH & set(stems(header)))
        distinct = 0
        matched = 0
        for value in values:
            distinct += 1
            choice = self.parse_cell(value, Binding())
            if choice.codes and not choice.unmatched and (sessionish or len(flat(value)) > 3):
                matched += 1
        return matched > 0 and matched * 2 >= distinct

    def confirms(self, binding: Binding, values: Iterable[str]) -> bool:
        """Whether the values of a column agree with a guessed binding."""
        distinct = 0
        understood = 0
        for value in values:
            distinct += 1
            if not self.parse_cell(value, binding).unmatched:
                understood += 1
        return distinct == 0 or understood * 2 >= distinct

    def parse_cell(self, text: str, binding: Binding) -> CellChoice:
        """The sessions that one cell chooses, and the parts of it that name none."""
        key = (binding, text)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._parse(text, binding)
            self._cache[key] = cached
        return cached

    def _parse(self, text: str, binding: Binding) -> CellChoice:
        value = " ".join(text.split())
        if undecided(value):  # "Je ne sais pas encore": no choice, but not a "no"
            return CellChoice(undecided=value)
        if binding.session:
            answer = yes_no(value)
            if answer is not None:
                return CellChoice([binding.session] if answer else [])
        elif yes_no(value) is False:  # empty, "-", "Non", "Aucun"
            return CellChoice()
        prefer = self._preferred(binding)
        code, quality = self.match_piece(value, prefer)
        if code and (quality == EXACT or not _SPLIT.search(value)):
            return CellChoice([code])
        pieces = [p.strip() for p in _SPLIT.split(value)]
        pieces = [p for p in pieces if p]
        result = CellChoice()
        i = 0
        while i < len(pieces):
            step = 1
            for j in range(len(pieces), i, -1):
                joined = ", ".join(pieces[i:j])
                code, quality = self.match_piece(joined, prefer)
                if code and (quality == EXACT or j == i + 1):
                    if code not in result.codes:
                        result.codes.append(code)
                    step = j - i
                    break
            else:
                if yes_no(pieces[i]) is not False:
                    result.unmatched.append(pieces[i])
            i += step
        return result

    def _preferred(self, binding: Binding) -> str:
        return binding.slot if binding.slot else ""

    def match_piece(self, text: str, prefer_slot: str = "") -> tuple[str, int]:
        """The code of the session that `text` names and how surely; ("", 0) if none."""
        key = (text, prefer_slot)
        found = self._piece_cache.get(key)
        if found is None:
            found = self._match_piece(text, prefer_slot)
            self._piece_cache[key] = found
        return found

    def _match_piece(self, text: str, prefer_slot: str) -> tuple[str, int]:
        folded = " ".join(fold(text).split()).strip(" .…")
        if not folded:
            return "", 0
        match = _CODE_CELL.match(folded)
        if match and match.group(1).upper() in self.codes:
            code = match.group(1).upper()
            rest = " ".join(stems(match.group(2) or ""))
            if not rest:
                return code, EXACT
            own = next(t for t in self._titles if t.code == code)
            if own.text == rest or (len(rest) >= 4 and own.text.startswith(rest)):
                return code, EXACT
            other, quality = self._match_title(rest, prefer_slot)
            if other and quality == EXACT:
                return other, LOOSE  # the wording names another session: trust the words
            return code, LOOSE
        return self._match_title(" ".join(stems(text)), prefer_slot)

    def _match_title(self, text: str, prefer_slot: str) -> tuple[str, int]:
        if not text:
            return "", 0
        exact = [t.code for t in self._titles if t.text == text]
        if exact:
            return self._pick(exact, prefer_slot), EXACT if len(exact) == 1 else LOOSE
        # the cell holds a whole title, with more around it ("Atelier 1 : Innover avec...")
        inside = [t.code for t in self._titles if len(t.text) >= 4
                  and _contains_words(text, t.text)]
        code = self._pick(inside, prefer_slot)
        if code:
            return code, LOOSE
        # the start of a title, cut short ("Favoriser l'accès des structures de l'I…")
        if len(text) >= 4:
            starts = [t.code for t in self._titles if t.text.startswith(text)
                      and (len(text) >= 12 or _word_end(t.text, len(text)))]
            code = self._pick(starts, prefer_slot)
            if code:
                return code, LOOSE
        # a distinctive part of one title
        if len(text) >= 12:
            parts = [t.code for t in self._titles if _contains_words(t.text, text)]
            code = self._pick(parts, prefer_slot)
            if code:
                return code, LOOSE
        return "", 0

    def _pick(self, codes: Sequence[str], prefer_slot: str) -> str:
        """The one code among `codes`, or the one in the preferred slot; else ""."""
        if len(codes) == 1:
            return codes[0]
        if prefer_slot:
            mine = [c for c in codes if self._slot_of[c].name == prefer_slot]
            if len(mine) == 1:
                return mine[0]
        return ""


def _significant(text: str) -> set[str]:
    return {w for w in stems(text) if w not in _STOP and len(w) > 2 and not _TIME.fullmatch(w)}


def _contains_words(text: str, part: str) -> bool:
    return f" {part} " in f" {text} "


def _word_end(text: str, index: int) -> bool:
    return index >= len(text) or text[index] == " "


def _times(text: str) -> list[str]:
    """Times written in `text` ("14h00-15h00", "14h", "9:30") as "HH:MM"."""
    return [f"{int(m.group(1)):02d}:{m.group(2) or '00'}" for m in _TIME.finditer(fold(text))]
