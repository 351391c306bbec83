"""The morning rush at the real window, through the real keyboard (XTest under Xvfb): 300
arrivals in one run — 200 badges scanned (a third by a US scanner on an AZERTY layout,
some while the walk-in dialog is open with a name typed in it, some read twice at once)
and 100 people found by typing their name at human speed — then the journal is compared
with what was meant."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from helpers import DATA, make_registrations
from x_station import activate, journal, open_window

from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme
from checkin.core.reception import Outcome

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalpha() or ch == " ")


def typed_query(event: Event, reg) -> str:
    """The shortest start of "last first" (3 letters or more) that puts `reg` first."""
    full = " ".join(f"{plain(reg.last_name)} {plain(reg.first_name)}".split())
    for n in range(3, len(full) + 1):
        query = full[:n].strip()
        found = event.search(query, 50)
        if found and found[0].id == reg.id and query == full[:n]:
            return query
    return ""


@pytest.fixture
def rush_path(tmp_path: Path, clock) -> Path:
    path = tmp_path / "rush.checkin"
    csv = make_registrations(420, tmp_path / "inscriptions.csv")
    with Event.create(path, load_programme(DATA / "occitanie-2022.toml"),
                      station_name="Accueil 1", now=clock) as event:
        event.append(plan_import(csv, event.programme, event.registrations()).entries)
    return path


def _reads(window) -> list[tuple[str, ...]]:
    """What the desk was given, in order, for a failure to tell: each scan (its text,
    whether typed, the search field then) and each burst the capture let go as typing."""
    seen: list[tuple[str, ...]] = []
    desk, capture = window.desk, window.capture
    scan, flush = desk.scan, capture.flush

    def scanned(text: str, typed: bool = False) -> None:
        seen.append(("scan", text, str(typed), desk.search_field.text()))
        scan(text, typed)

    def flushed() -> None:
        if capture.holding:
            seen.append(("typing", capture._text()))
        flush()
    desk.scan, capture.flush = scanned, flushed
    return seen


def test_rush(qtbot, keys, settings, rush_path, clock):
    rng = random.Random(2022)
    with Event.open(rush_path) as event:
        regs = [r for r in event.registrations() if not r.cancelled]
        rng.shuffle(regs)
        typed = []
        for reg in regs:
            query = typed_query(event, reg) if len(typed) < 100 else ""
            if query and len(query) <= 12:
                typed.append((reg, query))
        typed_ids = {r.id for r, _ in typed}
        scanned = [(r, event.qr(r)) for r in regs if r.id not in typed_ids][:200]
    assert len(typed) == 100 and len(scanned) == 200
    arrivals = [("scan", r, qr) for r, qr in scanned] + [("type", r, q) for r, q in typed]
    rng.shuffle(arrivals)
    garbled = set(rng.sample(range(len(arrivals)), 100))  # the fr layout: a third of scans
    in_dialog = {i for i, a in enumerate(arrivals) if a[0] == "scan"}
    in_dialog = set(rng.sample(sorted(in_dialog), 15))
    repeated = set(rng.sample(sorted({i for i, a in enumerate(arrivals)
                                      if a[0] == "scan"} - in_dialog), 20))

    before = len(journal(rush_path))
    window = open_window(qtbot, settings, rush_path, clock)
    desk = window.desk
    seen = _reads(window)
    layout = "us"
    counts = {"scans": 0, "garbled": 0, "in dialog": 0, "repeated": 0, "typed": 0}
    try:
        for i, (how, reg, text) in enumerate(arrivals):
            wanted = "fr" if i in garbled else "us"
            if wanted != layout:
                keys.layout(wanted)
                layout = wanted
            if how == "type":
                keys.type(text)
                qtbot.waitUntil(lambda q=text: keys.sent() and desk.search_field.text() == q
                                and not window.capture.holding, timeout=20000)
                keys.key("Return")
                counts["typed"] += 1
            elif i in in_dialog:
                keys.key("n", "ctrl")
                qtbot.waitUntil(lambda: desk.dialog is not None, timeout=10000)
                activate(qtbot, desk.dialog)
                keys.type("Menard")
                field = desk.dialog.edits["last_name"]
                qtbot.waitUntil(lambda f=field: keys.sent() and f.text() == "Menard",
                                timeout=20000)
                keys.scan(text)
                counts["in dialog"] += 1
            else:
                keys.scan(text)
                if i in repeated:
                    keys.scan(text)  # held under the scanner: read again at once
                    counts["repeated"] += 1
            counts["scans"] += how == "scan"
            counts["garbled"] += how == "scan" and i in garbled
            try:
                qtbot.waitUntil(lambda r=reg: keys.sent() and desk.last_checked_in is not None
                                and desk.last_checked_in.id == r.id
                                and desk.outcome.state == Outcome.CHECKED_IN, timeout=20000)
            except Exception as exc:
                raise AssertionError(
                    f"arrival {i} ({how} {text!r}, {layout}, {reg.full_name}): outcome "
                    f"{desk.outcome.state}, {desk.outcome.person.plain_text()!r}, field "
                    f"{desk.search_field.text()!r}, rows {desk.model.rowCount()}; the last reads"
                    f" and flushes: {seen[-6:]}") from exc
            if i in in_dialog:
                assert desk.dialog.edits["last_name"].text() == "Menard"
                keys.key("Escape")
                qtbot.waitUntil(lambda: desk.dialog is None and keys.sent(), timeout=10000)
                activate(qtbot, window)
            qtbot.waitUntil(lambda: not window.worker.busy)
    finally:
        window.shutdown()

    entries = journal(rush_path)[before:]  # what the rush wrote
    meant = {r.id for _, r, _ in arrivals}
    checkins = [s for k, s in entries if k == j.CHECKIN_RECORDED]
    figures = {
        "arrivals": len(arrivals), **counts,
        "check-ins": len(checkins),
        "wrong check-ins": len(set(checkins) - meant),
        "double check-ins": len(checkins) - len(set(checkins)),
        "missed": len(meant - set(checkins)),
        "junk registrations": sum(k == j.REGISTRATION_CREATED for k, _ in entries),
        "edits": sum(k.startswith("registration") for k, _ in entries),
    }
    print("\nrush:", figures)
    assert figures["wrong check-ins"] == figures["missed"] == 0
    assert figures["double check-ins"] == figures["junk registrations"] == 0
    assert figures["edits"] == 0
