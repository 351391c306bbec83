"""The plan of an import decides exactly what it did before its work by columns (answer
times by TimestampReader.parse_all; the column-wise plan tried was no faster): the
same records (fields, extras, sessions, answer times, identities, rows merged), the same
entries and the same report, on the shared exports, generated ones (UTF-8 and French
Excel's cp1252 `;`), our own export read back and a file of every problem a cell can
have. The plan as it was is kept in tests/core/plan_rowwise.py as the reference."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import plan_rowwise
import pytest
from helpers import DATA, make_registrations
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core.event import Event
from checkin.core.importing import plan as current
from checkin.core.importing.values import TimestampReader
from checkin.core.model import Registration
from checkin.core.programme import Programme, load_programme
from checkin.core.reception import set_cancelled
from checkin.core.reports import spreadsheet
from checkin.resources import resource

OCC = DATA / "occitanie-2022.toml"
BFC = DATA / "bfc-2022.toml"
DEMO = resource("demo", "programme.toml")

# Every problem a cell can have: stray spaces of every kind, line breaks, short and long
# rows, control characters, unknown categories, dates that are not, answers that name no
# session or two of one slot, names missing or too long, resubmissions, homonyms.
NASTY = [
    ["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Structure", "Statut",
     "Atelier 14h00-15h00", "Atelier 15h15-16h15", "Besoins spécifiques", "Commentaire"],
    ["03/10/2022 09:00:00", " Lea@X.org ", "  Durand", "Léa\u00a0", "Mairie  de\tLunel",
     "Intervenante", "A", "D", "Végétarien\n  Accès PMR  \n", "ligne 1\nligne 2"],
    ["03/10/2022 10:00:00", "lea@x.org", "DURAND", "léa", "Mairie", "Participant", "B",
     "E", "", ""],  # the same person again, later: wins
    ["pas une date", "sam@x.org", "Petit", "Samir", "SNCF\u2003Réseau", "Grand témoin",
     "A, B", "", "", ""],
    ["", "", "", "", "Personne", "", "", "", "", ""],  # no name
    ["03/10/2022 11:00:00", "long@x.org", "N" * 250, "Jean", "", "", "", "", "", ""],
    ["03/10/2022 12:00:00", "roy@x.org", "Roy", "Aurélie", "", "Stagiaire", "Z. Rien",
     "Je ne sais pas encore", "", "", "en trop", "encore", "et encore"],  # long row
    ["03/10/2022 12:30:00", "a\x1bb@x.org", "Roy", "Zoé"],  # short row, an ESC
    ["13/25/2022 25:61:00", "c@x.org", "  ", "Camille", "", "press", "", "", "", ""],
    ["2022-10-03T14:00:00", "", "Martin", "Paul", "", "", "", "", " ", "\r\n"],
    ["03/10/2022 15:00:00", "", "Martin", "Paul", "Autre", "", "C", "", "", ""],
]


def nasty(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(
            [[cell.encode(encoding, "replace").decode(encoding) for cell in row] for row in NASTY])
    return path


def seen(plan: Any) -> tuple[Any, ...]:
    """All a plan decides, with the random parts (ids, codes) left out; dicts with their
    keys' order (the payloads' JSON follows it)."""
    records = [(r.row, list(r.fields.items()), list(r.extra.items()), sorted(r.sessions),
                r.submitted_at, r.identity, r.rows, r.unmatched, r.status)
               for r in plan.records]
    entries = [(e.kind, [(k, list(v.items()) if isinstance(v, dict) else v)
                         for k, v in e.payload.items() if k != "code"])
               for e in plan.entries]
    report = {k: v for k, v in vars(plan.report).items() if k != "overbooked"}
    return (records, entries, report, plan.report.as_json(), plan.report.summary())


def same_plans(path: Path, programme: Programme, existing: list[Registration]) -> None:
    old = plan_rowwise.plan_import(path, programme, existing)
    new = current.plan_import(path, programme, existing)
    for before, after in zip(seen(old), seen(new), strict=True):
        assert after == before


@pytest.mark.parametrize(("name", "programme"), [
    ("occitanie-2022-inscriptions.csv", OCC), ("occitanie-2022-inscriptions.xlsx", OCC),
    ("bfc-2022-inscriptions-excel.csv", BFC), ("occitanie-2022-inscriptions.csv", BFC)])
def test_the_shared_exports(name: str, programme: Path) -> None:
    same_plans(DATA / name, load_programme(programme), [])


@pytest.mark.parametrize("extra", [(), ("--excel-fr",)])
def test_generated_exports_new_then_again_into_the_event(tmp_path: Path,
                                                         extra: tuple[str, ...]) -> None:
    programme = load_programme(DEMO)
    first = make_registrations(3000, tmp_path / "first.csv", "--seed", "5", *extra)
    again = make_registrations(3500, tmp_path / "again.csv", "--seed", "5", *extra)
    same_plans(first, programme, [])
    with Event.create(tmp_path / "ev.checkin", programme) as event:
        event.append(current.plan_import(first, programme, []).entries)
        same_plans(again, programme, event.registrations())  # updates, unchanged, missing


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8", ","), ("cp1252", ";")])
def test_every_problem_of_a_cell(tmp_path: Path, encoding: str, delimiter: str) -> None:
    programme = load_programme(OCC)
    source = nasty(tmp_path / "nasty.csv", encoding, delimiter)
    same_plans(source, programme, [])
    with Event.create(tmp_path / "ev.checkin", programme) as event:
        event.append(current.plan_import(source, programme, []).entries)
        same_plans(source, programme, event.registrations())


def test_our_own_export_read_back(tmp_path: Path) -> None:
    programme = load_programme(OCC)
    with Event.create(tmp_path / "ev.checkin", programme) as event:
        event.append(current.plan_import(nasty(tmp_path / "n.csv"), programme, []).entries)
        set_cancelled(event, event.registrations()[0], True)
        for suffix in (".csv", ".xlsx"):
            out = spreadsheet.export(event, tmp_path / f"export{suffix}")
            same_plans(out, programme, [])
            same_plans(out, programme, event.registrations())


STAMP_PARTS = st.sampled_from(["03/10/2022", "2022-10-03", "31/02/2022", "10/23/2022", "ab/cd/efgh",
                               " 3/10/2022", "03/10/22  "])
TIME_PARTS = st.sampled_from(["09:14:17", "23:59:59", "24:00:00", "12:60:00", "１２:00:00",
                              "9:14:17 ", "09:14:1"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(STAMP_PARTS, st.sampled_from([" ", "T", "à", ""]), TIME_PARTS)
                .map("".join) | st.sampled_from(["", " ", "pas une date", "\x00"]),
                max_size=8),
       st.integers(1, 4))
def test_a_column_of_timestamps_reads_as_each_cell_alone(cells: list[str], many: int) -> None:
    column = cells * many
    assert TimestampReader(column).parse_all(column) == [
        TimestampReader(column).parse(cell) for cell in column]
