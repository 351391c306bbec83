"""Programme edits: journaled, checked, merged like everything else."""

from __future__ import annotations

import json

import pytest

from checkin.cli import main
from checkin.core import journal as j
from checkin.core import programme_edit as edit
from checkin.core.errors import ProgrammeError
from checkin.core.reports.figures import compute


def _programme_sets(event) -> int:  # type: ignore[no-untyped-def]
    return sum(e.kind == j.PROGRAMME_SET for e in event.entries(j.PROGRAMME_SUBJECT))


def test_session_title_room_and_capacity(event):  # type: ignore[no-untyped-def]
    before = _programme_sets(event)
    edit.edit_session(event, "a", title="Innover avec la clause sociale (complet)",
                      room="Amphithéâtre", capacity=120)
    session = event.programme.session("A")
    assert session is not None
    assert (session.title, session.room, session.capacity) == (
        "Innover avec la clause sociale (complet)", "Amphithéâtre", 120)
    assert _programme_sets(event) == before + 1
    edit.edit_session(event, "A", capacity=None)
    assert event.programme.session("A").capacity is None  # type: ignore[union-attr]
    edit.edit_session(event, "A", capacity=None)  # no change, no entry
    assert _programme_sets(event) == before + 2
    assert compute(event).session("A").room == "Amphithéâtre"  # type: ignore[union-attr]


def test_sessions_and_slots_added(event):  # type: ignore[no-untyped-def]
    edit.add_slot(event, "Ateliers 16h30-17h15", "16:30", "17:15")
    edit.add_session(event, "Ateliers 16h30-17h15", "g", "Clause sociale et numérique",
                     "Salle Mosson 4", 40)
    programme = event.programme
    assert programme.slots[-1].name == "Ateliers 16h30-17h15"
    added = programme.session("G")
    assert added is not None and added.capacity == 40
    assert programme.slot_of("G").start == "16:30"  # type: ignore[union-attr]
    edit.add_slot(event, "Café", "09:00", "09:30")
    assert event.programme.slots[0].name == "Café"  # slots kept in order of time


def test_edits_are_checked(event):  # type: ignore[no-untyped-def]
    with pytest.raises(ProgrammeError, match="session code A is used twice"):
        edit.add_session(event, "Ateliers 15h15-16h15", "A", "Doublon")
    with pytest.raises(ProgrammeError, match="no slot named"):
        edit.add_session(event, "Soirée", "Z", "Dîner")
    with pytest.raises(ProgrammeError, match="no session Q"):
        edit.edit_session(event, "Q", title="x")
    with pytest.raises(ProgrammeError, match="capacity"):
        edit.edit_session(event, "A", capacity=-3)
    with pytest.raises(ProgrammeError, match="title"):
        edit.edit_session(event, "A", title="  ")
    with pytest.raises(ProgrammeError, match="end must be after"):
        edit.add_slot(event, "Soirée", "18:00", "17:00")
    with pytest.raises(ProgrammeError, match="date"):
        edit.edit_event(event, date="8 décembre")
    with pytest.raises(ProgrammeError, match="QR code"):
        edit.set_programme(event, type(event.programme)(**{
            **event.programme.to_dict(), "short": "OTHER", "slots": event.programme.slots}))
    assert event.programme.session("A").title == "Innover avec la clause sociale"  # type: ignore[union-attr]


def test_event_details(event):  # type: ignore[no-untyped-def]
    edit.edit_event(event, venue="Corum, 34000 Montpellier", date="2022-12-09")
    assert (event.programme.venue, event.programme.date) == ("Corum, 34000 Montpellier",
                                                             "2022-12-09")


def test_edits_merge_and_survive_rebuild(event, tmp_path, clock):  # type: ignore[no-untyped-def]
    from checkin.core.event import Event
    other = Event.create(tmp_path / "other.checkin", event.programme, station_name="Salle 1",
                         now=clock)
    clock.advance(minutes=5)
    edit.edit_session(other, "B", room="Salle du conseil")
    event.merge(other.entries())
    other.close()
    assert event.programme.session("B").room == "Salle du conseil"  # type: ignore[union-attr]
    digest = event.digest()
    event.rebuild()
    assert event.digest() == digest


def test_cli_programme(event, capsys):  # type: ignore[no-untyped-def]
    path = str(event.path)
    event.close()
    assert main(["programme", path, "--session", "C", "--capacity", "none",
                 "--room", "Salle Mosson 5"]) == 0
    assert "Salle Mosson 5, no limit" in capsys.readouterr().out
    assert main(["programme", path, "--add", "G", "--slot", "Ateliers 15h15-16h15",
                 "--title", "Atelier en plus", "--capacity", "30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["slots"][3]["sessions"][-1] == {"code": "G", "title": "Atelier en plus",
                                                "room": "", "capacity": 30}
    assert main(["programme", path, "--session", "C", "--capacity", "lots"]) == 2
    assert "--capacity lots" in capsys.readouterr().err
