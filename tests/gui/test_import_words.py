"""What an import found in cells, said in French words by problem (issue 12): the Re-import
tab's preview and the New-event dialog's summary name unknown choices, "not yet decided"
answers, two sessions in one slot, rows to check and the column of answer times."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import nbsp

pytestmark = pytest.mark.gui

HEADER = "Horodateur;Nom;Prénom;Adresse e-mail;Atelier 14h00-15h00;Atelier 15h15-16h15\n"
ROWS = ("03/10/2022 10:00:00;Durand;Léa;lea@example.org;Z. Atelier fantôme;D\n"  # row 2
        "03/10/2022 11:00:00;Petit;Samir;samir@example.org;Je ne sais pas encore;E\n"
        "03/10/2022 12:00:00;Roux;Inès;ines@example.org;A, B;F\n"  # two of one slot
        "hier;Blanc;Marc;marc@example.org;C;D\n")  # row 5: not a date


def export(tmp_path: Path) -> Path:
    path = tmp_path / "inscriptions.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    return path


def expected_sentences() -> list[str]:
    return [nbsp(s) for s in (
        "L’heure de chaque réponse est lue dans la colonne « Horodateur ».",
        "Choix d’ateliers non reconnus (ligne, réponse) : 2 (Z. Atelier fantôme) ;",
        "Pas encore d’atelier choisi, donc aucun enregistré (ligne, réponse) : 3 (Je ne sais"
        " pas encore).",
        "Deux ateliers choisis sur un même créneau, les deux gardés (ligne, réponse) : 4 (",
        "Heures de réponse qui ne sont pas des dates (ligne, valeur) : 5 (hier) ;",
    )]


def test_the_reimport_preview_words_each_problem(organiser, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from checkin.gui.organiser.import_tab import ImportTab
    page = organiser.mode_page.tab(ImportTab)
    organiser.mode_page.setCurrentWidget(page)
    page.path_edit.setText(str(export(tmp_path)))
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.preview()
    details = page.details.plain_text()
    for sentence in expected_sentences():
        assert sentence in details
    assert nbsp("non reconnus (ligne, réponse) : 3") not in details  # undecided is not unknown
    assert page.counts["unmatched"].text() == "3"
    assert page.import_button.text() == nbsp("Importer : 4 nouvelles, 0 mise à jour")  # plurals


def test_the_new_event_summary_words_each_problem(french, tmp_path):  # type: ignore[no-untyped-def]
    from helpers import DATA

    from checkin.core.importing import plan_import
    from checkin.core.programme import load_programme
    from checkin.gui.new_event import import_summary
    report = plan_import(export(tmp_path), load_programme(DATA / "occitanie-2022.toml"),
                         []).report
    summary = import_summary(report)
    for sentence in expected_sentences():
        assert sentence in summary
    assert "Je ne sais pas encore), 4" not in summary  # one sentence a problem


def test_no_time_column_says_the_later_row_wins(french, tmp_path):  # type: ignore[no-untyped-def]
    from helpers import DATA

    from checkin.core.importing import plan_import
    from checkin.core.programme import load_programme
    from checkin.gui.new_event import import_summary
    path = tmp_path / "deux-fois.csv"
    path.write_text("Nom;Prénom;Adresse e-mail\nDurand;Léa;lea@example.org\n"
                    "Durand;Léa;lea@example.org\n", encoding="utf-8")
    report = plan_import(path, load_programme(DATA / "occitanie-2022.toml"), []).report
    assert report.merged == 1
    assert nbsp("Aucune colonne ne donne l’heure des réponses : quand un formulaire a été"
                " envoyé deux fois, la ligne la plus basse du fichier l’emporte.") in (
        import_summary(report))


def preview_times(organiser, qtbot, path: Path) -> str:  # type: ignore[no-untyped-def]
    """The examples the Re-import tab's preview shows for the column of answer times."""
    from checkin.gui.organiser.import_tab import ImportTab
    page = organiser.mode_page.tab(ImportTab)
    organiser.mode_page.setCurrentWidget(page)
    page.path_edit.setText(str(path))
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.preview()
    model = page.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, model.HEADER).data() == "Horodateur")
    return str(model.index(row, model.SAMPLE).data())


@pytest.mark.parametrize(("fixture", "first"), [
    ("organiser", "03/10/2022 15h52 · 03/10/2022 23h19"),
    ("organiser_en", "03/10/2022 15:52 · 03/10/2022 23:19")])
def test_answer_times_read_alike_from_csv_and_xlsx(fixture, first, request, qtbot):  # type: ignore[no-untyped-def]
    """Google Forms' CSV holds "03/10/2022 15:52:41", its XLSX a date read as ISO: the
    preview shows both as the interface's language writes a date and time."""
    from helpers import DATA
    organiser = request.getfixturevalue(fixture)
    csv = preview_times(organiser, qtbot, DATA / "occitanie-2022-inscriptions.csv")
    xlsx = preview_times(organiser, qtbot, DATA / "occitanie-2022-inscriptions.xlsx")
    assert csv == xlsx
    assert csv.startswith(first)  # a time as everywhere in the interface (gui/times.py)
    assert "T" not in xlsx and "2022-10-03" not in xlsx
