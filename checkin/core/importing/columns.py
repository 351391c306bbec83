"""Which column holds what: headers in French or English mapped to registration fields.

A column's role is one of the names in `checkin.core.model.FIELDS`, "full_name" (a
single name column, split into first and last name), "timestamp" (when the form was
submitted), "session" or "session:CODE" (session choices, see `sessions.py`),
"extra" (kept as is) or "ignore". These are also the words that `--map COLUMN=ROLE`
accepts, so that the mapping shown in a preview can be given back as overrides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checkin.core.errors import ImportFileError, Problem
from checkin.core.importing.readers import Row, Table, column_label, import_error
from checkin.core.importing.sessions import Binding, SessionMatcher
from checkin.core.importing.values import flat, stems
from checkin.core.model import FIELDS

NAME_ROLES = ("last_name", "first_name", "full_name")
ROLES = (*FIELDS, "full_name", "timestamp", "extra", "ignore", "session")
_ALIASES = {"submitted_at": "timestamp", "name": "full_name", "fullname": "full_name",
            "e-mail": "email", "mail": "email", "skip": "ignore"}
HEADER_SEARCH = 10  # rows tried, from the top, to find the header row
SAMPLE = 500  # distinct answers looked at to decide whether a column holds sessions

_ORG = {"structure", "organisme", "organisation", "organization", "entreprise", "company",
        "employer", "employeur", "societe", "etablissement", "institution", "affiliation",
        "collectivite", "administration"}
_ORG_QUALIFIERS = {"type", "nature", "categorie", "category", "profil", "statut", "status",
                   "kind", "forme", "secteur", "typologie", "famille"}


# When the form was answered or the ticket ordered, as form and ticketing tools head it.
_TIME_PHRASES = (
    "date d inscription", "date de l inscription", "date de soumission", "date d envoi",
    "date de reponse", "date de creation", "date de commande", "date d achat",
    "date de reservation", "heure d inscription", "registration date", "registration time",
    "submission date", "date submitted", "order date", "order time", "ordered at",
    "purchase date", "booking date", "date registered", "registered at", "registered on",
    "created at", "created on", "created date", "date created", "submitted at",
    "submitted on", "response date", "completion time", "start time", "date time",
)

# The registrations sheet of our own exports (reports/spreadsheet.py): read back as it was
# written; what the export computed (status, arrival...) is not an answer to import.
OWN_EXPORT = {
    "Code": "ignore", "Nom": "last_name", "Prénom": "first_name", "E-mail": "email",
    "Structure": "organisation", "Fonction": "role", "Téléphone": "phone",
    "Type de structure": "org_type", "Département": "department",
    "Besoins spécifiques": "needs", "Catégorie": "category", "Ateliers choisis": "session",
    "Statut": "ignore", "Origine": "ignore", "Inscrit le": "timestamp",
    "Arrivée": "ignore", "Poste d'accueil": "ignore", "Passages à l'accueil": "ignore",
    "Sessions suivies": "ignore",
}
OWN_STATUS, OWN_CANCELLED = "Statut", "annulé"  # cancelled registrations are left out


@dataclass(frozen=True)
class Column:
    index: int
    header: str  # as in the file, made unique ("Nom (2)") and never empty ("Column F")
    role: str  # see the module's docstring; "session" columns carry a binding
    binding: Binding | None = None
    name_order: str = ""  # for "full_name": "last-first", "first-last" or "" (guess)

    @property
    def label(self) -> str:
        if self.role == "session" and self.binding is not None:
            return self.binding.label
        return self.role


@dataclass(frozen=True)
class ColumnMap:
    header_row: int  # index in table.rows of the header row
    columns: list[Column]
    own_export: bool = False  # our own export, read back (see OWN_EXPORT)

    def by_role(self, role: str) -> Column | None:
        return next((c for c in self.columns if c.role == role), None)

    def labels(self) -> dict[str, str]:
        return {c.header: c.label for c in self.columns}


# --- guessing from a header --------------------------------------------------------------


def guess_role(header: str) -> str | None:
    """The role a header names, or None when it names none (a question of its own)."""
    ws = stems(header)
    found = set(ws)
    text = f" {' '.join(ws)} "

    def has(*phrases: str) -> bool:
        return any(f" {p} " in text for p in phrases)

    if not ws:
        return None
    if found & {"accepte", "accept", "consent", "consentement", "rgpd", "gdpr", "autorise",
                "autorisation", "agree", "cnil", "newsletter"}:
        return "extra"  # consent questions: kept, harmless
    if found & {"email", "mail", "courriel", "mel"} or has("adresse electronique"):
        return "email"
    if found & {"adresse", "address", "ville", "city", "postal", "postcode", "zip", "cp"}:
        return "extra"
    if found & {"horodateur", "horodatage", "timestamp", "submitted", "created", "creation"} \
            or has(*_TIME_PHRASES) or ws == ["date"]:
        return "timestamp"
    if found & {"telephone", "tel", "phone", "mobile", "portable", "gsm", "cellulaire",
                "cellphone"}:
        return "phone"
    if (found & _ORG and found & _ORG_QUALIFIERS) or has("organisation type"):
        return "org_type"
    if found & {"departement", "county", "region", "dept"}:
        return "department"
    if found & {"besoin", "regime", "alimentaire", "accessibilite", "accessibility", "need",
                "dietary", "diet", "allergie", "allergy", "handicap", "pmr", "requirement",
                "restriction"}:
        return "needs"
    if found & {"categorie", "category", "profil", "profile", "statut", "status", "billet",
                "ticket"} or has("en tant que", "en qualite de", "type de participant",
                                 "type de participation", "type d inscription",
                                 "participant type", "registration type"):
        return "category"
    if found & {"fonction", "poste", "job", "role", "position", "metier", "occupation",
                "titre"}:
        return "role"
    if found & _ORG or has("raison sociale"):
        return "organisation"
    if has("nom complet", "full name", "complete name", "fullname", "nom prenom"):
        return "full_name"
    named = "name" in found
    first = bool(found & {"prenom", "firstname", "forename"}) or (
        named and bool(found & {"first", "given"}))
    last = bool(found & {"nom", "lastname", "surname"}) or (
        named and bool(found & {"last", "family"}))
    if first and last:
        return "full_name"
    if first:
        return "first_name"
    if last:
        return "last_name"
    if found & {"name", "fullname", "participant", "identite"} or has("nom complet"):
        return "full_name"
    return None


def name_order(header: str) -> str:
    """For a full-name column: "last-first" when the header puts the last name first
    ("Nom et prénom", "Last name, first name"), "first-last" when the other way."""
    ws = stems(header)
    first = [i for i, w in enumerate(ws) if w in ("prenom", "first", "given", "forename")]
    last = [i for i, w in enumerate(ws) if w in ("nom", "last", "surname", "family")]
    if first and last:
        return "last-first" if last[0] < first[0] else "first-last"
    return ""


def _explicit_last_name(header: str) -> bool:
    text = f" {' '.join(stems(header))} "
    return any(f" {p} " in text for p in (
        "nom de famille", "last name", "lastname", "surname", "family name", "nom d usage",
        "nom de naissance", "patronyme"))


# --- splitting a full name ---------------------------------------------------------------

_PARTICLES = frozenset({"de", "du", "des", "le", "la", "les", "van", "von", "der", "den", "da",
                        "di", "del", "della", "dos", "das", "do", "ten", "ter", "zu", "ben",
                        "bin", "el", "al", "mac", "st", "saint", "sainte"})
_APOSTROPHES = ("d'", "d’", "l'", "l’")


def _is_particle(word: str) -> bool:
    low = word.casefold()
    return low in _PARTICLES or low.startswith(_APOSTROPHES)


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word == word.upper() and word != word.lower()


def split_full_name(text: str, order: str = "") -> tuple[str, str]:
    """(first name, last name) of a name written in one cell.

    "Dupont, Jean" puts the last name first; words in capitals are the last name
    ("DUPONT Jean", "Jean DE LA FONTAINE"); particles go with the last name ("Jean de
    La Fontaine", "Le Gall Yann" with order "last-first"); otherwise `order` decides and,
    when it is "", the first word is the first name and the rest the last name.
    """
    value = " ".join(text.split())
    if not value:
        return "", ""
    if "," in value:
        last, _, first = value.partition(",")
        return " ".join(first.split()), last.strip()
    parts = value.split(" ")
    if len(parts) == 1:
        return "", value
    caps = [i for i, w in enumerate(parts) if _is_capitals(w)]
    if caps and len(caps) < len(parts):
        start, end = caps[0], caps[-1] + 1
        if all(i in caps for i in range(start, end)) and (start == 0 or end == len(parts)):
            while start > 0 and _is_particle(parts[start - 1]) and end == len(parts):
                start -= 1
            return " ".join(parts[:start] + parts[end:]), " ".join(parts[start:end])
    # a particle after the first word starts the last name: "Jean de La Fontaine"
    start = next((i for i in range(1, len(parts) - 1) if _is_particle(parts[i])), 0)
    if start:
        return " ".join(parts[:start]), " ".join(parts[start:])
    if order == "last-first":
        end = 1
        while end < len(parts) - 1 and _is_particle(parts[end - 1]):
            end += 1
        return " ".join(parts[end:]), " ".join(parts[:end])
    return parts[0], " ".join(parts[1:])


# --- the whole mapping -------------------------------------------------------------------


def unique_headers(cells: Sequence[str]) -> list[str]:
    """Headers made unique and never empty, in column order."""
    headers: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(cells):
        header = " ".join(cell.split()) or f"Column {column_label(index)}"
        candidate, n = header, 1
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{header} ({n})"
        seen.add(candidate.casefold())
        headers.append(candidate)
    return headers


def parse_override(column: str, role: str, matcher: SessionMatcher, name: Path | str) -> str:
    """A `--map` role in canonical form, or ImportFileError naming what is wrong."""
    value = role.strip()
    low = value.casefold()
    low = _ALIASES.get(low, low)
    if low.startswith("session:"):
        code = value.split(":", 1)[1].strip().upper()
        if code not in matcher.codes:
            known = ", ".join(sorted(matcher.codes)) or "none"
            raise import_error(
                name, Problem.IMPORT_UNKNOWN_SESSION,
                f'--map "{column}={role}": the programme has no session {code} '
                f"(its sessions: {known})",
                column=column, code=code, sessions=", ".join(sorted(matcher.codes)))
        return f"session:{code}"
    if low not in ROLES:
        raise import_error(
            name, Problem.IMPORT_UNKNOWN_ROLE,
            f'--map "{column}={role}": unknown field "{role}" (use one of '
            f"{', '.join(ROLES)}, or session:CODE)", column=column, role=role)
    return low


def _resolve_override(column: str, headers: Sequence[str], raw: Sequence[str]) -> int | None:
    for candidates in (headers, [" ".join(r.split()) for r in raw]):
        for index, header in enumerate(candidates):
            if header == column.strip():
                return index
    wanted = flat(column)
    for index, header in enumerate(headers):
        if wanted and flat(header) == wanted:
            return index
    return None


def map_columns(table: Table, matcher: SessionMatcher,
                overrides: Mapping[str, str] | None = None) -> ColumnMap:
    """Find the header row (the first of the top rows that names a person) and the role
    of every column in it."""
    overrides = dict(overrides or {})
    roles = {column: parse_override(column, role, matcher, table.source)
             for column, role in overrides.items()}
    if not table.rows:
        if table.sheet:
            raise import_error(table.source, Problem.IMPORT_EMPTY_SHEET,
                               f'the sheet "{table.sheet}" is empty', sheet=table.sheet)
        raise import_error(table.source, Problem.IMPORT_EMPTY, "the file is empty")
    for position, row in enumerate(table.rows[:HEADER_SEARCH]):
        headers = unique_headers(row.cells)
        if not roles and is_own_export(headers):
            return _own_export(position, headers)
        resolved = {column: _resolve_override(column, headers, row.cells) for column in roles}
        guessed = _guess(headers, roles, resolved)
        if any(role in NAME_ROLES for role in guessed):
            for column, index in resolved.items():
                if index is None:
                    raise _unknown_column(table, column)
            _refuse_twin_name_columns(table.source, row.cells, headers, guessed, resolved)
            return _complete(table, position, headers, guessed, matcher)
    first_headers = unique_headers(table.rows[0].cells)
    for column in roles:
        if _resolve_override(column, first_headers, table.rows[0].cells) is None:
            raise _unknown_column(table, column)
    shown = ", ".join(f'"{h}"' for h in first_headers[:8])
    more = ", ..." if len(first_headers) > 8 else ""
    raise import_error(
        table.source, Problem.IMPORT_NO_NAME_COLUMN,
        "no column holds the names (looked for Nom, Prénom, Last name, First "
        f"name, Full name...; the first row has {shown}{more}); name it with --map "
        "COLUMN=last_name", headers="\n".join(first_headers))


def is_own_export(headers: Sequence[str]) -> bool:
    """Whether a header row is that of our own registrations export."""
    return list(headers[:len(OWN_EXPORT)]) == list(OWN_EXPORT)


def _own_export(position: int, headers: list[str]) -> ColumnMap:
    """Our export's columns, then the extra columns it carried (by their own names)."""
    columns = [Column(index, header, OWN_EXPORT.get(header, "extra"), binding=Binding()
                      if OWN_EXPORT.get(header) == "session" else None)
               for index, header in enumerate(headers)]
    return ColumnMap(position, columns, own_export=True)


def _unknown_column(table: Table, column: str) -> ImportFileError:
    return import_error(table.source, Problem.IMPORT_UNKNOWN_COLUMN,
                        f'--map names a column "{column}" that the file does not have',
                        column=column)


def _refuse_twin_name_columns(name: Path | str, cells: Sequence[str], headers: Sequence[str],
                              guessed: Sequence[str | None],
                              resolved: Mapping[str, int | None]) -> None:
    """Two columns headed alike ("Nom", "Nom") where one is taken for a name: which
    holds the name is a guess that would put the wrong name on badges, so ask."""
    forced = {index for index in resolved.values() if index is not None}
    plain = [" ".join(cell.split()).casefold() for cell in cells]
    for index, role in enumerate(guessed):
        if role not in NAME_ROLES or index in forced or not plain[index]:
            continue
        twins = [i for i, h in enumerate(plain) if h == plain[index] and i != index]
        if twins and not forced & set(twins):
            other = twins[0]
            raise import_error(
                name, Problem.IMPORT_TWIN_NAME_COLUMNS,
                f"columns {column_label(index)} and {column_label(other)} are both "
                f'headed "{headers[index]}"; say which one holds the names, e.g. --map '
                f'"{headers[other]}=ignore"', first=column_label(index),
                second=column_label(other), header=headers[index])


def _guess(headers: Sequence[str], roles: Mapping[str, str],
           resolved: Mapping[str, int | None]) -> list[str | None]:
    """A role per column from overrides, then headers; each field goes to one column."""
    result: list[str | None] = [None] * len(headers)
    forced: dict[int, str] = {}
    for column, index in resolved.items():
        if index is not None:
            forced[index] = roles[column]
    taken = {role for role in forced.values() if role in (*FIELDS, "full_name", "timestamp")}
    for index, header in enumerate(headers):
        if index in forced:
            result[index] = forced[index]
            continue
        role = guess_role(header)
        if role in taken:
            role = None  # a second "Téléphone" column: kept as extra
        if role is not None and role not in ("extra", "ignore"):
            taken.add(role)
        result[index] = role
    # one name column and no other: "Nom" then holds the whole name
    if "first_name" not in result and "full_name" not in result and "last_name" in result:
        index = result.index("last_name")
        if index not in forced and not _explicit_last_name(headers[index]):
            result[index] = "full_name"
    # "Name" beside "First name" is the last name; beside both, it is only kept as extra
    if "full_name" in result and ("first_name" in result or "last_name" in result):
        index = result.index("full_name")
        if index not in forced:
            alone = "first_name" in result and "last_name" not in result
            result[index] = "last_name" if alone else None
    return result


def _complete(table: Table, position: int, headers: list[str], guessed: list[str | None],
              matcher: SessionMatcher) -> ColumnMap:
    data = table.rows[position + 1:]
    width = max((len(row.cells) for row in data), default=0)
    if width > len(headers):  # answers beyond the last header: kept, under a letter
        headers = headers + unique_headers([""] * width)[len(headers):]
        guessed = guessed + [None] * (width - len(guessed))
    columns: list[Column] = []
    for index, header in enumerate(headers):
        role = guessed[index]
        if role is not None and role.startswith("session:"):
            columns.append(Column(index, header, "session", Binding(session=role[8:])))
        elif role == "session":
            found = matcher.header_binding(header)
            columns.append(Column(index, header, "session", found[0] if found else Binding()))
        elif role == "full_name":
            columns.append(Column(index, header, role, name_order=name_order(header)))
        elif role is not None:
            columns.append(Column(index, header, role))
        else:
            guess = _session_binding(header, _distinct(data, index), matcher)
            if guess is not None:
                columns.append(Column(index, header, "session", guess))
            else:
                columns.append(Column(index, header, "extra"))
    return ColumnMap(position, columns)


def _session_binding(header: str, values: list[str], matcher: SessionMatcher) -> Binding | None:
    found = matcher.header_binding(header)
    if found is not None:
        binding, certain = found
        if certain or matcher.confirms(binding, values):
            return binding
    if matcher.looks_like_sessions(header, values):
        return Binding()
    return None


def _distinct(rows: Sequence[Row], index: int) -> list[str]:
    """Up to SAMPLE distinct non-empty answers of one column, in the order met. Read a
    thousand rows at a time, their distinct answers found in C: a column of a few
    answers (a consent, a lunch) is read to its end."""
    seen: dict[str, None] = {}
    for start in range(0, len(rows), 1000):
        cells = [row.cells[index] for row in rows[start:start + 1000] if index < len(row.cells)]
        for value in dict.fromkeys(map(str.strip, cells)):
            if value and value not in seen:
                seen[value] = None
                if len(seen) >= SAMPLE:
                    return list(seen)
    return list(seen)
