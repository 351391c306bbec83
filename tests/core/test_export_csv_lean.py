"""The CSV export's cells come straight from SQL (registration_csv): its file must be, byte
for byte, the one the registrations sheet's rows gave through `csv.writer` before."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from helpers import DATA, FakeClock, make_registrations
from reports_helpers import attend, check_in, small_day

from checkin.core import journal as j
from checkin.core import reception
from checkin.core.demo import create_demo
from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme
from checkin.core.reports import spreadsheet


def _reference(event: Event, out: Path) -> bytes:
    """The CSV as it was written from `Registration` records."""
    headers, rows = spreadsheet.registration_table(event)
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows(map(spreadsheet._csv_row, rows))
    return out.read_bytes()


def _same_file(event: Event, tmp_path: Path) -> None:
    ours = spreadsheet.export(event, tmp_path / "ours.csv").read_bytes()
    assert ours == _reference(event, tmp_path / "reference.csv")


def test_the_demo_event(tmp_path: Path, clock: FakeClock) -> None:
    with create_demo(tmp_path / "demo.checkin", now=clock) as event:
        ids = [r.id for r in event.registrations()]
        for reg_id in ids[::3]:
            check_in(event, reg_id)
            clock.advance(seconds=37)
        for reg_id in ids[1::5]:
            attend(event, reg_id, "A")
        _same_file(event, tmp_path)


def test_a_day_with_risky_cells(event: Event, clock: FakeClock, tmp_path: Path) -> None:
    small_day(event, clock)
    _same_file(event, tmp_path)


@pytest.fixture
def generated(tmp_path: Path, clock: FakeClock) -> Event:
    programme = load_programme(DATA / "occitanie-2022.toml")
    source = make_registrations(2000, tmp_path / "inscriptions.csv")
    event = Event.create(tmp_path / "big.checkin", programme, now=clock)
    event.append(plan_import(source, programme, []).entries)
    return event


def test_a_generated_event_of_2000_people(generated: Event, clock: FakeClock,
                                          tmp_path: Path) -> None:
    event, rng = generated, random.Random(5)
    people = event.registrations()
    for reg in rng.sample(people, 1300):
        clock.advance(seconds=rng.randrange(1, 90))
        reception.check_in(event, reg)
    for reg in rng.sample(people, 900):
        attend(event, reg.id, rng.choice("ABCDEF"), flags=rng.choice([(), ("other_session",)]))
    for reg in rng.sample(people, 40):
        reception.undo_check_in(event, event.registration(reg.id))
    for reg in rng.sample(people, 20):
        reception.set_cancelled(event, reg, True)
    reception.edit(event, people[0], {"organisation": "-moins", "role": "@arobase"},
                   sessions=("C", "B"))
    event.append([j.NewEntry(j.REGISTRATION_EDITED, people[1].id,
                             {"extra": {"Remarque": "=2+2", "Nombre": 3}})])
    reception.walk_in(event, {"last_name": "Œdipe", "first_name": "+Ange"}, sessions=("D",))
    _same_file(event, tmp_path)
    event.close()
