"""Helpers of the ticket tests: a small registration export, the CLI in this process."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from helpers import DATA

from checkin import cli

PEOPLE = 14  # rows taken from the Occitanie export (a resubmission among them)


def small_export(out: Path, rows: int = PEOPLE, changes: dict[int, dict[str, str]] | None = None,
                 ) -> Path:
    """The first `rows` rows of the Occitanie export, `changes` applied (row -> column)."""
    with (DATA / "occitanie-2022-inscriptions.csv").open(encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames
        taken = [row for _, row in zip(range(rows), reader, strict=False)]
    for n, change in (changes or {}).items():
        taken[n].update(change)
    assert fields is not None
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(taken)
    return out


def run(capsys, *args: object) -> tuple[int, str, str]:
    """`checkin ARGS` in this process: (exit status, stdout, stderr)."""
    status = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, *args: object) -> tuple[int, dict]:
    status, out, err = run(capsys, *args, "--json")
    assert out, err
    return status, json.loads(out)
