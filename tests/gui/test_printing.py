"""Printing badges through the project's own print path: Qt's printer and a CUPS queue.

Every printed page is read back: its size, its text, and its QR code scanned again.
The `cups` test needs a CUPS server with Debian's cups-pdf printer; it starts one where
it can (as root, with cupsd installed) and otherwise says why it skipped.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.badges import load_layout, printed_ids, record_print, render_badges
from checkin.core.event import Event
from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui
MM = 72 / 25.4
START = time.time()


@pytest.fixture
def people(event: Event) -> list:  # type: ignore[type-arg]
    regs = []
    for first, last in (("Zoë", "Łukasiewicz"), ("Minh Khai", "Nguyễn Thị"),
                        ("Paul", "Martin")):
        reg, _ = reception.walk_in(event, {"first_name": first, "last_name": last,
                                           "organisation": "Ville de Sète"},
                                   ("A", "D"), check_in_now=False)
        regs.append(reg)
    return regs


def qr_codes(pdf: Path, dpi: int = 200) -> list[str]:
    prefix = pdf.parent / (pdf.stem + "-page")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    found = []
    for png in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
        png.unlink()
    return found


def page_size_mm(page) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    w, h = float(page.mediabox.width) / MM, float(page.mediabox.height) / MM
    if (page.get("/Rotate") or 0) % 180:
        w, h = h, w
    return round(w, 1), round(h, 1)


def assert_scans_to(event: Event, printed: Path, regs: list) -> None:  # type: ignore[type-arg]
    decoded = qr_codes(printed)
    assert sorted(decoded) == sorted(event.qr(r) for r in regs)
    for text, reg in zip(sorted(decoded), sorted(regs, key=event.qr), strict=True):
        result = reception.scan(event, text)
        assert result.outcome is Outcome.CHECKED_IN
        assert result.registration is not None and result.registration.id == reg.id


# -- Qt's print path ----------------------------------------------------------------------

@pytest.mark.parametrize("media", ["dymo-99014", "brother-ql-62x100", "a4-2x5"])
def test_qt_prints_at_the_exact_media_size_unscaled(qapp, event: Event, people, media: str,
                                                    tmp_path: Path) -> None:
    from checkin.gui.printing import print_pdf_qt
    source = tmp_path / "badges.pdf"
    render_badges(event, people, media, source)
    printed = tmp_path / "printed.pdf"
    pages = print_pdf_qt(source, "", media, output_file=printed)
    layout = load_layout(media)
    reader = PdfReader(printed)
    assert pages == len(reader.pages) == len(PdfReader(source).pages)
    for page in reader.pages:
        assert page_size_mm(page) == pytest.approx((layout.page_width, layout.page_height),
                                                   abs=0.3)  # Qt rounds to points
    assert_scans_to(event, printed, people)


def test_qt_refuses_an_unknown_printer(qapp, event: Event, people, tmp_path: Path) -> None:
    from checkin.gui.printing import PrintError, print_pdf_qt
    source = tmp_path / "badge.pdf"
    render_badges(event, people[:1], "dymo-11356", source)
    with pytest.raises(PrintError, match="no printer called 'Nowhere 9000'"):
        print_pdf_qt(source, "Nowhere 9000", "dymo-11356")


# -- the CUPS path, with a stand-in `lp` ------------------------------------------------------

@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `lp` on the PATH that records its arguments and answers like CUPS."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    script = bin_dir / "lp"
    script.write_text(f'#!/bin/sh\nif [ -n "$LP_FAIL" ]; then echo "lp: The printer or class'
                      f' does not exist." >&2; exit 1; fi\n'
                      f'echo "$@" >> {log}\necho "request id is FAKE-7 (1 file(s))"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def test_cups_gets_the_media_size_and_no_scaling(event: Event, people, fake_lp: Path,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from checkin.gui.printing import PrintError, print_pdf_cups
    source = tmp_path / "badge.pdf"
    render_badges(event, people[:1], "dymo-99014", source)
    assert print_pdf_cups(source, "Dymo", "dymo-99014") == "FAKE-7"
    args = fake_lp.read_text().split()
    assert args[:2] == ["-d", "Dymo"] and args[-1] == str(source)
    assert "media=Custom.101x54mm" in args and "fit-to-page=false" in args
    print_pdf_cups(source, "Office", "a4-2x5")
    assert "media=A4" in fake_lp.read_text().splitlines()[-1].split()
    monkeypatch.setenv("LP_FAIL", "1")
    with pytest.raises(PrintError, match="CUPS queue Nowhere: lp: The printer"):
        print_pdf_cups(source, "Nowhere", "dymo-99014")


# -- the desk's on-demand printing -------------------------------------------------------------

def test_desk_prints_journals_and_asks_before_reprinting(qtbot, event: Event, people,
                                                         fake_lp: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from checkin.gui import printing
    from checkin.gui.printing import BadgePrinter, PrintTarget
    from checkin.gui.worker import EventWorker
    zoe = people[0]
    event.close()  # the desk's worker thread owns the file from here
    worker = EventWorker()
    worker.open(event.path)
    qtbot.waitUntil(lambda: not worker.busy)
    target = PrintTarget(printing.CUPS, "Dymo", "dymo-11356")
    printer = BadgePrinter(worker, lambda: target)
    try:
        with qtbot.waitSignal(printer.printed, timeout=20000) as got:
            printer.request(zoe)
        assert got.args == [[zoe.id], "FAKE-7"]
        assert "media=Custom.89x41mm" in fake_lp.read_text()
        with Event.open(event.path) as reader:
            assert printed_ids(reader) == {zoe.id}
            (entry,) = [e for e in reader.entries(zoe.id) if e.kind == j.BADGE_PRINTED]
            assert entry.payload["media"] == "dymo-11356"
            assert entry.payload["station_name"] == "Accueil 1"

        asked: list[str] = []

        def refuse(parent, reg, history):  # type: ignore[no-untyped-def]
            asked.append(f"{reg.code} {len(history)} {history[-1].station}")
            return False
        monkeypatch.setattr(printing, "confirm_reprint", refuse)
        printer.request(zoe)  # asks, and the answer is no
        qtbot.waitUntil(lambda: asked == [f"{zoe.code} 1 Accueil 1"])
        printer.request(zoe, if_printed="skip")  # automatic printing: never twice
        qtbot.waitUntil(lambda: not worker.busy and not printer.busy)
        assert len(fake_lp.read_text().splitlines()) == 1

        monkeypatch.setattr(printing, "confirm_reprint", lambda *args: True)
        with qtbot.waitSignal(printer.printed, timeout=20000):
            printer.request(zoe)
        with Event.open(event.path) as reader:
            assert len([e for e in reader.entries(zoe.id) if e.kind == j.BADGE_PRINTED]) == 2
    finally:
        worker.close()


def test_a_failed_print_is_reported_and_not_journaled(qtbot, event: Event, people,
                                                      fake_lp: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from checkin.gui import printing
    from checkin.gui.printing import BadgePrinter, PrintTarget
    from checkin.gui.worker import EventWorker
    monkeypatch.setenv("LP_FAIL", "1")
    event.close()
    worker = EventWorker()
    worker.open(event.path)
    printer = BadgePrinter(worker, lambda: PrintTarget(printing.CUPS, "Gone", "dymo-11356"))
    try:
        with qtbot.waitSignal(printer.failed, timeout=20000) as got:
            printer.request(people[1])
        assert "CUPS queue Gone" in got.args[0]
        qtbot.waitUntil(lambda: not worker.busy)
        with Event.open(event.path) as reader:
            assert printed_ids(reader) == set()
    finally:
        worker.close()


# -- a real CUPS queue ------------------------------------------------------------------------

def _cups_pdf_dir() -> Path:
    """Where cups-pdf writes this user's jobs (its `Out` setting)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())))


@pytest.fixture(scope="module")
def cups_pdf_queue() -> str:
    """A CUPS queue named PDF printing to files through cups-pdf: started if needed."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        pytest.skip("CUPS client (lp, lpstat) not installed: apt-get install cups")
    running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout
    if "is running" not in running:
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        if not Path(cupsd).exists():
            pytest.skip("no CUPS scheduler (cupsd) here: apt-get install cups")
        if os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running, and only root may start it")
        subprocess.run([cupsd], check=False)  # daemonises
        deadline = time.monotonic() + 15
        while "is running" not in subprocess.run(["lpstat", "-r"], capture_output=True,
                                                 text=True).stdout:
            if time.monotonic() > deadline:
                pytest.skip("cupsd would not start")
            time.sleep(0.3)
    if "PDF" not in subprocess.run(["lpstat", "-e"], capture_output=True, text=True).stdout:
        if not Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd").exists():
            pytest.skip("no cups-pdf printer driver: apt-get install printer-driver-cups-pdf")
        added = subprocess.run(["lpadmin", "-p", "PDF", "-E", "-v", "cups-pdf:/", "-m",
                                "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"], capture_output=True,
                               text=True)
        if added.returncode != 0:
            pytest.skip(f"cannot add the cups-pdf queue: {added.stderr.strip()}")
    return "PDF"


def _wait_for_new_pdf(folder: Path, before: set[Path], title: str,
                      timeout: float = 60) -> Path:
    """The PDF cups-pdf made of our job (named after its title), once written whole."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        fresh = set(folder.glob(f"{title}*.pdf")) - before if folder.exists() else set()
        for path in fresh:
            try:
                size = path.stat().st_size
                time.sleep(0.3)  # still being written?
                if size and path.stat().st_size == size:
                    return path
            except FileNotFoundError:  # renamed under our feet: look again
                continue
        time.sleep(0.3)
    raise AssertionError(f"no printed PDF {title}* appeared in {folder} within {timeout:g} s")


@pytest.mark.cups
def test_a_badge_printed_to_a_real_cups_queue_comes_out_right(qapp, cups_pdf_queue: str,
                                                               event: Event, people,
                                                               tmp_path: Path) -> None:
    from checkin.gui.printing import cups_queues
    assert cups_pdf_queue in cups_queues()
    folder = _cups_pdf_dir()
    try:
        _print_through_cups(cups_pdf_queue, folder, event, people, tmp_path)
    finally:  # leave the user's PDF folder as it was
        for path in folder.glob("badge-*.pdf"):
            if path.stat().st_mtime >= START:
                path.unlink(missing_ok=True)


def _print_through_cups(queue: str, folder: Path, event: Event, people,  # type: ignore[no-untyped-def]
                        tmp_path: Path) -> None:
    from checkin.gui.printing import available_printers, print_pdf_cups, print_pdf_qt
    cups_pdf_queue = queue
    paul = people[2]
    source = tmp_path / "badge-cups.pdf"
    render_badges(event, [paul], "dymo-99014", source)

    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    job = print_pdf_cups(source, cups_pdf_queue, "dymo-99014")
    assert job.startswith(cups_pdf_queue)
    printed = _wait_for_new_pdf(folder, before, source.stem)
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    assert page_size_mm(reader.pages[0]) == pytest.approx((101, 54), abs=0.6)
    assert "Paul" in reader.pages[0].extract_text() and "Martin" in reader.pages[0].extract_text()
    assert_scans_to(event, printed, [paul])
    record_print(event, paul, "dymo-99014")

    # The same queue through Qt's printing, as the desk uses it.
    if cups_pdf_queue not in available_printers():
        pytest.skip("Qt lists no CUPS printers (PySide6 built without CUPS support)")
    zoe = people[0]
    source = tmp_path / "badge-qt.pdf"
    render_badges(event, [zoe], "brother-ql-62x100", source)
    before = set(folder.glob("*.pdf"))
    assert print_pdf_qt(source, cups_pdf_queue, "brother-ql-62x100") == 1
    printed = _wait_for_new_pdf(folder, before, source.stem)
    assert page_size_mm(PdfReader(printed).pages[0]) == pytest.approx((62, 100), abs=0.6)
    assert_scans_to(event, printed, [zoe])


# -- the organiser's preview ---------------------------------------------------------------

def test_preview_shows_the_batch_then_prints_and_records_it(qtbot, event: Event, people,
                                                            tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from checkin.gui import badge_preview, printing
    from checkin.gui.badge_preview import BadgePreviewDialog
    from checkin.gui.worker import EventWorker
    record_print(event, people[2], "a4-2x5")  # Paul's badge is printed already
    event.close()
    worker = EventWorker()
    worker.open(event.path)
    printed = tmp_path / "printer-output.pdf"
    real = printing.print_pdf_qt
    monkeypatch.setattr(badge_preview, "available_printers", lambda: ["Bureau"])
    monkeypatch.setattr(printing, "print_pdf_qt", lambda pdf, name, media, **kw:
                        real(pdf, "", media, output_file=printed))
    dialog = BadgePreviewDialog(worker)
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: dialog.report is not None and dialog.print_button.isEnabled())
        assert dialog.document.pageCount() == 1 and dialog.report.badges == 3
        assert dialog.already_printed == 1

        dialog.not_printed.setChecked(True)  # only those not printed yet
        dialog.media.setCurrentIndex(dialog.media.findData("brother-ql-62x100"))
        qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.badges == 2
                        and dialog.report.media == "brother-ql-62x100"
                        and dialog.print_button.isEnabled())
        assert dialog.document.pageCount() == 2
        assert "2 badge(s) on 2 page(s)" in dialog.status.text()

        dialog.print_badges()
        qtbot.waitUntil(lambda: "recorded" in dialog.status.text(), timeout=20000)
        with Event.open(event.path) as reader:
            assert printed_ids(reader) == {r.id for r in people}
            assert_scans_to(reader, printed, people[:2])

        saved = tmp_path / "saved.pdf"
        dialog.save_pdf(saved)
        assert len(PdfReader(saved).pages) == 2
    finally:
        dialog.close()
        worker.close()
