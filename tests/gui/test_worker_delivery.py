"""A job that finishes after the page that asked for it is gone (a change of mode, the
event reopened) does not call into deleted widgets."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QLabel, QLineEdit

from checkin.gui.live_search import LiveSearch


class Shown(QLabel):
    def show_result(self, result: object) -> None:
        self.setText(str(result))

    def show_error(self, exc: Exception) -> None:
        self.setText(str(exc))


def _held_job(gate: threading.Event, fail: bool):  # type: ignore[no-untyped-def]
    def job(event):  # type: ignore[no-untyped-def]
        gate.wait(10)
        if fail:
            raise ValueError("late failure")
        return len(event.registrations())
    return job


def test_a_late_result_or_error_skips_a_deleted_page(window, qtbot) -> None:
    for fail in (False, True):
        gate = threading.Event()
        label = Shown()
        window.worker.submit(_held_job(gate, fail), label.show_result, label.show_error)
        shiboken6.delete(label)  # the page goes while the job runs
        gate.set()
        qtbot.waitUntil(lambda: not window.worker.busy)
        assert not shiboken6.isValid(label)  # and no RuntimeError reached the event loop


def test_a_live_page_still_gets_its_result(window, qtbot) -> None:
    label = Shown()
    window.worker.submit(lambda event: "done", label.show_result, label.show_error)
    qtbot.waitUntil(lambda: label.text() == "done")


def test_a_search_that_ends_after_its_field_is_gone_is_dropped(window, qtbot) -> None:
    """The kiosk closed (a change of mode, the end of a test) while a search ran."""
    gate, shown = threading.Event(), []
    field = QLineEdit()
    live = LiveSearch(field, window.worker, "late-search", lambda query: _held_job(gate, False),
               lambda query, found: shown.append(found), lambda: None, lambda: None,
               lambda exc: shown.append(exc))
    field.setText("dupont")  # submits the search, held at the gate
    assert window.worker.busy and live.defer_enter()  # its results are awaited
    shiboken6.delete(field)
    gate.set()
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert shown == []  # and no RuntimeError reached the event loop


def test_busy_until_the_change_a_job_made_is_heard(window, qtbot) -> None:
    """A job's result reaches the GUI before the news of what it changed: `busy` stays
    true until that news is heard and the refreshes it sets off are queued (a test
    waiting for `not busy` read the desk's counters from before a walk-in)."""
    from checkin.core import reception
    worker = window.worker
    gate = threading.Event()
    announce = worker._announce_changes
    worker._announce_changes = lambda: (gate.wait(10), announce())  # the news held back
    heard: list[set[str]] = []
    worker.changed.connect(heard.append)
    delivered: list[object] = []
    worker.submit(lambda ev: reception.check_in(ev, ev.registrations()[0]).outcome,
                  delivered.append)
    qtbot.waitUntil(lambda: bool(delivered))
    assert worker.busy and not heard  # the result is in, the news is not yet
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert heard and window.desk.counters.counters.arrived == 1  # refreshed meanwhile
