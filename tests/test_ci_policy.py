"""What the test run itself promises under CI: nothing CI must run may skip quietly."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
TESTS = Path(__file__).parent

SKIPPING = """
import pytest

def test_needs_a_server():
    pytest.skip("no server here")
"""


@pytest.mark.parametrize(("ci", "expected"), [("true", {"failed": 1}), ("", {"skipped": 1})])
@pytest.mark.slow
def test_a_skip_fails_the_run_only_under_ci(pytester, monkeypatch, ci, expected) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("PYTHONPATH", str(TESTS))  # our conftest imports tests/helpers.py
    pytester.makeconftest((TESTS / "conftest.py").read_text())
    pytester.makepyfile(SKIPPING)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(**expected)
    if ci:
        result.stdout.fnmatch_lines(["*skipped under CI=true, where it must run*no server here*"])
