"""The Organiser mode's dashboard follows the event: local check-ins and merged bundles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qt_compat import qt_api

pytestmark = pytest.mark.gui


def dashboard(window):
    from checkin.gui.organiser.dashboard import DashboardTab
    return window.mode_page.tab(DashboardTab)


def file_figures(path: Path):
    """The figures of the file, computed by another connection as another process would."""
    from checkin.core.event import Event
    from checkin.core.reports.figures import compute
    with Event.open(path) as event:
        return compute(event)


def shown(board) -> dict[str, object]:
    """What the dashboard's widgets say, read back from them."""
    model = board.sessions_model
    sessions = {model.data(model.index(r, model.CODE)): (
        int(model.data(model.index(r, model.REGISTERED))),
        int(model.data(model.index(r, model.PRESENT))),
        model.data(model.index(r, model.FILL))) for r in range(model.rowCount())}
    org = board.org_types_model
    return {"arrived": board.arrived.value.text(), "walk_ins": board.walk_ins.value.text(),
            "no_shows": board.no_shows.value.text(), "doubles": board.doubles.value.text(),
            "chart": sum(board.chart.counts), "sessions": sessions,
            "half_days": board.half_days.value.text(),
            "org_arrived": sum(int(org.data(org.index(r, org.ARRIVED)))
                               for r in range(org.rowCount()))}


def expected(f) -> dict[str, object]:
    return {"arrived": f"{f.arrived} / {f.registered}", "walk_ins": str(f.walk_ins),
            "no_shows": str(f.no_shows), "doubles": str(f.double_checkins),
            "chart": f.arrived, "org_arrived": f.arrived,
            "half_days": " · ".join(str(h.present) for h in f.half_days)}  # not "a / b"


def test_organiser_mode_opens_on_the_dashboard_with_the_files_figures(organiser, qtbot,
                                                                        event_path):
    board = dashboard(organiser)
    qtbot.waitUntil(lambda: board.figures is not None)
    assert organiser.mode_page.currentWidget() is board
    truth = file_figures(event_path)
    assert board.figures == truth
    assert {k: v for k, v in shown(board).items() if k in expected(truth)} == expected(truth)
    assert truth.registered > 200 and board.arrived.value.text() == f"0 / {truth.registered}"
    assert organiser.mode_page.menu.menuAction() in organiser.menuBar().actions()


@pytest.mark.slow
def test_dashboard_follows_a_local_check_in(organiser, qtbot, event_path, clock):
    from checkin.core import reception
    board = dashboard(organiser)
    qtbot.waitUntil(lambda: board.figures is not None)
    before = board.figures.arrived
    clock.set(9, 47)
    organiser.worker.submit(lambda ev: reception.check_in(ev, ev.by_code("DPL234")[0]))
    qtbot.waitUntil(lambda: board.figures.arrived == before + 1, timeout=5000)
    assert board.arrived.value.text().startswith(f"{before + 1} / ")
    assert board.chart.labels == ["9h45"] and board.chart.counts == [1]
    assert board.figures == file_figures(event_path)


@pytest.mark.slow
def test_dashboard_follows_a_merged_bundle(organiser, qtbot, event_path, tmp_path):
    """Another station checks people in and records a workshop; its bundle is merged here."""
    from helpers import FakeClock

    from checkin.core import reception, rooms, stations
    from checkin.core.event import Event
    from checkin.core.sync.bundle import merge_bundles, write_bundle
    board = dashboard(organiser)
    qtbot.waitUntil(lambda: board.figures is not None)
    before = board.figures

    other = tmp_path / "accueil-2.checkin"
    with Event.open(event_path) as event:
        stations.clone(event, other, "Accueil 2")
    bundle = tmp_path / "accueil-2.ckb"
    clock = FakeClock()
    with Event.open(other, now=clock) as event:
        regs = [r for r in event.registrations() if not r.cancelled][:12]
        for n, reg in enumerate(regs):
            clock.set(9 + (30 + 4 * n) // 60, (30 + 4 * n) % 60)
            reception.check_in(event, reg)
        clock.set(14, 5)
        for reg in regs[:5]:
            rooms.attend(event, "A", reg, admit_when_full=True)
        write_bundle(event, bundle)

    organiser.worker.submit(lambda ev: merge_bundles(ev, [bundle]))
    qtbot.waitUntil(lambda: board.figures.arrived == before.arrived + 12, timeout=10000)
    truth = file_figures(event_path)
    assert board.figures == truth
    now = shown(board)
    assert {k: v for k, v in now.items() if k in expected(truth)} == expected(truth)
    assert now["sessions"]["A"][1] == truth.session("A").present == 5
    assert now["sessions"]["A"][0] == truth.session("A").registered
    capacity = truth.session("A").capacity
    assert now["sessions"]["A"][2] == f"{round(100 * 5 / capacity)} %"
    assert board.chart.labels[0] == "9h30" and sum(board.chart.counts) == 12


def test_a_burst_of_changes_costs_one_computation(organiser, qtbot, clock):
    from checkin.core import reception
    board = dashboard(organiser)
    qtbot.waitUntil(lambda: board.figures is not None)
    board.timer.setInterval(3_600_000)  # the debounce never fires on its own here
    done = board.computations
    for code in ("DPL234", "NGY234", "LNG234"):
        organiser.worker.submit(lambda ev, c=code: reception.check_in(ev, ev.by_code(c)[0]))
    qtbot.waitUntil(lambda: not organiser.worker.busy)
    qt_api.QtWidgets.QApplication.processEvents()
    assert board.timer.isActive() and board.computations == done
    board.timer.timeout.emit()
    qtbot.waitUntil(lambda: board.computations == done + 1)
    assert board.figures.arrived == 3


def test_dashboard_models_pass_the_model_tester(organiser, qtbot, qtmodeltester):
    board = dashboard(organiser)
    qtbot.waitUntil(lambda: board.figures is not None)
    for model in (board.sessions_model, board.org_types_model, board.departments_model):
        qtmodeltester.check(model)


@pytest.mark.parametrize(("width", "upright"), [(380, True), (900, False)])
def test_arrival_times_are_never_cut_under_their_bars(qtbot, french, width, upright):
    """ "10h15" is wider than "10:15": where the times do not fit under their bars (the
    dashboard at 1366 × 768 gives the chart about 380 pixels) they stand upright rather
    than being cut to "10h…"; where they fit, they are written across."""
    from PySide6.QtGui import QFontMetrics

    from checkin.core.reports.figures import ArrivalBucket
    from checkin.gui.organiser.dashboard import ArrivalsChart
    chart = ArrivalsChart()
    qtbot.addWidget(chart)
    chart.resize(width, 250)
    chart.show()
    qtbot.waitExposed(chart)
    chart.show_arrivals(tuple(ArrivalBucket(f"2022-12-08T{h:02}:{m:02}", 10) for h, m in
                              [(9, 0), (9, 15), (9, 30), (9, 45), (10, 0), (10, 15), (10, 30)]))
    qtbot.waitUntil(lambda: chart.chart().plotArea().width() > 0)
    assert chart.labels[-1] == "10h30"
    widest = max(QFontMetrics(chart.x_axis.labelsFont()).horizontalAdvance(t)
                 for t in chart.labels)
    assert (widest > chart.label_room()) is upright
    assert chart.x_axis.labelsAngle() == (-90 if upright else 0)


def test_updated_at_is_the_events_clock(organiser, qtbot, clock):
    """The figures say when they were computed by the clock the event is given, the one
    its check-ins are timed by (the demo and tests run on a clock of their own), not the
    wall clock of the machine."""
    import datetime as dt

    from checkin.gui import times
    board = dashboard(organiser)
    qtbot.waitUntil(lambda: board.figures is not None)
    later = dt.datetime.now() + dt.timedelta(hours=5)  # never the wall clock's time
    clock.set(later.hour, later.minute)
    board.refresh()
    said = times.time_text(clock())
    qtbot.waitUntil(lambda: said in board.updated.text())
    assert times.time_text(dt.datetime.now()) not in board.updated.text()
