"""The mypy plugin for PySide6 (scripts/mypy_pyside6_keywords.py) lets through the inherited
Qt properties that PySide6 takes as constructor keywords, and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

mypy_api = pytest.importorskip("mypy.api", reason="mypy is installed with the dev dependencies")

PROBE = '''
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox

QLabel("title", objectName="title")                 # QObject's property
QSpinBox(specialValueText="-", minimum=1)           # QAbstractSpinBox's, then its own
QLabel("title", objectNam="typo")                   # line 6: no such keyword
QPushButton("go", objectName=3)                     # line 7: a property of the wrong type
QLabel(3)                                           # line 8: the stubs' own checks stay
'''


def _mypy(tmp_path: Path, *, plugin: bool) -> list[int]:
    """The lines of PROBE that mypy refuses, with or without the project's plugin."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    plugins = f"plugins = {ROOT / 'scripts' / 'mypy_pyside6_keywords.py'}\n" if plugin else ""
    config.write_text(f"[mypy]\nstrict = True\n{plugins}", encoding="utf-8")
    out, _, _ = mypy_api.run([
        "--config-file", str(config), "--cache-dir", str(ROOT / ".mypy_cache"),
        "--no-error-summary", "--hide-error-context", str(probe)])
    return sorted({int(line.split(":")[1]) for line in out.splitlines() if ": error:" in line})


@pytest.mark.slow
def test_inherited_properties_pass_and_wrong_keywords_still_fail(tmp_path: Path) -> None:
    assert _mypy(tmp_path, plugin=True) == [6, 7, 8]


# When this fails, PySide6's stubs have learnt inherited properties: drop the plugin.
@pytest.mark.slow
def test_without_the_plugin_the_stubs_refuse_inherited_properties(tmp_path: Path) -> None:
    assert _mypy(tmp_path, plugin=False) == [4, 5, 6, 7, 8]
