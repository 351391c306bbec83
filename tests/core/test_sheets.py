"""Sign-in sheets, read back from the PDF: furniture on every page, every name, totals."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from reports_helpers import add_person, check_in, small_day

from checkin.cli import main
from checkin.core.errors import CheckinError
from checkin.core.reports import sheets
from checkin.core.reports.logos import logos, set_logos

FURNITURE = ["Tour de France de la clause sociale — Rencontre régionale Occitanie",
             "Jeudi 8 décembre 2022", "Stade de la Mosson, 345 avenue de Heidelberg",
             "Organisation : Alliance Villes Emploi", "FEUILLE D’ÉMARGEMENT"]


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _by_sheet(texts: list[str]) -> dict[str, list[str]]:
    """Pages grouped by the sheet named in their footer."""
    found: dict[str, list[str]] = {}
    for text in texts:
        name = re.search(r"Feuille d’émargement — (.+)", text)
        assert name, text
        found.setdefault(name.group(1).strip(), []).append(text)
    return found


def logo_file(tmp_path: Path, name: str, colour: str, size: tuple[int, int]) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, colour).save(path)
    return path


def test_every_page_has_its_furniture_and_every_name(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    report = sheets.write(event, tmp_path / "emargement.pdf")
    assert report.filled and report.sheets == 2 + len(event.programme.sessions())
    texts = _pages(report.path)
    assert len(texts) == report.pages
    for text in texts:
        for item in FURNITURE:
            assert item in text
        assert re.search(r"Page \d+ / \d+", text) and "Total : " in text
    by_sheet = _by_sheet(texts)
    morning = by_sheet["Matinée"][0]
    for name in ["DURAND", "LEFÈVRE", "N'DIAYE", "MARTIN", "ÉBRARD", "Hélène", "Élodie"]:
        assert name in morning
    assert "ZIDANE" not in morning  # cancelled
    assert "Total : 5 inscrits · 3 présents" in morning
    assert "DURAND\nJulien\nUniversité de Lunel\n9h35\n" in morning
    assert "13h40" not in morning and "13h40" in by_sheet["Après-midi"][0]
    b = by_sheet["Session B"][0]
    assert "B — Favoriser l'accès des structures de l'IAE" in b
    assert "Total : 2 inscrits + 1 ajout · 2 présents" in b
    assert "N'DIAYE" in b and "ajout" in b and "sur place" in b
    assert "Salle Mosson 2" in b and "capacité 60" in b


def test_pages_number_within_each_sheet_and_totals_repeat(event, tmp_path):  # type: ignore[no-untyped-def]
    names = [f"Nom{i:02d}" for i in range(60)]
    for name in names:
        add_person(event, name, "Zoé", "Mairie", ("A",))
    report = sheets.write(event, tmp_path / "s.pdf", only=["morning", "a"])
    by_sheet = _by_sheet(_pages(report.path))
    morning = by_sheet["Matinée"]
    assert len(morning) == 3 and report.pages == 6
    for number, text in enumerate(morning, 1):
        assert f"Page {number} / 3" in text and "Total : 60 inscrits" in text
    listed = [n for text in morning for n in re.findall(r"NOM\d\d", text)]
    assert listed == [n.upper() for n in names]  # each once, in order


def test_blank_sheets_before_the_day(event, tmp_path):  # type: ignore[no-untyped-def]
    add_person(event, "Lefèvre", "Hélène", "Préfecture", ("A",))
    report = sheets.write(event, tmp_path / "s.pdf", only=["morning"])
    assert not report.filled
    (text,) = _pages(report.path)
    assert "LEFÈVRE" in text and "Total : 1 inscrit" in text and "présent" not in text
    assert re.search(r"\b\d+h\d\d\b", text.split("Heure")[1].split("Total")[0]) is None


def test_filled_sheets_can_be_forced_blank(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    reg = add_person(event, "Lefèvre", "Hélène")
    check_in(event, reg)
    filled = _pages(sheets.write(event, tmp_path / "f.pdf", only=["morning"]).path)[0]
    blank = _pages(sheets.write(event, tmp_path / "b.pdf", filled=False,
                                only=["morning"]).path)[0]
    assert "9h30" in filled.split("Heure")[1] and "9h30" not in blank.split("Heure")[1]


def test_long_names_are_fitted_not_overflowing(event, tmp_path):  # type: ignore[no-untyped-def]
    add_person(event, "Saint-Exupéry-Marchal de La Fontaine d'Arbaud de Jouques", "Marie",
               "Communauté de communes du Pays de Carcassonne et de la Montagne Noire")
    (text,) = _pages(sheets.write(event, tmp_path / "s.pdf", only=["morning"]).path)
    assert "SAINT-EXUPÉRY" in text and "…" in text  # the organisation's second line


LONG_NAMES = [  # (last name, first name): wrapped at a space or a hyphen, or squeezed
    ("Saint-Exupéry-Marchal de La Fontaine d'Arbaud de Jouques", "Marie-Françoise-Éléonore"),
    ("Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft", "Jean"),
    ("Nguyễn", "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Senior"),
]


@pytest.mark.parametrize(("last", "first"), LONG_NAMES)
def test_a_long_name_is_printed_whole_on_the_lunch_roster(event, tmp_path, last, first):  # type: ignore[no-untyped-def]
    add_person(event, last, first, "Mairie", sessions=("DEJ",))
    (text,) = _pages(sheets.write(event, tmp_path / "s.pdf", only=["DEJ"]).path)
    bare = "".join(text.split())
    assert "".join(last.upper().split()) in bare and "".join(first.split()) in bare
    assert "…" not in text


def test_logos_are_stored_in_the_event_and_drawn_on_every_page(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    files = [logo_file(tmp_path, "region.png", "#1f4e79", (300, 120)),
             logo_file(tmp_path, "etat.jpg", "#c0392b", (200, 200))]
    stored = set_logos(event, files)
    assert [logo.name for logo in logos(event)] == ["region.png", "etat.jpg"]
    assert logos(event) == stored
    report = sheets.write(event, tmp_path / "s.pdf")
    for page in PdfReader(report.path).pages:
        sizes = {Image.open(io.BytesIO(image.data)).size for image in page.images}
        assert sizes == {(300, 120), (200, 200)}
    set_logos(event, [])
    assert logos(event) == ()


def test_bad_logo_and_unknown_sheet_are_refused(event, tmp_path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(CheckinError, match="not a readable image"):
        set_logos(event, [bad])
    with pytest.raises(CheckinError, match="no such image"):
        set_logos(event, [tmp_path / "missing.png"])
    with pytest.raises(CheckinError, match="no sheet Z"):
        sheets.write(event, tmp_path / "s.pdf", only=["Z"])
    with pytest.raises(CheckinError, match=r"\.pdf"):
        sheets.write(event, tmp_path / "s.txt")
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.slow
def test_cli_sheets_with_logo(event, clock, tmp_path, capsys):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    event.close()
    logo = logo_file(tmp_path, "region.png", "#1f4e79", (300, 120))
    out = tmp_path / "emargement.pdf"
    assert main(["sheets", str(event.path), "-o", str(out), "--logo", str(logo),
                 "--only", "morning", "A"]) == 0
    assert "2 sheets" in capsys.readouterr().out
    assert len(PdfReader(out).pages[0].images) == 1
    assert main(["sheets", str(event.path), "-o", str(out), "--only", "Z"]) == 2
    assert "no sheet Z" in capsys.readouterr().err


def test_row_numbers_of_a_hundred_and_more_print_whole(event, tmp_path):  # type: ignore[no-untyped-def]
    for n in range(1005):  # a big meeting's morning: numbers of three and four digits
        add_person(event, f"Nom{n:04d}", "Prénom", "Structure")
    report = sheets.write(event, tmp_path / "emargement.pdf", only=["morning"])
    numbers = [int(n) for text in _pages(report.path)
               for n in re.findall(r"^(\d+)$", text, re.MULTILINE)]
    wanted = [100, 101, 999, 1000, 1005]
    assert [n for n in numbers if n in wanted] == wanted
    assert not any("1…" in text for text in _pages(report.path))


def test_a_slot_whose_name_gives_its_hours_is_not_followed_by_them_again(event, tmp_path):  # type: ignore[no-untyped-def]
    add_person(event, "Lefèvre", "Hélène", "Préfecture", ("A",))
    (text,) = _pages(sheets.write(event, tmp_path / "s.pdf", only=["A"]).path)
    assert "Ateliers 14h00-15h00 · Salle Mosson 1" in text  # not "… · 14h00 – 15h00 · …"
    assert "14h00 – 15h00" not in text
