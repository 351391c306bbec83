"""Attendance certificates, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reports_helpers import add_person, small_day

from checkin.cli import main
from checkin.core.errors import CheckinError
from checkin.core.reports import certificates


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_one_page_for_each_person_present(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    ids = small_day(event, clock)
    clock.advance(days=4)
    made = certificates.write(event, tmp_path / "attestations.pdf")
    texts = _pages(tmp_path / "attestations.pdf")
    assert len(texts) == len(made) == 4  # Durand, Lefèvre, N'Diaye, the walk-in
    names = ["Julien DURAND", "Élodie ÉBRARD", "Hélène LEFÈVRE", "Aïcha N'DIAYE"]
    for name, text in zip(names, texts, strict=True):  # alphabetical
        assert name in text
        assert "ATTESTATION DE PRÉSENCE" in text and "Alliance Villes Emploi" in text
        assert "jeudi 8 décembre 2022" in text
        assert "Fait à Montpellier, le 12 décembre 2022." in text
    assert not any("MARTIN" in t or "ZIDANE" in t for t in texts)  # absent, cancelled
    durand = texts[0]
    assert "Arrivée enregistrée à l’accueil : 9h35." in durand
    assert "14h00 – 15h00" in durand and "A — Innover avec la clause sociale" in durand
    assert "14h05" in durand and "15h20" in durand and "Salle Mosson 2" in durand
    assert durand.index("14h05") < durand.index("15h20")
    code = event.registration(ids["durand"]).code
    assert f"Attestation n° OCC22-{code}" in durand
    lefevre = texts[2]
    assert "F — Repérer" in lefevre and "D — Mettre" not in lefevre  # D was undone
    ndiaye = texts[3]
    assert "13h40" in ndiaye and "B — Favoriser" in ndiaye


def test_one_file_per_person_and_only_some(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    ids = small_day(event, clock)
    paths = certificates.write_each(event, tmp_path)
    assert len(paths) == 4
    lefevre = next(p for p in paths if "lefevre" in p.name)
    assert lefevre.name.startswith("attestation-lefevre-helene-")
    (text,) = _pages(lefevre)
    assert "Hélène LEFÈVRE" in text
    code = event.registration(ids["ndiaye"]).code
    only = certificates.write(event, tmp_path / "one.pdf", only=[code.lower()])
    assert [c.record.reg.last_name for c in only] == ["N'Diaye"]
    absent = event.registration(ids["absent"]).code
    with pytest.raises(CheckinError, match=f"badge code {absent}"):
        certificates.write(event, tmp_path / "x.pdf", only=[absent])


def test_nobody_present_is_a_clear_error(event, tmp_path):  # type: ignore[no-untyped-def]
    add_person(event, "Martin", "Noémie")
    with pytest.raises(CheckinError, match="nobody was recorded present"):
        certificates.write(event, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_town_of_the_venue() -> None:
    assert certificates.town("Stade de la Mosson, 345 avenue de Heidelberg, 34080 Montpellier"
                             ) == "Montpellier"
    assert certificates.town("64A rue Sully, 21000 Dijon") == "Dijon"
    assert certificates.town("Salle des fêtes") == ""


def test_cli_certificates(event, clock, tmp_path, capsys):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    event.close()
    out = tmp_path / "attestations.pdf"
    assert main(["certificates", str(event.path), "-o", str(out)]) == 0
    assert "4 certificates" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 4
    folder = tmp_path / "each"
    folder.mkdir()
    assert main(["certificates", str(event.path), "--each", str(folder), "--json"]) == 0
    assert len(list(folder.glob("attestation-*.pdf"))) == 4
