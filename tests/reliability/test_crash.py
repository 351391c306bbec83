"""A desk killed with SIGKILL at random moments loses nothing it acknowledged.

A child process scans the badges of a 3,000-person event one by one and prints each
outcome once `scan` has returned; the test kills it after a random delay (while it
starts, opens the file, or writes), many times over, and after each kill opens the
file as the next desk would: it must pass `PRAGMA integrity_check`, and every check-in
the child reported must be in the journal and in the projection.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT
from reliability_helpers import child_env, desk, integrity

from checkin.core import journal as j
from checkin.core.event import Event

ROUNDS = 20
PRINTED = 600  # badges handed to each round, scanned over and over until the kill


def _reported(out: str) -> list[list[str]]:
    """Complete report lines only: a line cut by the kill was never acknowledged."""
    lines = out.split("\n")[:-1]  # the last piece has no newline yet (or is empty)
    return [line.split() for line in lines if line != "ready"]


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_acknowledged_checkin(
        crowd: Path, tmp_path: Path) -> None:
    rng = random.Random(20221208)
    with Event.open(crowd) as event:
        queue = [event.qr(r) for r in event.registrations()]
    rng.shuffle(queue)
    acknowledged: dict[str, str] = {}  # registration id -> check-in entry id
    go = tmp_path / "go"
    go.touch()  # the child says "ready" once the file is open, then scans at once
    killed_while_writing = 0
    for round_ in range(ROUNDS):
        todo = tmp_path / "todo.txt"
        # Walk-ins after the badges: it always has something to write, however fast it is.
        walk_ins = [f"walkin:Arrivé{round_}x{i}" for i in range(PRINTED)]
        todo.write_text("\n".join(queue[:PRINTED] + walk_ins))
        child = desk("loop", str(crowd), str(todo), str(go))  # still scanning when killed
        if round_ % 2:  # while it writes
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0, 0.5))
        else:  # anywhere from the interpreter's start to the writes
            time.sleep(rng.uniform(0.05, 1.5))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert child.returncode == -signal.SIGKILL, err  # it was still running
        for outcome, reg_id, entry_id in _reported(out):
            assert outcome in ("checked_in", "already_checked_in"), (outcome, err)
            if outcome == "checked_in":
                acknowledged[reg_id] = entry_id
        killed_while_writing += bool(_reported(out))
        assert integrity(crowd) == "ok"
        queue = _check_everything_acknowledged_is_there(crowd, acknowledged, queue)
    assert len(acknowledged) >= ROUNDS // 2  # the rounds did scan, not only start up
    with Event.open(crowd) as event:
        before = event.digest()
        event.rebuild()
        assert event.digest() == before  # the projections are the journal's, kill or not
    print(f"{ROUNDS} kills ({killed_while_writing} after some writes), "
          f"{len(acknowledged)} acknowledged check-ins all found")


def _check_everything_acknowledged_is_there(path: Path, acknowledged: dict[str, str],
                                            queue: list[str]) -> list[str]:
    """Every acknowledged check-in is in the journal and the projection; returns the
    badges still to scan (whoever is not checked in yet)."""
    with Event.open(path) as event:
        recorded = {e.id: e for e in event.entries() if e.kind == j.CHECKIN_RECORDED}
        for reg_id, entry_id in acknowledged.items():
            assert entry_id in recorded, "an acknowledged check-in vanished from the journal"
            assert recorded[entry_id].subject == reg_id
            reg = event.registration(reg_id)
            assert reg is not None and reg.checked_in_at, "lost from the projection"
            assert entry_id in {c["entry"] for c in event.checkins(reg_id)}
        done = {event.qr(r) for r in event.registrations() if r.checked_in_at}
    return [qr for qr in queue if qr not in done]


@pytest.mark.slow
def test_a_desk_killed_mid_write_leaves_a_hot_journal_that_undoes_the_half_write(
        crowd: Path) -> None:
    """Killed while its changes spill into the file (its page cache too small to hold
    them), a desk leaves a hot journal holding the pages as they were: opening the file
    rolls them back, keeping what was committed before and nothing half-written."""
    journal = crowd.with_name(crowd.name + "-journal")
    assert not journal.exists()  # closing leaves only the file (storage.close)
    with Event.open(crowd) as event:
        entries_before = len(event.entries())
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("half_written.py")), str(crowd)],
        cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    committed = child.stdout.readline().split()
    file_after_commit = crowd.read_bytes()
    assert child.stdout.readline() == "mid\n", child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert committed[0] == "committed"
    assert journal.stat().st_size > 0  # hot: the pages to put back
    assert crowd.read_bytes() != file_after_commit  # the half write reached the file
    with Event.open(crowd) as event:  # rolls the hot journal back
        reg = event.registration(committed[1])
        assert reg is not None and reg.checked_in_at  # committed: kept
        assert not event.search("NomPerdu0")  # half-written: none of it
        assert len(event.entries()) == entries_before + 2  # the walk-in and its check-in
        before = event.digest()
        event.rebuild()
        assert event.digest() == before
    assert integrity(crowd) == "ok"
    assert not journal.exists()


@pytest.mark.slow
def test_a_check_in_the_desk_window_shows_is_on_disk(crowd: Path, tmp_path: Path) -> None:
    """The real window, killed with SIGKILL in the very paint that first shows "checked
    in": the check-in is in the file (committed before the card says so)."""
    with Event.open(crowd) as event:
        reg = event.registrations()[7]
        qr = event.qr(reg)
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("desk_window_process.py")), str(crowd),
         str(tmp_path / "station.ini"), qr],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=120)
    assert child.stdout.split() == ["shown"], child.stderr
    assert child.returncode == -signal.SIGKILL
    assert integrity(crowd) == "ok"
    with Event.open(crowd) as event:
        found = event.registration(reg.id)
        assert found is not None and found.checked_in_at
        assert [e.subject for e in event.entries() if e.kind == j.CHECKIN_RECORDED] == [reg.id]
