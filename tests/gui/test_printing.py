"""Printing badges through the project's own print path: Qt's printer and a CUPS queue.

Every printed page is read back: its size, its text, and its QR code scanned again.
The `cups` test needs a CUPS server with Debian's cups-pdf printer; it starts one where
it can (as root, with cupsd installed) and otherwise says why it skipped.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QTimer

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


# -- the printer process: Qt's print path ----------------------------------------------------

def printer_process(*args: str, env: dict[str, str] | None = None
                    ) -> tuple[int, dict]:  # type: ignore[type-arg]
    """Run the printer process as the desk does; its exit status and JSON answer."""
    done = subprocess.run([sys.executable, "-m", "checkin.gui.printer_process", *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("media", ["dymo-99014", "brother-ql-62x100", "a4-2x5"])
@pytest.mark.slow
def test_qt_prints_at_the_exact_media_size_unscaled(event: Event, people, media: str,
                                                    tmp_path: Path) -> None:
    source = tmp_path / "badges.pdf"
    render_badges(event, people, media, source)
    printed = tmp_path / "printed.pdf"
    status, answer = printer_process("print", str(source), "--media", media,
                                     "--output", str(printed))
    layout = load_layout(media)
    reader = PdfReader(printed)
    assert status == 0
    assert answer["pages"] == len(reader.pages) == len(PdfReader(source).pages)
    for page in reader.pages:
        assert page_size_mm(page) == pytest.approx((layout.page_width, layout.page_height),
                                                   abs=0.3)  # Qt rounds to points
        # one opaque page at the medium's resolution, losslessly compressed; gray where
        # its printers print black, in colour where they print its bands' colours
        (image,) = page_images(page)
        assert max(image["/Width"], image["/Height"]) == pytest.approx(
            max(layout.page_width, layout.page_height) / 25.4 * layout.dpi, rel=0.005)
        assert image["/ColorSpace"] == ("/DeviceGray" if layout.monochrome else "/DeviceRGB")
        assert image["/Filter"] == "/FlateDecode" and "/SMask" not in image
    assert_scans_to(event, printed, people)


def page_images(page) -> list:  # type: ignore[no-untyped-def, type-arg]
    found = page["/Resources"]["/XObject"].values()
    return [x.get_object() for x in found if x.get_object()["/Subtype"] == "/Image"]


def test_qt_refuses_an_unknown_printer(event: Event, people, tmp_path: Path) -> None:
    source = tmp_path / "badge.pdf"
    render_badges(event, people[:1], "dymo-11356", source)
    status, answer = printer_process("print", str(source), "--printer", "Nowhere 9000",
                                     "--media", "dymo-11356",
                                     env={"CUPS_SERVER": str(tmp_path / "no-server")})
    assert status == 2 and answer == {"problem": "no_printer", "detail": "Nowhere 9000"}


def test_the_printer_process_names_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_text("not a PDF at all")
    status, answer = printer_process("print", str(broken), "--media", "dymo-11356",
                                     "--output", str(tmp_path / "out.pdf"))
    assert status == 2 and answer == {"problem": "unreadable_pdf", "detail": str(broken)}
    status, answer = printer_process("print", str(broken), "--media", "no-such-medium",
                                     "--output", str(tmp_path / "out.pdf"))
    assert status == 2 and answer["problem"] == "failed" and "no-such-medium" in answer["detail"]


# -- a print server that never answers -----------------------------------------------------

@pytest.mark.slow
def test_a_print_server_that_never_answers_is_reported_not_waited_for(
        qtbot, qapp, silent_print_server: Path, event: Event, people, tmp_path: Path) -> None:
    from checkin.gui.app import install_translations
    from checkin.gui.printing import QT, PrinterLookup, PrintJob, PrintTarget
    install_translations(qapp, "fr")
    lookup = PrinterLookup(deadline_ms=3000)
    with qtbot.waitSignal(lookup.found, timeout=20000) as listed:
        pass
    assert listed.args == [[], []]
    assert "serveur d’impression (CUPS) n’a pas répondu en 3 s" in lookup.problem

    source = tmp_path / "badge.pdf"
    render_badges(event, people[:1], "dymo-11356", source)
    job = PrintJob(source, PrintTarget(QT, "Dymo", "dymo-11356"), deadline_ms=3000)
    ticks: list[int] = []  # the GUI thread keeps running while the job waits
    timer = QTimer(interval=100)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(job.failed, timeout=20000) as failed:
        pass
    timer.stop()
    assert failed.args[0] is job and "n’a pas répondu en 3 s" in failed.args[1]
    assert len(ticks) >= 15


def test_printing_into_a_file_needs_no_print_server(qtbot, qapp, silent_print_server: Path,
                                                    event: Event, people,
                                                    tmp_path: Path) -> None:
    source = tmp_path / "badge.pdf"
    render_badges(event, people[:1], "dymo-11356", source)
    status, answer = printer_process("print", str(source), "--media", "dymo-11356",
                                     "--output", str(tmp_path / "out.pdf"))
    assert status == 0 and answer == {"pages": 1}
    assert_scans_to(event, tmp_path / "out.pdf", people[:1])


# -- the printer process kept alive (serve) ---------------------------------------------------

def serving(media: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "checkin.gui.printer_process", "serve",
                             "--media", media], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env={**os.environ, **env})


def said(process: subprocess.Popen[str], timeout: float = 60) -> dict:  # type: ignore[type-arg]
    """The next line the process writes, read under a deadline (select, no polling)."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, f"nothing said in {timeout} s"
    return json.loads(process.stdout.readline())


def ask(process: subprocess.Popen[str], request: dict) -> dict:  # type: ignore[type-arg]
    assert process.stdin is not None
    process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
    process.stdin.flush()
    return said(process)


@pytest.mark.slow
def test_the_kept_printer_process_draws_the_badges_of_an_order(event: Event, people,
                                                                tmp_path: Path) -> None:
    from checkin.core.badges.order import badge_order
    printed = tmp_path / "printed.pdf"
    process = serving("dymo-11356", {"CUPS_SERVER": str(tmp_path / "no-server")})
    try:
        assert said(process) == {"ready": True}
        answer = ask(process, {"id": 7, "order": badge_order(event, people[:2]),
                               "argv": ["print", "-", "--media", "dymo-11356",
                                        "--output", str(printed)]})
        assert answer == {"id": 7, "status": 0, "answer": {"pages": 2}}
        assert_scans_to(event, printed, people[:2])
        answer = ask(process, {"id": 8, "order": {"badges": []},
                               "argv": ["print", "-", "--media", "dymo-11356",
                                        "--output", str(tmp_path / "none.pdf")]})
        assert answer["status"] == 2 and answer["answer"]["problem"] == "unreadable_pdf"
    finally:
        process.communicate(timeout=30)  # stdin closed: it ends
    assert process.returncode == 0


@pytest.mark.slow
def test_the_warm_up_does_not_wait_on_a_print_server_that_never_answers(
        silent_print_server: Path) -> None:
    process = serving("brother-ql-62x100", {})
    try:  # warmed up, a badge drawn, without asking the server; then it answers
        assert said(process) == {"ready": True}
        assert ask(process, {"id": 1, "argv": ["print"]}) == {
            "id": 1, "status": 2, "answer": {"problem": "failed", "detail": "print"}}
    finally:
        process.communicate(timeout=30)
    assert process.returncode == 0


@pytest.mark.slow
def test_the_printer_service_says_when_its_process_is_warm(qtbot, qapp) -> None:
    from checkin.gui.printing import PrinterService
    service = PrinterService()
    try:
        with qtbot.waitSignal(service.ready, timeout=30000):
            service.start("dymo-11356")
        assert service.starts == 1 and service.media == "dymo-11356"
    finally:
        service.stop()


def test_the_printer_list_comes_from_the_printer_process(qtbot, qapp, fake_lp: Path,
                                                         tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from checkin.gui.printing import PrinterLookup
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-server"))  # Qt finds none
    lookup = PrinterLookup()
    with qtbot.waitSignal(lookup.found, timeout=20000) as listed:
        pass
    assert listed.args == [[], ["Dymo", "Bureau"]]  # the fake lpstat's queues
    assert lookup.problem == ""


# -- the CUPS path, with a stand-in `lp` ------------------------------------------------------

@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`lp` and `lpstat` on the PATH: lp records its arguments, copies the PDF it is given
    beside its log (as `lp-<n>.pdf`) and answers like CUPS; lpstat lists two queues."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\nif [ -n "$LP_FAIL" ]; then echo "lp: The printer or class'
                  f' does not exist." >&2; exit 1; fi\n'
                  f'echo "$@" >> {log}\n'
                  f'for last; do :; done\n'
                  f'cp "$last" {tmp_path}/lp-$(wc -l < {log} | tr -d " ").pdf\n'
                  f'echo "request id is FAKE-7 (1 file(s))"\n')
    lpstat = bin_dir / "lpstat"
    lpstat.write_text("#!/bin/sh\necho Dymo\necho Bureau\n")
    for script in (lp, lpstat):
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def test_cups_gets_the_media_size_and_no_scaling(qtbot, qapp, event: Event, people,
                                                  fake_lp: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from checkin.gui.printing import CUPS, PrintJob, PrintTarget
    source = tmp_path / "badge.pdf"
    render_badges(event, people[:1], "dymo-99014", source)

    def send(queue: str, media: str, signal: str = "done") -> list:  # type: ignore[type-arg]
        job = PrintJob(source, PrintTarget(CUPS, queue, media))
        with qtbot.waitSignal(getattr(job, signal), timeout=20000) as ended:
            pass
        return ended.args
    assert send("Dymo", "dymo-99014")[1] == "FAKE-7"
    args = fake_lp.read_text().split()
    assert args[:2] == ["-d", "Dymo"] and args[-1] == str(source)
    assert "media=Custom.101x54mm" in args and "fit-to-page=false" in args
    send("Office", "a4-2x5")
    assert "media=A4" in fake_lp.read_text().splitlines()[-1].split()
    monkeypatch.setenv("LP_FAIL", "1")
    message = send("Nowhere", "dymo-99014", "failed")[1]
    assert message == "CUPS refused the job: lp: The printer or class does not exist."


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

    def not_here(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a badge drawn in the desk's process")
    monkeypatch.setattr(printing.badges, "render_badges", not_here)  # the printer
    try:  # process draws the PDF that lp is given
        with qtbot.waitSignal(printer.printed, timeout=20000) as got:
            printer.request(zoe)
        assert got.args == [[zoe.id], "FAKE-7"]
        assert "media=Custom.89x41mm" in fake_lp.read_text()
        with Event.open(event.path) as reader:
            assert qr_codes(fake_lp.parent / "lp-1.pdf") == [reader.qr(zoe)]
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
        printer.service.stop()
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
        assert got.args[0] == [people[1]]  # whose badge it was, for the card to say
        assert got.args[1].startswith("CUPS refused the job: lp: The printer")
        qtbot.waitUntil(lambda: not worker.busy)
        with Event.open(event.path) as reader:
            assert printed_ids(reader) == set()
    finally:
        printer.service.stop()
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


def _lpstat(*args: str) -> str:
    """What lpstat says; a scheduler that does not answer skips the test, saying so."""
    try:
        return subprocess.run(["lpstat", *args], capture_output=True, text=True,
                              timeout=20).stdout
    except subprocess.TimeoutExpired:
        pytest.skip("the CUPS scheduler does not answer (lpstat waited 20 s)")


@pytest.fixture(scope="module")
def cups_pdf_queue() -> str:
    """A CUPS queue named PDF printing to files through cups-pdf: started if needed."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        pytest.skip("CUPS client (lp, lpstat) not installed: apt-get install cups")
    if "is running" not in _lpstat("-r"):
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        if not Path(cupsd).exists():
            pytest.skip("no CUPS scheduler (cupsd) here: apt-get install cups")
        if os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running, and only root may start it")
        subprocess.run([cupsd], check=False, timeout=30)  # daemonises
        deadline = time.monotonic() + 15
        while "is running" not in _lpstat("-r"):
            if time.monotonic() > deadline:
                pytest.skip("cupsd would not start")
            time.sleep(0.3)
    if "PDF" not in _lpstat("-e").split():
        if not Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd").exists():
            pytest.skip("no cups-pdf printer driver: apt-get install printer-driver-cups-pdf")
        added = subprocess.run(["lpadmin", "-p", "PDF", "-E", "-v", "cups-pdf:/", "-m",
                                "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"], capture_output=True,
                               text=True, timeout=30)
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


def _print_job(qtbot, source: Path, target) -> str:  # type: ignore[no-untyped-def]
    """Print as the desk does (PrintJob, the printer process or lp); the job's words."""
    from checkin.gui.printing import PrintJob
    job = PrintJob(source, target)
    ended: list[tuple[str, str]] = []
    job.done.connect(lambda _job, words: ended.append(("done", words)))
    job.failed.connect(lambda _job, words: ended.append(("failed", words)))
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    assert ended[0][0] == "done", ended[0][1]
    return ended[0][1]


@pytest.mark.cups
@pytest.mark.slow
def test_a_badge_printed_to_a_real_cups_queue_comes_out_right(qtbot, qapp,
                                                               cups_pdf_queue: str,
                                                               event: Event, people,
                                                               tmp_path: Path) -> None:
    from checkin.gui.printing import PrinterLookup
    lookup = PrinterLookup()
    with qtbot.waitSignal(lookup.found, timeout=30000) as listed:
        pass
    qt_printers, queues = listed.args
    assert cups_pdf_queue in queues, lookup.problem
    folder = _cups_pdf_dir()
    try:
        _print_through_cups(qtbot, cups_pdf_queue, qt_printers, folder, event, people,
                            tmp_path)
    finally:  # leave the user's PDF folder as it was
        for path in folder.glob("badge-*.pdf"):
            if path.stat().st_mtime >= START:
                path.unlink(missing_ok=True)


def _print_through_cups(qtbot, queue: str, qt_printers: list[str],  # type: ignore[no-untyped-def]
                        folder: Path, event: Event, people, tmp_path: Path) -> None:
    from checkin.gui.printing import CUPS, QT, PrintTarget
    paul = people[2]
    source = tmp_path / "badge-cups.pdf"
    render_badges(event, [paul], "dymo-99014", source)

    before = set(folder.glob("*.pdf")) if folder.exists() else set()
    job = _print_job(qtbot, source, PrintTarget(CUPS, queue, "dymo-99014"))
    assert job.startswith(queue)
    printed = _wait_for_new_pdf(folder, before, source.stem)
    reader = PdfReader(printed)
    assert len(reader.pages) == 1
    assert page_size_mm(reader.pages[0]) == pytest.approx((101, 54), abs=0.6)
    assert "Paul" in reader.pages[0].extract_text() and "Martin" in reader.pages[0].extract_text()
    assert_scans_to(event, printed, [paul])
    record_print(event, paul, "dymo-99014")

    # The same queue through Qt's printing, as the desk uses it.
    if queue not in qt_printers:
        pytest.skip("Qt lists no CUPS printers (PySide6 built without CUPS support)")
    zoe = people[0]
    source = tmp_path / "badge-qt.pdf"
    render_badges(event, [zoe], "brother-ql-62x100", source)
    before = set(folder.glob("*.pdf"))
    assert _print_job(qtbot, source, PrintTarget(QT, queue, "brother-ql-62x100")) \
        == f"{queue}: 1 page"
    printed = _wait_for_new_pdf(folder, before, source.stem)
    assert page_size_mm(PdfReader(printed).pages[0]) == pytest.approx((62, 100), abs=0.6)
    assert_scans_to(event, printed, [zoe])


# -- the organiser's preview ---------------------------------------------------------------

@pytest.mark.slow
def test_preview_shows_the_batch_then_prints_and_records_it(qtbot, event: Event, people,
                                                            fake_lp: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    from checkin.gui.badge_preview import BadgePreviewDialog
    from checkin.gui.worker import EventWorker
    record_print(event, people[2], "a4-2x5")  # Paul's badge is printed already
    event.close()
    worker = EventWorker()
    worker.open(event.path)
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-server"))  # only the fake queues
    dialog = BadgePreviewDialog(worker)
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: dialog.report is not None and dialog.print_button.isEnabled(),
                        timeout=20000)
        assert [dialog.printer.itemText(i) for i in range(dialog.printer.count())] == [
            "Dymo — the PDF file sent to CUPS", "Bureau — the PDF file sent to CUPS"]
        dialog.printer.setCurrentIndex(1)
        assert dialog.document.pageCount() == 1 and dialog.report.badges == 3
        assert dialog.already_printed == 1

        dialog.not_printed.setChecked(True)  # only those not printed yet
        dialog.media.setCurrentIndex(dialog.media.findData("brother-ql-62x100"))
        qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.badges == 2
                        and dialog.report.media == "brother-ql-62x100"
                        and dialog.print_button.isEnabled())
        assert dialog.document.pageCount() == 2
        assert "2 badges on 2 pages." in dialog.status.text()

        dialog.print_badges()
        qtbot.waitUntil(lambda: "recorded" in dialog.status.text(), timeout=20000)
        with Event.open(event.path) as reader:
            assert printed_ids(reader) == {r.id for r in people}
            assert_scans_to(reader, tmp_path / "lp-1.pdf", people[:2])
        assert fake_lp.read_text().split()[:2] == ["-d", "Bureau"]
        assert "media=Custom.62x100mm" in fake_lp.read_text().split()

        saved = tmp_path / "saved.pdf"
        dialog.save_pdf(saved)
        assert len(PdfReader(saved).pages) == 2
    finally:
        dialog.close()
        worker.close()
