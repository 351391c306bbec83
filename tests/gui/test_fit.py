"""Nothing a receptionist or a host reads is ever cut: every visible label, button and
drop-down of the desk and room pages, in French, with the application's own type sizes,
at 1280x720, 1366x768, 1920x1080 and at the smallest size the window allows."""

from __future__ import annotations

import pytest
from fitting import cut_words
from helpers_gui import burst, enter, registration, type_slowly

from checkin.core.reception import Outcome
from checkin.core.rooms import SessionOutcome as S
from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui

# (window width, height, the screen height whose type size the app would choose)
SIZES = [(1280, 720, 720), (1366, 768, 768), (1920, 1080, 1080), ("min", "min", 768)]


def station(qtbot, settings, key_clock, event_path, clock, mode: Mode, size):
    from checkin.gui.app import install_translations, make_app
    from checkin.gui.main_window import MainWindow
    from checkin.gui.room.view import set_station_room
    from checkin.gui.scanner import ScanCapture
    from checkin.gui.sounds import Sounds

    install_translations(make_app(), "fr")
    settings.mode = mode
    set_station_room(settings, "Salle Mosson 3")
    window = MainWindow(settings, Sounds(volume=0), ScanCapture(clock=key_clock), now=clock)
    qtbot.addWidget(window)
    width, height = size
    if width == "min":
        width, height = window.minimumWidth(), window.minimumHeight()
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_event(event_path)
    qtbot.waitUntil(lambda: window.mode_page is not None and not window.worker.busy,
                    timeout=10000)
    window.mode_page.focus_search()
    return window, (width, height)


def fits(qtbot, window, size, what: str) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy and not window.capture._held)
    qtbot.wait(30)  # the layout settles after the last result
    assert (window.width(), window.height()) == size, f"{what}: the window grew"
    cut = cut_words(window.centralWidget())
    assert not cut, f"{what} at {size}:\n" + "\n".join(cut)


@pytest.mark.parametrize(("width", "height", "screen"), SIZES)
@pytest.mark.slow
def test_nothing_is_cut_at_the_desk(qtbot, settings, key_clock, event_path, clock, styled,
                                    width, height, screen):
    styled(screen)
    window, size = station(qtbot, settings, key_clock, event_path, clock, Mode.RECEPTION,
                           (width, height))
    desk = window.desk
    try:
        fits(qtbot, window, size, "idle")
        type_slowly("ber", key_clock)
        qtbot.waitUntil(lambda: desk.card.registration is not None)
        fits(qtbot, window, size, "a person chosen")
        enter(key_clock)
        qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN)
        fits(qtbot, window, size, "checked in")
        type_slowly("ber", key_clock)
        qtbot.waitUntil(lambda: desk.card.registration is not None)
        enter(key_clock)
        qtbot.waitUntil(lambda: desk.outcome.state == Outcome.ALREADY_CHECKED_IN)
        fits(qtbot, window, size, "already checked in")
        type_slowly("personne-ne-porte-ce-nom-dans-la-liste-des-inscrits", key_clock)
        qtbot.waitUntil(lambda: desk.model.rowCount() == 0)
        fits(qtbot, window, size, "a long query that matches nobody")
        burst("CK1+OCC22+ZZZZZZ+AAAAAAAAAAAA")
        qtbot.waitUntil(lambda: desk.outcome.state != Outcome.ALREADY_CHECKED_IN)
        fits(qtbot, window, size, "a badge refused")
    finally:
        window.shutdown()


@pytest.mark.parametrize(("width", "height", "screen"), SIZES)
@pytest.mark.slow
def test_nothing_is_cut_in_a_room(qtbot, settings, key_clock, event_path, clock, styled,
                                  width, height, screen):
    from test_room import prepare
    people = prepare(event_path, clock)
    clock.set(14, 5)
    styled(screen)
    window, size = station(qtbot, settings, key_clock, event_path, clock, Mode.WORKSHOP,
                           (width, height))
    page = window.room
    try:
        assert page.code == "C"
        fits(qtbot, window, size, "session C")
        _, qr = registration(event_path, people["c_late"])
        burst(qr)
        qtbot.waitUntil(lambda: page.outcome.state == S.FULL)
        fits(qtbot, window, size, "session full")
        page.admit()
        qtbot.waitUntil(lambda: page.outcome.state != S.FULL)
        fits(qtbot, window, size, "let in")
    finally:
        window.shutdown()
