"""Reading registration exports (CSV, XLSX) into registration entries: checkin.core.importing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA, make_registrations
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from checkin.core import journal
from checkin.core.errors import ImportFileError
from checkin.core.importing import ImportPlan, plan_import
from checkin.core.importing.columns import guess_role, split_full_name
from checkin.core.importing.readers import MAX_CELL, read_table
from checkin.core.importing.sessions import Binding, SessionMatcher
from checkin.core.importing.values import TimestampReader, category, yes_no
from checkin.core.model import FIELDS, Registration
from checkin.core.programme import Programme, load_programme
from checkin.core.text import name_key

OCC_CSV = DATA / "occitanie-2022-inscriptions.csv"
OCC_XLSX = DATA / "occitanie-2022-inscriptions.xlsx"
BFC_CSV = DATA / "bfc-2022-inscriptions-excel.csv"

SLOT1 = "Ateliers 14h00-15h00"
TITLE_A = "Innover avec la clause sociale"
TITLE_B = ("Favoriser l'accès des structures de l'IAE et du handicap à la commande "
           "publique")
TITLE_D = "Mettre en place une démarche d'achats socialement et écologiquement responsable"


@pytest.fixture(scope="module")
def occ() -> Programme:
    return load_programme(DATA / "occitanie-2022.toml")


@pytest.fixture(scope="module")
def bfc() -> Programme:
    return load_programme(DATA / "bfc-2022.toml")


# --- helpers -----------------------------------------------------------------------------


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str = "utf-8",
              delimiter: str = ",", newline: str = "\n") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def created(plan: ImportPlan) -> list[dict[str, Any]]:
    return [e.payload for e in plan.entries if e.kind == journal.REGISTRATION_CREATED]


def person(plan: ImportPlan, last: str, first: str = "") -> dict[str, Any]:
    found = [p for p in created(plan) if p["fields"]["last_name"] == last
             and (not first or p["fields"]["first_name"] == first)]
    assert len(found) == 1, (last, first, len(found))
    return found[0]


def registration(payload: dict[str, Any], **changes: Any) -> Registration:
    """The Registration that a created entry's payload projects to, with changes."""
    values: dict[str, Any] = dict(payload["fields"])
    values.update(extra=dict(payload["extra"]), sessions=tuple(payload["sessions"]),
                  submitted_at=payload["submitted_at"], code=payload["code"])
    values.update(changes)
    values.setdefault("id", journal.new_id())
    return Registration(**values)


def read_source(path: Path, encoding: str, delimiter: str) -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


HEADER = ["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Structure"]


# --- the real exports --------------------------------------------------------------------


def test_occitanie_csv_gives_one_registration_per_person(occ: Programme) -> None:
    rows = read_source(OCC_CSV, "utf-8", ",")
    people = {(r["Adresse e-mail"].lower(), name_key(r["Prénom"], r["Nom"])) for r in rows}
    plan = plan_import(OCC_CSV, occ, [])
    report = plan.report.as_json()
    assert report["added"] == len(people) == 310
    assert report["merged"] == len(rows) - len(people) == 10
    assert (report["updated"], report["unchanged"]) == (0, 0)
    assert report["skipped"] == [] and report["unmatched"] == []
    assert report["columns"]["Participerez-vous au déjeuner ?"] == "session:DEJ"
    assert report["columns"]["Atelier 14h00-15h00"] == "session"
    assert report["columns"]["Type de structure"] == "org_type"
    assert len(plan.entries) == 310
    assert all(e.kind == journal.REGISTRATION_CREATED for e in plan.entries)
    # accents kept, stray spaces trimmed, case as typed
    roy = person(plan, "ROY", "Aurélie")
    assert roy["fields"]["needs"] == "Sans porc"
    assert roy["fields"]["department"] == "34 - Hérault"
    assert roy["sessions"] == ["B", "E"]
    assert roy["submitted_at"] == "2022-10-04T12:11:35"
    assert set(roy["fields"]) == set(FIELDS) and roy["fields"]["category"] == "participant"
    assert roy["source"] == "import" and len(roy["code"]) == 6
    # every lunch "Oui" of the kept rows is a DEJ
    lunch = sum(1 for p in created(plan) if "DEJ" in p["sessions"])
    latest: dict[tuple[str, str], dict[str, str]] = {}
    for r in rows:
        latest[(r["Adresse e-mail"].lower(), name_key(r["Prénom"], r["Nom"]))] = r
    assert lunch == sum(1 for r in latest.values() if r["Participerez-vous au déjeuner ?"] == "Oui")
    assert len({p["code"] for p in created(plan)}) == 310


def test_occitanie_resubmission_keeps_the_latest_form(occ: Programme) -> None:
    plan = plan_import(OCC_CSV, occ, [])
    henry = person(plan, "Henry", "Sylvie")  # rows 2, 3, 4, 75 and 187 of the file
    record = next(r for r in plan.records if r.fields["last_name"] == "Henry"
                  and r.fields["first_name"] == "Sylvie")
    assert record.rows == [2, 3, 4, 75, 187] and record.row == 187
    assert henry["submitted_at"] == "2022-11-08T06:04:27"
    assert henry["sessions"] == ["B", "DEJ", "E"]


def test_occitanie_xlsx_reads_like_the_csv(occ: Programme) -> None:
    from_csv = plan_import(OCC_CSV, occ, [])
    from_xlsx = plan_import(OCC_XLSX, occ, [])
    assert from_xlsx.report.as_json() == from_csv.report.as_json()
    strip = [{k: v for k, v in p.items() if k != "code"} for p in created(from_csv)]
    assert [{k: v for k, v in p.items() if k != "code"} for p in created(from_xlsx)] == strip
    assert from_xlsx.table.sheet == "Réponses au formulaire 1"


def test_bfc_french_excel_csv_maps_its_lunch_column(bfc: Programme) -> None:
    rows = read_source(BFC_CSV, "cp1252", ";")
    people = {(r["Adresse e-mail"].lower(), name_key(r["Prénom"], r["Nom"])) for r in rows}
    plan = plan_import(BFC_CSV, bfc, [])
    report = plan.report.as_json()
    assert (report["added"], report["merged"]) == (len(people), len(rows) - len(people))
    assert (report["added"], report["merged"]) == (178, 2)
    assert report["skipped"] == [] and report["unmatched"] == []
    assert report["columns"]["Participerez-vous au déjeuner ?"] == "session:DEJ"
    assert plan.table.encoding == "cp1252" and plan.table.delimiter == ";"
    guerin = person(plan, "GUÉRIN", "Océane")
    assert guerin["fields"]["department"] == "48 - Lozère"
    assert guerin["sessions"] == ["DEJ"]
    assert guerin["submitted_at"] == "2022-10-04T03:46:00"  # Excel drops the seconds
    assert person(plan, "BERGER", "Grégoire")["sessions"] == []  # "Non"
    assert person(plan, "BERGER", "Grégoire")["fields"]["email"] == \
        "gregoire.berger3@plie.example.org"  # e-mails lower-cased


def test_occitanie_export_against_the_bfc_programme_keeps_workshops_as_extra(
        bfc: Programme) -> None:
    plan = plan_import(OCC_CSV, bfc, [])
    report = plan.report.as_json()
    assert report["columns"]["Atelier 14h00-15h00"] == "extra"
    assert report["unmatched"] == []
    assert person(plan, "ROY", "Aurélie")["extra"]["Atelier 14h00-15h00"].startswith("B. ")


# --- encodings, separators, line ends ----------------------------------------------------


ROWS = [HEADER,
        ["03/10/2022 15:52:41", "helene@x.org", "Lefèvre", "Hélène", "Mairie de Nîmes"],
        ["04/10/2022 09:00:00", "francois@x.org", "Françoise", "François", "Œuvre sociale"]]


@pytest.mark.parametrize(("encoding", "delimiter", "newline", "bom"), [
    ("utf-8", ",", "\n", False),
    ("utf-8", ",", "\n", True),
    ("utf-8", ";", "\r\n", True),
    ("cp1252", ";", "\r\n", False),
    ("cp1252", "\t", "\n", False),
    ("utf-8", "\t", "\r\n", False),
    ("utf-16", "\t", "\r\n", False),  # Excel's "Unicode text"
])
def test_encodings_separators_and_line_ends(tmp_path: Path, occ: Programme, encoding: str,
                                            delimiter: str, newline: str, bom: bool) -> None:
    path = write_csv(tmp_path / "export.csv", ROWS, encoding=encoding, delimiter=delimiter,
                     newline=newline)
    if bom:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    plan = plan_import(path, occ, [])
    assert plan.table.delimiter == delimiter
    assert list(plan.report.columns)[:3] == ["Horodateur", "Adresse e-mail", "Nom"]
    hélène = person(plan, "Lefèvre", "Hélène")
    assert hélène["fields"]["organisation"] == "Mairie de Nîmes"
    assert hélène["submitted_at"] == "2022-10-03T15:52:41"
    assert person(plan, "Françoise", "François")["fields"]["organisation"] == "Œuvre sociale"


def test_utf8_is_preferred_and_cp1252_is_the_fallback(tmp_path: Path) -> None:
    utf8 = write_csv(tmp_path / "a.csv", ROWS, encoding="utf-8")
    cp1252 = write_csv(tmp_path / "b.csv", ROWS, encoding="cp1252")
    assert read_table(utf8).encoding == "utf-8"
    assert read_table(cp1252).encoding == "cp1252"
    assert read_table(cp1252).rows[1].cells[3] == "Hélène"


def test_a_separator_inside_quotes_does_not_fool_the_sniffer(tmp_path: Path,
                                                             occ: Programme) -> None:
    path = tmp_path / "export.csv"
    path.write_text('Nom;Prénom;"Besoins (accessibilité, régime)"\nDurand;Léa;"Sans gluten, PMR"\n',
                    encoding="utf-8")
    plan = plan_import(path, occ, [])
    assert plan.table.delimiter == ";"
    assert person(plan, "Durand")["fields"]["needs"] == "Sans gluten, PMR"


def test_blank_lines_and_trailing_empty_columns(tmp_path: Path, occ: Programme) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        "Nom;Prénom;Structure;;;\r\n"
        "\r\n"
        "Durand;Léa;Mairie;;;\r\n"
        ";;;;;\r\n"
        ";;Régie;;;\r\n"  # a row with content but no name: row 5
        "Petit;Samir;;;;\r\n".encode("cp1252"))
    plan = plan_import(path, occ, [])
    report = plan.report.as_json()
    assert report["columns"] == {"Nom": "last_name", "Prénom": "first_name",
                                 "Structure": "organisation"}
    assert report["added"] == 2
    assert report["skipped"] == [{"row": 5, "reason": plan.report.skipped[0]["reason"]}]
    assert "name" in report["skipped"][0]["reason"]
    assert person(plan, "Durand")["extra"] == {}
    assert [r.row for r in plan.records] == [3, 6]  # as a spreadsheet numbers them


def test_values_beyond_the_header_are_kept_as_extra(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom"], ["Durand", "Léa", "en retard"]])
    plan = plan_import(path, occ, [])
    assert person(plan, "Durand")["extra"] == {"Column C": "en retard"}


def test_a_title_row_above_the_header_is_passed_over(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Inscriptions au 12/10/2022", ""], [],
                                               ["Nom", "Prénom"], ["Durand", "Léa"]])
    plan = plan_import(path, occ, [])
    assert plan.columns.header_row == 1  # the second non-empty row
    assert [r.row for r in plan.records] == [4]


def test_header_only_file_gives_no_rows(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [HEADER])
    plan = plan_import(path, occ, [])
    assert plan.entries == [] and plan.report.as_json()["added"] == 0
    assert plan.report.columns["Nom"] == "last_name"


# --- XLSX --------------------------------------------------------------------------------


def test_xlsx_first_sheet_named_sheet_and_datetime_cells(tmp_path: Path, occ: Programme) -> None:
    when = dt.datetime(2022, 10, 3, 15, 52, 40, 999_700)  # how Excel's floats come back
    path = write_xlsx(tmp_path / "export.xlsx", {
        "Inscrits": [HEADER, [when, "lea@x.org", "Durand", "Léa", "Mairie"]],
        "Intervenants": [["Nom", "Prénom", "Date d'inscription", "Téléphone"],
                         ["Petit", "Samir", dt.datetime(2022, 11, 2, 8, 5), 612345678]],
    })
    first = plan_import(path, occ, [])
    assert first.table.sheet == "Inscrits"
    assert person(first, "Durand")["submitted_at"] == "2022-10-03T15:52:41"
    named = plan_import(path, occ, [], sheet="Intervenants")
    samir = person(named, "Petit", "Samir")
    assert samir["submitted_at"] == "2022-11-02T08:05:00"
    assert samir["fields"]["phone"] == "612345678"  # a number cell, without ".0"
    assert plan_import(path, occ, [], sheet="intervenants ").table.sheet == "Intervenants"
    with pytest.raises(ImportFileError, match=r'export\.xlsx: no sheet named "Orateurs".*'
                                              r'"Inscrits", "Intervenants"'):
        plan_import(path, occ, [], sheet="Orateurs")


def test_an_empty_sheet_is_refused(tmp_path: Path, occ: Programme) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", {"Vide": [], "Inscrits": [HEADER]})
    with pytest.raises(ImportFileError, match=r'^export\.xlsx: the sheet "Vide" is empty$'):
        plan_import(path, occ, [])
    assert plan_import(path, occ, [], sheet="Inscrits").entries == []


def test_xlsx_rows_are_numbered_as_in_the_spreadsheet(tmp_path: Path, occ: Programme) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", {"Feuille 1": [
        ["Nom", "Prénom", "E-mail"], [None, None, None], ["Durand", "Léa", "l@x.org"],
        [None, None, "nobody@x.org"]]})
    plan = plan_import(path, occ, [])
    assert [r.row for r in plan.records] == [3]
    assert plan.report.as_json()["skipped"][0]["row"] == 4


def test_dates_written_as_text() -> None:
    stamp = TimestampReader(["03/10/2022 15:52:41"])
    assert stamp("03/10/2022 15:52:41") == "2022-10-03T15:52:41"
    assert stamp("03/10/2022 15:52") == "2022-10-03T15:52:00"
    assert stamp("3/10/2022") == "2022-10-03T00:00:00"
    assert stamp("2022-10-03T15:52:41") == "2022-10-03T15:52:41"
    assert stamp("2022-10-03 15:52:41.123+02:00") == "2022-10-03T15:52:41"
    assert stamp("2022/10/03 15:52:41") == "2022-10-03T15:52:41"
    assert stamp("2022/10/03 3:52:41 PM GMT+2") == "2022-10-03T15:52:41"  # Google Forms
    assert stamp("03/10/2022 15:52:41 UTC+2") == "2022-10-03T15:52:41"
    assert stamp("") == "" and stamp("hier") == "" and stamp("31/02/2022") == ""
    # an English Google Forms column is month first: it shows because of 10/23
    english = TimestampReader(["10/3/2022 15:52:41", "10/23/2022 9:01:02"])
    assert english("10/3/2022 15:52:41") == "2022-10-03T15:52:41"
    assert english("10/23/2022 9:01:02 PM") == "2022-10-23T21:01:02"



_STAMP_PIECES = st.sampled_from(["03/10/2022", "31/02/2022", "13/13/2022", "10/23/2022",
                                  "2022-10-03", "2022/02/30", "1/2/22 T", "1/2/2022 à",
                                  "29/02/2024", "00/01/2022", "03/10/٢٠٢٢", "ab/cd/efgh"])
_CLOCK_PIECES = st.sampled_from(["09:13:23", "23:59:59", "24:00:00", "12:60:00", "12:00:60",
                                 "7:13:230", "١٢:00:00", "ab:cd:ef", "00:00:00"])


@given(st.booleans(), _STAMP_PIECES, st.sampled_from([" ", "T", "x"]), _CLOCK_PIECES)
def test_the_short_way_through_form_timestamps_reads_them_as_the_long_way(
        month_first: bool, day: str, sep: str, clock: str) -> None:
    # "dd/mm/yyyy hh:mm:ss" (19 characters) takes a short way: each day understood once
    stamp = TimestampReader(["10/23/2022 9:01:02"] if month_first else [])
    text = day + sep + clock
    assert stamp(text) == stamp._parse(text.strip())
    assert stamp(text) == stamp(text)  # the day now known


@given(st.text("0123456789/-:. Th", min_size=19, max_size=19))
def test_any_nineteen_characters_read_the_short_way_as_the_long_way(text: str) -> None:
    stamp = TimestampReader()
    assert stamp(text) == stamp._parse(text.strip())


# --- columns -----------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "role"), [
    ("Nom", "last_name"), ("Nom de famille", "last_name"), ("Last name", "last_name"),
    ("Surname", "last_name"), ("Family name", "last_name"),
    ("Prénom", "first_name"), ("First name", "first_name"), ("Given name", "first_name"),
    ("Adresse e-mail", "email"), ("E-mail", "email"), ("Email", "email"),
    ("Courriel", "email"), ("Mail", "email"), ("Email address", "email"),
    ("Structure", "organisation"), ("Organisme", "organisation"),
    ("Organisation", "organisation"), ("Entreprise", "organisation"),
    ("Company", "organisation"), ("Organization", "organisation"),
    ("Employer", "organisation"), ("Nom de la structure", "organisation"),
    ("Fonction", "role"), ("Poste", "role"), ("Job title", "role"), ("Role", "role"),
    ("Position", "role"), ("Fonction dans la structure", "role"),
    ("Téléphone", "phone"), ("Tél.", "phone"), ("Phone", "phone"), ("Mobile", "phone"),
    ("Type de structure", "org_type"), ("Type d'organisme", "org_type"),
    ("Organisation type", "org_type"),
    ("Département", "department"), ("County", "department"), ("Région", "department"),
    ("Department", None),  # in English, maybe a department of the organisation
    ("Besoins spécifiques (accessibilité, régime alimentaire)", "needs"),
    ("Régime alimentaire", "needs"), ("Accessibilité", "needs"),
    ("Special needs", "needs"), ("Dietary requirements", "needs"),
    ("Catégorie", "category"), ("Category", "category"), ("Profil", "category"),
    ("Statut", "category"), ("Type de participant", "category"),
    ("Statut de la structure", "org_type"),
    ("Horodateur", "timestamp"), ("Timestamp", "timestamp"),
    ("Date d'inscription", "timestamp"),
    ("Nom complet", "full_name"), ("Nom et prénom", "full_name"), ("Full name", "full_name"),
    ("Name", "full_name"), ("Participant", "full_name"),
    ("J'accepte que mes données soient utilisées pour l'organisation de la rencontre", "extra"),
    ("Participerez-vous au déjeuner ?", None), ("Atelier 14h00-15h00", None),
    ("Commentaires", None),
])
def test_header_wording(header: str, role: str | None) -> None:
    assert guess_role(header) == role


def test_english_export(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Timestamp", "Email", "Last name", "First name", "Company", "Job title", "Phone",
         "Organization type", "County", "Dietary requirements", "Category", "Department",
         "Will you attend lunch?"],
        ["2022-10-03 15:52:41", "JOHN.SMITH@X.ORG ", "Smith", "John", "ACME", "CEO",
         "+44 20 7946 0000", "Company", "Kent", "Vegan", "Speaker", "Purchasing", "Yes"],
    ])
    plan = plan_import(path, occ, [])
    smith = person(plan, "Smith", "John")
    assert smith["fields"] == {
        "last_name": "Smith", "first_name": "John", "email": "john.smith@x.org",
        "organisation": "ACME", "role": "CEO", "phone": "+44 20 7946 0000",
        "org_type": "Company", "department": "Kent", "needs": "Vegan", "category": "speaker"}
    assert smith["extra"] == {"Department": "Purchasing"}
    assert smith["sessions"] == ["DEJ"]
    assert smith["submitted_at"] == "2022-10-03T15:52:41"


@pytest.mark.parametrize(("cell", "expected"), [
    ("", "participant"), ("Participant", "participant"), ("Intervenant", "speaker"),
    ("Intervenante", "speaker"), ("Orateur", "speaker"), ("Speaker", "speaker"),
    ("Organisateur", "organiser"), ("Organiser", "organiser"), ("Presse", "press"),
    ("Journaliste", "press"), ("press", "press"), ("Ministre", None),
])
def test_categories(cell: str, expected: str | None) -> None:
    assert category(cell) == expected


def test_an_unknown_category_is_kept_as_extra(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Statut"],
                                               ["Durand", "Léa", "Ministre"],
                                               ["Petit", "Samir", "Journaliste"]])
    plan = plan_import(path, occ, [])
    assert person(plan, "Durand")["fields"]["category"] == "participant"
    assert person(plan, "Durand")["extra"] == {"Statut": "Ministre"}
    assert person(plan, "Petit")["fields"]["category"] == "press"
    assert person(plan, "Petit")["extra"] == {}


@pytest.mark.parametrize(("cell", "order", "first", "last"), [
    ("DUPONT Jean", "", "Jean", "DUPONT"),
    ("Jean DUPONT", "", "Jean", "DUPONT"),
    ("Jean-Pierre DE LA FONTAINE", "", "Jean-Pierre", "DE LA FONTAINE"),
    ("Jean de LA FONTAINE", "", "Jean", "de LA FONTAINE"),
    ("Jean de La Fontaine", "", "Jean", "de La Fontaine"),
    ("Frédéric d'Arbaud de Jouques", "", "Frédéric", "d'Arbaud de Jouques"),
    ("Marie Le Bihan-Kervella", "", "Marie", "Le Bihan-Kervella"),
    ("Maria da Silva", "", "Maria", "da Silva"),
    ("Dupont, Jean", "", "Jean", "Dupont"),
    ("Dupont,Jean Marie", "", "Jean Marie", "Dupont"),
    ("N'DIAYE Fatou", "", "Fatou", "N'DIAYE"),
    ("Jean Dupont", "", "Jean", "Dupont"),
    ("Dupont Jean", "last-first", "Jean", "Dupont"),
    ("Le Gall Yann", "last-first", "Yann", "Le Gall"),
    ("  Jean   Dupont ", "", "Jean", "Dupont"),
    ("Madonna", "", "", "Madonna"),
])
def test_full_name_splitting(cell: str, order: str, first: str, last: str) -> None:
    assert split_full_name(cell, order) == (first, last)


def test_full_name_column(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Nom et prénom", "Courriel"],
        ["DUPONT Jean", "jd@x.org"], ["Durand Léa", "ld@x.org"],
        ["Jean de La Fontaine", "jf@x.org"], ["Martin, Anne", "am@x.org"]])
    plan = plan_import(path, occ, [])
    assert plan.report.columns["Nom et prénom"] == "full_name"
    names = [(p["fields"]["first_name"], p["fields"]["last_name"]) for p in created(plan)]
    # "Nom et prénom" says which comes first when capitals do not
    assert names == [("Jean", "DUPONT"), ("Léa", "Durand"), ("Jean", "de La Fontaine"),
                     ("Anne", "Martin")]


def test_a_lone_nom_column_holds_the_whole_name(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Email"], ["Jean DUPONT", "j@x.org"]])
    plan = plan_import(path, occ, [])
    assert plan.report.columns["Nom"] == "full_name"
    assert person(plan, "DUPONT")["fields"]["first_name"] == "Jean"


def test_unknown_columns_are_extras_without_empty_values(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Nom", "Prénom", "Comment avez-vous connu la rencontre ?", "Adresse postale"],
        ["Durand", "Léa", "Par la newsletter", ""], ["Petit", "Samir", "", ""]])
    plan = plan_import(path, occ, [])
    assert person(plan, "Durand")["extra"] == {
        "Comment avez-vous connu la rencontre ?": "Par la newsletter"}
    assert person(plan, "Petit")["extra"] == {}


def test_a_second_column_for_a_field_is_kept_as_extra(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Téléphone", "Téléphone"],
                                               ["Durand", "Léa", "01", "06"]])
    plan = plan_import(path, occ, [])
    assert plan.report.columns == {"Nom": "last_name", "Prénom": "first_name",
                                   "Téléphone": "phone", "Téléphone (2)": "extra"}
    assert person(plan, "Durand")["extra"] == {"Téléphone (2)": "06"}


# --- overrides ---------------------------------------------------------------------------


def test_overrides_win_over_guesses(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Qui", "Boîte", "Téléphone", "Vient manger ?", "Choix 1", "Remarque", "Nom"],
        ["Léa DURAND", "Mairie", "01", "oui", "A", "rien", "Léa"]])
    overrides = {"Qui": "full_name", "Boîte": "organisation", "Téléphone": "extra",
                 "Vient manger ?": "session:dej", "Choix 1": "session", "Remarque": "ignore",
                 "Nom": "first_name"}
    plan = plan_import(path, occ, [], overrides)
    assert plan.report.columns == {
        "Qui": "full_name", "Boîte": "organisation", "Téléphone": "extra",
        "Vient manger ?": "session:DEJ", "Choix 1": "session", "Remarque": "ignore",
        "Nom": "first_name"}
    lea = created(plan)[0]
    # the override of "Nom" as first_name wins over the split of "Qui"
    assert (lea["fields"]["first_name"], lea["fields"]["last_name"]) == ("Léa", "DURAND")
    assert lea["fields"]["organisation"] == "Mairie" and lea["fields"]["phone"] == ""
    assert lea["extra"] == {"Téléphone": "01"}
    assert lea["sessions"] == ["A", "DEJ"]


def test_override_header_is_matched_loosely(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Société (actuelle)"],
                                               ["Durand", "Léa", "ACME"]])
    plan = plan_import(path, occ, [], {"societe actuelle": "extra"})
    assert plan.report.columns["Société (actuelle)"] == "extra"


@pytest.mark.parametrize(("overrides", "message"), [
    ({"Courriel": "email"}, r'export\.csv: --map names a column "Courriel" that the file '
                            r"does not have"),
    ({"Nom": "surname"}, r'export\.csv: --map "Nom=surname": unknown field "surname"'),
    ({"Nom": "session:Z"}, r'export\.csv: --map "Nom=session:Z": the programme has no '
                           r"session Z"),
])
def test_bad_overrides(tmp_path: Path, occ: Programme, overrides: dict[str, str],
                       message: str) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom"], ["Durand", "Léa"]])
    with pytest.raises(ImportFileError, match=message):
        plan_import(path, occ, [], overrides)


def test_an_override_can_supply_the_name_column(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Qui", "Mail"], ["Léa DURAND", "l@x.org"]])
    with pytest.raises(ImportFileError, match=r"export\.csv: no column holds the names"):
        plan_import(path, occ, [])
    plan = plan_import(path, occ, [], {"Qui": "full_name"})
    assert person(plan, "DURAND")["fields"]["first_name"] == "Léa"


# --- sessions ----------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "codes", "unmatched"), [
    ("A", ["A"], []), ("a)", ["A"], []), ("(A)", ["A"], []), ("Atelier A", ["A"], []),
    ("Workshop A", ["A"], []), ("A. Innover avec la clause sociale", ["A"], []),
    ("Atelier A : Innover", ["A"], []), (TITLE_A, ["A"], []),
    ("innover avec la CLAUSE sociale", ["A"], []),  # case and accents
    ("Innover avec la cl…", ["A"], []),  # truncated title
    ("Favoriser l'accès des structures de l'IAE", ["B"], []),
    ("Atelier A Innover avec la clause sociale", ["A"], []),
    (f"A. {TITLE_A}, D. {TITLE_D}", ["A", "D"], []),  # checkboxes
    ("A; E", ["A", "E"], []), ("A, Z", ["A"], ["Z"]),
    ("Atelier Z", [], ["Atelier Z"]), ("Peut-être", [], ["Peut-être"]),
    ("Aucun", [], []), ("Non", [], []), ("-", [], []), ("", [], []),
    ("Déjeuner", ["DEJ"], []), ("DEJ", ["DEJ"], []),
    (f"A. {TITLE_D}", ["D"], []),  # the words outweigh a wrong letter
])
def test_session_cells(occ: Programme, cell: str, codes: list[str],
                       unmatched: list[str]) -> None:
    choice = SessionMatcher(occ).parse_cell(cell, Binding())
    assert (choice.codes, choice.unmatched) == (codes, unmatched)


def test_a_slot_column_prefers_the_sessions_of_its_slot(occ: Programme) -> None:
    matcher = SessionMatcher(occ)
    # "clause sociale" is in the titles of A, E and F; only A is at 14h00
    assert matcher.parse_cell("clause sociale", Binding()).codes == []
    assert matcher.parse_cell("clause sociale", Binding(slot=SLOT1)).codes == ["A"]


@pytest.mark.parametrize(("cell", "chosen", "unmatched"), [
    ("Oui", True, False), ("oui ", True, False), ("Yes", True, False), ("X", True, False),
    ("1", True, False), ("true", True, False), ("Oui, végétarien", True, False),
    ("Non", False, False), ("No", False, False), ("", False, False),
    ("Peut-être", False, True),
])
def test_yes_no_column(occ: Programme, cell: str, chosen: bool, unmatched: bool) -> None:
    choice = SessionMatcher(occ).parse_cell(cell, Binding(session="DEJ"))
    assert (choice.codes == ["DEJ"], bool(choice.unmatched)) == (chosen, unmatched)
    assert yes_no(cell) == (chosen if not unmatched else None)


@pytest.mark.parametrize(("header", "label"), [
    ("Participerez-vous au déjeuner ?", "session:DEJ"),
    ("Will you attend lunch?", "session:DEJ"), ("Repas", "session:DEJ"),
    ("Atelier 14h00-15h00", "session"), ("Ateliers 14h", "session"),
    ("Atelier A", "session:A"), ("Ateliers [Innover avec la clause sociale]", "session:A"),
    ("Choix des ateliers", "session"),  # by its values
    ("Question 12", "session"),  # by its values: whole titles
    ("Commentaires", "extra"),
])
def test_session_columns_are_found(tmp_path: Path, occ: Programme, header: str,
                                   label: str) -> None:
    yes_no_column = label.startswith("session:")
    values = ["Oui", "Non"] if yes_no_column else [f"A. {TITLE_A}", TITLE_B]
    if header == "Commentaires":
        values = ["Très bien", "Rien à dire"]
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", header],
                                               ["Durand", "Léa", values[0]],
                                               ["Petit", "Samir", values[1]]])
    plan = plan_import(path, occ, [])
    assert plan.report.columns[header] == label
    durand = person(plan, "Durand")
    if label == "extra":
        assert durand["sessions"] == [] and durand["extra"] == {header: values[0]}
    else:
        assert durand["sessions"] == [label[8:] if yes_no_column else "A"]
        assert durand["extra"] == {}


def test_unmatched_choices_are_reported_never_dropped(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Nom", "Prénom", "Atelier 14h00-15h00", "Participerez-vous au déjeuner ?"],
        ["Durand", "Léa", "Atelier Z", "Oui"],
        ["Petit", "Samir", "A; Visite du stade", "Peut-être"],
        ["Roy", "Aurélie", "B", "Non"]])
    plan = plan_import(path, occ, [])
    assert plan.report.as_json()["unmatched"] == [
        {"row": 2, "column": "Atelier 14h00-15h00", "value": "Atelier Z", "problem": "unknown"},
        {"row": 3, "column": "Atelier 14h00-15h00", "value": "Visite du stade",
         "problem": "unknown"},
        {"row": 3, "column": "Participerez-vous au déjeuner ?", "value": "Peut-être",
         "problem": "unknown"},
    ]
    assert person(plan, "Durand")["sessions"] == ["DEJ"]
    assert person(plan, "Petit")["sessions"] == ["A"]
    assert "3 session choices not recognised (rows 2, 3)" in plan.report.summary()


def test_generated_export_without_workshops(tmp_path: Path, occ: Programme) -> None:
    path = make_registrations(60, tmp_path / "bfc.csv", "--excel-fr", "--no-workshops")
    rows = read_source(path, "cp1252", ";")
    plan = plan_import(path, occ, [])
    assert plan.report.columns["Participerez-vous au déjeuner ?"] == "session:DEJ"
    assert "Atelier 14h00-15h00" not in plan.report.columns
    assert plan.report.added + plan.report.merged == len(rows)
    assert {code for p in created(plan) for code in p["sessions"]} == {"DEJ"}


# --- duplicates and skipped rows ---------------------------------------------------------


def test_resubmissions_merge_and_the_latest_timestamp_wins(tmp_path: Path,
                                                           occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Structure"],
        ["05/10/2022 10:00:00", "Lea.Durand@X.org", "DURAND", "Léa", "Latest"],
        ["03/10/2022 10:00:00", "lea.durand@x.org", " durand ", "Lea", "Oldest"],
        ["04/10/2022 10:00:00", "LEA.DURAND@X.ORG", "Durand", "Léa ", "Middle"],
        # same e-mail, another person: a homonym sharing the address is someone else
        ["04/10/2022 11:00:00", "lea.durand@x.org", "Durand", "Paul", "Family"],
        # no e-mail: the name alone is the identity
        ["04/10/2022 12:00:00", "", "Petit", "Samir", "First"],
        ["04/10/2022 13:00:00", "", "PETIT", "Samir", "Second"],
    ])
    plan = plan_import(path, occ, [])
    report = plan.report.as_json()
    assert (report["added"], report["merged"]) == (3, 3)
    lea = person(plan, "DURAND", "Léa")
    assert lea["fields"]["organisation"] == "Latest"
    assert lea["fields"]["email"] == "lea.durand@x.org"
    assert lea["submitted_at"] == "2022-10-05T10:00:00"
    assert person(plan, "Durand", "Paul")["fields"]["organisation"] == "Family"
    assert person(plan, "PETIT", "Samir")["fields"]["organisation"] == "Second"
    lea_record = next(r for r in plan.records if r.fields["organisation"] == "Latest")
    assert lea_record.rows == [2, 3, 4]
    assert "3 resubmitted forms merged" in plan.report.summary()


def test_without_timestamps_the_later_row_wins(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Email", "Nom", "Prénom", "Structure"],
                                               ["l@x.org", "Durand", "Léa", "First"],
                                               ["l@x.org", "Durand", "Léa", "Second"]])
    assert person(plan_import(path, occ, []), "Durand")["fields"]["organisation"] == "Second"


def test_rows_without_a_name_are_skipped_with_their_row(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Adresse e-mail", "Nom", "Prénom"], ["a@x.org", "Durand", ""], ["b@x.org", "", "Léa"],
        [], ["c@x.org", "  ", ""]])
    plan = plan_import(path, occ, [])
    report = plan.report.as_json()
    assert report["added"] == 2
    assert [s["row"] for s in report["skipped"]] == [5]
    assert person(plan, "Durand")["fields"]["first_name"] == ""
    assert person(plan, "")["fields"]["first_name"] == "Léa"
    assert "1 row skipped for lack of a name (row 5)" in plan.report.summary()


# --- the plan against existing registrations ---------------------------------------------


def test_reimport_plans_added_updated_and_unchanged(tmp_path: Path, occ: Programme) -> None:
    header = ["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Structure",
              "Atelier 14h00-15h00", "Participerez-vous au déjeuner ?", "Remarque"]
    first = write_csv(tmp_path / "first.csv", [
        header,
        ["03/10/2022 10:00:00", "lea@x.org", "Durand", "Léa", "Mairie", "A", "Oui", ""],
        ["03/10/2022 11:00:00", "samir@x.org", "Petit", "Samir", "ACME", "B", "Non", "PMR"],
        ["03/10/2022 12:00:00", "aurelie@x.org", "Roy", "Aurélie", "Cap emploi", "C", "Oui",
         ""],
        ["03/10/2022 13:00:00", "gone@x.org", "Parti", "Jean", "", "", "", ""],
    ])
    before = plan_import(first, occ, [])
    # the event as it stands: the first import, plus a check-in, a walk-in, and sessions
    # of the afternoon's second slot chosen some other way
    existing = [registration(p, checked_in_at="2022-12-08T09:31:00", checkin_count=1)
                for p in created(before)]
    existing[0] = registration(created(before)[0], id=existing[0].id,
                               sessions=("A", "D", "DEJ"), extra={"Source": "tel"})
    existing.append(Registration(id=journal.new_id(), code="WALK22", last_name="Sans",
                                 first_name="Inscription", source="walkin"))
    second = write_csv(tmp_path / "second.csv", [
        header,
        # unchanged (the timestamp moved: a resubmission with the same answers)
        ["05/10/2022 10:00:00", "LEA@x.org", "Durand", "Léa", "Mairie", "A", "Oui", ""],
        # updated: organisation and lunch
        ["05/10/2022 11:00:00", "samir@x.org", "Petit", "Samir", "ACME SAS", "B", "Oui", "PMR"],
        # updated: the name's case only, and the remark
        ["05/10/2022 12:00:00", "aurelie@x.org", "ROY", "Aurélie", "Cap emploi", "C", "Oui",
         "Arrivera tard"],
        # new
        ["05/10/2022 13:00:00", "nadia@x.org", "Caron", "Nadia", "Régie", "A", "Oui", ""],
    ])
    plan = plan_import(second, occ, existing)
    report = plan.report.as_json()
    assert (report["added"], report["updated"], report["unchanged"]) == (1, 2, 1)
    assert report["missing"] == 1  # Jean Parti; the walk-in is not expected in the file
    by_subject = {e.subject: e for e in plan.entries}
    assert existing[0].id not in by_subject
    samir, aurelie = existing[1], existing[2]
    assert by_subject[samir.id].kind == journal.REGISTRATION_UPDATED
    assert by_subject[samir.id].payload == {
        "fields": {"organisation": "ACME SAS"}, "sessions": ["B", "DEJ"],
        "submitted_at": "2022-10-05T11:00:00"}
    assert by_subject[aurelie.id].payload == {
        "fields": {"last_name": "ROY"}, "extra": {"Remarque": "Arrivera tard"},
        "submitted_at": "2022-10-05T12:00:00"}
    new = [e for e in plan.entries if e.kind == journal.REGISTRATION_CREATED]
    assert len(new) == 1 and new[0].payload["fields"]["last_name"] == "Caron"
    assert new[0].payload["code"] not in {r.code for r in existing}
    assert new[0].subject not in {r.id for r in existing}
    # only registration entries: check-ins and attendance are never touched
    assert {e.kind for e in plan.entries} == {journal.REGISTRATION_CREATED,
                                              journal.REGISTRATION_UPDATED}
    statuses = Counter(r.status for r in plan.records)
    assert statuses == Counter({"added": 1, "updated": 2, "unchanged": 1})
    assert "1 registration already in the event not in this file" in plan.report.summary()


def test_reimport_leaves_what_the_file_does_not_know(tmp_path: Path, occ: Programme) -> None:
    """No phone column, no 15h15 column: the phone and the D choice stay; the extras of
    another file stay; the lunch column decides the lunch."""
    existing = [Registration(id="r1", code="AAAAAA", last_name="Durand", first_name="Léa",
                             email="lea@x.org", phone="06 00", sessions=("A", "D", "DEJ"),
                             extra={"Source": "tel"})]
    path = write_csv(tmp_path / "export.csv", [
        ["Email", "Nom", "Prénom", "Atelier 14h00-15h00", "Participerez-vous au déjeuner ?"],
        ["lea@x.org", "Durand", "Léa", "B", "Non"]])
    plan = plan_import(path, occ, existing)
    assert [e.payload for e in plan.entries] == [
        {"fields": {}, "sessions": ["B", "D"], "submitted_at": ""}]
    same = write_csv(tmp_path / "same.csv", [
        ["Email", "Nom", "Prénom", "Atelier 14h00-15h00", "Participerez-vous au déjeuner ?"],
        ["lea@x.org", "Durand", "Léa", "A", "Oui"]])
    assert plan_import(same, occ, existing).report.unchanged == 1


def test_reimport_matches_by_name_when_there_is_no_email(tmp_path: Path, occ: Programme) -> None:
    existing = [Registration(id="r1", code="AAAAAA", last_name="Durand", first_name="Léa"),
                Registration(id="r2", code="BBBBBB", last_name="Petit", first_name="Samir",
                             email="samir@x.org")]
    path = write_csv(tmp_path / "export.csv", [
        ["Email", "Nom", "Prénom", "Structure"],
        ["", "DURAND", "Lea", ""],  # no e-mail: the name matches r1
        ["samir@x.org", "Petit", "Samir", ""],
        ["other@x.org", "Petit", "Samir", ""],  # another e-mail: another Samir Petit
    ])
    plan = plan_import(path, occ, existing)
    assert (plan.report.updated, plan.report.unchanged, plan.report.added) == (1, 1, 1)
    update = next(e for e in plan.entries if e.kind == journal.REGISTRATION_UPDATED)
    assert update.subject == "r1"
    assert update.payload["fields"] == {"last_name": "DURAND", "first_name": "Lea"}


def test_new_codes_avoid_existing_codes(tmp_path: Path, occ: Programme,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from checkin.core import codes
    letters = "TAKEN2" + "FRESH2" + "FRESH2" + "FRESH3"
    # the random bytes that spell those codes, then bytes that spell none (dropped)
    drawn = bytes(codes.CODE_ALPHABET.index(c) for c in letters) + b"\xff" * 100
    monkeypatch.setattr(codes.secrets, "token_bytes", lambda size: drawn[:size])
    existing = [Registration(id="r1", code="TAKEN2", last_name="Old", first_name="One")]
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom"], ["Durand", "Léa"],
                                               ["Petit", "Samir"]])
    plan = plan_import(path, occ, existing)
    assert [p["code"] for p in created(plan)] == ["FRESH2", "FRESH3"]


def test_summary_is_one_english_paragraph(occ: Programme) -> None:
    summary = plan_import(OCC_CSV, occ, []).report.summary()
    assert "\n" not in summary
    assert summary.startswith("occitanie-2022-inscriptions.csv: 320 rows read, 310 people found: "
                              "310 to add, 0 to update, 0 unchanged.")


# --- files that are not registration lists -----------------------------------------------


def test_binary_file(tmp_path: Path, occ: Programme) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(ImportFileError, match=r"^photo\.csv: this is a binary file"):
        plan_import(path, occ, [])


def test_zip_named_csv(tmp_path: Path, occ: Programme) -> None:
    path = write_xlsx(tmp_path / "export.xlsx", {"S": [["Nom"], ["Durand"]]})
    renamed = path.rename(tmp_path / "export.csv")
    with pytest.raises(ImportFileError, match=r"^export\.csv: this is a zip archive"):
        plan_import(renamed, occ, [])


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path: Path, occ: Programme, content: bytes) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=r"^export\.csv: the file is empty"):
        plan_import(path, occ, [])


def test_no_name_column(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "budget.csv", [["Poste", "Montant"], ["Traiteur", "1200"]])
    with pytest.raises(ImportFileError,
                       match=r'^budget\.csv: no column holds the names .*"Poste", "Montant"'):
        plan_import(path, occ, [])


def test_corrupt_xlsx(tmp_path: Path, occ: Programme) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(OCC_XLSX.read_bytes()[:5000])
    with pytest.raises(ImportFileError, match=r"^export\.xlsx: the XLSX workbook is damaged"):
        plan_import(path, occ, [])
    # a zip archive that is not a workbook
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(ImportFileError, match=r"^export\.xlsx: the XLSX workbook is damaged"):
        plan_import(path, occ, [])
    path.write_text("Nom,Prénom\nDurand,Léa\n", encoding="utf-8")  # a CSV named .xlsx
    with pytest.raises(ImportFileError, match=r"^export\.xlsx: not an XLSX workbook"):
        plan_import(path, occ, [])


def test_password_protected_xlsx(tmp_path: Path, occ: Programme) -> None:
    # Excel saves an encrypted workbook as an OLE compound file, not as a zip archive
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    with pytest.raises(ImportFileError, match=r"^secret\.xlsx: the workbook is "
                                              r"password-protected"):
        plan_import(path, occ, [])


@pytest.mark.parametrize(("name", "message"), [
    ("export.pdf", r"^export\.pdf: unknown file type \.pdf"),
    ("export", r"^export: unknown file type \(no extension\)"),
    ("export.xls", r"^export\.xls: old Excel \.xls workbooks are not supported"),
])
def test_unsupported_file_types(tmp_path: Path, occ: Programme, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_text("Nom,Prénom\nDurand,Léa\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        plan_import(path, occ, [])


def test_missing_file(tmp_path: Path, occ: Programme) -> None:
    with pytest.raises(ImportFileError, match=r"^absent\.csv: no such file"):
        plan_import(tmp_path / "absent.csv", occ, [])


def test_a_huge_cell_is_refused_naming_row_and_column(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Remarque"],
                                               ["Durand", "Léa", "ok"],
                                               ["Petit", "Samir", "x" * (MAX_CELL + 1)]])
    with pytest.raises(ImportFileError, match=r"^export\.csv: row 3, column C: a cell of "
                                              r"100,001 characters is too long"):
        plan_import(path, occ, [])
    # beyond what the csv module accepts at all
    path = write_csv(tmp_path / "export.csv", [["Nom"], ["Durand"], ["y" * 200_000]])
    with pytest.raises(ImportFileError, match=r"^export\.csv: row 3: a cell is longer than"):
        plan_import(path, occ, [])


def test_a_huge_cell_of_short_lines_is_refused_too(tmp_path: Path, occ: Programme) -> None:
    # every line short, the cell they make together too long (the reader measures cells
    # only when the lines a record spans could hold one that long)
    lines = "\n".join(["z" * 49] * (MAX_CELL // 50 + 1))
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Remarque"],
                                               ["Durand", "Léa", "ok"],
                                               ["Petit", "Samir", lines]])
    with pytest.raises(ImportFileError, match=r"^export\.csv: row 3, column C: a cell of "
                                              r"100,049 characters is too long"):
        plan_import(path, occ, [])


def test_too_many_columns_are_refused_naming_the_row(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom"], ["Durand", "Léa"],
                                               ["x"] * 1001])
    with pytest.raises(ImportFileError, match=r"^export\.csv: row 3 has 1,001 columns"):
        plan_import(path, occ, [])


# --- size --------------------------------------------------------------------------------


@pytest.mark.slow
def test_fifty_thousand_rows_are_planned_whole(tmp_path: Path, occ: Programme) -> None:
    # its time is measured in tests/perf/bench_import.py, beside a baseline
    path = make_registrations(50_000, tmp_path / "big.csv")
    plan = plan_import(path, occ, [])
    assert plan.report.added + plan.report.merged == 50_000
    assert plan.report.unmatched == [] and plan.report.skipped == []
    assert plan.report.warnings == []


def test_new_codes_in_bulk_are_distinct_fresh_and_readable() -> None:
    from checkin.core import codes
    taken = {"TAKEN2"}
    made = codes.new_codes(20_000, taken)
    assert len(made) == len(set(made)) == 20_000 and "TAKEN2" not in made
    assert all(len(c) == codes.CODE_LENGTH and set(c) <= set(codes.CODE_ALPHABET) for c in made)
    # no bias from the modulo: 256 % 31 = 8, so a plain `byte % 31` would draw the first
    # 8 letters 12.5% more often than the others (noise here: well under 2%)
    counts = Counter("".join(made))
    first = sum(counts[c] for c in codes.CODE_ALPHABET[:8]) / 8
    rest = sum(counts[c] for c in codes.CODE_ALPHABET[8:]) / (len(codes.CODE_ALPHABET) - 8)
    assert abs(first / rest - 1) < 0.05


def test_a_big_append_widens_the_page_cache_for_itself_only(tmp_path: Path,
                                                             occ: Programme) -> None:
    from checkin.core.event import BULK_CACHE_KB, BULK_ENTRIES, Event
    seen: list[int] = []
    with Event.create(tmp_path / "occ.checkin", occ, station_name="Organisation") as event:
        (before,) = event.conn.execute("PRAGMA cache_size").fetchone()
        plan = plan_import(OCC_CSV, occ, [])
        assert len(plan.entries) >= BULK_ENTRIES // 4
        entries = plan.entries * (BULK_ENTRIES // len(plan.entries) + 1)

        class Peek:  # its steps run inside the append's transaction
            def step(self, done: int, total: int, what: Any) -> None:
                seen.append(event.conn.execute("PRAGMA cache_size").fetchone()[0])
        event.append(entries[:BULK_ENTRIES], Peek())
        assert seen and set(seen) == {-BULK_CACHE_KB}
        assert event.conn.execute("PRAGMA cache_size").fetchone() == (before,)
