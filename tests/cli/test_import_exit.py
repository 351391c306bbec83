"""`checkin import` leaves without freeing its plan (cli.run): what it printed and the
event file it wrote are whole all the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, make_registrations

from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme
from checkin.resources import resource

DEMO = resource("demo", "programme.toml")


def checkin(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checkin", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def people(event: Event) -> list[tuple[object, ...]]:
    """The registrations as the import decided them (their random ids and codes aside)."""
    return sorted((tuple(r.fields().items()), tuple(r.extra.items()), tuple(r.sessions),
                   r.submitted_at, r.status, r.source) for r in event.registrations())


@pytest.mark.parametrize("json_out", [False, True])
def test_the_event_file_and_the_output_are_whole(tmp_path: Path, json_out: bool) -> None:
    export = make_registrations(2500, tmp_path / "export.csv", "--seed", "11")  # batch_writer
    path = tmp_path / "ev.checkin"
    assert checkin("new", path, "--programme", DEMO).returncode == 0
    done = checkin("import", path, export, *(["--json"] if json_out else []))
    assert done.returncode == 0, done.stderr
    programme = load_programme(DEMO)
    plan = plan_import(export, programme, [])
    if json_out:  # the whole JSON, flushed before the process left
        assert json.loads(done.stdout) == json.loads(json.dumps(plan.report.as_json()))
    else:
        assert done.stdout == plan.report.summary() + "\n"
    with Event.open(path, full_check=True) as event, \
            Event.create(tmp_path / "in-process.checkin", programme) as expected:
        expected.append(plan.entries)
        assert people(event) == people(expected)
        assert [e.kind for e in event.entries()] == [e.kind for e in expected.entries()]
        assert event.stats()["sessions"] == expected.stats()["sessions"]


def test_the_import_leaves_without_tearing_down_and_a_failure_as_usual(tmp_path: Path) -> None:
    """Python's finalisation (its "# cleanup" lines under -v) is skipped after an import,
    not after a refused one, nor after another command."""
    export = make_registrations(50, tmp_path / "export.csv", "--seed", "2")
    path = tmp_path / "ev.checkin"
    assert checkin("new", path, "--programme", DEMO).returncode == 0

    def verbose(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-v", "-m", "checkin", *map(str, args)],
                              capture_output=True, text=True, cwd=ROOT, timeout=300)

    done = verbose("import", path, export)
    assert done.returncode == 0 and "# cleanup" not in done.stderr
    refused = verbose("import", path, tmp_path / "missing.csv")
    assert refused.returncode == 2 and "# cleanup" in refused.stderr
    listed = verbose("list", path)
    assert listed.returncode == 0 and "# cleanup" in listed.stderr
