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
from checkin.core.text import _fold_reference, fold


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


def _person(event: Event, last: str, first: str, submitted_at: str, **fields: str) -> None:
    event.append([j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": "", "source": "import", "extra": {}, "sessions": [],
        "fields": {"last_name": last, "first_name": first, **fields},
        "submitted_at": submitted_at})])


def test_cells_that_csv_quotes(event: Event, clock: FakeClock, tmp_path: Path) -> None:
    """Lines whose cells hold `;`, quotes or line ends are csv.writer's, not SQLite's."""
    _person(event, "Du;pont", 'Jean "Jo"', "2022-10-03T15:52:41", organisation="a\nb",
            needs="x\r\ny")
    _person(event, "Martin", "Ana", "2022-10-03T15:52:41", organisation='=1;"2"')
    _person(event, "Zoé", "Sans", "2022-10-03T15:52:41", organisation="Mairie")
    _same_file(event, tmp_path)
    text = (tmp_path / "ours.csv").read_text(encoding="utf-8-sig")
    assert '"Du;pont";"Jean ""Jo"""' in text and "\"'=1;\"\"2\"\"\"" in text


def test_a_text_holding_the_separator_sqlite_joins_with(event: Event, tmp_path: Path
                                                        ) -> None:
    """SQLite joins the lines with U+001E: a cell holding one has them read row by row."""
    _person(event, "Du\x1epont", "Jean", "2022-10-03T15:52:41", organisation="a\x1eb")
    _person(event, "Martin", "Ana", "2022-10-03T15:52:41", organisation="=1;2")
    reg_id = event.registrations()[0].id
    event.append([j.NewEntry(j.REGISTRATION_EDITED, reg_id, {"extra": {"Remarque": "=x"}})])
    _same_file(event, tmp_path)
    assert "\x1e" in (tmp_path / "ours.csv").read_text(encoding="utf-8-sig")


def test_names_in_alphabetical_order(event: Event, tmp_path: Path) -> None:
    """Lines sorted by folded last name, first name, then id, as the sheet has them: a
    shorter name first, accents, ligatures and case ignored."""
    for last, first in [("Dupont", "Zoé"), ("dupond", "Ève"), ("Dupont-Aignan", "Al"),
                        ("DUPONT", "anne"), ("Dùpont", "Anne"), ("A", "z"), ("Ab", "a"),
                        ("", "Sans nom"), ("Œdipe", "Roi"), ("Oe", "Zed"), ("Oe", "Zed")]:
        _person(event, last, first, "2022-10-03T15:52:41")
    _same_file(event, tmp_path)


def test_a_nul_in_a_name_sorts_as_any_character(event: Event, tmp_path: Path) -> None:
    """The sort's one-string keys join the names with a NUL: a name holding one is
    sorted by the tuple of folded names all the same ("A" before "A<NUL>b" whatever the
    first names, where the joined keys would put "A<NUL>b" + "a" first), and shown as the
    XLSX shows it."""
    for last, first in [("A", "z"), ("A\0b", "a"), ("a", "Zed"), ("Ä", "z"), ("", "x\0")]:
        _person(event, last, first, "2022-10-03T15:52:41")
    _same_file(event, tmp_path)
    text = (tmp_path / "ours.csv").read_text(encoding="utf-8-sig")
    names = [line.split(";")[1:3] for line in text.splitlines()[1:]]
    assert names[0] == ["", "x\ufffd"] and names[-1] == ["A\ufffdb", "a"]
    assert names[-2] == ["a", "Zed"]


def test_long_latin1_texts_fold_as_by_definition() -> None:
    """`fold` takes a long Latin-1 text through bytes (the sort's joined names): the same
    as character by character, for every Latin-1 character."""
    every = "".join(map(chr, range(256))) * 5
    assert fold(every) == "".join(map(_fold_reference, every))
    names = "\x1e".join(f"Lefèvre{i}\0Hélène\0Œdipe" for i in range(100))
    assert fold(names) == "".join(map(_fold_reference, names))


@pytest.mark.parametrize("when", [
    "2022-12-08T09:35:00+01:00", "2022-12-08T09:35:00", "2022-12-08", "2022-12-08T09:35",
    "2022-12-08T09:35:00.250+01:00", "2022-12-08T09:35:00Z", "2022-02-30T10:00:00",
    "2022-12-08T24:00:00+01:00", "2022-12-08T09:35:00+25:00", "2022-13-01T10:00:00",
    "2022-12-00T10:00:00", "2024-02-29T10:00:00", "2023-02-29T10:00:00",
    "2022-12-31T23:59:59", "0000-01-01T10:00:00", "=1+1", "demain", ""])
def test_dates_as_the_spreadsheet_has_them(event: Event, tmp_path: Path, when: str) -> None:
    """SQLite writes the usual forms itself, Python the others: the same cells."""
    _person(event, "Durand", "Julien", when)
    _same_file(event, tmp_path)
