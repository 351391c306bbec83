"""Runs the X-level tests (`x_*.py`) in a child pytest under Xvfb: see conftest.py.
They skip, saying what is missing, where the X tools are not installed, and fail under
CI=true, where .ci/run installs them."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
TOOLS = ("Xvfb", "setxkbmap", "xkbcomp")


def missing() -> list[str]:
    lacking = [tool for tool in TOOLS if shutil.which(tool) is None]
    if importlib.util.find_spec("Xlib") is None:
        lacking.append("python-xlib")
    return lacking


@pytest.mark.slow  # a child pytest under Xvfb: 20 s and more
@pytest.mark.parametrize("module", ["x_scan_anywhere.py", "x_kiosk.py", "x_rush.py",
                                    "x_stall.py", "x_card_paint.py"])
def test_under_x(module: str) -> None:
    lacking = missing()
    if lacking:
        reason = "X-level scanner tests need " + ", ".join(lacking)
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (installed by .ci/run)")
        pytest.skip(reason)
    env = dict(os.environ, CHECKIN_X_CHILD="1", QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                          "-s", str(HERE / module)], cwd=HERE.parent.parent, env=env,
                         capture_output=True, text=True, timeout=900)
    print(run.stdout[-20000:], run.stderr[-5000:])
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
