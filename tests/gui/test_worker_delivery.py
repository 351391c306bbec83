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
    """A job's result reaches the GUI before the news of what it changed, in the same
    delivery: the result is handled first (a scan's card), `busy` stays true until the
    news is heard and the refreshes it sets off are queued (a test waiting for
    `not busy` read the desk's counters from before a walk-in)."""
    from checkin.core import reception
    worker = window.worker
    heard: list[set[str]] = []
    worker.changed.connect(heard.append)
    seen: list[tuple[object, bool, int]] = []  # the result, busy, news heard by then
    worker.submit(lambda ev: reception.check_in(ev, ev.registrations()[0]).outcome,
                  lambda outcome: seen.append((outcome, worker.busy, len(heard))))
    qtbot.waitUntil(lambda: not worker.busy)
    assert seen == [(reception.Outcome.CHECKED_IN, True, 0)]  # the result came first
    assert heard and window.desk.counters.counters.arrived == 1  # refreshed meanwhile


def test_a_job_submitted_later_waits_for_the_others(window, qtbot) -> None:
    """A refresh submitted `later` runs after a job submitted after it without `later`
    (a badge scanned while the last one's refreshes wait): forced with a held job."""
    worker = window.worker
    gate, ran = threading.Event(), []
    worker.submit(lambda ev: gate.wait(10))  # the event's thread busy meanwhile
    worker.submit(lambda ev: ran.append("refresh"), later=True)
    worker.submit(lambda ev: ran.append("scan"))
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert ran == ["scan", "refresh"]


def test_a_result_comes_before_the_window_s_queued_paints(window, qtbot) -> None:
    """A result is delivered at high priority: before the events posted earlier (a
    layout, a paint of the badge before, at a desk scanning a queue)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    worker = window.worker
    gate, order = threading.Event(), []

    class Late(QLabel):
        def event(self, e: QEvent) -> bool:
            if e.type() == QEvent.Type.User:
                order.append("posted before")
                return True
            return super().event(e)
    late = Late()
    posted = threading.Event()
    post = worker._post
    worker._post = lambda *a: (post(*a), posted.set())  # type: ignore[method-assign]
    worker.submit(lambda ev: gate.wait(10), lambda _: order.append("result"))
    QCoreApplication.postEvent(late, QEvent(QEvent.Type.User))  # queued, not yet handled
    gate.set()
    assert posted.wait(10)  # the result posted after it: then both are handled
    QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["result", "posted before"]


def test_jobs_submitted_later_run_in_turn_after_the_others(window, qtbot) -> None:
    """Several refreshes waiting together (the counters, a person read again) run in the
    order submitted, after the job submitted after them, and none is left waiting."""
    worker = window.worker
    gate, ran = threading.Event(), []
    worker.submit(lambda ev: gate.wait(10))
    for name in ("counters", "person"):
        worker.submit(lambda ev, name=name: ran.append(name), later=True)
    worker.submit(lambda ev: ran.append("scan"))
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy)
    assert ran == ["scan", "counters", "person"]
