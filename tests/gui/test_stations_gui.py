"""Stations and sync in the GUI: a copy from another laptop names its own station, the
organiser's Stations tab (clone, bundles, people checked in twice), and the shared folder
kept in sync by a timer, through the event's worker thread."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from helpers import nbsp
from helpers_gui import open_window
from PySide6.QtCore import QSettings, Qt

from checkin import __version__
from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.stations import MACHINE_ENV

pytestmark = pytest.mark.gui


# -- helpers ------------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def french(qapp) -> None:  # type: ignore[no-untyped-def]
    from checkin.gui.app import install_translations
    install_translations(qapp, "fr")


def station_settings(tmp_path: Path, name: str):  # type: ignore[no-untyped-def]
    from checkin.gui.settings import Settings
    return Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))


def context(worker, settings):  # type: ignore[no-untyped-def]
    """What the Organiser page gives its tabs (no event info needed here)."""
    from checkin.gui.organiser.context import FileDialogs
    return SimpleNamespace(worker=worker, settings=settings,
                           dialogs=FileDialogs(settings))


def call(qtbot, worker, job: Callable[[Event], Any]) -> Any:  # type: ignore[no-untyped-def]
    """Run `job` in the worker's thread and wait for its result."""
    box: list[Any] = []
    worker.submit(job, box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=15000)
    if isinstance(box[0], Exception):
        raise box[0]
    return box[0]


def check_in(code: str) -> Callable[[Event], Any]:
    def job(event: Event) -> Any:
        (reg,) = event.by_code(code)
        return reception.check_in(event, reg).outcome
    return job


def checked_in_codes(event: Event) -> set[str]:
    return {r.code for r in event.registrations() if r.checked_in_at}


@pytest.fixture
def workers(qtbot, clock) -> Iterator[Callable[[Path], Any]]:
    """Opens event files in their own worker threads; closes them all at the end."""
    from checkin.gui.worker import EventWorker
    opened: list[EventWorker] = []

    def open_file(path: Path) -> EventWorker:
        worker = EventWorker()
        worker.open(path, lambda p: Event.open(p, now=clock))
        qtbot.waitUntil(lambda: not worker.busy, timeout=15000)
        opened.append(worker)
        return worker
    yield open_file
    from PySide6.QtCore import QCoreApplication, QEvent

    from checkin.gui.stations import StationSession
    for worker in opened:
        StationSession.of(worker).stop()
        worker.close()
        worker.deleteLater()
    # Qt objects go here, on the GUI thread, not whenever a garbage collection happens
    # to run in some event's thread.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    opened.clear()
    gc.collect()


@pytest.fixture
def second_station(event_path: Path, tmp_path: Path, clock) -> Path:
    """A clone of the desk's event for another laptop, station “Accueil 2”."""
    path = tmp_path / "accueil-2.checkin"
    with Event.open(event_path, now=clock) as event:
        stations.clone(event, path, "Accueil 2")
    return path


# -- a copy opened on another laptop -----------------------------------------------------------

def test_a_copy_from_another_laptop_names_its_own_station(qtbot, settings, event_path, clock,
                                                          tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox
    copy = tmp_path / "on-the-usb-key.checkin"
    shutil.copyfile(event_path, copy)
    with Event.open(event_path) as original:
        first_station = original.station_id
    monkeypatch.setenv(MACHINE_ENV, "laptop-number-two")
    window = open_window(qtbot, settings, copy, clock)
    try:
        qtbot.waitUntil(lambda: window.sync_menu.identity_dialog is not None, timeout=15000)
        dialog = window.sync_menu.identity_dialog
        assert dialog.isModal() and dialog.isVisible()
        assert "Accueil 1" in dialog.findChild(type(dialog.problem), "copyExplained").text()
        assert dialog.name_field.text() == "Accueil 2"  # suggested
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name_field.setText("accueil 1")  # the name of the station it was copied from
        assert not ok.isEnabled() and "Accueil 1".casefold() in dialog.problem.text().casefold()
        assert not window.sync_menu.export_action.isEnabled()
        dialog.name_field.setText("  Accueil   Nord ")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.info.station_name == "Accueil Nord", timeout=15000)
        qtbot.waitUntil(lambda: window.desk is not None and not window.worker.busy)
        assert "Accueil Nord" in window.desk.title.plain_text()
        assert window.sync_menu.export_action.isEnabled()

        (reg,) = call(qtbot, window.worker, lambda e: e.by_code("DPL234"))
        window.desk.scan(call(qtbot, window.worker, lambda e: e.qr(reg)))
        qtbot.waitUntil(lambda: window.desk.outcome.state == reception.Outcome.CHECKED_IN)
        qtbot.waitUntil(lambda: not window.worker.busy)
    finally:
        window.shutdown()
    with Event.open(copy) as event:
        assert event.station_name == "Accueil Nord" and event.station_id != first_station
        named = [e for e in event.entries() if e.kind == j.STATION_NAMED
                 and e.station == event.station_id]
        assert named[0].payload == {"name": "Accueil Nord", "from": first_station,
                                    "version": __version__}
        (checkin,) = [e for e in event.entries() if e.kind == j.CHECKIN_RECORDED]
        assert checkin.station == event.station_id
        assert event.registration(reg.id).checked_in_station == "Accueil Nord"
        assert not event.identity.conflict  # this laptop owns the new station now


def test_refusing_to_name_the_station_closes_the_copy(qtbot, settings, event_path, clock,
                                                      tmp_path, monkeypatch):
    copy = tmp_path / "copy.checkin"
    shutil.copyfile(event_path, copy)
    before = copy.read_bytes()
    monkeypatch.setenv(MACHINE_ENV, "laptop-number-two")
    window = open_window(qtbot, settings, copy, clock)
    try:
        qtbot.waitUntil(lambda: window.sync_menu.identity_dialog is not None, timeout=15000)
        window.sync_menu.identity_dialog.reject()
        qtbot.waitUntil(lambda: window.worker is None)
        assert window.stack.currentWidget() is window.start
        assert "nom de poste" in window.start.message.plain_text()
    finally:
        window.shutdown()
    assert copy.read_bytes() == before  # nothing recorded
    with Event.open(copy) as event:
        assert event.identity.conflict


def test_the_owner_is_not_asked_and_its_folder_sync_starts(qtbot, settings, event_path,
                                                           clock, tmp_path):
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    with Event.open(event_path) as event:
        event_id, station_id = event.event_id, event.station_id
    settings.set_folder_sync(event_id, str(folder), True)
    window = open_window(qtbot, settings, event_path, clock)
    try:
        qtbot.waitUntil(lambda: window.sync_menu.export_action.isEnabled(), timeout=15000)
        assert window.sync_menu.identity_dialog is None
        status = window.sync_menu.status
        qtbot.waitUntil(lambda: "Synchronisé à" in status.text(), timeout=15000)
        assert status.isVisible() and window.sync_menu.sync_now_action.isEnabled()
        assert [p.name for p in folder.iterdir()] == [f"{station_id}.jsonl"]
        window.close_event_file()  # the timer stops with the event
        assert not window.sync_menu.export_action.isEnabled() and not status.isVisible()
    finally:
        window.shutdown()


# -- the Stations tab ---------------------------------------------------------------------------

def test_clone_from_the_stations_tab_makes_another_station(qtbot, workers, event_path,
                                                           tmp_path, settings):
    from checkin.gui.stations import StationsTab
    from checkin.gui.stations.dialogs import CloneDialog
    worker = workers(event_path)
    tab = StationsTab(context(worker, settings))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.session.facts is not None and tab.stations_model.rowCount())
    qtbot.mouseClick(tab.clone_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CloneDialog)
    assert dialog.name_field.text() == "Accueil 2"
    assert dialog.path() == event_path.with_name("desk-Accueil-2.checkin")
    dialog.name_field.setText("Salle Mosson 1")
    target = dialog.path()
    assert target == event_path.with_name("desk-Salle-Mosson-1.checkin")
    dialog.accept()
    qtbot.waitUntil(lambda: "Salle Mosson 1" in tab.message.plain_text(), timeout=15000)
    with Event.open(event_path) as original, Event.open(target) as clone:
        assert clone.event_id == original.event_id
        assert (clone.station_name, original.station_name) == ("Salle Mosson 1", "Accueil 1")
        assert clone.station_id != original.station_id
        assert not clone.identity.conflict
        # One journal: the clone's station name is in both.
        assert {e.id for e in clone.entries()} == {e.id for e in original.entries()}
        assert "Salle Mosson 1" in {s["name"] for s in original.stations()}
    assert "Salle Mosson 1" in tab.session.facts.names  # now a name in use


def test_bundles_through_the_tab_and_people_checked_in_twice(qtbot, workers, event_path,
                                                             second_station, tmp_path,
                                                             monkeypatch, clock,
                                                             qtmodeltester):
    from PySide6.QtWidgets import QFileDialog

    from checkin.gui.stations import StationsTab
    first, second = workers(event_path), workers(second_station)
    assert call(qtbot, first, check_in("DPL234")) == reception.Outcome.CHECKED_IN
    clock.advance(minutes=3)
    assert call(qtbot, second, check_in("DPL234")) == reception.Outcome.CHECKED_IN
    assert call(qtbot, second, check_in("NGY234")) == reception.Outcome.CHECKED_IN
    tab_1 = StationsTab(context(first, station_settings(tmp_path, "one")))
    tab_2 = StationsTab(context(second, station_settings(tmp_path, "two")))
    for tab in (tab_1, tab_2):
        qtbot.addWidget(tab)
        qtbot.waitUntil(lambda t=tab: t.session.facts is not None)

    bundle = tmp_path / "usb" / "accueil-2.ckb"
    bundle.parent.mkdir()
    asked: list[str] = []

    def save_as(parent, title, start, filters):  # type: ignore[no-untyped-def]
        asked.append(Path(start).name)
        return str(bundle.with_suffix("")), filters  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(tab_2.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bundle.exists() and bool(tab_2.message.plain_text()),
                    timeout=15000)
    assert asked == ["OCC22-Accueil-2.ckb"]
    total = call(qtbot, second, lambda e: len(e.entries()))
    assert tab_2.message.plain_text().startswith(f"{total} entrées")

    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args: ([str(bundle)], "*.ckb"))
    known = call(qtbot, first, lambda e: {x.id for x in e.entries()})
    new = total - len(known & call(qtbot, second, lambda e: {x.id for x in e.entries()}))
    assert new >= 2  # the two check-ins at least (the clone's name came at the clone)
    qtbot.mouseClick(tab_1.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nouvelles" in tab_1.message.plain_text(), timeout=15000)
    assert tab_1.message.plain_text().startswith(f"{new} nouvelles entrées")
    assert call(qtbot, first, checked_in_codes) == {"DPL234", "NGY234"}

    qtbot.waitUntil(lambda: tab_1.doubles_model.rowCount() == 1)  # refreshed on `changed`
    doubles = tab_1.doubles_model
    assert doubles.data(doubles.index(0, 0)) == "DUPRÉ-LEFÈVRE Élodie"
    assert doubles.data(doubles.index(0, 2)) == "9h30 Accueil 1 · 9h33 Accueil 2"
    assert "1" in tab_1.doubles_label.text()
    model = tab_1.stations_model
    rows = {model.data(model.index(r, 0)): model.data(model.index(r, 1))
            for r in range(model.rowCount())}
    mine = call(qtbot, first, lambda e: sum(x.station == e.station_id for x in e.entries()))
    assert rows["Accueil 1 (ce poste)"] == str(mine)
    theirs = call(qtbot, second, lambda e: sum(x.station == e.station_id for x in e.entries()))
    assert rows["Accueil 2"] == str(theirs)
    last = {model.data(model.index(r, 0)): model.data(model.index(r, 2))
            for r in range(model.rowCount())}
    moment = clock()  # by the event's clock, as the check-ins beside it
    assert last["Accueil 2"] == f"{moment:%d/%m} {moment.hour}h{moment.minute:02}"
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(doubles, force_py=True)

    # The same bundle again brings nothing new; a foreign file is refused whole.
    qtbot.mouseClick(tab_1.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab_1.message.plain_text().startswith("0 nouvelles"),
                    timeout=15000)
    bundle.write_bytes(b"not a bundle")
    qtbot.mouseClick(tab_1.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "n’est pas un paquet checkin" in tab_1.message.plain_text(),
                    timeout=15000)


# -- the shared folder -----------------------------------------------------------------------------

@pytest.mark.slow
def test_two_stations_converge_through_a_shared_folder(qtbot, workers, event_path,
                                                       second_station, tmp_path, clock):
    import datetime as dt

    from checkin.gui import times
    from checkin.gui.stations import StationSession
    later = dt.datetime.now() + dt.timedelta(hours=5)  # the event's clock, never the wall's
    clock.set(later.hour, later.minute)
    folder = tmp_path / "partage"
    folder.mkdir()
    first, second = workers(event_path), workers(second_station)
    sessions = []
    for worker, name in ((first, "one"), (second, "two")):
        settings = station_settings(tmp_path, name)
        settings.sync_interval = 0.2
        session = StationSession.of(worker, settings)
        session.start()
        qtbot.waitUntil(lambda s=session: s.folder.event_id != "")
        assert not session.folder.enabled  # off until chosen
        session.folder.configure(folder, True)
        sessions.append(session)
    one, two = (s.folder for s in sessions)
    call(qtbot, first, check_in("DPL234"))
    call(qtbot, second, check_in("NGY234"))

    def converged() -> bool:
        return (call(qtbot, first, checked_in_codes) == {"DPL234", "NGY234"}
                == call(qtbot, second, checked_in_codes))
    qtbot.waitUntil(converged, timeout=20000)
    qtbot.waitUntil(lambda: call(qtbot, first, lambda e: e.digest())
                    == call(qtbot, second, lambda e: e.digest()), timeout=20000)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{call(qtbot, w, lambda e: e.station_id)}.jsonl" for w in (first, second))
    assert one.received >= 1 and two.received >= 1 and not one.error
    assert f"Synchronisé à {times.time_text(clock())} " in one.status_text()
    settings_one = sessions[0].settings
    event_id = call(qtbot, first, lambda e: e.event_id)
    assert settings_one.folder_sync(event_id) == (str(folder), True)  # remembered

    # The USB key is pulled out: said once, not at every tick; back in: syncing resumes.
    problems: list[str] = []
    one.problem.connect(problems.append)
    away = tmp_path / "elsewhere"
    folder.rename(away)
    runs = one.runs
    qtbot.waitUntil(lambda: one.runs >= runs + 4, timeout=20000)
    assert len(problems) == 1 and "partage" in problems[0] and one.error == problems[0]
    assert "⚠" in one.status_text()
    away.rename(folder)
    qtbot.waitUntil(lambda: not one.error, timeout=20000)
    call(qtbot, second, check_in("LNG234"))  # recorded after the key came back
    qtbot.waitUntil(lambda: "LNG234" in call(qtbot, first, checked_in_codes), timeout=20000)
    assert len(problems) == 1

    one.configure(folder, False)  # off: the timer stops
    assert not one.timer.isActive() and settings_one.folder_sync(event_id) == (str(folder),
                                                                               False)


def test_the_organiser_sees_the_stations_and_the_sync_menu_exports(qtbot, settings,
                                                                    event_path, clock,
                                                                    tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from checkin.core.sync import read_bundle
    from checkin.gui.settings import Mode
    from checkin.gui.stations import StationsTab
    settings.mode = Mode.ORGANISER
    window = open_window(qtbot, settings, event_path, clock)
    try:
        qtbot.waitUntil(lambda: window.sync_menu.export_action.isEnabled(), timeout=15000)
        page = window.mode_page
        tab = page.tab(StationsTab)
        assert page.tabText(page.indexOf(tab)) == "Postes"
        qtbot.waitUntil(lambda: tab.stations_model.rowCount() == 1)
        model = tab.stations_model
        assert model.data(model.index(0, 0)) == "Accueil 1 (ce poste)"
        assert tab.doubles_label.text() == "Personne n’a été accueilli deux fois."
        assert window.sync_menu.title() == "S&ynchronisation"

        bundle = tmp_path / "pour-la-cle.ckb"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args: (str(bundle), "*.ckb"))
        window.sync_menu.export_action.trigger()
        qtbot.waitUntil(lambda: bundle.exists() and not window.worker.busy, timeout=15000)
        assert "entrées écrites" in window.statusBar().currentMessage()
        assert "entrées écrites" in tab.message.plain_text()
    finally:
        window.shutdown()
    with Event.open(event_path) as event:
        assert {e.id for e in read_bundle(event, bundle).entries} == {
            e.id for e in event.entries()}


def test_a_stalled_shared_folder_holds_up_no_scan_and_no_closing(
        qtbot, settings, event_path, clock, tmp_path, monkeypatch):
    import contextlib
    import os

    from helpers_gui import open_window, registration

    from checkin.core.reception import Outcome
    from checkin.gui.stations import folder_sync
    folder = tmp_path / "partage-smb"
    folder.mkdir()
    stalled = folder / "autre-poste.jsonl"
    os.mkfifo(stalled)  # opening it to read waits for a writer: a share that never answers
    with Event.open(event_path) as event:
        event_id = event.event_id
    settings.set_folder_sync(event_id, str(folder), True)
    monkeypatch.setattr(folder_sync, "FOLDER_DEADLINE_MS", 300)
    _, qr = registration(event_path, "DPL234")
    window = open_window(qtbot, settings, event_path, clock)
    try:
        qtbot.waitUntil(lambda: window.desk is not None and window.sync_menu.session is not None,
                        timeout=15000)
        sync = window.sync_menu.session.folder
        qtbot.waitUntil(lambda: str(folder) in sync.error, timeout=15000)
        assert "n’a pas répondu" in sync.error and folder_sync._IN_FLIGHT  # still stuck
        window.desk.scan(qr)  # the event's thread is free: the scan is not held up
        qtbot.waitUntil(lambda: window.desk.outcome.state == Outcome.CHECKED_IN, timeout=15000)
        sync.sync_now()  # no second step piles up behind the stalled one
        assert len(folder_sync._IN_FLIGHT) == 1
        window.close_event_file()  # returns: nothing of the event waits on the folder
        assert window.worker is None
    finally:
        window.shutdown()
        with contextlib.suppress(OSError):  # let the stalled read end, so that its thread
            os.close(os.open(stalled, os.O_WRONLY | os.O_NONBLOCK))  # does not outlive the test
        qtbot.waitUntil(lambda: not folder_sync._IN_FLIGHT, timeout=15000)


def test_a_badge_scanned_before_naming_the_station_names_the_file(
        qtbot, settings, event_path, clock, tmp_path, monkeypatch):
    """A scan read behind the "name this station" dialog is refused: the red card names
    the file (it said « » with an empty name)."""
    from checkin.gui.desk.outcomes import DeskState
    copy = tmp_path / "copie-usb.checkin"
    shutil.copyfile(event_path, copy)
    with Event.open(event_path) as original:
        (reg,) = original.by_code("DPL234")
        payload = original.qr(reg)
    monkeypatch.setenv(MACHINE_ENV, "laptop-number-two")
    window = open_window(qtbot, settings, copy, clock)
    try:
        qtbot.waitUntil(lambda: window.sync_menu.identity_dialog is not None, timeout=15000)
        window.desk.scan(payload)
        qtbot.waitUntil(lambda: window.desk.outcome.state == DeskState.ERROR)
        detail = window.desk.outcome.detail.plain_text()
        assert nbsp("« copie-usb.checkin » vient d’un autre poste") in detail
        window.sync_menu.identity_dialog.reject()
        qtbot.waitUntil(lambda: window.worker is None)
    finally:
        window.shutdown()


def test_the_server_status_counts_the_entries_waiting_in_french(qtbot, workers, event_path,
                                                                 settings):
    """"0 entrée en attente" as the README shows it, never the source's "entry(ies)",
    which lupdate had not even taken into the French catalogue."""
    import datetime as dt

    from checkin.gui.stations.hub_sync import HubSyncController
    hub = HubSyncController(workers(event_path), settings)
    hub.address, hub.enabled, hub.connected = object(), True, True  # type: ignore[assignment]
    hub.last_time = dt.datetime(2022, 12, 8, 10, 42, 7)
    said = []
    for hub.waiting in (0, 1, 3):
        said.append(hub.status_text().split(" · ")[-1])
    assert said == ["0 entrée en attente", "1 entrée en attente", "3 entrées en attente"]
    assert hub.status_text().startswith(nbsp("Serveur : connecté, synchronisé à 10h42"))


def test_the_folder_status_counts_the_new_entries_in_french(workers, event_path, settings,
                                                            tmp_path):
    """"1 nouvelle entrée", never "1 nouvelles entrées" (one string for each count, as
    the server's status)."""
    import datetime as dt

    from checkin.gui.stations.folder_sync import FolderSyncController
    folder = FolderSyncController(workers(event_path), settings)
    folder.folder, folder.enabled = tmp_path, True
    folder.last_time = dt.datetime(2022, 12, 8, 10, 42, 7)
    said = []
    for folder.received in (0, 1, 3):
        said.append(folder.status_text())
    assert said == [nbsp(f"Synchronisé à 10h42 ({n} depuis l’ouverture)") for n in (
        "0 nouvelle entrée", "1 nouvelle entrée", "3 nouvelles entrées")]


def test_last_entry_is_by_the_events_clock(qtbot, settings, event_path, clock) -> None:  # type: ignore[no-untyped-def]
    """A station's last entry is shown at the time the event's clock said (the one its
    check-ins are timed by: the demo and the tests run on a clock of their own), not
    turned into the machine's zone: five hours from it here."""
    import datetime as dt

    from checkin.gui import times
    from checkin.gui.settings import Mode
    from checkin.gui.stations import StationsTab
    local = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
    zone = dt.timezone(local + dt.timedelta(hours=5))
    clock.current = (clock.current + dt.timedelta(hours=1)).astimezone(zone)  # the last
    with Event.open(event_path, now=clock) as event:
        reception.check_in(event, event.search("martin", 1)[0])
    settings.mode = Mode.ORGANISER
    window = open_window(qtbot, settings, event_path, clock)
    try:
        qtbot.waitUntil(lambda: window.mode_page is not None, timeout=15000)
        model = window.mode_page.tab(StationsTab).stations_model
        qtbot.waitUntil(lambda: model.rowCount() == 1 and bool(
            model.data(model.index(0, model.LAST))))
        said = model.data(model.index(0, model.LAST))
        assert said == times.day_and_time(clock.current), said
        assert said != times.day_and_time(clock.current.astimezone())
    finally:
        window.shutdown()
