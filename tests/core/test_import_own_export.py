"""Our own exports (CSV and XLSX) read back: into the same event they change nothing, into
a new event they give the same registrations (checkin.core.importing, columns.OWN_EXPORT)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA

from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.importing.columns import OWN_EXPORT
from checkin.core.importing.values import FORMULA_STARTS, unprotect
from checkin.core.model import Registration
from checkin.core.programme import Programme, load_programme
from checkin.core.reception import set_cancelled
from checkin.core.reports import spreadsheet

HOSTILE = [
    ["Horodateur", "Adresse e-mail", "Nom", "Prénom", "Téléphone", "Atelier 14h00-15h00",
     "Besoins spécifiques", "Site web", "Commentaire"],
    ["03/10/2022 10:00:00", "lea@x.org", "Durand", "Léa", "+33 6 12 34 56 78", "A",
     "Végétarien\nAccès PMR", '=HYPERLINK("http://x.example","clic")', "'déjà cité'"],
    ["03/10/2022 11:00:00", "samir@x.org", "Petit", "Samir", "-", "B. Favoriser",
     "", "@home", "ligne 1\nligne 2"],
    ["03/10/2022 12:00:00", "roy@x.org", "Roy", "Aurélie", "", "", "", "", ""],
]


@pytest.fixture(scope="module")
def occ() -> Programme:
    return load_programme(DATA / "occitanie-2022.toml")


def new_event(path: Path, programme: Programme, source: Path) -> Event:
    event = Event.create(path, programme, station_name="Organisation")
    event.append(plan_import(source, programme, []).entries)
    return event


def people(event: Event) -> dict[tuple[str, str], dict[str, Any]]:
    """What an import decides about each person, by (e-mail, last name)."""
    return {(r.email, r.last_name): _answers(r) for r in event.registrations()}


def _answers(r: Registration) -> dict[str, Any]:
    return {"fields": r.fields(), "extra": r.extra, "sessions": r.sessions,
            "submitted_at": r.submitted_at, "status": r.status}


def write_source(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(HOSTILE)
    return path


def test_the_importer_knows_every_column_of_the_export() -> None:
    assert list(OWN_EXPORT) == list(spreadsheet.REGISTRATION_HEADERS)


def test_the_protective_apostrophe_is_the_exporter_s() -> None:
    for start in FORMULA_STARTS:
        text = f"{start}1"
        assert spreadsheet.is_risky(text)
        assert unprotect(spreadsheet.neutralise(text)) == text
    assert unprotect("'déjà cité'") == "'déjà cité'"  # only the one the export adds
    assert unprotect("''=1") == "''=1"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_our_export_into_the_same_event_changes_nothing(tmp_path: Path, occ: Programme,
                                                        suffix: str) -> None:
    with new_event(tmp_path / "occ.checkin", occ, DATA / "occitanie-2022-inscriptions.csv") \
            as event:
        out = spreadsheet.export(event, tmp_path / f"export{suffix}")
        plan = plan_import(out, occ, event.registrations())
        assert plan.report.own_export
        assert (plan.report.added, plan.report.updated) == (0, 0)
        assert plan.report.unchanged == len(event.registrations())
        assert plan.entries == []
        assert plan.report.unmatched == [] and plan.report.warnings == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_our_export_into_a_new_event_gives_the_same_registrations(
        tmp_path: Path, occ: Programme, suffix: str) -> None:
    source = write_source(tmp_path / "form.csv")
    with new_event(tmp_path / "first.checkin", occ, source) as first:
        roy = next(r for r in first.registrations() if r.last_name == "Roy")
        set_cancelled(first, roy, True)
        out = spreadsheet.export(first, tmp_path / f"export{suffix}")
        expected = {k: v for k, v in people(first).items() if k[1] != "Roy"}
        headers = spreadsheet.registration_table(first)[0]
    with new_event(tmp_path / "second.checkin", occ, out) as second:
        assert people(second) == expected
        lea = expected[("lea@x.org", "Durand")]
        assert lea["fields"]["phone"] == "+33 6 12 34 56 78"  # no apostrophe left
        assert lea["fields"]["needs"] == "Végétarien\nAccès PMR"
        assert lea["extra"]["Site web"] == '=HYPERLINK("http://x.example","clic")'
        assert lea["extra"]["Commentaire"] == "'déjà cité'"
        # the next export has each header once, as the first had
        assert spreadsheet.registration_table(second)[0] == headers
    plan = plan_import(out, occ, [])
    assert [s["code"] for s in plan.report.skipped] == ["cancelled"]
    assert "1 row skipped as cancelled in the export" in plan.report.summary()


def test_an_import_projects_as_a_rebuild_from_the_journal_does(tmp_path: Path,
                                                                occ: Programme) -> None:
    # new registrations are folded from the entries in hand, not read back: same rows
    source = write_source(tmp_path / "form.csv")
    with new_event(tmp_path / "occ.checkin", occ, source) as event:
        event.append(plan_import(DATA / "occitanie-2022-inscriptions.csv", occ,
                                 event.registrations()).entries)
        before = event.digest()
        event.rebuild()
        assert event.digest() == before
