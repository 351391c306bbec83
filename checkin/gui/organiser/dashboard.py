"""The live dashboard: tiles, arrivals per quarter of an hour, sessions, breakdowns.

The figures are computed in the event's thread (`reports.figures.compute`) and shown here.
Every change the worker reports (a check-in here, a merge from another station) restarts a
short timer: a rush of check-ins or a big merge costs one computation, not hundreds.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QAbstractItemModel, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.core import overbooking
from checkin.core.reports import figures as figures_
from checkin.core.reports.figures import Figures
from checkin.gui import times
from checkin.gui.errors import describe
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.organiser.overbooking import OverbookingBanner
from checkin.gui.organiser.tables import BreakdownModel, FillDelegate, SessionsModel, percent

DEBOUNCE_MS = 500


class Tile(QFrame):
    """A big figure with what it counts above and a detail below."""

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.title = QLabel(title, objectName="tileTitle")
        self.value = QLabel("—", objectName="tileValue")
        self.value.setAccessibleName(name)
        self.caption = QLabel("", objectName="tileCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        for label in (self.title, self.value, self.caption):
            layout.addWidget(label)

    def show_value(self, value: str, caption: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)


LABEL_PADDING = 5  # Qt Charts' own, around an axis label


class ArrivalsChart(QChartView):
    """Arrivals at reception per quarter of an hour, as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.tr("Arrivals per quarter of an hour"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        self.setChart(chart)
        chart.plotAreaChanged.connect(lambda _: self.fit_labels())  # resized, or new axes
        self.labels: list[str] = []
        self.counts: list[int] = []
        self.x_axis: QBarCategoryAxis | None = None
        self.setMinimumHeight(220)

    def show_arrivals(self, buckets: tuple[figures_.ArrivalBucket, ...]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.labels = [times.time_text(b.label) for b in buckets]
        self.counts = [b.count for b in buckets]
        bars = QBarSet(self.tr("Arrivals"))
        bars.setColor(QColor("#1f5fa8"))
        bars.append([float(c) for c in self.counts])
        series = QBarSeries()
        series.setBarWidth(0.85)
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(self.labels or [""])
        small = QFont()
        small.setPointSize(8)
        x.setLabelsFont(small)
        self.x_axis = x
        y = QValueAxis()
        y.setRange(0, max([*self.counts, 4]))
        y.applyNiceNumbers()  # round steps: 0, 20, 40... rather than 0, 17, 35...
        y.setLabelFormat("%d")
        y.setLabelsFont(small)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.fit_labels()

    def label_room(self) -> float:
        """The width Qt Charts gives each label under its bar before cutting it with "…":
        the axis shared by one more than the bars, less a padding each side."""
        area = self.chart().plotArea().width() or self.width() - 60.0
        return area / (len(self.labels) + 1) - 2 * LABEL_PADDING

    def fit_labels(self) -> None:
        """Times written across when they fit under their bars ("10h15" is wider than
        "10:15"), upright when they do not: never cut to "10h…"."""
        if self.x_axis is None:
            return
        metrics = QFontMetrics(self.x_axis.labelsFont())
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=0)
        self.x_axis.setLabelsAngle(0 if widest <= self.label_room() else -90)


def _table(model: QAbstractItemModel, fill_column: int, warn: bool) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(fill_column, FillDelegate(warn, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setHighlightSections(False)
    return view


class DashboardTab(QWidget):
    """Live figures of the event; `figures` holds those shown."""

    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.worker = context.worker
        self.figures: Figures | None = None
        self.computations = 0
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self._build()
        self.worker.changed.connect(alive(self, lambda _: self.timer.start()))
        self.refresh()

    def title(self) -> str:
        return self.tr("Dashboard")

    def _build(self) -> None:
        self.banner = QLabel(objectName="purgedBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.arrived = Tile(self.tr("Arrived / registered"), "arrived")
        self.walk_ins = Tile(self.tr("Walk-ins"), "walk-ins")
        self.no_shows = Tile(self.tr("Not arrived"), "no-shows")
        self.doubles = Tile(self.tr("Double check-ins"), "doubles")
        self.half_days = Tile(self.tr("Present morning / afternoon"), "half-days")
        tiles = QHBoxLayout()
        for tile in self.tiles():
            tiles.addWidget(tile, 1)

        self.overbooked = OverbookingBanner()
        self.chart = ArrivalsChart()
        self.sessions_model = SessionsModel(self)
        self.sessions = _table(self.sessions_model, SessionsModel.FILL, warn=True)
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(SessionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.sessions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.org_types_model = BreakdownModel(self.tr("Type of organisation"), self)
        self.departments_model = BreakdownModel(self.tr("Département"), self)
        self.org_types = _table(self.org_types_model, BreakdownModel.SHARE, warn=False)
        self.departments = _table(self.departments_model, BreakdownModel.SHARE, warn=False)
        for view in (self.org_types, self.departments):
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.updated = QLabel(objectName="caption")

        upper, lower = QHBoxLayout(), QHBoxLayout()
        upper.addWidget(self.chart, 3)
        upper.addWidget(self._titled(self.tr("Sessions"), self.sessions), 7)
        lower.addWidget(self._titled(self.tr("By type of organisation"), self.org_types), 1)
        lower.addWidget(self._titled(self.tr("By département"), self.departments), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(tiles)
        layout.addWidget(self.overbooked)
        layout.addLayout(upper, 5)
        layout.addLayout(lower, 4)
        layout.addWidget(self.updated)

    def _titled(self, title: str, view: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(QLabel(title, objectName="sectionTitle"))
        layout.addWidget(view, 1)
        return box

    def tiles(self) -> list[Tile]:
        return [self.arrived, self.walk_ins, self.no_shows, self.doubles, self.half_days]

    # -- figures -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures again in the event's thread (the latest request wins)."""
        self.timer.stop()
        self.worker.submit(times.at_event_time(figures_.compute), alive(self, self._computed),
                           alive(self, self._failed), key="organiser-dashboard")

    def _computed(self, done: tuple[Figures, dt.datetime]) -> None:
        self.show_figures(*done)

    def show_figures(self, f: Figures, at: dt.datetime) -> None:
        """The figures `f`, computed at `at` on the event's clock."""
        self.figures = f
        self.computations += 1
        self.arrived.show_value(f"{f.arrived} / {f.registered}",
                                self.tr("%1 arrived").replace("%1", percent(f.arrived,
                                                                            f.registered))
                                + (self.tr(" · %1 cancelled").replace("%1", str(f.cancelled))
                                   if f.cancelled else ""))
        self.walk_ins.show_value(str(f.walk_ins), self.tr("registered on the day"))
        self.no_shows.show_value(str(f.no_shows), self.tr("registered beforehand, not seen"))
        self.doubles.show_value(str(f.double_checkins), self.tr("checked in more than once"))
        halves = {h.key: h.present for h in f.half_days}
        # two counts, not a fraction as "arrived / registered" beside it is
        self.half_days.show_value(f"{halves.get('morning', 0)} · {halves.get('afternoon', 0)}",
                                  self.tr("at reception or in a session"))
        self.chart.show_arrivals(f.arrivals)
        self.sessions_model.set_rows(f.sessions)
        self.overbooked.show_items(overbooking.overbooked(
            {s.code: s.capacity for s in f.sessions}, {s.code: s.registered for s in f.sessions}))
        self.org_types_model.set_rows(f.by_org_type)
        self.departments_model.set_rows(f.by_department)
        if f.purged_at:
            self.banner.setText(self.tr("⚠ The personal data of this event were purged on %1:"
                                        " these are the figures kept at that moment.")
                                .replace("%1", f.purged_at[:10]))
        self.banner.setVisible(bool(f.purged_at))
        self.updated.setText(self.tr("Updated at %1, after every check-in and every merge.")
                             .replace("%1", times.time_text(at)))

    def _failed(self, exc: Exception) -> None:
        self.updated.setText(self.tr("The figures could not be computed: %1")
                             .replace("%1", describe(exc)))
