"""Two desks opening the same event file at once (two windows, the app and a script)
neither corrupt it nor lose each other's entries.

Both processes open the file, then at the same moment each records 300 operations as
fast as it can — 200 badge scans of their own people, 50 scans of people the other desk
scans too, 50 walk-ins — with no pause: SQLite's busy timeout serialises their
transactions, and the (station, seq, clock) stamp is taken inside BEGIN IMMEDIATE, so
the two writers of the same station never take the same sequence number.

A loaded machine may let one desk finish before the other starts; so they go in lock-step
batches of BATCH operations, each batch behind a barrier: within a batch they race, and
every batch has both writing, which forces the interleaving the test is about.
"""

from __future__ import annotations

import collections
import itertools
import subprocess
from pathlib import Path

import pytest
from reliability_helpers import crowd_file, desk, integrity

from checkin.core import journal as j
from checkin.core.event import Event

OWN, SHARED, WALK_INS = 200, 50, 50
BATCH = 20


def _work(qrs: list[str], shared: list[str], tag: str) -> list[str]:
    """Own scans, shared scans and walk-ins, interleaved."""
    lines = []
    walk_ins = [f"walkin:{tag}{i}" for i in range(WALK_INS)]
    for i, qr in enumerate(qrs):
        lines.append(qr)
        if i % 4 == 0 and shared:
            lines.append(shared.pop())
        if i % 4 == 2 and walk_ins:
            lines.append(walk_ins.pop())
    return lines + shared + walk_ins


def _one_batch(process: subprocess.Popen[str]) -> list[str]:
    """The lines a desk reports until it waits at the next barrier (or ends)."""
    assert process.stdout is not None
    lines = []
    while (line := process.stdout.readline()) not in ("batch\n", ""):
        lines.append(line.rstrip("\n"))
    return lines


@pytest.mark.slow
def test_two_desks_on_one_file_lose_nothing(tmp_path: Path, programme) -> None:
    path = crowd_file(tmp_path / "event.checkin", programme, 2 * OWN + SHARED)
    with Event.open(path) as event:
        qrs = [event.qr(r) for r in event.registrations()]
        entries_before = len(event.entries())
    shared = qrs[2 * OWN:]
    plans = [_work(qrs[:OWN], list(shared), "UN"), _work(qrs[OWN:2 * OWN], shared[::-1], "DEUX")]
    for n, plan in enumerate(plans):
        (tmp_path / f"plan{n}.txt").write_text("\n".join(plan))
    go = tmp_path / "go"
    desks = [desk("scan", str(path), str(tmp_path / f"plan{n}.txt"), str(go), str(BATCH))
             for n in range(2)]
    for d in desks:  # both have opened the file
        assert d.stdout is not None and d.stdout.readline() == "ready\n"
    reports: list[list[str]] = [[], []]
    batches = -(-len(plans[0]) // BATCH)
    for k in range(batches):  # the barrier: a batch starts once both finished the last
        go.with_name(f"go.{k}" if k else "go").touch()
        for d, report in zip(desks, reports, strict=True):
            report.extend(_one_batch(d))
    results = [d.communicate(timeout=120) for d in desks]

    for d, (_, err), report, plan in zip(desks, results, reports, plans, strict=True):
        assert d.returncode == 0 and err == "", err  # no "database is locked" escaped
        assert len(report) == len(plan) == OWN + SHARED + WALK_INS
    assert integrity(path) == "ok"

    with Event.open(path) as event:
        journal = event.entries()
        by_id = {e.id: e for e in journal}
        outcomes: dict[str, list[str]] = collections.defaultdict(list)
        appended = 0
        for line in reports[0] + reports[1]:
            outcome, reg_id, entry_id = line.split()
            outcomes[reg_id].append(outcome)
            if outcome == "checked_in":
                assert by_id[entry_id].kind == j.CHECKIN_RECORDED
                assert by_id[entry_id].subject == reg_id
                appended += 1
            reg = event.registration(reg_id)
            assert reg is not None and reg.checked_in_at, "a reported check-in is missing"
        walk_ins = [r for r in event.registrations() if r.source == "walkin"]
        assert len(walk_ins) == 2 * WALK_INS
        appended += len(walk_ins)  # each walk-in is a registration, then its check-in
        assert len(journal) == entries_before + appended  # nothing more, nothing less
        # the people both desks scanned: checked in once, or twice when both read
        # "not yet in" at the same moment (kept and flagged, as across stations)
        doubles = 0
        for qr in shared:
            (reg,) = event.by_code(qr.split("+")[2])
            said = sorted(outcomes[reg.id])
            assert said in (["already_checked_in", "checked_in"], ["checked_in", "checked_in"])
            doubles += said.count("checked_in") - 1
            assert reg.checkin_count == said.count("checked_in")
        seqs = collections.Counter((e.station, e.seq) for e in journal)
        assert max(seqs.values()) == 1  # no sequence number taken twice
        # they did write at the same time: in the journal their entries alternate
        first = {line.split()[2] for line in reports[0]}
        writers = [e.id in first for e in sorted(journal, key=lambda e: e.seq)
                   if e.kind == j.CHECKIN_RECORDED]
        switches = sum(a != b for a, b in itertools.pairwise(writers))
        assert switches >= batches  # at least one change of writer in each batch
        digest = event.digest()
        event.rebuild()
        assert event.digest() == digest
    print(f"2 desks x {OWN + SHARED + WALK_INS} operations, {appended} entries found; "
          f"{doubles} of {SHARED} shared people checked in by both at once; "
          f"the writer changed {switches} times")
