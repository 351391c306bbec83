"""A command imports only its own module: `checkin import` does not load the badges',
reports', hub's or tickets' commands (nor what they import), nor a CSV import the standard
modules only other paths need."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from helpers import DATA, ROOT

from checkin import cli
from checkin.commands import COMMANDS, MODULES, command_modules


def test_the_table_of_commands_is_what_each_module_registers() -> None:
    for name, module in zip(MODULES, command_modules(), strict=True):
        sub = cli._Commands(argparse.ArgumentParser().add_subparsers())
        module.register(sub)
        assert {c for c, m in COMMANDS.items() if m == name} == set(sub.helps), name
    assert list(cli._command_parser()[1]) == list(COMMANDS)  # the help's order


def test_import_loads_only_the_event_commands(tmp_path: Path) -> None:
    event = tmp_path / "occ.checkin"
    code = ("import sys; from checkin.cli import main; "
            f"assert main(['new', {str(event)!r}, '--programme', "
            f"{str(DATA / 'occitanie-2022.toml')!r}]) == 0; "
            f"assert main(['import', {str(event)!r}, "
            f"{str(DATA / 'occitanie-2022-inscriptions.csv')!r}]) == 0; "
            "print(sorted(m for m in sys.modules if m.startswith('checkin.commands.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    assert done.stdout.splitlines()[-1] == str(
        ["checkin.commands.common", "checkin.commands.event", "checkin.commands.progress"])


def test_a_csv_import_loads_no_module_only_other_paths_need(tmp_path: Path) -> None:
    """zipfile (workbooks), uuid with platform, socket (a machine without a machine-id):
    5 to 8 ms of every `checkin import`'s start."""
    event = tmp_path / "occ.checkin"
    subprocess.run([sys.executable, "-m", "checkin", "new", str(event), "--programme",
                    str(DATA / "occitanie-2022.toml")], cwd=ROOT, timeout=120, check=True,
                   capture_output=True)
    code = ("import sys; from checkin.cli import main; "
            f"assert main(['import', {str(event)!r}, "
            f"{str(DATA / 'occitanie-2022-inscriptions.csv')!r}]) == 0; "
            "print(sorted({'zipfile', 'uuid', 'platform', 'socket'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    assert done.stdout.splitlines()[-1] == "[]"
