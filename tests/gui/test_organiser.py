"""The Organiser mode: exports, badge batch, re-import, programme edits, the purge.

File dialogs are replaced by a fake that answers with paths in tmp_path; every file
written is read back with the library a user's program would use."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from helpers import nbsp

from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui


class FakeDialogs:
    """Answers the file dialogs: the same path, folder or files each time."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.paths: list[Path] | None = None
        self.folder: Path | None = None
        self.asked: list[str] = []

    def save_file(self, parent, title, name, filters):
        self.asked.append(name)
        return self.path

    def open_file(self, parent, title, filters):
        return self.path

    def open_files(self, parent, title, filters):
        return self.paths

    def choose_folder(self, parent, title):
        return self.folder


@pytest.fixture(autouse=True)
def fake_dialogs(organiser) -> None:
    """File dialogs answer from the test (see FakeDialogs), never from a person."""
    organiser.mode_page.context.dialogs = FakeDialogs()


def tab(window, name: str):
    from checkin.gui.organiser import dashboard, exports, import_tab, programme_editor
    classes = {"dashboard": dashboard.DashboardTab, "exports": exports.ExportsTab,
               "import": import_tab.ImportTab, "programme": programme_editor.ProgrammeTab}
    found = window.mode_page.tab(classes[name])
    window.mode_page.setCurrentWidget(found)  # as the organiser would
    return found


def run(qtbot, status, action) -> str:
    """Click an action, wait for its job, return the message it left."""
    action()
    qtbot.waitUntil(lambda: not status.running, timeout=20000)
    return status.plain_text()


def check_in(window, qtbot, codes) -> None:
    from checkin.core import reception
    for code in codes:
        window.worker.submit(lambda ev, c=code: reception.check_in(ev, ev.by_code(c)[0]))
    qtbot.waitUntil(lambda: not window.worker.busy)


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# -- exports ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_spreadsheet_exports_are_written_off_the_gui_thread_and_readable(organiser, qtbot,
                                                                          tmp_path):
    from openpyxl import load_workbook
    check_in(organiser, qtbot, ["DPL234"])
    exports = tab(organiser, "exports")
    dialogs = organiser.mode_page.context.dialogs
    dialogs.path = tmp_path / "out" / "presences"  # no suffix typed: the format adds it
    dialogs.path.parent.mkdir()
    message = run(qtbot, exports.status, lambda: exports.export_table("xlsx"))
    xlsx = tmp_path / "out" / "presences.xlsx"
    assert str(xlsx) in message and exports.status.open_button.isVisible()
    rows = list(load_workbook(xlsx, read_only=True)["Inscriptions"].values)
    assert any(r[1] == "Dupré-Lefèvre" and r[15] is not None for r in rows)
    assert dialogs.asked == ["OCC22-presences.xlsx"]

    opened = []
    organiser.mode_page.context.open_folder = opened.append
    exports.status.open_button.click()
    assert opened == [tmp_path / "out"]

    dialogs.path = tmp_path / "out" / "presences.csv"
    run(qtbot, exports.status, lambda: exports.export_table("csv"))
    with open(dialogs.path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][:3] == ["Code", "Nom", "Prénom"]
    assert any("Nguyễn" in row for row in table)


def test_export_errors_are_one_line_and_buttons_come_back(organiser, qtbot, tmp_path):
    exports = tab(organiser, "exports")
    dialogs = organiser.mode_page.context.dialogs
    dialogs.path = tmp_path / "attestations.pdf"
    message = run(qtbot, exports.status, lambda: exports.export_certificates(each=False))
    assert nbsp("Personne n’a été enregistré présent : il n’y a aucune attestation") in \
        message and "\n" not in message
    assert message.startswith("⚠") and not dialogs.path.exists()
    assert all(b.isEnabled() for b in exports.buttons)
    dialogs.path = tmp_path / "missing-folder" / "x.xlsx"
    message = run(qtbot, exports.status, lambda: exports.export_table("xlsx"))
    assert nbsp("Le dossier « missing-folder » n’existe pas") in message
    assert "Traceback" not in message


@pytest.mark.slow
def test_sign_in_sheets_blank_then_filled_and_certificates(organiser, qtbot, tmp_path, clock):
    from pypdf import PdfReader
    exports = tab(organiser, "exports")
    dialogs = organiser.mode_page.context.dialogs
    clock.set(9, 52)
    check_in(organiser, qtbot, ["DPL234", "NGY234"])
    dialogs.path = tmp_path / "blank.pdf"
    exports.filled.setCurrentIndex(exports.filled.findData(False))
    message = run(qtbot, exports.status, exports.export_sheets)
    assert "blank.pdf" in message
    blank = pdf_text(dialogs.path)
    assert "FEUILLE D’ÉMARGEMENT" in blank and "DUPRÉ-LEFÈVRE" in blank
    assert "9h52" not in blank
    dialogs.path = tmp_path / "filled.pdf"
    exports.filled.setCurrentIndex(exports.filled.findData(True))
    run(qtbot, exports.status, exports.export_sheets)
    assert "9h52" in pdf_text(dialogs.path)

    dialogs.path = tmp_path / "attestations.pdf"
    message = run(qtbot, exports.status, lambda: exports.export_certificates(each=False))
    assert "2" in message
    assert len(PdfReader(dialogs.path).pages) == 2
    assert "Nguyễn".upper() in pdf_text(dialogs.path).upper()
    dialogs.folder = tmp_path / "each"
    dialogs.folder.mkdir()
    run(qtbot, exports.status, lambda: exports.export_certificates(each=True))
    written = sorted(p.name for p in dialogs.folder.iterdir())
    assert len(written) == 2 and all(n.startswith("attestation-") for n in written)


def test_funders_logos_are_saved_in_the_event_and_shown(organiser, qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage
    exports = tab(organiser, "exports")
    logo = tmp_path / "region.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    assert image.save(str(logo))
    organiser.mode_page.context.dialogs.paths = [logo]
    message = run(qtbot, exports.status, exports.choose_logos)
    assert message.startswith("1")
    qtbot.waitUntil(lambda: "region.png" in exports.logo_names.plain_text())
    run(qtbot, exports.status, exports.clear_logos)
    qtbot.waitUntil(lambda: "region.png" not in exports.logo_names.plain_text())


@pytest.mark.slow
def test_badge_batch_opens_a_preview_sorted_by_last_name(organiser, qtbot, tmp_path):
    exports = tab(organiser, "exports")
    exports.open_badges()
    dialog = exports.badge_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.isVisible() and dialog.document.pageCount() > 1
    names = [r.last_name for r in dialog.regs]
    from checkin.core.text import fold
    assert [fold(n) for n in names] == sorted(fold(n) for n in names)
    pages = dialog.document.pageCount()
    assert dialog.status.text().startswith(f"{len(names)} badges sur {pages} pages.")  # plurals
    gone = tmp_path / "gone" / "badges.pdf"
    dialog.save_pdf(gone)  # its folder is not there: said, nothing raised
    assert "gone" in dialog.status.text() and not gone.exists()
    dialog.save_pdf(tmp_path / "badges.pdf")
    assert (tmp_path / "badges.pdf").read_bytes()[:5] == b"%PDF-"
    dialog.reject()


# -- re-import -------------------------------------------------------------------------------

def updated_export(tmp_path: Path) -> Path:
    """The demo export with one person added and one organisation changed."""
    from checkin.resources import resource
    lines = resource("demo", "registrations.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("Université de Lunel", "Université de Sète")
    lines.append("05/11/2022 10:00:00,zoe.nouvelle@example.org,Nouvelle,Zoé,Mairie d'Agde,"
                 "Élue,Collectivité,34 - Hérault,,Oui,A. Innover avec la clause sociale,"
                 "D. Mettre en place une démarche,,Oui")
    out = tmp_path / "inscriptions-maj.csv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_reimport_previews_the_report_then_imports(organiser, qtbot, tmp_path, event_path):
    from checkin.core.event import Event
    page = tab(organiser, "import")
    organiser.mode_page.context.dialogs.path = updated_export(tmp_path)
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.choose()
    assert page.counts["added"].text() == "1" and page.counts["updated"].text() == "1"
    assert int(page.counts["unchanged"].text()) > 200
    assert page.model.rowCount() > 10 and page.import_button.isEnabled()
    with Event.open(event_path) as event:
        assert not event.search("Nouvelle", 5)  # a preview writes nothing
    message = run(qtbot, page.status, page.commit)
    assert "inscriptions-maj.csv" in message and not message.startswith("⚠")
    with Event.open(event_path) as event:
        found = event.search("Zoé Nouvelle", 5)
        assert found and found[0].organisation == "Mairie d'Agde"
        assert event.search("Université de Sète", 5)
    assert not page.import_button.isEnabled()


def test_reimport_refuses_a_header_only_file(organiser, qtbot, tmp_path):
    from checkin.resources import resource
    header = resource("demo", "registrations.csv").read_text(encoding="utf-8").splitlines()[0]
    empty = tmp_path / "vide.csv"
    empty.write_text(header + "\n", encoding="utf-8")
    page = tab(organiser, "import")
    organiser.mode_page.context.dialogs.path = empty
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.choose()
    assert not page.error.isHidden() and "vide.csv" in page.error.plain_text()
    assert not page.import_button.isEnabled()


# -- programme -------------------------------------------------------------------------------

@pytest.mark.slow
def test_programme_edits_are_journaled_and_kept(organiser, qtbot, event_path, qtmodeltester):
    from checkin.core import journal as j
    from checkin.core.event import Event
    from checkin.gui.organiser.programme_editor import ProgrammeModel
    page = tab(organiser, "programme")
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 5)
    qtmodeltester.check(model)
    codes = [model.data(model.index(r, ProgrammeModel.CODE)) for r in range(model.rowCount())]
    a, b = codes.index("A"), codes.index("B")
    errors = []
    model.invalid.connect(errors.append)
    assert not model.setData(model.index(b, ProgrammeModel.CAPACITY), "beaucoup")
    assert errors and "beaucoup" in page.message.plain_text()
    assert not model.setData(model.index(a, ProgrammeModel.CODE), "Z")  # codes stay
    assert model.setData(model.index(a, ProgrammeModel.TITLE), "Innover, encore")
    assert model.setData(model.index(a, ProgrammeModel.ROOM), "Salle Mosson 4")
    assert model.setData(model.index(b, ProgrammeModel.CAPACITY), "")
    page.slot_box.setCurrentIndex(page.slot_box.count() - 1)
    page.add_session()
    new = next(r for r in range(model.rowCount()) if model.rows[r].new)
    assert model.setData(model.index(new, ProgrammeModel.CODE), "g")
    assert model.setData(model.index(new, ProgrammeModel.TITLE), "Atelier ajouté")
    assert model.setData(model.index(new, ProgrammeModel.CAPACITY), "25")
    assert page.save_button.isEnabled()
    run(qtbot, page.status, page.save)
    assert not page.save_button.isEnabled()

    with Event.open(event_path) as event:
        p = event.programme
        assert j.PROGRAMME_SET in [e.kind for e in event.entries(j.PROGRAMME_SUBJECT)][1:]
    assert p.session("A").title == "Innover, encore" and p.session("A").room == "Salle Mosson 4"
    assert p.session("B").capacity is None
    assert p.session("G").capacity == 25 and p.slot_of("G").start == "15:15"

    organiser.close_event_file()  # reopen: the editor shows the saved programme
    organiser.open_event(event_path)
    qtbot.waitUntil(lambda: organiser.mode_page is not None and not organiser.worker.busy,
                    timeout=10000)
    page = tab(organiser, "programme")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert "G" in [r.code for r in page.model.rows]
    board = tab(organiser, "dashboard")
    qtbot.waitUntil(lambda: board.figures is not None)
    assert board.figures.session("A").title == "Innover, encore"


def test_programme_rules_of_the_core_are_shown_beside_the_table(organiser, qtbot):
    from checkin.gui.organiser.programme_editor import ProgrammeModel
    page = tab(organiser, "programme")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.add_session()
    new = next(r for r in range(page.model.rowCount()) if page.model.rows[r].new)
    page.model.rows[new].title = ""  # as if emptied some other way: the core refuses it
    run(qtbot, page.status, page.save)
    assert page.message.property("error")
    assert re.fullmatch(r"⚠ slot\[\d\]\.session\[\d+\]\.title manque\u00a0: ajoutez-le\.",
                        page.message.plain_text()), page.message.plain_text()  # in French
    assert page.save_button.isEnabled()
    assert page.model.data(page.model.index(new, ProgrammeModel.CODE)) == page.model.rows[
        new].code


# -- purge -----------------------------------------------------------------------------------

@pytest.mark.slow
def test_purge_refuses_a_wrong_name_then_purges_and_the_dashboard_says_so(
        organiser, qtbot, event_path, tmp_path):
    from checkin.core.event import Event
    from checkin.core.reports.attendance import purged_at
    check_in(organiser, qtbot, ["DPL234"])
    exports = tab(organiser, "exports")
    exports.open_purge()
    dialog = exports.purge_dialog
    assert dialog.isVisible() and not dialog.purge_button.isEnabled()
    dialog.confirm.setText("BFC22")
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: dialog.message.property("error") is True, timeout=10000)
    assert dialog.message.plain_text() == nbsp(
        f"⚠ « {event_path.name} » n’a pas été purgé : tapez le nom court de l’événement,"
        " OCC22, pour confirmer. Rien n’a été modifié.") and dialog.report is None  # French
    with Event.open(event_path) as event:
        assert purged_at(event) is None and event.search("Dupré", 5)

    dialog.confirm.setText("occ22")
    with qtbot.waitSignal(dialog.purged, timeout=20000):
        dialog.purge_button.click()
    assert not dialog.purge_button.isEnabled()
    board = tab(organiser, "dashboard")
    qtbot.waitUntil(lambda: board.banner.isVisible(), timeout=10000)
    assert "2022-12-08" in board.banner.text() and board.figures.arrived == 1
    dialog.reject()
    with Event.open(event_path) as event:
        assert purged_at(event) and not event.search("Dupré", 5)

    organiser.mode_page.context.dialogs.path = tmp_path / "sheets.pdf"
    message = run(qtbot, exports.status, exports.export_sheets)
    assert "purgées le" in message and not (tmp_path / "sheets.pdf").exists()


def test_leaving_the_organiser_mode_takes_its_menu_away(organiser, qtbot):
    menu_action = organiser.mode_page.menu.menuAction()
    titles = [a.text() for a in organiser.menuBar().actions()]
    assert organiser.mode_page.menu.title() in titles
    organiser.set_mode(Mode.RECEPTION)
    qtbot.waitUntil(lambda: organiser.desk is not None)
    qtbot.waitUntil(lambda: menu_action not in organiser.menuBar().actions())


@pytest.mark.slow
def test_the_tours_report_from_this_meeting_and_the_others_chosen(organiser, qtbot, tmp_path):
    import subprocess

    from helpers import DATA, FakeClock
    from openpyxl import load_workbook

    from checkin.core.event import Event
    from checkin.core.importing import plan_import
    from checkin.core.programme import load_programme
    programme = load_programme(DATA / "bfc-2022.toml")
    dijon = tmp_path / "dijon.checkin"
    with Event.create(dijon, programme, station_name="Accueil", now=FakeClock()) as event:
        event.append(plan_import(DATA / "bfc-2022-inscriptions-excel.csv", programme,
                                 []).entries)
    check_in(organiser, qtbot, ["DPL234"])
    exports = tab(organiser, "exports")
    dialogs = organiser.mode_page.context.dialogs
    here = organiser.mode_page.context.info.path
    dialogs.paths = [dijon, here]  # this meeting's own file among them: counted once
    exports.tour.choose()
    assert exports.tour.chosen.text() == nbsp("Avec cette rencontre : dijon")
    dialogs.path = tmp_path / "bilan"
    message = run(qtbot, exports.status, lambda: exports.tour.write("pdf"))
    assert "(2 rencontres)" in message, message
    text = subprocess.run(["pdftotext", str(tmp_path / "bilan.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Bilan consolidé de la tournée" in text and "BFC22" in text and "OCC22" in text
    dialogs.path = tmp_path / "bilan.xlsx"
    run(qtbot, exports.status, lambda: exports.tour.write("xlsx"))
    rows = list(load_workbook(dialogs.path, read_only=True)["Rencontres"].values)
    assert [r[0] for r in rows[1:]] == ["BFC22", "OCC22", "Total"]
    assert rows[-1][4] == 1  # present: the one checked in here
