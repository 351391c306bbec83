"""Programme files: the shared format, and one-line errors naming the key at fault."""

from pathlib import Path

import pytest
from helpers import DATA

from checkin.core.errors import Problem, ProgrammeError
from checkin.core.programme import Programme, load_programme


def test_occitanie_programme_reads_event_slots_and_sessions() -> None:
    p = load_programme(DATA / "occitanie-2022.toml")
    assert p.short == "OCC22" and p.date == "2022-12-08"
    assert p.title.endswith("Rencontre régionale Occitanie")
    assert [s.name for s in p.slots][2:] == ["Ateliers 14h00-15h00", "Ateliers 15h15-16h15"]
    assert [s.code for s in p.sessions()] == ["DEJ", "A", "B", "C", "D", "E", "F"]
    assert p.session("C").capacity == 50 and p.session("C").room == "Salle Mosson 3"
    assert p.slot_of("E").start == "15:15" and p.slot_of("E").end == "16:15"


def test_programme_survives_its_dict_form() -> None:
    p = load_programme(DATA / "bfc-2022.toml")
    assert Programme.from_dict(p.to_dict()) == p
    assert p.venue.startswith("Maison régionale de l'innovation")


GOOD = """
[event]
title = "T"
short = "ev1"
date = 2022-05-10

[[slot]]
name = "Ateliers"
start = 14:00:00
end = 15:00:00

  [[slot.session]]
  code = "A"
  title = "Atelier A"
  capacity = 10
"""


BROKEN = [  # (the file, what the message names, the problem the GUI words)
    (GOOD.replace('title = "T"\n', ""), "event.title", Problem.PROGRAMME_MISSING),
    (GOOD.replace('title = "T"', "title = 3"), "event.title", Problem.PROGRAMME_NOT_TEXT),
    (GOOD.replace('short = "ev1"', 'short = "trop long"'), "event.short",
     Problem.PROGRAMME_BAD_CODE),
    (GOOD.replace("date = 2022-05-10", 'date = "mai"'), "event.date",
     Problem.PROGRAMME_BAD_DATE),
    (GOOD.replace("end = 15:00:00", "end = 13:00:00"), "slot[1].end",
     Problem.PROGRAMME_END_BEFORE_START),
    (GOOD.replace("start = 14:00:00", "start = true"), "slot[1].start",
     Problem.PROGRAMME_BAD_TIME),
    (GOOD.replace("capacity = 10", 'capacity = "dix"'), "slot[1].session[1].capacity",
     Problem.PROGRAMME_BAD_CAPACITY),
    (GOOD.replace("capacity = 10", "capacity = 99999999999999999999"),
     "slot[1].session[1].capacity must be a whole number from 0 to 100,000",
     Problem.PROGRAMME_BAD_CAPACITY),
    (GOOD.replace("capacity = 10", "capacity = true"), "slot[1].session[1].capacity",
     Problem.PROGRAMME_BAD_CAPACITY),
    (GOOD.replace('code = "A"', 'code = "A B"'), "slot[1].session[1].code",
     Problem.PROGRAMME_BAD_CODE),
    ("slot = 3\n" + GOOD[:GOOD.index("[[slot]]")], "slot must be an array",
     Problem.PROGRAMME_NOT_TABLES),
    ("slot = [3]\n" + GOOD[:GOOD.index("[[slot]]")], "slot[1] must be a table",
     Problem.PROGRAMME_NOT_TABLE),
    (GOOD.replace("[event]", "[evenement]"), "[event]", Problem.PROGRAMME_MISSING),
    (GOOD + GOOD[GOOD.index("  [[slot.session]]"):], "session code A is used twice",
     Problem.PROGRAMME_CODE_TWICE),
    ("[event\n", "not a valid TOML", Problem.PROGRAMME_NOT_TOML),
]


@pytest.mark.parametrize(("broken", "named", "problem"), BROKEN)
def test_malformed_programme_error_names_the_key(tmp_path: Path, broken: str, named: str,
                                                 problem: Problem) -> None:
    path = tmp_path / "p.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ProgrammeError) as info:
        load_programme(path)
    message = str(info.value)
    assert named in message and str(path) in message and "\n" not in message
    assert info.value.problem is problem and info.value.path == path


def test_a_programme_that_is_missing_or_a_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ProgrammeError) as info:
        load_programme(tmp_path / "absent.toml")
    assert info.value.problem is Problem.NO_SUCH_FILE
    with pytest.raises(ProgrammeError) as info:
        load_programme(tmp_path)  # a folder chosen by mistake
    assert info.value.problem is Problem.PROGRAMME_UNREADABLE
    assert str(tmp_path) in str(info.value) and "directory" in str(info.value)


def test_good_programme_parses_with_upper_cased_short(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert load_programme(path).short == "EV1"
