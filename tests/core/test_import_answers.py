"""What an import says about the answers it reads: which column gave the time of each
answer, line breaks kept in free text, session choices and rows to look at."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA

from checkin.core import journal
from checkin.core.importing import ImportPlan, plan_import
from checkin.core.importing.columns import guess_role
from checkin.core.programme import Programme, load_programme
from checkin.core.progress import Cancelled, Stage, Stoppable


@pytest.fixture(scope="module")
def occ() -> Programme:
    return load_programme(DATA / "occitanie-2022.toml")


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def person(plan: ImportPlan, last: str) -> dict[str, Any]:
    found = [e.payload for e in plan.entries if e.kind == journal.REGISTRATION_CREATED
             and e.payload["fields"]["last_name"] == last]
    assert len(found) == 1
    return found[0]


# --- the time of each answer ---------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "Order Date", "Date", "Created", "Created at", "Submitted at", "Date de commande",
    "Date d'inscription", "Date de création", "Registration date", "Date d'achat",
])
def test_form_and_ticketing_date_columns(header: str) -> None:
    assert guess_role(header) == "timestamp"


def test_a_newest_first_ticketing_export_keeps_the_latest_answer(tmp_path: Path,
                                                                occ: Programme) -> None:
    rows = [["Order #", "Order Date", "First Name", "Last Name", "Email", "Company"]]
    for n in range(4):  # newest first, as ticketing platforms list their orders
        rows.append([f"{n}2", f"2022-11-2{n} 10:00:00", "Léa", f"Durand{n}", f"l{n}@x.org",
                     "Newer"])
    for n in range(4):
        rows.append([f"{n}1", f"2022-10-0{n + 1} 10:00:00", "Léa", f"Durand{n}",
                     f"l{n}@x.org", "Older"])
    plan = plan_import(write_csv(tmp_path / "orders.csv", rows), occ, [])
    assert plan.report.time_column == "Order Date"
    assert plan.report.merged == 4
    assert {p["fields"]["organisation"] for p in
            (person(plan, f"Durand{n}") for n in range(4))} == {"Newer"}
    assert '(the time of each answer from the column "Order Date")' in plan.report.summary()


def test_without_a_time_column_the_report_says_file_order_was_used(tmp_path: Path,
                                                                  occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Email", "Nom", "Prénom"],
                                               ["l@x.org", "Durand", "Léa"],
                                               ["l@x.org", "Durand", "Léa"]])
    report = plan_import(path, occ, []).report
    assert report.time_column == "" and report.as_json()["time_column"] is None
    assert "no column gives the time of each answer, so the later row in the file won" \
        in report.summary()


def test_unreadable_answer_times_are_reported(tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Horodateur", "Nom", "Prénom"],
                                               ["03/10/2022 10:00", "Durand", "Léa"],
                                               ["mardi dernier", "Petit", "Samir"]])
    report = plan_import(path, occ, []).report
    assert report.warnings == [{"row": 3, "column": "Horodateur", "value": "mardi dernier",
                                "problem": "not_a_date"}]


# --- line breaks ----------------------------------------------------------------------------


def test_line_breaks_are_kept_in_free_text_and_collapsed_in_one_line_fields(
        tmp_path: Path, occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [
        ["Nom", "Prénom", "Structure", "Besoins spécifiques", "Commentaire"],
        ["Du\nrand", " Léa ", "Mairie\r\nde Lunel", "Végétarien\nAccès PMR  ",
         "Merci !\r\n\r\nÀ bientôt"]])
    lea = person(plan_import(path, occ, []), "Du rand")
    assert lea["fields"]["first_name"] == "Léa"
    assert lea["fields"]["organisation"] == "Mairie de Lunel"
    assert lea["fields"]["needs"] == "Végétarien\nAccès PMR"
    assert lea["extra"]["Commentaire"] == "Merci !\n\nÀ bientôt"


# --- session choices to look at ---------------------------------------------------------


def test_two_workshops_of_one_slot_and_undecided_answers_are_reported(
        tmp_path: Path, occ: Programme) -> None:
    slot = "Atelier 14h00-15h00"
    path = write_csv(tmp_path / "export.csv", [
        ["Nom", "Prénom", slot, "Atelier 15h15-16h15"],
        ["Durand", "Léa", "A. Innover avec la clause sociale, B. Favoriser l'accès", "D"],
        ["Petit", "Samir", "Je ne sais pas encore", "E"],
        ["Roy", "Aurélie", "C", "D, E"]])
    plan = plan_import(path, occ, [])
    assert person(plan, "Durand")["sessions"] == ["A", "B", "D"]  # kept, and reported
    assert person(plan, "Petit")["sessions"] == ["E"]
    assert plan.report.unmatched == [
        {"row": 2, "column": slot, "value": "A, B", "problem": "two_in_slot"},
        {"row": 3, "column": slot, "value": "Je ne sais pas encore", "problem": "undecided"},
        {"row": 4, "column": "Atelier 15h15-16h15", "value": "D, E",
         "problem": "two_in_slot"},
    ]
    summary = plan.report.summary()
    assert "2 answers choose two sessions of one slot (rows 2, 4): both kept" in summary
    assert "1 answer says no session is chosen yet (row 3): none recorded." in summary


# --- rows to look at ------------------------------------------------------------------------


def test_rows_with_far_more_or_fewer_cells_than_the_header(tmp_path: Path,
                                                           occ: Programme) -> None:
    header = ["Nom", "Prénom", "Structure", "Fonction", "Téléphone", "Département",
              "Commentaire", "Besoins spécifiques"]
    path = tmp_path / "export.csv"
    path.write_text(",".join(header) + "\n"
                    + "Durand,Léa,Mairie,Juriste,01,34,ok,\n"  # as many cells: fine
                    + "Petit,Samir\n"  # far fewer
                    + "Roy,Aurélie,Mairie,Juriste,01,34,ok,,x,y,z\n"  # far more
                    + "Henry,Sylvie,Mairie,Juriste,01,34,ok\n",  # one fewer: fine
                    encoding="utf-8")
    report = plan_import(path, occ, []).report
    assert report.added == 4
    assert [(w["row"], w["problem"]) for w in report.warnings] == [(3, "cell_count"),
                                                                   (4, "cell_count")]
    assert "2 rows have far more or fewer cells than the header (rows 3, 4)" in report.summary()


def test_a_name_far_longer_than_any_name_skips_its_row(tmp_path: Path,
                                                       occ: Programme) -> None:
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom"], ["Durand", "Léa"],
                                               ["R" * 5000, "Samir"]])
    report = plan_import(path, occ, []).report
    assert report.added == 1
    assert report.as_json()["skipped"] == [
        {"row": 3, "reason": "a name longer than 200 characters"}]
    assert report.skipped[0]["code"] == "long_name"
    assert "1 row skipped for a name longer than 200 characters (row 3)" in report.summary()


def test_control_characters_are_removed_and_reported(tmp_path: Path, occ: Programme) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("Nom,Prénom\nDu\x1b[31mrand,Léa\nPetit,Samir\n".encode())
    plan = plan_import(path, occ, [])
    assert person(plan, "Du[31mrand")["fields"]["first_name"] == "Léa"
    assert plan.report.warnings == [{"row": 2, "column": "", "value": "",
                                     "problem": "control_characters"}]


def test_far_more_lines_than_rows_is_reported(tmp_path: Path, occ: Programme) -> None:
    comment = "\n".join(f"ligne {n}" for n in range(30))
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Commentaire"],
                                               ["Durand", "Léa", comment],
                                               ["Petit", "Samir", ""]])
    report = plan_import(path, occ, []).report
    assert (report.rows, report.lines) == (2, 32)
    assert "The file's 32 lines hold only 2 rows: cells with many line breaks" \
        in report.summary()
    path = write_csv(tmp_path / "export.csv", [["Nom", "Prénom", "Commentaire"],
                                               ["Durand", "Léa", "deux\nlignes"]])
    assert "line breaks" not in plan_import(path, occ, []).report.summary()


def test_progress_is_reported_while_rows_are_read(tmp_path: Path, occ: Programme) -> None:
    rows = [["Nom", "Prénom"]] + [[f"Durand{n}", "Léa"] for n in range(2500)]
    calls: list[tuple[int, int, Stage]] = []
    plan = plan_import(write_csv(tmp_path / "export.csv", rows), occ, [],
                       progress=Stoppable(lambda *step: calls.append(step)))
    assert plan.report.added == 2500
    assert calls == [(1000, 2500, Stage.ROWS), (2000, 2500, Stage.ROWS),
                     (2500, 2500, Stage.ROWS)]


def test_a_stopped_plan_ends_at_its_next_step(tmp_path: Path, occ: Programme) -> None:
    rows = [["Nom", "Prénom"]] + [[f"Durand{n}", "Léa"] for n in range(2500)]
    seen: list[int] = []

    def stop_at_first(done: int, total: int, what: Stage) -> None:
        seen.append(done)
        progress.stop()
    progress = Stoppable(stop_at_first)
    with pytest.raises(Cancelled):
        plan_import(write_csv(tmp_path / "export.csv", rows), occ, [], progress=progress)
    assert seen == [1000]
