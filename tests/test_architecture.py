"""The layers hold: core never imports Qt, and an installed wheel finds its resources."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

import checkin.core


def test_import_contract_holds() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is installed with the dev dependencies"
    done = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout


@pytest.mark.slow
def test_importing_every_core_module_loads_no_qt() -> None:
    names = [m.name for m in pkgutil.walk_packages(checkin.core.__path__, "checkin.core.")]
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert len(names) > 10
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_wheel_installed_elsewhere_finds_its_resources(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH: cannot build the wheel")
    subprocess.run([uv, "build", "--wheel", "-o", str(tmp_path / "dist")], cwd=ROOT,
                   check=True, capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("checkin-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "-q", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    subprocess.run([uv, "pip", "install", "-q", "--python", str(python), str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHECKIN_EXIT_AFTER_MS": "300"}
    env.pop("VIRTUAL_ENV", None)
    checkin_bin = venv / "bin" / "checkin"
    assert "import" in subprocess.run([checkin_bin, "--help"], capture_output=True, text=True,
                                      check=True, cwd=elsewhere).stdout
    code = ("from pathlib import Path; from checkin.core.demo import create_demo;"
            "ev = create_demo(Path('demo.checkin')); print(ev.stats()['registered'])")
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True,
                          cwd=elsewhere, env=env)
    assert int(done.stdout) > 100
    app = subprocess.run([checkin_bin, "--demo"], capture_output=True, text=True,
                         cwd=elsewhere, env=env, timeout=120)
    assert app.returncode == 0, app.stderr
