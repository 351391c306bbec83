"""The README's command list names every command the parser has (it once missed four)."""

from __future__ import annotations

import re
from pathlib import Path

from checkin.commands import COMMANDS

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_lists_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    listed = set(re.findall(r"^checkin (\w+)", block, re.MULTILINE))
    assert set(COMMANDS) <= listed, sorted(set(COMMANDS) - listed)
