"""A command whose reader stops reading (`checkin stats EV --json | head -3`) ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DATA, ROOT

from checkin.cli import BROKEN_PIPE


@pytest.mark.parametrize("command", [["stats", "--json"], ["list", "--json"], ["list"]])
def test_a_closed_pipe_ends_the_command_quietly(tmp_path: Path, command: list[str]) -> None:
    event = tmp_path / "occ.checkin"
    subprocess.run([sys.executable, "-m", "checkin", "new", str(event), "--programme",
                    str(DATA / "occitanie-2022.toml")], check=True, capture_output=True,
                   cwd=ROOT, timeout=120)
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes a byte: no race
    try:
        done = subprocess.run([sys.executable, "-m", "checkin", command[0], str(event),
                               *command[1:]], stdout=write, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, timeout=120)
    finally:
        os.close(write)
    assert done.stderr == ""
    assert done.returncode == BROKEN_PIPE
