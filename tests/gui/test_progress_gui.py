"""Long work in the Organiser mode shows how far it has got (a determinate bar, in words
and figures) and can be stopped, leaving the event file as it was (issue 20).

On the real main window, with a large generated export. Stop is clicked at a known point:
the job waits, inside its write transaction, until the click has been made."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import make_registrations, nbsp
from PySide6.QtCore import Qt

from checkin.core.progress import Stage, Stoppable

pytestmark = pytest.mark.gui

ROWS = 12_000


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_registrations(ROWS, tmp_path_factory.mktemp("big") / "inscriptions.csv")


def import_page(organiser, path: Path, qtbot):
    from checkin.gui.organiser.import_tab import ImportTab
    page = organiser.mode_page.tab(ImportTab)
    organiser.mode_page.setCurrentWidget(page)
    page.path_edit.setText(str(path))
    with qtbot.waitSignal(page.planned, timeout=60000):
        page.preview()
    assert page.import_button.isEnabled()
    return page


def state(path: Path) -> tuple[str, int]:
    from checkin.core.event import Event
    with Event.open(path) as event:
        return event.digest(), event.stats()["journal_entries"]


def test_an_import_shows_rows_then_entries_to_the_end(organiser, qtbot, big_export):
    page = import_page(organiser, big_export, qtbot)
    steps: list[tuple[int, int, Stage]] = []
    texts: list[str] = []

    def seen(done: int, total: int, what: Stage) -> None:
        steps.append((done, total, what))
        texts.append(page.status.progress.text())
    # Queued: heard after the bar has shown the step.
    page.status.progress.stepped.connect(seen, Qt.ConnectionType.QueuedConnection)
    page.commit()
    assert page.status.progress.stop_button.isVisible()
    qtbot.waitUntil(lambda: not page.status.running, timeout=60000)
    assert steps[-1][0] == steps[-1][1] and steps[-1][2] is Stage.ENTRIES  # its end
    rows = [s for s in steps if s[2] is Stage.ROWS]
    assert rows[-1] == (ROWS, ROWS, Stage.ROWS) and len(rows) > 10
    assert any(t.startswith("Lignes ") and " sur 12" in t for t in texts), texts[:3]
    assert not page.status.progress.stop_button.isVisible()
    assert "inscriptions.csv" in page.status.plain_text()


def held_at(monkeypatch, here: Callable[[int, Stage], bool]) -> type[Stoppable]:
    """Every job the progress bar starts waits, at its first step where `here(done, what)`,
    until the test sets the returned class's `go` (`reached` says it is there)."""
    from checkin.gui import progress_bar

    class Barrier(Stoppable):
        reached = threading.Event()
        go = threading.Event()

        def step(self, done: int, total: int, what: Stage) -> None:
            if here(done, what) and not self.reached.is_set():
                self.reached.set()
                assert self.go.wait(60)
            super().step(done, total, what)

    monkeypatch.setattr(progress_bar, "Stoppable", Barrier)
    return Barrier


def at_entries(done: int, what: Stage) -> bool:
    """At the first step writing entries: inside the job's write transaction."""
    return what is Stage.ENTRIES


def test_stop_in_the_middle_of_an_import_leaves_the_file_as_it_was(
        organiser, qtbot, big_export, event_path, monkeypatch):
    page = import_page(organiser, big_export, qtbot)
    before = state(event_path)
    barrier = held_at(monkeypatch, at_entries)
    page.commit()
    qtbot.waitUntil(barrier.reached.is_set, timeout=60000)  # inside its transaction
    qtbot.mouseClick(page.status.progress.stop_button, Qt.MouseButton.LeftButton)
    barrier.go.set()
    qtbot.waitUntil(lambda: not page.status.running, timeout=60000)
    assert "rien n’a été écrit" in page.status.plain_text()
    assert not page.status.plain_text().startswith("⚠")
    assert state(event_path) == before
    assert page.import_button.isEnabled()  # it may be tried again


# -- merging USB-key bundles -------------------------------------------------------------------

@pytest.fixture
def bundle(event_path, big_export, clock, tmp_path) -> Path:
    """Another station's bundle holding the big export's registrations."""
    from checkin.core import stations
    from checkin.core.event import Event
    from checkin.core.importing import plan_import
    from checkin.core.sync import write_bundle
    other = tmp_path / "other.checkin"
    with Event.open(event_path, now=clock) as event:
        stations.clone(event, other, "Salle A")
    with Event.open(other, now=clock) as event:
        event.append(plan_import(big_export, event.programme, event.registrations()).entries)
        write_bundle(event, tmp_path / "other.ckb")
    return tmp_path / "other.ckb"


def station_session(window, qtbot):
    from checkin.gui.stations.session import StationSession
    session = StationSession.of(window.worker)
    qtbot.waitUntil(lambda: session.progress_view is not None, timeout=20000)
    return session


def test_a_bundle_merge_shows_its_entries_to_the_end(window, qtbot, bundle, event_path):
    session = station_session(window, qtbot)
    steps: list[tuple[int, int, Stage]] = []
    session.progress_view.stepped.connect(lambda *step: steps.append(step))
    with qtbot.waitSignal(session.message, timeout=60000) as said:
        session.import_bundles([bundle])
    assert "nouvelles" in said.args[0] or "new" in said.args[0]
    assert steps[-1][0] == steps[-1][1] > ROWS // 2 and steps[-1][2] is Stage.ENTRIES
    assert not session.progress_view.isVisible()


def test_stop_in_the_middle_of_a_bundle_merge_merges_nothing(window, qtbot, bundle,
                                                             event_path, monkeypatch):
    session = station_session(window, qtbot)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=20000)
    before = state(event_path)
    barrier = held_at(monkeypatch, at_entries)
    with qtbot.waitSignal(session.message, timeout=60000) as said:
        session.import_bundles([bundle])
        qtbot.waitUntil(barrier.reached.is_set, timeout=60000)  # inside its transaction
        qtbot.mouseClick(session.progress_view.stop_button, Qt.MouseButton.LeftButton)
        barrier.go.set()
    assert said.args[0] == nbsp("Arrêté : rien n’a été fusionné.")
    assert state(event_path) == before


# -- the search index, built once the desk is shown --------------------------------------------

def test_the_desk_says_the_search_is_being_prepared_until_it_is(
        qtbot, settings, key_clock, event_path, clock):
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    install_translations(make_app(), "fr")
    window = MainWindow(settings, Sounds(volume=0), ScanCapture(clock=key_clock), now=clock)
    qtbot.addWidget(window)
    window.show()
    go = threading.Event()
    window.open_event(event_path)
    # Heard once the event is open (through the event loop, so connected in time), this
    # queues a job before the index's, which is queued after the desk is shown: the
    # index waits for `go`.
    window.worker.opened.connect(lambda _: window.worker.submit(lambda event: go.wait(60)))
    try:
        qtbot.waitUntil(lambda: window.desk is not None, timeout=20000)
        desk = window.desk
        assert desk.match_count.text() == "Préparation de la recherche…"
        desk.search_field.setText("Dur")
        qtbot.wait(50)  # GUI events run meanwhile; the search stays behind the index
        assert desk.match_count.text() == "Préparation de la recherche…"
        assert not window.worker.searchable
    finally:
        go.set()
    qtbot.waitUntil(lambda: window.worker.searchable, timeout=20000)
    qtbot.waitUntil(lambda: desk.model.rowCount() > 0, timeout=20000)
    assert desk.match_count.text() != "Préparation de la recherche…"
    window.shutdown()


# -- the badge batch ---------------------------------------------------------------------------

def badge_dialog(organiser):
    from checkin.gui.organiser.exports import ExportsTab
    page = organiser.mode_page.tab(ExportsTab)
    organiser.mode_page.setCurrentWidget(page)
    page.open_badges()
    return page.badge_dialog


def test_the_badge_batch_counts_its_badges_to_the_end(organiser, qtbot):
    steps: list[tuple[int, int, Stage]] = []
    dialog = badge_dialog(organiser)
    dialog.progress.stepped.connect(lambda *step: steps.append(step))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert steps[-1] == (dialog.report.badges, dialog.report.badges, Stage.BADGES)
    assert not dialog.progress.isVisible()
    dialog.reject()


def test_stop_in_the_badge_batch_says_so_and_leaves_no_file(organiser, qtbot, monkeypatch):
    barrier = held_at(monkeypatch, lambda done, what: done == 10)  # at its tenth badge
    dialog = badge_dialog(organiser)
    try:
        qtbot.waitUntil(barrier.reached.is_set, timeout=30000)
        qtbot.mouseClick(dialog.progress.stop_button, Qt.MouseButton.LeftButton)
    finally:
        barrier.go.set()
    qtbot.waitUntil(lambda: dialog.status.text() == "Arrêté.", timeout=30000)
    assert dialog.report is None and not dialog.save_button.isEnabled()
    assert not list(Path(dialog._dir.name).iterdir())  # the half-drawn PDF is gone
    dialog.reject()
