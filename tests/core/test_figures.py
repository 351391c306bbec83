"""The dashboard's figures: counts, arrivals per quarter, sessions, breakdowns, half-days."""

from __future__ import annotations

from reports_helpers import add_person, attend, check_in, small_day

from checkin.core import journal as j
from checkin.core.programme import Programme, Slot
from checkin.core.reports import attendance
from checkin.core.reports.figures import Figures, compute


def test_counts_follow_the_day(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    f = compute(event)
    assert (f.registered, f.arrived, f.walk_ins, f.no_shows, f.cancelled) == (5, 4, 1, 1, 1)
    assert f.double_checkins == 0
    assert f.purged_at is None


def test_arrivals_per_quarter_fill_the_gaps(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    f = compute(event)
    labels = [b.label for b in f.arrivals]
    assert labels[0] == "09:30" and labels[-1] == "13:30"
    assert len(labels) == 17  # every quarter from 9h30 to 13h30
    counts = {b.label: b.count for b in f.arrivals}
    assert counts["09:30"] == 1 and counts["09:45"] == 1 and counts["10:15"] == 1
    assert counts["13:30"] == 1 and counts["11:00"] == 0
    assert sum(counts.values()) == f.arrived


def test_sessions_registered_present_and_changes(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    f = compute(event)
    a, b, d, fs = f.session("A"), f.session("B"), f.session("D"), f.session("F")
    assert a is not None and b is not None and d is not None and fs is not None
    assert (a.registered, a.present, a.present_registered, a.changed) == (2, 1, 1, 0)
    # Hélène's choice B counts; the walk-in chose B; N'Diaye chose A but went to B.
    assert (b.registered, b.present, b.present_registered, b.changed) == (2, 2, 1, 1)
    assert d.present == 0  # the record there was undone
    assert fs.present == 1 and fs.capacity == 50 and fs.room == "Salle Mosson 3"
    assert [s.code for s in f.sessions] == ["DEJ", "A", "B", "C", "D", "E", "F"]


def test_breakdowns_by_type_and_department(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    f = compute(event)
    by_type = {b.label: (b.registered, b.arrived) for b in f.by_org_type}
    assert by_type == {"Entreprise": (2, 1), "Autre": (2, 2),
                       "Collectivité territoriale / EPCI": (1, 1)}
    by_dept = {b.label: (b.registered, b.arrived) for b in f.by_department}
    assert by_dept == {"30 - Gard": (2, 2), "34 - Hérault": (2, 1), "": (1, 1)}
    assert f.by_org_type[0].registered >= f.by_org_type[-1].registered


def test_half_days_split_at_lunch(event, clock):  # type: ignore[no-untyped-def]
    ids = small_day(event, clock)
    morning, afternoon = attendance.half_days(event.programme)
    assert (morning.end, afternoon.start) == ("12:30", "12:30")
    assert "DEJ" in afternoon.sessions and "A" in afternoon.sessions
    f = compute(event)
    halves = {h.key: h.present for h in f.half_days}
    # Morning: Durand, Lefèvre, the walk-in. Afternoon: N'Diaye (13h40), Durand (A, E),
    # Lefèvre (F), the walk-in (B).
    assert halves == {"morning": 3, "afternoon": 4}
    record = next(r for r in attendance.records(event) if r.reg.id == ids["durand"])
    assert record.time_in(morning) is not None and record.time_in(morning)[11:16] == "09:35"
    assert record.time_in(afternoon) is not None and record.time_in(afternoon)[11:16] == "14:05"


def test_half_days_without_lunch_split_at_one(tmp_path, clock):  # type: ignore[no-untyped-def]
    programme = Programme("Journée", "J", "2022-05-10",
                          slots=(Slot("Plénière", "09:30", "16:30"),))
    assert [h.end for h in attendance.half_days(programme)] == ["13:00", "24:00"]


def test_double_checkins_and_merge_are_counted(event, clock):  # type: ignore[no-untyped-def]
    reg_id = add_person(event, "Roux", "Anaïs", sessions=("A",))
    check_in(event, reg_id)
    # Another station checked the same person in: merged, both kept, flagged.
    other = j.Entry(j.new_id(), "station2", 1, "9999999999999.00000", j.CHECKIN_RECORDED,
                    reg_id, {"at": "2022-12-08T09:31:00+01:00", "station_name": "Accueil 2"})
    event.merge([other])
    f = compute(event)
    assert (f.arrived, f.double_checkins) == (1, 1)
    attend(event, reg_id, "A")
    assert compute(event).session("A").present == 1  # type: ignore[union-attr]


def test_json_round_trip(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    f = compute(event)
    assert Figures.from_json(f.as_json()) == f


def test_empty_event(event):  # type: ignore[no-untyped-def]
    f = compute(event)
    assert (f.registered, f.arrived, f.arrivals, f.by_org_type) == (0, 0, (), ())
    assert all(s.present == 0 for s in f.sessions)
