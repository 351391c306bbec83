"""A large merge's new people, made by SQLite from their creations (`created_merge`): the
projections come out as the fold makes them (digest and every table equal to
`projection.rebuild`), on a whole event pulled and on the mixes it must leave to the fold."""

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core import created_merge, projection_delta, stations
from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.storage import PROJECTION_TABLES
from checkin.core.sync.merging import merge_entries

PEOPLE = 600


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture(autouse=True, params=["python", "sql"])
def members_folded_by(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Set members added onto the derived rows by Python, or by SQLite (from SQL_FROM)."""
    monkeypatch.setattr(projection_delta, "SQL_FROM", 0 if request.param == "sql" else 10**9)


@pytest.fixture
def derived(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many registrations each merge had SQLite derive."""
    counts: list[int] = []
    write = created_merge._write

    def counted(conn: Any, only: str, since: int) -> None:
        before = conn.execute("SELECT count(*) FROM registrations").fetchone()[0]
        write(conn, only, since)
        counts.append(conn.execute("SELECT count(*) FROM registrations").fetchone()[0]
                      - before)
    monkeypatch.setattr(created_merge, "_write", counted)
    return counts


@pytest.fixture
def station(event: Event, tmp_path: Path, clock: FakeClock) -> Iterator[Event]:
    """A station cloned from the organiser's file before anyone registered."""
    ev = Event.open(stations.clone(event, tmp_path / "station.checkin", "Salle 1"), now=clock)
    yield ev
    ev.close()


def _person(n: int, **fields: str) -> j.NewEntry:
    return j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": f"C{n:05X}", "source": "import", "submitted_at": "2022-10-03T15:52:41",
        "fields": {"last_name": f"Nom{n}", "first_name": "Prénom", "email": f"p{n}@ex.org",
                   "organisation": f"Structure {n % 7}", "category": "", **fields},
        "extra": {"Régime": "végétarien", "Atelier": f"{n % 3}"} if n % 2 else {},
        "sessions": ["A", "D", "A"] if n % 5 else []})


def _a_day(event: Event, clock: FakeClock) -> list[j.Entry]:
    """PEOPLE registrations, then check-ins (some twice, some undone, an undo before its
    check-in in the total order), attendance (some undone) and badge prints."""
    people = event.append([_person(n) for n in range(PEOPLE)])
    clock.advance(minutes=5)
    day: list[j.NewEntry] = []
    for n, p in enumerate(people[:400]):
        day.append(j.NewEntry(j.CHECKIN_RECORDED, p.subject, {"at": f"2022-12-08T09:{n % 60:02}"}))
        if n % 4 == 0:
            day.append(j.NewEntry(j.ATTENDANCE_RECORDED, p.subject, {
                "session": "A", "at": "2022-12-08T14:05", "flags": ["late", "full"]}))
        if n % 9 == 0:
            day.append(j.NewEntry(j.BADGE_PRINTED, p.subject, {"at": "2022-12-08T09:41"}))
    checked = event.append(day)
    clock.advance(minutes=5)
    again = event.append([j.NewEntry(j.CHECKIN_RECORDED, e.subject, {"at": "2022-12-08T10:00"})
                          for e in checked[:30] if e.kind == j.CHECKIN_RECORDED])
    undos = [j.NewEntry(j.CHECKIN_UNDONE, e.subject, {"entry": e.id}) for e in again[:10]]
    undos += [j.NewEntry(j.ATTENDANCE_UNDONE, e.subject, {"entry": e.id})
              for e in checked if e.kind == j.ATTENDANCE_RECORDED][:5]
    event.append(undos)
    return [e for e in event.entries() if e.subject not in (j.PROGRAMME_SUBJECT,)
            and e.kind != j.STATION_NAMED]


def _later(entries: list[j.Entry]) -> str:
    """A clock a second after every entry's."""
    last = max(e.clock for e in entries)
    return f"{int(last[:13]) + 1000:013d}{last[13:]}"


def _tables(event: Event) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(event.conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
            for t in PROJECTION_TABLES}


def _as_rebuilt(event: Event) -> None:
    """The projections are those `projection.rebuild` makes of the journal."""
    merged, tables = event.digest(), _tables(event)
    event.rebuild()
    assert _tables(event) == tables
    assert event.digest() == merged


def test_a_whole_event_merged_is_made_by_sqlite_as_the_fold_makes_it(
        event: Event, station: Event, clock: FakeClock, derived: list[int]) -> None:
    entries = _a_day(event, clock)
    assert len(entries) >= created_merge.FROM
    report = merge_entries(station, entries)
    assert report.new == len(entries) and not report.refused
    assert derived == [PEOPLE]  # every registration, none folded in Python
    assert station.digest() == event.digest()
    _as_rebuilt(station)
    assert merge_entries(station, entries).new == 0  # merged again: nothing changes
    assert station.digest() == event.digest()


def test_a_small_merge_is_folded(event: Event, station: Event, clock: FakeClock,
                                 derived: list[int]) -> None:
    people = event.append([_person(n) for n in range(20)])
    merge_entries(station, people)
    assert derived == []
    assert station.digest() == event.digest()


def test_a_creation_arriving_after_its_edits(event: Event, station: Event, clock: FakeClock,
                                             derived: list[int]) -> None:
    """Edits merged first (nothing to show yet); then the event with their creations:
    those people are not new to the file and fold in Python, the others by SQLite."""
    entries = _a_day(event, clock)
    created = [e for e in entries if e.kind == j.REGISTRATION_CREATED]
    clock.advance(minutes=1)
    edits = event.append([j.NewEntry(j.REGISTRATION_EDITED, e.subject, {
        "fields": {"organisation": "Mairie"}, "sessions": ["B"]}) for e in created[:3]])
    merge_entries(station, edits)
    assert station.registration(created[0].subject) is None
    merge_entries(station, entries)
    assert derived == [PEOPLE - 3]
    assert station.registration(created[0].subject).organisation == "Mairie"
    assert station.digest() == event.digest()
    _as_rebuilt(station)


def test_edits_in_the_same_merge_before_and_after_the_creation(
        event: Event, station: Event, clock: FakeClock, derived: list[int]) -> None:
    """An edit stamped before the creation (a laptop whose clock was behind) is not
    folded, one after it is: both people are left to the fold."""
    entries = _a_day(event, clock)
    first, second = [e for e in entries if e.kind == j.REGISTRATION_CREATED][:2]
    other = "0123456789ab"
    before = j.Entry(j.new_id(), other, 1, "0000000000001.00000", j.REGISTRATION_EDITED,
                     first.subject, {"fields": {"organisation": "Trop tôt"}})
    after = j.Entry(j.new_id(), other, 2, _later(entries), j.REGISTRATION_EDITED,
                    second.subject, {"fields": {"organisation": "Plus tard"}})
    merge_entries(station, [before, *entries, after])
    assert derived == [PEOPLE - 2]
    assert station.registration(first.subject).organisation == "Structure 0"
    assert station.registration(second.subject).organisation == "Plus tard"
    _as_rebuilt(station)


def test_a_creation_repeated(event: Event, station: Event, clock: FakeClock,
                             derived: list[int]) -> None:
    """The same creation twice in one merge is one entry; a person created again by
    another station (same subject, another entry) folds in Python, the later one kept."""
    entries = _a_day(event, clock)
    created = [e for e in entries if e.kind == j.REGISTRATION_CREATED]
    redo = j.Entry(j.new_id(), "0123456789ab", 1, _later(entries),
                   j.REGISTRATION_CREATED, created[1].subject,
                   {**created[1].payload, "fields": {"last_name": "Recréée"}})
    report = merge_entries(station, [created[0], *entries, redo, created[0]])
    assert report.new == len(entries) + 1
    assert derived == [PEOPLE - 1]
    assert station.registration(created[1].subject).last_name == "Recréée"
    _as_rebuilt(station)


def test_a_person_created_on_two_stations(event: Event, station: Event, tmp_path: Path,
                                          clock: FakeClock, derived: list[int]) -> None:
    """The same person walked in at two desks: two registrations, both derived, as the
    fold has them."""
    other = Event.open(stations.clone(event, tmp_path / "other.checkin", "Salle 2"), now=clock)
    try:
        entries = _a_day(event, clock)
        twice = [p for ev in (event, other) for p in ev.append([_person(99_999)])]
        merge_entries(station, [*entries, *twice])
    finally:
        other.close()
    assert derived == [PEOPLE + 2]
    assert len(station.search("Nom99999")) == 2
    _as_rebuilt(station)


@pytest.mark.parametrize("odd", ["true", "nul", "not canonical", "another key"])
def test_payloads_sqlite_would_read_otherwise_are_folded(
        event: Event, station: Event, clock: FakeClock, derived: list[int], odd: str) -> None:
    """A field that is not text (true), a U+0000 (cut short by SQLite's JSON functions), a payload
    text not as `journal.dump` writes it (extras unsorted), a key of a newer version:
    left to the fold."""
    entries = _a_day(event, clock)
    n = next(k for k, e in enumerate(entries)
             if e.kind == j.REGISTRATION_CREATED and len(e.payload["extra"]) == 2)
    e = entries[n]
    if odd == "true":  # the fold writes "True", SQLite's JSON functions 1
        fields = {**e.payload["fields"], "organisation": True}
        entries[n] = j.Entry(e.id, e.station, e.seq, e.clock, e.kind, e.subject,
                             {**e.payload, "fields": fields})
    elif odd == "nul":
        entries[n] = j.Entry(e.id, e.station, e.seq, e.clock, e.kind, e.subject,
                             {**e.payload, "fields": {"last_name": "Nul\x00Part"}})
    elif odd == "another key":
        entries[n] = j.Entry(e.id, e.station, e.seq, e.clock, e.kind, e.subject,
                             {**e.payload, "note": "from a newer version"})
    else:
        text = j.dump(e.payload).replace('{"Atelier":"1","Régime":"végétarien"}',
                                         '{"Régime":"végétarien","Atelier":"1"}')
        assert text != j.dump(e.payload)
        entries[n] = j.Entry.from_row((*e.row()[:6], text))
    merge_entries(station, entries)
    assert derived == [PEOPLE - 1]
    _as_rebuilt(station)
    assert station.registration(e.subject) is not None


def test_a_whole_event_is_as_a_bundle_only_merge_makes_it(
        event: Event, station: Event, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same entries merged with the fast path off: the same digest and tables."""
    entries = _a_day(event, clock)
    plain = Event.open(stations.clone(station, tmp_path / "plain.checkin", "Salle 3"),
                       now=clock)
    try:
        merge_entries(station, entries)
        monkeypatch.setattr(created_merge, "FROM", 10**9)
        merge_entries(plain, entries)
        assert _tables(plain) == {**_tables(station),
                                  "stations": _tables(plain)["stations"]}
    finally:
        plain.close()


# Any mix of entries about a few people, in any clock order, merged in one to three goes:
# with the fast path from the first entry, the projections are the fold's.
_STATIONS = ("a1b2c3d4e5f6", "0f1e2d3c4b5a", "99887766aabb")
_KINDS = ("create", "create", "create odd", "edit", "cancel", "checkin", "checkin",
          "undo", "attend", "print")
mixes = st.lists(st.tuples(st.sampled_from(_KINDS), st.integers(0, 4), st.integers(0, 30),
                           st.integers(0, 2)), min_size=1, max_size=30)


def _mix(ops: list[tuple[str, int, int, int]], base: int) -> list[j.Entry]:
    people = [j.new_id() for _ in range(5)]
    seqs = [0, 0, 0]
    made: list[j.Entry] = []
    for kind, who, at, where in ops:
        seqs[where] += 1
        payload: dict[str, Any]
        if kind.startswith("create"):
            payload = _person(who).payload
            if kind == "create odd":  # not all text: the fold writes "True", SQLite 1
                payload = {**payload, "fields": {**payload["fields"], "organisation": True}}
            name = j.REGISTRATION_CREATED
        elif kind == "edit":
            name, payload = j.REGISTRATION_EDITED, {"fields": {"organisation": f"Org {at}"}}
        elif kind == "cancel":
            name, payload = j.REGISTRATION_CANCELLED, {}
        elif kind == "undo":
            targets = [e.id for e in made if e.kind == j.CHECKIN_RECORDED
                       and e.subject == people[who]]
            if not targets:
                continue
            name, payload = j.CHECKIN_UNDONE, {"entry": targets[at % len(targets)]}
        elif kind == "attend":
            name, payload = j.ATTENDANCE_RECORDED, {"session": "ABC"[at % 3], "at": f"T{at}"}
        elif kind == "print":
            name, payload = j.BADGE_PRINTED, {"at": f"T{at}"}
        else:
            name, payload = j.CHECKIN_RECORDED, {"at": f"T{at}"}
        made.append(j.Entry(j.new_id(), _STATIONS[where], seqs[where],
                            f"{base + at * 1000:013d}.{len(made):05d}", name, people[who],
                            payload))
    return made


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=mixes, cuts=st.lists(st.integers(0, 30), max_size=2), data=st.randoms())
def test_any_mix_merged_in_any_goes_is_folded_alike(
        event: Event, tmp_path_factory: pytest.TempPathFactory, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch, ops: list[tuple[str, int, int, int]],
        cuts: list[int], data: Any) -> None:
    folder = tmp_path_factory.mktemp("mix")
    entries = _mix(ops, event.now_millis() - 3_600_000)
    data.shuffle(entries)
    parts = [entries[a:b] for a, b in itertools.pairwise([0, *sorted(cuts), len(entries)])]
    merged = {}
    for name, start in (("sql", 0), ("fold", sys.maxsize)):
        monkeypatch.setattr(created_merge, "FROM", start)
        with Event.open(stations.clone(event, folder / f"{name}.checkin",
                                       f"{name} {folder.name}"),
                        now=clock) as station:
            for part in parts:
                assert not merge_entries(station, part).refused
            merged[name] = {**_tables(station), "stations": []}
            _as_rebuilt(station)
    assert merged["sql"] == merged["fold"]
