"""The hybrid logical clock: total, of one width, overflow-free, and bounded ahead."""

import datetime as dt
from pathlib import Path

import pytest
from helpers import DATA, FakeClock
from hypothesis import given
from hypothesis import strategies as st

from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.programme import load_programme

millis = st.integers(0, j.MAX_MILLIS)
counters = st.integers(0, j.MAX_COUNTER)


@given(millis, counters, st.integers(-10**14, 10**14))
def test_next_clock_is_always_greater_and_of_the_same_width(m: int, c: int, now: int) -> None:
    if (m, c) == (j.MAX_MILLIS, j.MAX_COUNTER):
        return
    last = j.format_clock(m, c)
    after = j.next_clock(last, now)
    assert after > last
    assert len(after) == len(last) == 19
    assert j.parse_clock(after) > j.parse_clock(last)


@given(millis, counters, millis, counters)
def test_clocks_compare_as_text_as_they_do_as_numbers(m1: int, c1: int, m2: int,
                                                     c2: int) -> None:
    a, b = j.format_clock(m1, c1), j.format_clock(m2, c2)
    assert (a < b) == ((m1, c1) < (m2, c2))
    assert (a == b) == ((m1, c1) == (m2, c2))


@given(millis, st.integers(1, 300_000))
def test_a_long_run_of_clocks_never_overflows(start: int, count: int) -> None:
    clock = j.format_clock(min(start, j.MAX_MILLIS - 10), j.MAX_COUNTER - 3)
    now = 0  # the wall clock stands still behind: only the counter moves
    seen = clock
    for _ in range(min(count, 20)):
        clock = j.next_clock(clock, now)
        assert clock > seen and len(clock) == 19
        seen = clock


def test_the_largest_clock_has_no_successor() -> None:
    with pytest.raises(j.ClockError):
        j.next_clock(j.format_clock(j.MAX_MILLIS, j.MAX_COUNTER), 0)


@given(millis, st.integers(-10**15, 10**15))
def test_latest_allowed_is_the_bound_ahead_of_now(now: int, delta: int) -> None:
    bound = j.latest_allowed(now)
    clock_millis = min(max(now + delta, 0), j.MAX_MILLIS)
    clock = j.format_clock(clock_millis, 0)
    assert (clock <= bound) == (clock_millis - now <= j.MAX_AHEAD_MILLIS)


@pytest.mark.slow
def test_appending_a_hundred_thousand_entries_at_once_keeps_clocks_increasing(
        event: Event) -> None:
    reg, _ = reception.walk_in(event, {"last_name": "Compteur"}, check_in_now=False)
    new = [j.NewEntry(j.BADGE_PRINTED, reg.id, {"at": "2022-12-08T09:30:00+01:00"})
           for _ in range(100_001)]
    stored = event.append(new)
    clocks = [e.clock for e in stored]
    assert all(len(c) == 19 for c in clocks)
    assert clocks == sorted(set(clocks))
    assert j.parse_clock(clocks[-1])[1] <= j.MAX_COUNTER


def test_a_poisoned_clock_already_in_the_journal_does_not_drag_new_entries(
        event: Event) -> None:
    poison = j.Entry("f" * 32, "0123456789ab", 1, "9999999999999.99999", j.STATION_NAMED,
                     "0123456789ab", {"name": "Poison"})
    event.merge([poison])  # the low-level merge: as a file made before the bound
    reg, _ = reception.walk_in(event, {"last_name": "Après"})
    clocks = [e.clock for e in event.entries(reg.id)]
    assert clocks and all(c < poison.clock for c in clocks)
    now = event.now().astimezone(dt.UTC)
    assert all(abs(j.parse_clock(c)[0] / 1000 - now.timestamp()) < 60 for c in clocks)


@given(st.one_of(st.none(), st.builds(j.format_clock, millis, counters)),
       st.integers(-10**14, 10**14), st.integers(0, 300))
def test_next_clocks_are_next_clock_applied_again_and_again(
        last: str | None, now: int, count: int) -> None:
    expected, clock = [], last
    try:
        for _ in range(count):
            clock = j.next_clock(clock, now)
            expected.append(clock)
    except j.ClockError:
        with pytest.raises(j.ClockError):
            j.next_clocks(last, now, count)
        return
    assert j.next_clocks(last, now, count) == expected


def test_next_clocks_carry_a_full_counter_into_the_milliseconds() -> None:
    clocks = j.next_clocks(j.format_clock(1000, j.MAX_COUNTER - 2), 0, 4)
    assert clocks == [j.format_clock(1000, j.MAX_COUNTER - 1),
                      j.format_clock(1000, j.MAX_COUNTER), j.format_clock(1001, 0),
                      j.format_clock(1001, 1)]
    last = j.format_clock(j.MAX_MILLIS, j.MAX_COUNTER - 1)
    assert j.next_clocks(last, 0, 1) == [j.format_clock(j.MAX_MILLIS, j.MAX_COUNTER)]
    with pytest.raises(j.ClockError):
        j.next_clocks(last, 0, 2)


def test_new_ids_are_ascending_fresh_uuid4s() -> None:
    import uuid
    ids = j.new_ids(2000)
    assert ids == sorted(set(ids)) and len(ids) == 2000
    for made in ids:
        parsed = uuid.UUID(made)
        assert parsed.hex == made and parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_ids_lead_with_their_millisecond_and_pass_every_station_s_checks() -> None:
    """Ids made later sort after: one day's entries go to the tail of the id indexes. Yet
    they stay UUID4 text, which stations of earlier versions accept."""
    import dataclasses
    import uuid

    from checkin.core import entry_checks
    day = 1_670_488_200_000  # 2022-12-08 09:30 UTC
    earlier, later = j.new_ids(500, day), j.new_ids(500, day + 1)
    assert max(earlier) < min(later) and len(set(earlier + later)) == 1000
    assert all(i.startswith(f"{day:012x}4") for i in earlier)
    assert j.new_id(day + 1) > max(earlier)
    assert j.new_id() > max(later)  # this machine's time, long after 2022
    entry = j.Entry(later[0], "0123456789ab", 1, j.format_clock(day + 1, 0),
                    j.CHECKIN_RECORDED, "f" * 32, {"at": "2022-12-08T09:30:00+01:00"})
    assert entry_checks.problem(entry) == ""
    assert entry_checks.problem(dataclasses.replace(entry, subject=earlier[0])) == ""
    assert uuid.UUID(later[0]).version == 4 and uuid.UUID(later[0]).variant == uuid.RFC_4122


def test_an_event_s_entries_take_ids_from_its_clock_and_station_ids_stay_random(
        tmp_path: Path) -> None:
    event = Event.create(tmp_path / "e.checkin", load_programme(DATA / "occitanie-2022.toml"),
                         now=FakeClock())
    (made,) = event.append([j.NewEntry(j.BADGE_PRINTED, "f" * 32, {"at": "x"})])
    assert made.id.startswith(f"{event.now_millis():012x}4")
    event.close()
    # station ids are 12 digits of an id: made within one millisecond, they still differ
    assert len({stations.new_station_id()[:6] for _ in range(50)}) > 45
