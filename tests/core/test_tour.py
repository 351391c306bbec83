"""The tour's consolidated report on the two real events of 2022, with people made to
attend both: figures, the workbook read back with openpyxl, the PDF read back with
poppler (text, and pages rendered)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from tour_helpers import BY_EMAIL, BY_NAME, two_events

from checkin.cli import main
from checkin.core.reports import figures as figures_
from checkin.core.reports import tour


@pytest.fixture
def events(tmp_path: Path):
    occ, bfc, both = two_events(tmp_path)
    yield occ, bfc, both
    occ.close()
    bfc.close()


@pytest.mark.slow
def test_figures_per_event_and_across_the_tour(events) -> None:
    occ, bfc, both = events
    t = tour.compute([occ, bfc])
    assert [e.short for e in t.events] == ["BFC22", "OCC22"]  # in date order
    for line, event in zip(t.events, (bfc, occ), strict=True):
        f = figures_.compute(event)
        assert (line.registered, line.present, line.walk_ins, line.no_shows) == (
            f.registered, f.arrived, f.walk_ins, f.no_shows)
    assert t.total("present") == 150 + 90 + BY_EMAIL + BY_NAME
    assert t.total("walk_ins") == BY_EMAIL + BY_NAME
    # the 8 who came to both are counted once, recognised by e-mail or by name
    assert t.people_present == t.total("present") - (BY_EMAIL + BY_NAME)
    assert sorted(r.last_name for r in t.returning) == sorted(both)
    assert all(r.events == ("BFC22", "OCC22") for r in t.returning)
    without_walk_ins = tour.compute([occ])
    assert t.people_registered == (without_walk_ins.people_registered
                                   + tour.compute([bfc]).people_registered
                                   - (BY_EMAIL + BY_NAME) - _shared_names(occ, bfc))
    types = {b.label: b.arrived for b in t.by_org_type}
    assert sum(types.values()) == t.total("present")
    occ_sessions = next(e for e in t.events if e.short == "OCC22").sessions
    assert sum(s.present for s in occ_sessions) == 50
    bfc_sessions = next(e for e in t.events if e.short == "BFC22").sessions
    assert [s.code for s in bfc_sessions] == ["DEJ"]  # a plenary day: only the lunch


def _shared_names(occ, bfc) -> int:
    """Registrations of the two exports that already share a name (one person each)."""
    from checkin.core.text import name_key
    names = {name_key(r.first_name, r.last_name) for r in occ.registrations()}
    return sum(name_key(r.first_name, r.last_name) in names for r in bfc.registrations()
               if r.source == "import")


@pytest.mark.slow
def test_the_workbook_reads_back(events, tmp_path: Path) -> None:
    occ, bfc, both = events
    out = tmp_path / "tour.xlsx"
    assert main(["report", str(occ.path), str(bfc.path), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    rows = list(wb["Rencontres"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Rencontre", "Date", "Lieu", "Inscrits", "Présents")
    assert [r[0] for r in rows[1:]] == ["BFC22", "OCC22", "Total"]
    assert rows[-1][4] == 150 + 90 + BY_EMAIL + BY_NAME
    rate = wb["Rencontres"].cell(row=len(rows), column=8)
    assert rate.number_format == "0%" and rate.value == pytest.approx(rows[-1][4] / rows[-1][3])
    assert wb["Types de structure"]["A1"].value == "Type de structure"
    assert wb["Départements"]["A1"].value == "Département"
    workshops = {r[1]: r for r in wb["Ateliers"].iter_rows(min_row=2, values_only=True)
                 if r[0] == "OCC22"}
    assert workshops["A"][3] == "14h00 – 15h00"  # as the PDF and the sheets write it
    returning = list(wb["Venus plusieurs fois"].iter_rows(values_only=True))[1:]
    assert sorted(r[0] for r in returning) == sorted(both)
    overall = dict(list(wb["Ensemble de la tournée"].iter_rows(values_only=True)))
    assert overall["Personnes venues à plusieurs rencontres"] == BY_EMAIL + BY_NAME


@pytest.mark.slow
def test_the_pdf_for_funders_is_in_french_and_names_no_one(events, tmp_path: Path) -> None:
    occ, bfc, both = events
    out = tmp_path / "tour.pdf"
    assert main(["report", str(occ.path), str(bfc.path), "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")
    assert len([p for p in pages if p.strip()]) == 3
    for words in ("Bilan consolidé de la tournée", "Alliance Villes Emploi",
                  "du 10 mai 2022 au 8 décembre 2022", "plusieurs rencontres",
                  "Inscrits et présents par rencontre", "Arrivées à l’accueil",
                  "Types de structure", "Départements", "Ateliers",
                  "Déjeuner", "Innover avec la clause sociale"):
        assert words in " ".join(text.split()), words
    total = f"{150 + 90 + BY_EMAIL + BY_NAME}"
    assert any(line.split()[:1] == ["Total"] and total in line.split()
               for line in pages[0].splitlines())
    for name in both:  # counts only: nobody is named
        assert name not in text
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == 3


def test_a_report_needs_a_known_format_and_an_event(tmp_path: Path, capsys) -> None:
    assert main(["report", "-o", str(tmp_path / "tour.docx")]) == 2
    assert "must end in .xlsx or .pdf" in capsys.readouterr().err
    assert main(["report", "-o", str(tmp_path / "tour.pdf")]) == 2
    assert "no event to report on" in capsys.readouterr().err
