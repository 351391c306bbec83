"""The start screen, opening events (and failing to), the demo, and station modes."""

from __future__ import annotations

import pytest

from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui


@pytest.fixture
def bare_window(qtbot, settings, clock):
    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds
    win = MainWindow(settings, Sounds(volume=0), ScanCapture(), now=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


def test_start_screen_first_then_a_bad_file_says_why(bare_window, qtbot, tmp_path):
    win = bare_window
    assert win.stack.currentWidget() is win.start
    bad = tmp_path / "notes.checkin"
    bad.write_text("not an event")
    win.open_event(bad)
    qtbot.waitUntil(lambda: win.start.message.isVisible())
    assert "notes.checkin" in win.start.message.plain_text()
    assert win.worker is None and win.stack.currentWidget() is win.start


def test_open_an_event_and_find_it_in_recent_events(bare_window, qtbot, event_path, settings):
    win = bare_window
    win.open_event(event_path)
    qtbot.waitUntil(lambda: win.desk is not None)
    assert settings.recent_events() == [event_path.resolve()]
    folder = event_path.with_name(event_path.name + ".backups")
    # Opening keeps a copy of the file as it was found, taken once the desk is shown.
    qtbot.waitUntil(lambda: len(list(folder.glob("*.checkin"))) == 1)
    win.close_event_file()
    assert win.stack.currentWidget() is win.start
    assert win.start.recent.count() == 1
    win.start.recent.itemActivated.emit(win.start.recent.item(0))
    qtbot.waitUntil(lambda: win.desk is not None)


def test_open_the_demo(bare_window, qtbot, monkeypatch, tmp_path):
    import checkin.gui.main_window as mw
    monkeypatch.setattr(mw, "demo_path", lambda: tmp_path / "demo.checkin")
    win = bare_window
    win.open_demo()
    qtbot.waitUntil(lambda: win.desk is not None, timeout=10000)
    qtbot.waitUntil(lambda: win.desk.counters.counters.expected > 200)
    assert (tmp_path / "demo.checkin").exists()


def test_mode_is_remembered_per_station(bare_window, qtbot, event_path, settings, clock):
    win = bare_window
    win.open_event(event_path)
    qtbot.waitUntil(lambda: win.desk is not None)
    win.set_mode(Mode.WORKSHOP)
    assert win.desk is None and settings.mode is Mode.WORKSHOP
    assert win.mode_actions[Mode.WORKSHOP].isChecked()

    from checkin.gui.main_window import MainWindow
    from checkin.gui.scanner import ScanCapture
    again = MainWindow(settings, None, ScanCapture(), now=clock)
    qtbot.addWidget(again)
    assert again.mode_actions[Mode.WORKSHOP].isChecked()
    again.shutdown()
    win.set_mode(Mode.RECEPTION)
    qtbot.waitUntil(lambda: win.desk is not None)


def test_switching_mode_asks_first(bare_window, monkeypatch, settings):
    from PySide6.QtWidgets import QMessageBox
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    bare_window.mode_actions[Mode.ORGANISER].trigger()
    assert asked and settings.mode is Mode.RECEPTION
    assert bare_window.mode_actions[Mode.RECEPTION].isChecked()


def test_new_event_dialog_previews_then_creates(qtbot, tmp_path, bare_window):
    from helpers import DATA
    from helpers_gui import new_event_preview

    from checkin.gui.new_event import ColumnsModel
    dialog = new_event_preview(qtbot, DATA / "occitanie-2022-inscriptions.csv")
    assert dialog.plan is not None and dialog.model.rowCount() > 5
    target = tmp_path / "new.checkin"
    assert not target.exists()  # a preview writes nothing
    headers = [dialog.model.data(dialog.model.index(r, 0)) for r in range(dialog.model.rowCount())]
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        dialog.model.setData(dialog.model.index(headers.index("Téléphone"), ColumnsModel.ROLE),
                             "ignore")
    win = bare_window
    win.open_event(target, opener=dialog.opener())
    qtbot.waitUntil(lambda: win.desk is not None, timeout=10000)
    qtbot.waitUntil(lambda: win.desk.counters.counters.expected > 100)
    win.desk.search_field.setText("mar")
    qtbot.waitUntil(lambda: win.desk.model.rowCount() > 0)
    assert all(not r.phone for r in win.desk.model.registrations())


def test_creating_an_event_whose_export_fails_leaves_no_file(qtbot, tmp_path, bare_window):
    from helpers import DATA
    from helpers_gui import new_event_preview
    export = tmp_path / "inscriptions.csv"
    export.write_bytes((DATA / "occitanie-2022-inscriptions.csv").read_bytes())
    dialog = new_event_preview(qtbot, export)
    export.write_bytes(b"\x00\x01 not a list any more")  # replaced after the preview
    target = tmp_path / "new.checkin"
    with qtbot.waitSignal(bare_window.event_ready, timeout=10000) as ready:
        bare_window.open_event(target, opener=dialog.opener())
    assert ready.args == [False]
    assert "inscriptions.csv" in bare_window.start.message.plain_text()
    assert not target.exists()


def test_a_scan_outside_the_desk_is_not_lost_silently(bare_window):
    assert bare_window.statusBar().currentMessage() == ""
    bare_window.on_scan("CK1+OCC22+ABCDEF+AAAAAAAAAA")
    assert "no reception desk" in bare_window.statusBar().currentMessage()


def test_run_opens_the_event(monkeypatch, event_path, settings):
    from checkin.gui import app as app_module
    from checkin.gui.main_window import MainWindow
    from checkin.gui.worker import EventWorker
    seen: dict[str, object] = {}

    def fake_exec() -> int:
        return 0
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(MainWindow, "open_event",
                        lambda self, path, opener=None, opening=None:
                        seen.update(path=path, opening=opening))
    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(event_path, demo=False, lang="en") == 0
    assert seen["path"] == event_path
    opening = seen["opening"]  # the file began opening before the window was built
    assert isinstance(opening, EventWorker)
    opening.close()
    app_module.install_translations(app_module.make_app(), "fr")


def test_the_event_file_is_checked_while_the_window_is_built(monkeypatch, event_path,
                                                             settings):
    """The app starts opening the event (SQLite's quick check, off Python's lock) in the
    event's thread before it loads and builds the window, not after."""
    import threading

    from checkin.core.event import Event
    from checkin.gui import app as app_module
    from checkin.gui.main_window import MainWindow
    opening = threading.Event()
    real_open = Event.open.__func__  # type: ignore[attr-defined]

    def open_(cls, path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opening.set()
        return real_open(cls, path, *args, **kwargs)
    real_init = MainWindow.__init__
    seen: dict[str, bool] = {}

    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen["opening"] = opening.wait(20)  # a barrier: set only by an opening begun
        real_init(self, *args, **kwargs)
    monkeypatch.setattr(Event, "open", classmethod(open_))
    monkeypatch.setattr(MainWindow, "__init__", init)
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(lambda: 0))
    assert app_module.run(event_path, demo=False, lang="en") == 0
    assert seen["opening"] is True


def test_french_and_english_qt_translations_load():
    from checkin.gui.app import install_translations, make_app
    app = make_app()
    loaded = install_translations(app, "fr")  # Qt's own, then one catalogue per area
    assert len(loaded) >= 2
    assert app.translate("MainWindow", "&File") != "&File"
    english = install_translations(app, "en")  # only the plurals of English counts
    assert [t.filePath().rsplit("/", 1)[-1] for t in english] == ["plurals_en.qm"]
    assert app.translate("MainWindow", "&File") == "&File"  # English again
    assert app.translate("OverbookingWords", "%1 — %2 registered for %n place(s)", "",
                         1) == "%1 — %2 registered for 1 place"
    install_translations(app, "fr")
    assert app.translate("MainWindow", "&File") != "&File"


def test_an_open_event_is_backed_up_again_while_the_desk_works(bare_window, qtbot, event_path):
    bare_window.open_event(event_path)
    qtbot.waitUntil(lambda: bare_window.desk is not None)
    folder = event_path.with_name(event_path.name + ".backups")
    qtbot.waitUntil(lambda: len(list(folder.glob("*.checkin"))) == 1)  # taken at opening
    bare_window.worker.backups.setInterval(50)  # half an hour, for the test
    qtbot.waitUntil(lambda: len(list(folder.glob("*.checkin"))) >= 3, timeout=5000)


def test_the_first_writes_reading_is_done_after_opening(bare_window, qtbot, event_path):
    """An append's last seq and clock are read whole once (the journal has no index on
    them): on the event's thread after the window is shown, not at the first scan."""
    bare_window.open_event(event_path)
    qtbot.waitUntil(lambda: bare_window.desk is not None)
    qtbot.waitUntil(lambda: bare_window.worker.searchable, timeout=10000)
    seen: list[tuple[int, int]] = []
    bare_window.worker.submit(lambda event: (event._basis.rowid, event.conn.execute(
        "SELECT max(rowid) FROM journal").fetchone()[0]), seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == seen[0][1] > 0
