"""Qt objects in reference cycles die on the GUI thread, never on the event worker's."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from checkin.gui.garbage import GuiThreadCollector, collect_on_gui_thread


class Cyclic(QObject):
    def __init__(self, deaths: list[int]) -> None:
        super().__init__()
        self.me = self  # only the cyclic collector can free it
        self.destroyed.connect(lambda: deaths.append(threading.get_ident()))


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread(qapp, qtbot) -> None:
    collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    deaths: list[int] = []
    Cyclic(deaths)

    def busy_worker() -> None:  # allocates as the worker does while building an index
        junk = []
        for i in range(200_000):
            junk.append([i])
            junk[-1].append(junk[-1])
    worker = threading.Thread(target=busy_worker)
    worker.start()
    worker.join()
    assert deaths == []  # the worker's allocations started no collection
    qtbot.waitUntil(lambda: deaths == [threading.get_ident()], timeout=5000)


def test_the_collector_is_installed_once(qapp) -> None:
    first = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is first
    assert qapp.findChildren(GuiThreadCollector) == [first]
