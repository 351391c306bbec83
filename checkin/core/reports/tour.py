"""The tour's consolidated figures: several events of one organiser, taken together.

Per event and in total: registered, present, walk-ins, no-shows; people and organisations
counted once across events (a person is recognised by e-mail, then by name up to case and
accents: two registrations sharing either are one person), and those who came to several
meetings; breakdowns by type of organisation and by département; workshop attendance;
arrivals by quarter of an hour. An event purged of its personal data still counts in the
per-event figures, but not in the people across events (nothing identifies them).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from checkin.core.event import Event
from checkin.core.reports import figures as figures_
from checkin.core.text import fold, name_key


@dataclass(frozen=True)
class EventLine:
    short: str
    title: str
    date: str  # ISO
    venue: str
    registered: int
    present: int
    walk_ins: int
    no_shows: int
    purged: bool
    arrivals: tuple[figures_.ArrivalBucket, ...]
    sessions: tuple[figures_.SessionFigures, ...]


@dataclass(frozen=True)
class Returning:
    """Someone present at several meetings (for the organiser, never in the funders' PDF)."""

    first_name: str
    last_name: str
    organisation: str
    events: tuple[str, ...]  # short names


@dataclass(frozen=True)
class Tour:
    organiser: str
    events: tuple[EventLine, ...]
    people_registered: int  # distinct people across events
    people_present: int
    organisations_present: int  # distinct organisations among people present
    returning: tuple[Returning, ...]
    by_org_type: tuple[figures_.Breakdown, ...]  # summed over events
    by_department: tuple[figures_.Breakdown, ...]

    def total(self, field: str) -> int:
        return sum(int(getattr(e, field)) for e in self.events)


@dataclass(frozen=True)
class _Person:
    event: int
    email: str
    name: str
    first_name: str
    last_name: str
    organisation: str
    present: bool


def compute(events: Sequence[Event], organiser: str = "") -> Tour:
    """The tour's figures over `events`, in date order."""
    events = sorted(events, key=lambda e: (e.programme.date, e.programme.short))
    lines, people = [], []
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_dept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for number, event in enumerate(events):
        f = figures_.compute(event)
        p = event.programme
        lines.append(EventLine(p.short, p.title, p.date, p.venue, f.registered, f.arrived,
                               f.walk_ins, f.no_shows, f.purged_at is not None, f.arrivals,
                               f.sessions))
        for source, target in ((f.by_org_type, by_type), (f.by_department, by_dept)):
            for b in source:
                target[b.label][0] += b.registered
                target[b.label][1] += b.arrived
        if f.purged_at is None:
            people += _people(event, number)
    groups = _same_people(people)
    present = [g for g in groups if any(p.present for p in g)]
    organisations = {fold(p.organisation).strip() for g in present for p in g
                     if p.present and p.organisation.strip()}
    returning = [_returning(g, lines) for g in present
                 if len({p.event for p in g if p.present}) > 1]
    return Tour(organiser or (events[0].programme.organiser if events else ""),
                tuple(lines), len(groups), len(present), len(organisations),
                tuple(sorted(returning, key=lambda r: (fold(r.last_name), fold(r.first_name)))),
                _breakdowns(by_type), _breakdowns(by_dept))


def _people(event: Event, number: int) -> list[_Person]:
    rows = event.conn.execute("SELECT email, first_name, last_name, organisation,"
                              " checkin_count > 0 FROM registrations WHERE status = 'active'")
    return [_Person(number, fold(email or "").strip(), name_key(first or "", last or ""),
                    first or "", last or "", org or "", bool(came))
            for email, first, last, org, came in rows]


def _same_people(people: list[_Person]) -> list[list[_Person]]:
    """People grouped: a shared e-mail or a shared name makes one person (union-find)."""
    parent = list(range(len(people)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, person in enumerate(people):
        keys = [f"@{person.email}"] if person.email else []
        if person.name.strip("|"):
            keys.append(f"n{person.name}")
        for key in keys:
            if key in first_with:
                parent[root(i)] = root(first_with[key])
            else:
                first_with[key] = i
    groups: dict[int, list[_Person]] = defaultdict(list)
    for i, person in enumerate(people):
        groups[root(i)].append(person)
    return list(groups.values())


def _returning(group: list[_Person], lines: list[EventLine]) -> Returning:
    came = [p for p in group if p.present]
    latest = max(came, key=lambda p: p.event)
    return Returning(latest.first_name, latest.last_name, latest.organisation,
                     tuple(lines[e].short for e in sorted({p.event for p in came})))


def _breakdowns(counts: dict[str, list[int]]) -> tuple[figures_.Breakdown, ...]:
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))
    return tuple(figures_.Breakdown(label, n, arrived) for label, (n, arrived) in ordered)


def arrivals_by_time(tour: Tour) -> tuple[list[str], dict[str, list[int]]]:
    """Quarter-hour labels ("09:30") spanning every event, and each event's counts."""
    per_event = {e.short: Counter({b.label: b.count for b in e.arrivals})
                 for e in tour.events}
    labels = sorted({label for c in per_event.values() for label in c})
    if labels:
        first, last = (int(x[:2]) * 60 + int(x[3:]) for x in (labels[0], labels[-1]))
        labels = [f"{m // 60:02d}:{m % 60:02d}" for m in range(first, last + 1, 15)]
    return labels, {short: [c[label] for label in labels] for short, c in per_event.items()}
