"""Long commands show progress on a terminal's standard error only, and Ctrl+C (SIGINT)
in the middle of an import or a merge ends with status 130 and the event file as it was,
byte for byte.

The signal is sent at a known point: CHECKIN_PAUSE_AT makes the command wait on a file
after so many rows (or inside its write transaction) until it is interrupted."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from helpers import DATA, ROOT, make_registrations

from checkin.commands.progress import PAUSE_VARIABLE
from checkin.core.progress import LONG_SYNC

ROWS = 3000
TIMEOUT = 120


def checkin(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checkin", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=TIMEOUT, check=True,
                          **kwargs)  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_registrations(ROWS, tmp_path_factory.mktemp("progress") / "export.csv")


def new_event(folder: Path) -> Path:
    """An empty event (a copy would read as another laptop's and ask for a station)."""
    event = folder / "occ.checkin"
    checkin("new", event, "--programme", DATA / "occitanie-2022.toml")
    return event


def run_on_terminal(*args: str | Path) -> tuple[int, bytes]:
    """Run checkin with a pseudo-terminal as standard error; its status and what it wrote
    there."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # as a real one
    process = subprocess.Popen([sys.executable, "-m", "checkin", *map(str, args)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the child has gone and closed its side
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return process.wait(timeout=TIMEOUT), shown


def test_an_import_shows_its_progress_on_a_terminal(tmp_path: Path,
                                                    export: Path) -> None:
    event = new_event(tmp_path)
    status, shown = run_on_terminal("import", event, export)
    assert status == 0
    assert b"rows" in shown and f"/{ROWS}".encode() in shown  # a determinate bar
    assert b"entries" in shown


def test_with_json_a_terminal_shows_no_progress(tmp_path: Path,
                                                export: Path) -> None:
    event = new_event(tmp_path)
    status, shown = run_on_terminal("import", event, export, "--json")
    assert status == 0
    assert shown == b""


def test_through_a_pipe_no_progress_is_shown(tmp_path: Path, export: Path) -> None:
    event = new_event(tmp_path)
    done = checkin("import", event, export)
    assert done.stderr == ""
    assert "to add" in done.stdout


def interrupt_at(pause: str, tmp_path: Path, *args: str | Path) -> int:
    """Run checkin until it reaches `pause` (STAGE:N), then send it SIGINT; its status."""
    reached = tmp_path / "reached"
    env = {**os.environ, PAUSE_VARIABLE: f"{pause}:{reached}"}
    process = subprocess.Popen([sys.executable, "-m", "checkin", *map(str, args)], cwd=ROOT,
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + TIMEOUT
    while not reached.exists():  # the barrier: the command says it is there
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the command never reached its pause"
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    status = process.wait(timeout=TIMEOUT)
    assert process.stderr is not None and b"Traceback" not in process.stderr.read()
    return status


@pytest.mark.parametrize("pause", ["rows:1000", "entries:1"])  # reading; in its transaction
def test_ctrl_c_in_an_import_leaves_the_event_file_as_it_was(
        tmp_path: Path, export: Path, pause: str) -> None:
    event = new_event(tmp_path)
    before = event.read_bytes()
    assert interrupt_at(pause, tmp_path, "import", event, export) == 130
    assert event.read_bytes() == before
    assert '"registered": 0' in checkin("stats", event, "--json").stdout


def test_ctrl_c_in_a_merge_leaves_the_event_file_as_it_was(
        tmp_path: Path, export: Path) -> None:
    event = new_event(tmp_path)
    other = tmp_path / "other.checkin"  # another station, whose bundle the event merges
    checkin("clone", event, other, "--station", "Salle A")
    checkin("import", other, export)
    bundle = tmp_path / "other.bundle"
    checkin("sync", other, "--out", bundle)
    before = event.read_bytes()
    status = interrupt_at("entries:1", tmp_path, "sync", event, "--in", bundle)
    assert status == 130
    assert event.read_bytes() == before
    assert '"registered": 0' in checkin("stats", event, "--json").stdout


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_ctrl_c_in_an_export_leaves_no_file_behind(tmp_path: Path, export: Path,
                                                  suffix: str) -> None:
    event = new_event(tmp_path)
    checkin("import", event, export)
    out = tmp_path / "out"
    out.mkdir()
    status = interrupt_at("registrations:1000", tmp_path, "export", event,
                          "-o", out / f"presences.{suffix}")
    assert status == 130
    assert list(out.iterdir()) == []  # neither the export nor its temporary file


# -- shared folder: a station joining late brings thousands of entries ----------------------

@pytest.fixture
def late_folder(tmp_path: Path, export: Path) -> tuple[Path, Path]:
    """An event, and a shared folder where another station's file holds the import."""
    event = new_event(tmp_path)
    other = tmp_path / "other.checkin"
    checkin("clone", event, other, "--station", "Salle A")
    checkin("import", other, export)
    folder = tmp_path / "partage"
    folder.mkdir()
    checkin("sync", other, "--folder", folder)
    return event, folder


def test_a_large_folder_sync_shows_its_progress_and_a_small_one_none(
        late_folder: tuple[Path, Path]) -> None:
    event, folder = late_folder
    status, shown = run_on_terminal("sync", event, "--folder", folder)
    assert status == 0
    totals = {int(n) for n in re.findall(rb"\| *\d+/(\d+) \[", shown)}
    assert b"entries" in shown and totals and min(totals) >= LONG_SYNC  # determinate
    status, shown = run_on_terminal("sync", event, "--folder", folder)  # nothing new
    assert status == 0
    assert shown == b""


def test_with_json_a_folder_sync_shows_no_progress(late_folder: tuple[Path, Path]) -> None:
    event, folder = late_folder
    status, shown = run_on_terminal("sync", event, "--folder", folder, "--json")
    assert status == 0
    assert shown == b""


def test_ctrl_c_in_a_folder_sync_leaves_the_event_file_as_it_was(
        tmp_path: Path, late_folder: tuple[Path, Path]) -> None:
    event, folder = late_folder
    before = event.read_bytes()
    status = interrupt_at("entries:1", tmp_path, "sync", event, "--folder", folder)
    assert status == 130
    assert event.read_bytes() == before
    assert '"registered": 0' in checkin("stats", event, "--json").stdout
    checkin("sync", event, "--folder", folder)  # read again in full: all of it merged
    assert '"registered": 0' not in checkin("stats", event, "--json").stdout
