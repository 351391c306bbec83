"""Trouble with the event file reaches the desk in the interface's language, at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import nbsp
from helpers_gui import burst, registration

from checkin.core.errors import EventFileError, Problem
from checkin.gui.desk.outcomes import DeskState
from checkin.gui.errors import describe

pytestmark = pytest.mark.gui


def test_known_problems_are_worded_in_french_with_the_file_name(qapp) -> None:
    from checkin.gui.app import install_translations
    install_translations(qapp, "fr")
    full = EventFileError("x: the disk is full", Problem.DISK_FULL, Path("/m/occ.checkin"))
    assert describe(full) == nbsp("Le disque de « occ.checkin » est plein : ceci n’a PAS"
                                  " été enregistré. Libérez de la place, puis réessayez.")
    assert describe(EventFileError("plain message")) == "plain message"


def test_one_formatter_words_os_errors_and_keeps_to_one_line(qapp) -> None:
    """The desk, the room, the stations and the organiser's tabs share this one."""
    denied = PermissionError(13, "Permission denied", "/mnt/share/a.xlsx")
    assert describe(denied) == "/mnt/share/a.xlsx: Permission denied"
    assert describe(EventFileError("first line\nsecond line")) == "first line"
    for bug in (KeyError("code"), RuntimeError()):  # plain words, never the bare exception
        assert describe(bug).startswith("Something unexpected went wrong")


def test_every_problem_has_words_in_english_and_in_french(qapp) -> None:
    """A new Problem without its sentence, or without its French, fails here."""
    from checkin.gui.app import install_translations
    from checkin.gui.errors import _texts
    install_translations(qapp, "en")
    english = _texts()
    assert set(english) == set(Problem)
    install_translations(qapp, "fr")
    french = _texts()
    untranslated = [p for p in Problem if french[p] == english[p]]
    assert not untranslated, untranslated


def test_a_scan_after_the_file_vanished_says_so_in_french(window, qtbot, event_path) -> None:
    _, qr = registration(event_path, "NGY234")
    event_path.unlink()  # the USB key is pulled out
    burst(qr)
    qtbot.waitUntil(lambda: window.desk.outcome.state == DeskState.ERROR)
    detail = window.desk.outcome.detail.plain_text()
    assert nbsp("« desk.checkin » a disparu") in detail and "n’a PAS été enregistré" in detail


# -- registration exports: the import's problems in French ---------------------------------

def _sibling(folder: str, name: str):  # type: ignore[no-untyped-def]
    """A module of another test folder, loaded by path: those folders are not on sys.path
    when tests/gui runs alone."""
    import importlib.util
    import sys
    source = Path(__file__).parents[1] / folder / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{name}_for_gui", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _broken_corpus() -> list:
    """The broken files of tests/reliability (made from code)."""
    corpus = _sibling("reliability", "broken_inputs").corpus()
    return [c for c in corpus if not c.name.startswith("header-only")]


BROKEN = _broken_corpus()


def _refusal(path: Path, sheet: str | None = None):
    from helpers import DATA

    from checkin.core.errors import ImportFileError
    from checkin.core.importing import plan_import
    from checkin.core.programme import load_programme
    with pytest.raises(ImportFileError) as caught:
        plan_import(path, load_programme(DATA / "occitanie-2022.toml"), [], sheet=sheet)
    return caught.value


@pytest.mark.parametrize("case", BROKEN, ids=[c.name for c in BROKEN])
def test_every_broken_export_is_worded_in_french_with_its_name(french, case, tmp_path) -> None:
    path = tmp_path / case.name
    case.make(path)
    exc = _refusal(path)
    assert case.words in str(exc)  # the command line keeps its English line
    assert exc.problem is not None and exc.path is not None and exc.path.name == case.name
    text = describe(exc)
    assert nbsp(f"« {case.name} »") in text and text != str(exc)
    assert "%" not in text and "“" not in text  # every placeholder filled, French quotes


@pytest.mark.parametrize(("name", "content", "words"), [
    ("binaire.csv", b"\x00\x01\x02" * 500, "« binaire.csv » est un fichier binaire"),
    ("vide.csv", b"", "« vide.csv » est vide : il n’y a rien à importer."),
    ("chiffré.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
     "« chiffré.xlsx » est protégé par un mot de passe"),
    ("questions.csv", "Ville;Courriel\r\nSète;a@x.org\r\n".encode(),
     "« questions.csv » : aucune colonne ne contient les noms (colonnes cherchées : Nom,"),
])
def test_real_broken_files_say_the_problem_in_french(french, tmp_path, name, content,
                                                      words) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    text = describe(_refusal(path))
    assert nbsp(words) in text
    if name == "questions.csv":  # the headers of the first row, quoted in French
        assert nbsp("la première ligne contient « Ville », « Courriel »") in text


def test_a_missing_sheet_lists_the_sheets_in_french(french, tmp_path) -> None:
    from openpyxl import Workbook
    book = Workbook()
    assert book.active is not None
    book.active.title = "Inscrits"
    book.active.append(["Nom", "Prénom"])
    book.create_sheet("Feuil 2")
    path = tmp_path / "inscriptions.xlsx"
    book.save(path)
    exc = _refusal(path, sheet="Réponses")
    assert str(exc).startswith('inscriptions.xlsx: no sheet named "Réponses"')
    assert describe(exc) == nbsp("Le classeur « inscriptions.xlsx » n’a pas de feuille"
                                 " « Réponses » (ses feuilles : « Inscrits », « Feuil 2 »).")


def test_details_are_put_in_one_pass_and_numbers_in_french(french) -> None:
    from checkin.core.errors import ImportFileError
    twin = ImportFileError("x", Problem.IMPORT_TWIN_NAME_COLUMNS, Path("a.csv"),
                           details={"first": "A", "second": "C", "header": "%2 Nom"})
    assert describe(twin).startswith(nbsp("« a.csv » : les colonnes A et C ont le même"
                                          " titre « %2 Nom »"))
    wide = ImportFileError("x", Problem.IMPORT_TOO_MANY_COLUMNS, Path("q.csv"),
                           details={"row": "1", "count": "2005", "limit": "1000"})
    assert describe(wide).replace("\u202f", " ").replace("\xa0", " ") == (
        "« q.csv », ligne 1 : 2 005 colonnes (la limite est de 1 000) ; ce n’est pas une "
        "liste d’inscriptions.")


def test_every_sentence_has_a_place_for_each_of_its_details(french) -> None:
    from checkin.gui.errors import _ARGS, _PROGRAMME_KEYS, _WITHOUT_FILE, _texts
    for problem, text in _texts().items():
        wanted = {f"%{n}" for n in range(1, 2 + len(_ARGS.get(problem, ())))}
        if problem in _PROGRAMME_KEYS:  # the file's name (%1) goes before, when there is one
            wanted.discard("%1")
        if problem in _WITHOUT_FILE:
            wanted.discard("%1")
        found = set(re.findall(r"%\d", text))
        assert found == wanted, problem


def test_english_interface_keeps_english_words(qapp, tmp_path) -> None:
    from checkin.gui.app import install_translations
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    install_translations(qapp, "en")
    try:
        assert describe(_refusal(path)) == "“vide.csv” is empty: there is nothing to import."
    finally:
        install_translations(qapp, "fr")


def test_skipped_rows_are_worded_by_their_code(french, tmp_path) -> None:
    from helpers import DATA

    from checkin.core.importing import plan_import
    from checkin.core.programme import load_programme
    from checkin.gui.new_event import import_summary
    path = tmp_path / "export.csv"
    path.write_text("Nom;Prénom;Structure\nDurand;Léa;Mairie\n;;Régie\nPetit;Samir;\n",
                    encoding="utf-8")
    report = plan_import(path, load_programme(DATA / "occitanie-2022.toml"), []).report
    assert report.as_json()["skipped"] == [{"row": 3, "reason": report.skipped[0]["reason"]}]
    assert report.skipped[0]["code"] == "no_name"
    assert import_summary(report) == nbsp("export.csv : lignes lues : 3 ; inscriptions à"
                                          " créer : 2. Lignes ignorées (sans nom) : 3.")


def test_the_new_event_dialog_says_why_a_file_is_refused_in_french(french, qtbot,
                                                                    tmp_path) -> None:
    from helpers_gui import new_event_preview
    bad = tmp_path / "inscrits.csv"
    bad.write_bytes(b"\x00\x01\x02" * 500)
    dialog = new_event_preview(qtbot, bad)
    assert dialog.plan is None
    assert dialog.report.plain_text().startswith(nbsp(
        "« inscrits.csv » est un fichier binaire, pas une liste d’inscriptions"))
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


# -- programme files: their problems in French ---------------------------------------------

def _programme_cases() -> list:  # type: ignore[type-arg]
    return list(_sibling("core", "test_programme").BROKEN)


@pytest.mark.parametrize(("broken", "named", "problem"), _programme_cases())
def test_a_broken_programme_is_worded_in_french(french, tmp_path: Path, broken: str,
                                                named: str, problem: Problem) -> None:
    from checkin.core.errors import ProgrammeError
    from checkin.core.programme import load_programme
    path = tmp_path / "programme.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ProgrammeError) as info:
        load_programme(path)
    words = describe(info.value)
    assert words != str(info.value) and nbsp("« programme.toml »") in words
    key = info.value.details.get("key") or info.value.details.get("code") or ""
    assert key in words
    assert not re.search(r"\b(must|missing|is used|not a valid)\b", words)  # no English


def test_the_new_event_dialog_names_a_broken_programme_in_french(french, qtbot,
                                                                  tmp_path) -> None:
    from checkin.gui.new_event import NewEventDialog
    programme = tmp_path / "rencontre.toml"
    programme.write_text('[event]\ntitle = "Rencontre"\nshort = "R1"\ndate = "mardi"\n',
                         encoding="utf-8")
    dialog = NewEventDialog()
    qtbot.addWidget(dialog)
    dialog.programme_path.setText(str(programme))
    dialog.load()
    assert dialog.programme is None
    assert dialog.report.plain_text() == nbsp("Programme « rencontre.toml » : event.date"
                                              " doit être une date comme 2022-12-08.")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_the_programme_editor_s_refusal_is_worded_without_a_file(french) -> None:
    from checkin.core.errors import ProgrammeError
    twice = ProgrammeError("session code A is used twice", Problem.PROGRAMME_CODE_TWICE,
                           details={"code": "A"})
    assert describe(twice) == nbsp("A : ce code de session sert deux fois ; chaque session"
                                   " a besoin du sien.")
