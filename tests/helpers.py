"""Helpers for tests: paths to the shared data, a fixed clock, generated exports."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
MAKE_REGISTRATIONS = SHARED / "tools" / "make_registrations.py"
PARIS = dt.timezone(dt.timedelta(hours=1))


def nbsp(french: str) -> str:
    """French as the catalogues write it, from French typed with plain spaces (easier to
    read in a test): a non-breaking space before : ; ! ? and », after «."""
    return re.sub(r" ([:;!?»])", "\u00a0\\1", french).replace("« ", "«\u00a0")


class FakeClock:
    """A wall clock the test moves by hand; starts on the Occitanie day at 9h30."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.current = start or dt.datetime(2022, 12, 8, 9, 30, tzinfo=PARIS)

    def __call__(self) -> dt.datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += dt.timedelta(**delta)

    def set(self, hour: int, minute: int = 0) -> None:
        self.current = self.current.replace(hour=hour, minute=minute)


def make_registrations(count: int, out: Path, *extra: str) -> Path:
    """Run the shared generator of fictitious registration exports."""
    subprocess.run([sys.executable, str(MAKE_REGISTRATIONS), str(count), str(out), *extra],
                   check=True, capture_output=True)
    return out


def generated_registrations(count: int) -> list:  # type: ignore[type-arg]
    """`count` registrations as journal entries to append (a station that worked apart,
    in thousands: what a late sync brings)."""
    from checkin.core import journal as j
    from checkin.core.model import FIELDS
    fields = dict.fromkeys(FIELDS, "") | {"organisation": "Mairie", "category": "participant"}
    return [j.NewEntry(j.REGISTRATION_CREATED, j.new_id(), {
        "code": f"G{n:05d}", "source": "walk_in", "submitted_at": "", "extra": {},
        "fields": fields | {"last_name": f"Nom{n}", "first_name": "Camille"},
        "sessions": ["A"]}) for n in range(count)]


_LAUNCHES = {
    "app": "from checkin.gui import app as _gui_app\n"
           "_launch = lambda: _gui_app.run(_Path(sys.argv[1]), demo=False, lang='fr')",
    "cli": "from checkin import cli as _cli\n_launch = lambda: _cli.main([sys.argv[1]])",
}


def app_probe(body: str, launch: str = "app") -> str:
    """A script for a fresh interpreter: the real app, in French, on the event file
    sys.argv[1] (`launch` "cli": as `checkin EVENT` starts it, through cli.main). `body`
    (which imports json and sys) defines `seen`, a dict, and `ready(ok)`, called when the
    event is open with `window` the main window; `seen` is printed as JSON on the last
    line when the app ends."""
    return body + """
from pathlib import Path as _Path
""" + _LAUNCHES[launch] + """
from checkin.gui.main_window import MainWindow as _MainWindow
_original = _MainWindow.show_fitted
def _show_fitted(self):
    global window
    window = self
    self.event_ready.connect(ready)
    _original(self)
_MainWindow.show_fitted = _show_fitted
_launch()
print(json.dumps(seen))
"""


@contextlib.contextmanager
def schema_before(migration: Callable[..., None]) -> Iterator[None]:
    """Event files made inside are of the schema `migration` (a step of
    storage.MIGRATIONS) turns into the next one: an older version's files."""
    from checkin.core import storage
    before = storage.MIGRATIONS.index(migration)
    saved = storage.MIGRATIONS, storage.SCHEMA_VERSION
    storage.MIGRATIONS, storage.SCHEMA_VERSION = storage.MIGRATIONS[:before], before
    try:
        yield
    finally:
        storage.MIGRATIONS, storage.SCHEMA_VERSION = saved


def day_with_undos(event, clock, checked_in: int, in_room: int) -> None:  # type: ignore[no-untyped-def]
    """A day's rows in both presence tables: `checked_in` people of workshop A checked in
    and the first of them undone; at 14:05, `in_room` of the others scanned into A and the
    first of those undone."""
    from checkin.core import reception, rooms
    people = [r for r in event.registrations() if "A" in r.sessions][:checked_in]
    for reg in people:
        reception.scan(event, event.qr(reg))
    assert reception.undo_check_in(event, people[0])
    clock.set(14, 5)
    for reg in people[1:1 + in_room]:
        rooms.scan(event, "A", event.qr(reg))
    assert rooms.undo(event, "A", people[1])


def sealed_bundle(station, path: Path, texts: list[str]) -> Path:  # type: ignore[no-untyped-def]
    """A bundle of the journal lines `texts` that verifies: as `station` (an open event)
    would seal it, whatever the lines hold (forged, repeated, far ahead...)."""
    import gzip
    import json

    from checkin.core.sync import bundle, lines
    body = "".join(t + "\n" for t in texts).encode()
    header = {"format": bundle.FORMAT, "version": bundle.VERSION,
              "event_id": station.event_id, "event": station.programme.short,
              "station": station.station_id, "station_name": station.station_name,
              "created_at": station.timestamp(), "count": len(texts)}
    header["seal"] = lines.seal(station.sync_key, bundle._sealed_part(header, body))
    path.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))
    return path


def record_progress(bar) -> list:  # type: ignore[no-untyped-def, type-arg]
    """What a progress bar showed at each step: (done, total, stage, its words, Stop
    shown), heard queued, so after the bar has shown the step."""
    from PySide6.QtCore import Qt
    seen: list = []  # type: ignore[type-arg]
    bar.stepped.connect(
        lambda done, total, what: seen.append(
            (done, total, what, bar.text(), bar.stop_button.isVisible())),
        Qt.ConnectionType.QueuedConnection)
    return seen
