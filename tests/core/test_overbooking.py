"""Overbooked sessions, flagged before the day: in the import report and the figures."""

from __future__ import annotations

from pathlib import Path

from helpers import DATA
from reports_helpers import add_person

from checkin.core import journal as j
from checkin.core import overbooking
from checkin.core.importing import plan_import
from checkin.core.reports.figures import compute


def form(tmp_path: Path, *people: str) -> Path:
    path = tmp_path / "inscriptions.csv"
    path.write_text("Nom;Prénom;Adresse e-mail;Atelier 14h00-15h00\n" + "\n".join(people),
                    encoding="utf-8")
    return path


def test_the_import_report_names_the_sessions_it_would_overbook(programme) -> None:
    report = plan_import(DATA / "occitanie-2022-inscriptions.csv", programme, []).report
    by_code = {o.session: (o.registered, o.capacity) for o in report.overbooked}
    assert by_code["C"] == (92, 50) and by_code["F"] == (90, 50)
    assert "DEJ" not in by_code  # 300 places for the lunch
    assert {"session": "C", "registered": 92, "capacity": 50} in report.as_json()["overbooked"]
    assert "C (92 registered for 50 places)" in report.summary()


def test_registrations_already_in_the_event_count_and_cancelled_ones_do_not(event, tmp_path):  # type: ignore[no-untyped-def]
    ids = [add_person(event, f"Nom{n}", "Prénom", sessions=("C",)) for n in range(50)]
    assert overbooking.in_event(event) == []  # 50 for 50 places: full, not overbooked
    one_more = form(tmp_path, "Roux;Inès;ines@example.org;C")
    report = plan_import(one_more, event.programme, event.registrations()).report
    assert [o.as_json() for o in report.overbooked] == [
        {"session": "C", "registered": 51, "capacity": 50}]
    event.append([j.NewEntry(j.REGISTRATION_CANCELLED, ids[0], {})])
    report = plan_import(one_more, event.programme, event.registrations()).report
    assert report.overbooked == []
    event.append(plan_import(one_more, event.programme, event.registrations()).entries)
    event.append([j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": "ZZZZZZ", "source": "walkin", "fields": {"last_name": "X", "first_name": "Y"},
        "extra": {}, "sessions": ["C"], "submitted_at": ""})])
    assert [(o.session, o.excess) for o in overbooking.in_event(event)] == [("C", 1)]
    assert compute(event).session("C").overbooked  # type: ignore[union-attr]


def test_moving_to_another_session_on_reimport_counts_where_they_go(event, tmp_path):  # type: ignore[no-untyped-def]
    for n in range(50):
        add_person(event, f"Nom{n}", "Prénom", sessions=("C",), email=f"p{n}@example.org")
    add_person(event, "Roux", "Inès", sessions=("C",), email="ines@example.org")
    assert [o.session for o in overbooking.in_event(event)] == ["C"]
    moved = form(tmp_path, "Roux;Inès;ines@example.org;B")
    assert plan_import(moved, event.programme, event.registrations()).report.overbooked == []
