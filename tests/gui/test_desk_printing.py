"""Badges printed at the reception desk: Ctrl+P and the card's button, the reprint
question, automatic printing at check-in, the station's printer setting. Printing goes
through Qt's print path into PDF files, read back (page size, QR code)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from helpers import app_probe, nbsp
from helpers_gui import burst, fake_lookup, journal_kinds, registration, type_slowly, when_modal
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QProcess, Qt
from PySide6.QtTest import QTest

from checkin.core import journal as j
from checkin.core.badges import load_layout
from checkin.core.event import Event
from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui
MM = 72 / 25.4
MEDIA = "dymo-11356"


@pytest.fixture
def printed(monkeypatch, tmp_path: Path) -> list[Path]:
    """Every print runs the real printer process, told to write what it would print
    into a PDF file (listed here once written) instead of the printer."""
    from checkin.gui import printing
    outputs: list[Path] = []
    real = printing.qt_print_arguments

    def into_file(pdf_path: Path, target: printing.PrintTarget) -> list[str]:
        out = tmp_path / f"printed-{len(outputs) + 1}.pdf"
        outputs.append(out)
        return [*real(pdf_path, target), "--output", str(out)]
    monkeypatch.setattr(printing, "qt_print_arguments", into_file)
    return outputs


def written(outputs: list[Path]) -> list[Path]:
    return [p for p in outputs if p.exists() and p.stat().st_size > 0]


@pytest.fixture
def badge_printer(settings) -> None:  # type: ignore[no-untyped-def]
    from checkin.gui.printing import QT, PrintTarget, save_target
    save_target(settings, PrintTarget(QT, "Dymo LabelWriter", MEDIA))


def qr_texts(pdf: Path) -> list[str]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(prefix)], check=True)
    found = []
    for png in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


def prints_of(path: Path, reg_id: str) -> list[j.Entry]:
    with Event.open(path) as event:
        return [e for e in event.entries(reg_id) if e.kind == j.BADGE_PRINTED]


def idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.worker.busy and not window.desk.printing.printer.busy)


def choose(window, qtbot, key_clock, text: str) -> None:  # type: ignore[no-untyped-def]
    type_slowly(text, key_clock)
    # the first search waits for the index, built after the desk is shown, while the
    # printer process starts: on a loaded machine that can take more than 5 s
    qtbot.waitUntil(lambda: window.desk.card.registration is not None
                    and window.desk.search_field.text() == text, timeout=20000)
    idle(qtbot, window)


@pytest.mark.slow
def test_ctrl_p_prints_the_badge_on_the_card_and_asks_before_a_reprint(
        window, qtbot, key_clock, event_path, printed, badge_printer, monkeypatch):
    from checkin.gui import printing
    desk = window.desk
    choose(window, qtbot, key_clock, "dupre lef")
    reg, qr = registration(event_path, "DPL234")
    assert desk.card.print_button.isVisible()
    assert desk.card.print_button.text() == "Imprimer le badge (Ctrl+P)"
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(written(printed)) == 1, timeout=30000)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: len(prints_of(event_path, reg.id)) == 1)

    reader = PdfReader(printed[0])
    layout = load_layout(MEDIA)
    (page,) = reader.pages
    size = sorted((float(page.mediabox.width) / MM, float(page.mediabox.height) / MM))
    assert size == pytest.approx(sorted((layout.page_width, layout.page_height)), abs=0.3)
    assert qr_texts(printed[0]) == [qr]  # the printed badge scans back to the person
    (entry,) = prints_of(event_path, reg.id)
    assert entry.payload["media"] == MEDIA and entry.payload["station_name"] == "Accueil 1"
    assert window.statusBar().currentMessage().startswith("Badge envoyé à l’imprimante")
    assert desk.search_field.hasFocus()

    asked: list[int] = []

    def answer(yes: bool):  # type: ignore[no-untyped-def]
        def confirm(parent, reg, history):  # type: ignore[no-untyped-def]
            asked.append(len(history))
            return yes
        return confirm
    monkeypatch.setattr(printing, "confirm_reprint", answer(False))
    qtbot.mouseClick(desk.card.print_button, Qt.MouseButton.LeftButton)  # the card's button
    qtbot.waitUntil(lambda: asked == [1])
    idle(qtbot, window)
    assert len(printed) == 1 and len(prints_of(event_path, reg.id)) == 1

    monkeypatch.setattr(printing, "confirm_reprint", answer(True))
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(written(printed)) == 2, timeout=30000)
    idle(qtbot, window)
    assert asked == [1, 1]
    qtbot.waitUntil(lambda: len(prints_of(event_path, reg.id)) == 2)


@pytest.mark.slow
def test_ctrl_p_pressed_twice_during_a_print_sends_one_job(
        window, qtbot, key_clock, event_path, printed, badge_printer, monkeypatch):
    from checkin.gui import printing
    monkeypatch.setattr(printing, "confirm_reprint",
                        lambda *args: pytest.fail("a first print asks nothing"))
    desk = window.desk
    choose(window, qtbot, key_clock, "dupre lef")
    reg, _ = registration(event_path, "DPL234")
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    # the second press comes while the first is still under way: nothing has returned
    # to the GUI thread in between, so it cannot have been printed and recorded yet
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == (
        nbsp("Impression déjà en cours pour Élodie Dupré-Lefèvre : le badge ne sortira"
             " qu’une fois."))
    qtbot.waitUntil(lambda: len(written(printed)) == 1, timeout=30000)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: len(prints_of(event_path, reg.id)) == 1)
    assert len(printed) == 1


@pytest.mark.slow
def test_automatic_printing_at_check_in_prints_once(window, qtbot, event_path, printed,
                                                    badge_printer, settings, monkeypatch):
    from checkin.gui import printing
    monkeypatch.setattr(printing, "confirm_reprint",
                        lambda *args: pytest.fail("automatic printing never asks"))
    settings.auto_print = True
    _, qr = registration(event_path, "NGY234")
    burst(qr)
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN)
    qtbot.waitUntil(lambda: len(written(printed)) == 1, timeout=30000)
    idle(qtbot, window)
    assert qr_texts(printed[0]) == [qr]

    window.desk.undo()  # undone, then checked in again: the badge is not printed twice
    qtbot.waitUntil(lambda: window.desk.outcome.state == "undone")
    window.desk.gate.window = 0  # the badge's reads minutes apart, not one read twice
    window.desk.scan(qr, typed=True)
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN)
    idle(qtbot, window)
    window.desk.scan(qr, typed=True)  # already checked in: nothing printed either
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.ALREADY_CHECKED_IN)
    idle(qtbot, window)
    assert len(printed) == 1
    assert journal_kinds(event_path).count(j.BADGE_PRINTED) == 1
    assert journal_kinds(event_path).count(j.CHECKIN_RECORDED) == 2


def test_without_automatic_printing_a_check_in_prints_nothing(window, qtbot, event_path,
                                                              printed, badge_printer):
    _, qr = registration(event_path, "NGY234")
    burst(qr)
    qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN)
    idle(qtbot, window)
    assert printed == [] and j.BADGE_PRINTED not in journal_kinds(event_path)


def test_no_printer_chosen_says_so_and_records_nothing(window, qtbot, key_clock, event_path,
                                                       printed):
    choose(window, qtbot, key_clock, "nguyen")
    QTest.keyClick(window.desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Aucune imprimante" in window.statusBar().currentMessage())
    idle(qtbot, window)
    assert printed == [] and j.BADGE_PRINTED not in journal_kinds(event_path)


def test_no_printer_chosen_is_said_on_the_card_which_offers_to_choose_one(
        window, qtbot, key_clock, event_path, printed, monkeypatch):
    from checkin.gui.desk import badge_printing
    monkeypatch.setattr(badge_printing, "PrinterLookup", fake_lookup(["Dymo LabelWriter"], []))
    desk = window.desk
    notice = desk.printing.notice
    choose(window, qtbot, key_clock, "nguyen")
    reg = desk.card.registration
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert notice.isVisible() and desk.card.isAncestorOf(notice)  # on the card itself
    assert notice.text.plain_text() == nbsp(
        "⚠ Aucune imprimante de badges n’est choisie pour ce poste : choisissez-en une pour"
        f" imprimer le badge de {reg.full_name}.")
    assert notice.button.text() == "Choisir une imprimante…" and notice.button.isVisible()
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    dialog = desk.printing.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.printer.count() == 1)
    dialog.media.setCurrentIndex(dialog.media.findData(MEDIA))
    dialog.accept()  # chosen: the badge the receptionist asked for prints
    qtbot.waitUntil(lambda: len(written(printed)) == 1, timeout=30000)
    idle(qtbot, window)
    assert not notice.isVisible()
    assert qr_texts(printed[0]) == [registration(event_path, reg.code)[1]]
    assert journal_kinds(event_path).count(j.BADGE_PRINTED) == 1


def test_the_notice_goes_when_the_card_shows_someone_else(window, qtbot, key_clock):
    desk = window.desk
    choose(window, qtbot, key_clock, "nguyen")
    desk.printing.print_current()
    assert desk.printing.notice.isVisible()
    desk.search_field.clear()
    type_slowly("dupre lef", key_clock)
    qtbot.waitUntil(lambda: desk.card.registration is not None
                    and desk.card.registration.code == "DPL234")
    assert not desk.printing.notice.isVisible()  # it was about Nguyen


@pytest.mark.slow
def test_a_printer_that_never_answers_leaves_the_desk_working(
        window, qtbot, key_clock, event_path, badge_printer, silent_print_server, monkeypatch):
    from checkin.gui import printing
    monkeypatch.setattr(printing, "PRINT_DEADLINE_MS", 3000)
    desk = window.desk
    choose(window, qtbot, key_clock, "nguyen")
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.printing.printer.busy)
    desk.search_field.clear()  # the desk goes on while the print job waits
    type_slowly("dupre lef", key_clock)
    qtbot.waitUntil(lambda: desk.card.registration is not None
                    and desk.card.registration.code == "DPL234")
    assert desk.printing.printer.busy
    qtbot.waitUntil(lambda: "Badge non imprimé" in window.statusBar().currentMessage(),
                    timeout=20000)
    assert "n’a pas répondu en 3 s" in window.statusBar().currentMessage()
    notice = desk.printing.notice  # and on the card, naming whose badge it was
    nguyen = registration(event_path, "NGY234")[0]
    assert notice.isVisible() and desk.card.isAncestorOf(notice)
    assert notice.text.plain_text().startswith(
        nbsp(f"⚠ Badge de {nguyen.full_name} non imprimé :"))
    assert "n’a pas répondu en 3 s" in notice.text.plain_text()
    idle(qtbot, window)
    assert j.BADGE_PRINTED not in journal_kinds(event_path)


@pytest.mark.slow
def test_one_printer_process_started_with_the_desk_serves_every_print(
        badge_printer, window, qtbot, key_clock, event_path, printed, monkeypatch):
    from checkin.core import badges
    from checkin.core.badges import render

    def not_here(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a badge drawn in the desk's process")
    for module in (badges, render):  # the printer process draws them, warmed up
        monkeypatch.setattr(module, "render_badges", not_here)
    service = window.desk.printing.printer.service
    qtbot.waitUntil(lambda: service.process is not None)  # before any print is asked
    pid = service.process.processId()
    for n, name in enumerate(("dupre lef", "nguyen"), start=1):
        window.desk.search_field.clear()
        choose(window, qtbot, key_clock, name)
        QTest.keyClick(window.desk.search_field, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda n=n: len(written(printed)) == n, timeout=30000)
        idle(qtbot, window)
    assert service.starts == 1 and service.process.processId() == pid
    assert [qr_texts(p) for p in printed] == [[registration(event_path, code)[1]]
                                              for code in ("DPL234", "NGY234")]
    process = service.process
    window.close_event_file()  # the desk goes, and its printer process with it
    assert process.state() == QProcess.ProcessState.NotRunning


@pytest.mark.slow
def test_a_hung_printer_process_is_replaced_and_the_next_badge_prints(
        badge_printer, silent_print_server, window, qtbot, key_clock, event_path,
        monkeypatch, tmp_path):
    from checkin.gui import printing
    real_deadline = printing.PRINT_DEADLINE_MS
    monkeypatch.setattr(printing, "PRINT_DEADLINE_MS", 3000)
    desk = window.desk
    service = desk.printing.printer.service
    choose(window, qtbot, key_clock, "nguyen")
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.printing.printer.busy)
    hung = service.process
    desk.search_field.clear()  # the desk answers while the process hangs on the server
    type_slowly("dupre lef", key_clock)
    qtbot.waitUntil(lambda: desk.card.registration is not None
                    and desk.card.registration.code == "DPL234")
    qtbot.waitUntil(lambda: "Badge non imprimé" in window.statusBar().currentMessage(),
                    timeout=20000)
    assert service.process is not hung  # stopped at its deadline, not left hanging

    out = tmp_path / "after.pdf"
    real = printing.qt_print_arguments
    monkeypatch.setattr(printing, "qt_print_arguments",
                        lambda pdf, target: [*real(pdf, target), "--output", str(out)])
    monkeypatch.delenv("CUPS_SERVER")  # the server is back (for the processes started now)
    # The next print starts a process cold: on a loaded machine that alone took over 3 s.
    monkeypatch.setattr(printing, "PRINT_DEADLINE_MS", real_deadline)
    idle(qtbot, window)
    QTest.keyClick(desk.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=30000)
    idle(qtbot, window)
    assert service.starts == 2
    reg, _ = registration(event_path, "DPL234")
    qtbot.waitUntil(lambda: len(prints_of(event_path, reg.id)) == 1)


def test_the_same_queue_offered_both_ways_reads_as_two_choices(qtbot, qapp, settings,
                                                               monkeypatch):
    from checkin.gui.app import install_translations
    install_translations(qapp, "fr")
    from checkin.gui.desk import badge_printing
    from checkin.gui.desk.badge_printing import PrinterDialog
    monkeypatch.setattr(badge_printing, "PrinterLookup", fake_lookup(["PDF"], ["PDF"]))
    dialog = PrinterDialog(settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.printer.count() == 2)
    labels = [dialog.printer.itemText(i) for i in range(2)]
    assert labels == ["PDF — imprimé par l’application", "PDF — fichier PDF envoyé à CUPS"]


def test_the_station_printer_setting(qtbot, qapp, settings, monkeypatch):
    from checkin.gui.app import install_translations
    install_translations(qapp, "fr")
    from checkin.gui.desk import badge_printing
    from checkin.gui.desk.badge_printing import PrinterDialog
    from checkin.gui.printing import CUPS, PrintTarget, load_target
    monkeypatch.setattr(badge_printing, "PrinterLookup", fake_lookup(["Bureau"], ["Dymo"]))
    dialog = PrinterDialog(settings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.printer.count() == 2)
    assert [dialog.printer.itemText(i) for i in range(2)] == [
        "Bureau — imprimé par l’application", "Dymo — fichier PDF envoyé à CUPS"]
    dialog.printer.setCurrentIndex(1)
    dialog.media.setCurrentIndex(dialog.media.findData(MEDIA))
    dialog.auto.setChecked(True)
    dialog.accept()
    assert load_target(settings) == PrintTarget(CUPS, "Dymo", MEDIA)
    assert settings.auto_print

    monkeypatch.setattr(badge_printing, "PrinterLookup", fake_lookup(["Bureau"], []))  # gone
    again = PrinterDialog(settings)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.printer.count() == 2)
    assert again.target() == PrintTarget(CUPS, "Dymo", MEDIA)  # still the station's choice
    assert again.auto.isChecked()


# The real app in a fresh interpreter: a badge printed through Qt (into a PDF file), then
# which modules the desk's process has loaded.
PRINT_PROBE = app_probe("""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from checkin.gui import printing
from checkin.gui.desk import badge_printing
out = Path(sys.argv[2])
real = printing.qt_print_arguments
printing.qt_print_arguments = lambda pdf, target: [*real(pdf, target), "--output", str(out)]
target = printing.PrintTarget(printing.QT, "Dymo", "dymo-11356")
badge_printing.load_target = lambda settings: target
seen = {}
def ready(ok):
    printer = window.desk.printing.printer
    def printed(ids, job):
        seen["printed"] = ids
        seen["loaded"] = sorted(m for m in sys.modules if m.split(".")[0] == "reportlab")
        QTimer.singleShot(0, window.close)
    printer.printed.connect(printed)
    printer.failed.connect(lambda regs, why: (seen.update(failed=why), window.close()))
    window.worker.submit(lambda event: event.registrations()[0],
                         lambda reg: printer.print_badges([reg]))
""")


@pytest.mark.slow
def test_the_desk_prints_a_badge_without_loading_reportlab(event_path, tmp_path) -> None:
    """The printer process draws the badge: the desk's own process stays as small as
    it started (reportlab and the fonts: about 20 MB and 0.4 s to load, measured here)."""
    import json
    import os
    import sys
    out = tmp_path / "printed.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", PRINT_PROBE, str(event_path), str(out)],
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert "failed" not in seen and len(seen["printed"]) == 1
    assert seen["loaded"] == []
    assert len(qr_texts(out)) == 1


@pytest.mark.parametrize(("language", "once", "twice"), [
    ("en", "already printed once, at 09:40, Accueil 1.", "already printed 2 times, last at"),
    ("fr", "déjà été imprimé une fois, à 9h40, Accueil 1.", "déjà été imprimé 2 fois,")])
def test_the_reprint_question_counts_the_prints_in_words(
        qapp, qtbot, event_path, language, once, twice):  # type: ignore[no-untyped-def]
    """"once", "2 times": never "time(s)" (English came out as the source text)."""
    from PySide6.QtWidgets import QMessageBox

    from checkin.core.badges.prints import PrintRecord
    from checkin.gui.app import install_translations
    from checkin.gui.printing import confirm_reprint
    install_translations(qapp, language)
    reg, _ = registration(event_path, "DPL234")
    asked: list[str] = []

    def read_and_say_no(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()
    record = PrintRecord("2022-12-08T09:40:00+01:00", "Accueil 1")
    for history in ([record], [record, record]):
        when_modal(QMessageBox, read_and_say_no)
        assert confirm_reprint(None, reg, history) is False
    assert once in asked[0] and twice in asked[1], asked
    assert "(s)" not in " ".join(asked)
