"""The one door through which entries from elsewhere enter an event, whatever carried
them (a bundle, the shared folder, a hub): each is checked, then the good ones merged.

An entry that is malformed, or whose clock runs further ahead of this machine's time than
`journal.MAX_AHEAD_MILLIS`, is refused alone, named by its station and sequence number;
the others are merged all the same (merging is a set union: order does not matter).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from checkin.core import entry_checks, merge_batch
from checkin.core import journal as j
from checkin.core.bulk import gc_paused
from checkin.core.entry_checks import Fault
from checkin.core.errors import Problem
from checkin.core.event import Event
from checkin.core.progress import SILENT, Progress


@dataclass(frozen=True)
class Refusal:
    """One entry that was not merged, and why."""

    station: str
    seq: object  # as it came: a malformed entry may have no usable number
    entry_id: str
    problem: str  # English, for the command line and logs
    code: Problem | None = None  # for the GUI to word, with details (and seq, station)
    details: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"entry #{self.seq} of station {self.station}: {self.problem}; refused"


@dataclass(frozen=True)
class MergeReport:
    new: int = 0  # entries that were not in the event yet
    new_by_station: dict[str, int] = field(default_factory=dict)  # station id -> new
    refused: tuple[Refusal, ...] = ()


def merge_entries(event: Event, entries: Iterable[j.Entry],
                  progress: Progress = SILENT) -> MergeReport:
    """Check `entries`, merge those that pass into `event`, and say what was refused.
    A stop (Cancelled from `progress`) merges nothing."""
    with gc_paused():  # tens of thousands of entries checked: see bulk.gc_paused
        good, refused = Checks(event).split(entries)
        fresh = event.merge_batches([merge_batch.from_entries(good)], len(good),
                                    progress) if good else []
        return report(fresh, refused)


def merge_rows(event: Event, rows: list[j.Row], payloads: list[Any],
               progress: Progress = SILENT) -> MergeReport:
    """`merge_entries` of the entries that journal rows hold (id, station, seq, clock,
    kind, subject, payload text), their payloads decoded (`payloads`, in the same order),
    each text `journal.dump`'s of its payload (as the journal stores it): the same
    checks, refusals and merge, without an Entry made for every row (a hub's pull of a
    whole event: see `Event.merge_rows`)."""
    with gc_paused():
        (good, decoded), refused = Checks(event).split_rows(rows, payloads)
        fresh = event.merge_rows(good, decoded, progress) if good else []
        return report(fresh, refused)


def report(fresh: list[j.Row], refused: list[Refusal]) -> MergeReport:
    """What merging did: `fresh`, the journal rows that were new, and `refused`."""
    by_station: dict[str, int] = {}
    for row in fresh:
        by_station[row[1]] = by_station.get(row[1], 0) + 1
    return MergeReport(len(fresh), by_station, tuple(refused))


class Checks:
    """The checks of entries merged into `event` now (this machine's time read once)."""

    def __init__(self, event: Event) -> None:
        self.now = event.now_millis()
        self.latest = j.latest_allowed(self.now)

    def split(self, entries: Iterable[j.Entry]) -> tuple[list[j.Entry], list[Refusal]]:
        """The entries that pass, and the refusals of the others."""
        latest, now = self.latest, self.now
        good: list[j.Entry] = []
        refused: list[Refusal] = []
        for e in entries:
            why = entry_checks.fault(e) or _too_far_ahead(e.clock, latest, now)
            if why:
                refused.append(_refusal(e.station, e.seq, e.id, why))
            else:
                good.append(e)
        return good, refused

    def split_rows(self, rows: list[j.Row], payloads: list[Any]
                   ) -> tuple[tuple[list[j.Row], list[Any]], list[Refusal]]:
        """`split` of the entries that `rows` and their `payloads` hold: the rows and
        payloads that pass, and the refusals of the others."""
        latest, now, fault = self.latest, self.now, entry_checks.fault_of
        good: list[j.Row] = []
        decoded: list[Any] = []
        refused: list[Refusal] = []
        for row, payload in zip(rows, payloads, strict=True):
            id_, station, seq, clock, kind, subject, _ = row
            why = (fault(id_, station, seq, clock, kind, subject, payload)
                   or _too_far_ahead(clock, latest, now))
            if why:
                refused.append(_refusal(station, seq, id_, why))
            else:
                good.append(row)
                decoded.append(payload)
        return (good, decoded), refused


def _refusal(station: object, seq: object, id_: object, why: Fault) -> Refusal:
    return Refusal(str(station)[:40], seq, str(id_)[:40], str(why), why.problem,
                   tuple(why.details.items()))


def _too_far_ahead(clock: str, latest: str, now: int) -> Fault | None:
    if clock <= latest:
        return None
    hours = j.millis_ahead(clock, now) / 3_600_000
    return Fault(Problem.ENTRY_AHEAD, {"hours": f"{hours:.0f}",
                                       "limit": str(j.MAX_AHEAD_MILLIS // 3_600_000)})
