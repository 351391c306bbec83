"""The packaged app: `pyinstaller packaging/checkin.spec` builds dist/checkin/, and the
built executable (not the sources) does the day's jobs on the shared data.

The build takes about half a minute and 230 MB: it runs when CHECKIN_BUILD=1 (as .ci/run
sets) or under CI=true, and skips otherwise, saying so. Under CI a failed build fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA

ROOT = Path(__file__).resolve().parent.parent.parent
EXE = "checkin.exe" if sys.platform == "win32" else "checkin"
WANTED = os.environ.get("CHECKIN_BUILD") == "1" or os.environ.get("CI") == "true"

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """The one-folder build, made once for this module; its time and size reported."""
    if not WANTED:
        pytest.skip("the PyInstaller build runs with CHECKIN_BUILD=1 (or CI=true)")
    out = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"),
         str(ROOT / "packaging" / "checkin.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-4000:]
    folder = out / "dist" / "checkin"
    size = sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file()
               and not f.is_symlink())  # PyInstaller links some libraries: counted once
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\npackaging: dist/checkin built in {time.monotonic() - started:.0f} s,"
              f" {size / 1e6:.0f} MB in {sum(1 for _ in folder.rglob('*'))} files")
    return folder


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A machine of its own: home, settings, log folder; Qt offscreen; no PYTHONPATH."""
    home = tmp_path / "home"
    home.mkdir()
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "VIRTUAL_ENV", "UV_"))}
    environ |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_STATE_HOME": str(home / ".local/state"),
                "CHECKIN_LOG_DIR": str(tmp_path / "logs"), "QT_QPA_PLATFORM": "offscreen",
                "PATH": "/usr/bin:/bin"}  # no uv, no python of the project
    yield environ


def run(build: Path, env: dict[str, str], *args: str | Path,
        timeout: int = 120) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(build / EXE), *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=timeout, cwd=env["HOME"])
    assert done.returncode == 0, f"checkin {args}: {done.stdout}\n{done.stderr}"
    return done


def test_the_build_holds_every_resource_and_leaves_unused_qt_out(build: Path) -> None:
    internal = build / "_internal"
    ours = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")
            if p.is_file()}
    packed = {p.relative_to(internal / "checkin" / "resources")
              for p in (internal / "checkin" / "resources").rglob("*") if p.is_file()}
    assert ours <= packed
    names = {p.name for p in internal.rglob("*")}
    for needed in ("libqxcb.so", "libqoffscreen.so", "libffmpegmediaplugin.so",
                   "libcupsprintersupport.so", "libqsvg.so", "libQt6Charts.so.6",
                   "libQt6Pdf.so.6", "qtbase_fr.qm"):
        assert needed in names, needed
    assert any(n.startswith("zxingcpp") and n.endswith(".so") for n in names)
    for unused in ("libQt6WebEngineCore.so.6", "libQt6Quick3D.so.6", "libQt6VirtualKeyboard.so.6",
                   "libQt6Designer.so.6", "libqvnc.so", "qtbase_de.qm", "tkinter"):
        assert unused not in names, unused


def test_the_built_app_reaches_the_desk_on_the_demo(build: Path, env: dict[str, str]) -> None:
    env |= {"CHECKIN_EXIT_AFTER_MS": "300", "CHECKIN_REPORT_READY": "1"}
    done = run(build, env, "--demo")
    ready = [line.split() for line in done.stderr.splitlines() if line.startswith("checkin-ready")]
    assert ready and ready[0][2] == "1"  # the event opened, its desk painted
    assert "No QtMultimedia backends" not in done.stderr  # the webcam's plugin is there
    log = (Path(env["CHECKIN_LOG_DIR"]) / "checkin.log").read_text(encoding="utf-8")
    assert "(packaged)" in log and "as station 'Accueil 1'" in log


def test_the_built_app_does_the_organiser_s_jobs(build: Path, env: dict[str, str],
                                                 tmp_path: Path, qapp) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from checkin import __version__
    assert run(build, env, "--version").stdout.strip() == f"checkin {__version__}"
    event = tmp_path / "occitanie.checkin"
    run(build, env, "new", event, "--programme", DATA / "occitanie-2022.toml")
    imported = json.loads(run(build, env, "import", event,
                              DATA / "occitanie-2022-inscriptions.xlsx", "--json").stdout)
    assert imported["added"] == 310
    badges = tmp_path / "badges.pdf"
    run(build, env, "badges", event, "-o", badges, "--media", "brother-ql-62x100")
    assert len(PdfReader(badges).pages) == 310
    payload = _qr_of_first_page(badges)
    scanned = json.loads(run(build, env, "scan", event, payload, "--json").stdout)
    assert scanned["outcome"] == "checked_in"
    export = tmp_path / "presence.xlsx"
    run(build, env, "export", event, "-o", export)
    sheet = load_workbook(export, read_only=True).worksheets[0]
    assert sum(1 for _ in sheet.iter_rows(min_row=2)) == 310
    csv = tmp_path / "presence.csv"
    run(build, env, "export", event, "-o", csv)
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_built_app_runs_its_printer_process(build: Path, env: dict[str, str],
                                                tmp_path: Path) -> None:
    """Printing runs as `sys.executable -m checkin.gui.printer_process`: frozen, the
    executable itself takes that (packaging/entry.py)."""
    from pypdf import PdfReader
    event = tmp_path / "demo.checkin"
    run(build, env, "new", event, "--programme", ROOT / "resources/demo/programme.toml")
    run(build, env, "import", event, ROOT / "resources/demo/registrations.csv")
    code = json.loads(run(build, env, "list", event, "--json").stdout)[0]["code"]
    badges = tmp_path / "one.pdf"  # one badge: rendering pages for a printer takes time
    run(build, env, "badges", event, "-o", badges, "--media", "a4-2x5", "--only", code)
    printed = tmp_path / "printed.pdf"
    done = run(build, env, "-m", "checkin.gui.printer_process", "print", badges,
               "--media", "a4-2x5", "--output", printed)
    assert json.loads(done.stdout)["pages"] == len(PdfReader(badges).pages)
    assert printed.stat().st_size > 0


def _qr_of_first_page(pdf: Path) -> str:
    """The badge as a scanner sees it: QtPdf renders the page, zxing-cpp reads the QR."""
    import zxingcpp
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument
    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    image = document.render(0, QSize(round(points.width() * 4), round(points.height() * 4)))
    found = zxingcpp.read_barcodes(image.convertToFormat(QImage.Format.Format_Grayscale8))
    assert found, "no QR code read on the first badge"
    return str(found[0].text)


@pytest.mark.skipif(sys.platform != "linux", reason="the .desktop entry is for Linux")
def test_the_linux_install_gives_a_menu_entry_and_opens_checkin_files(
        build: Path, env: dict[str, str]) -> None:
    import shutil
    import xml.etree.ElementTree as ET
    missing = [t for t in ("update-mime-database", "xdg-mime") if not shutil.which(t)]
    if missing and os.environ.get("CI") != "true":
        pytest.skip(f"needs {' and '.join(missing)} (shared-mime-info, xdg-utils)")
    assert not missing, f"CI needs {missing}: .ci/run installs shared-mime-info, xdg-utils"
    home = Path(env["HOME"])
    data = Path(env["XDG_DATA_HOME"])
    subprocess.run(["sh", str(ROOT / "packaging/linux/install.sh"), str(build)], env=env,
                   check=True, capture_output=True, timeout=120)
    installed = home / ".local/bin/checkin"
    assert run(installed.parent, env, "--version").stdout.startswith("checkin ")
    entry = (data / "applications/checkin.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert Path(exec_line.split("=", 1)[1].split()[0]).is_file()
    assert "MimeType=application/x-checkin-event;" in entry and "Icon=checkin" in entry
    assert (data / "icons/hicolor/256x256/apps/checkin.png").is_file()
    ET.parse(data / "mime/packages/checkin.xml")
    globs = (data / "mime/globs2").read_text(encoding="utf-8")
    assert "application/x-checkin-event:*.checkin" in globs  # shared-mime-info's own index
    default = subprocess.run(["xdg-mime", "query", "default", "application/x-checkin-event"],
                             env=env, capture_output=True, text=True, timeout=30)
    assert default.stdout.strip() == "checkin.desktop"
