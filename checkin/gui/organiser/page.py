"""The Organiser page: one tab per tool, listed in TABS.

A tab is a QWidget class built as `Tab(context, parent=None)` (an `OrganiserContext`) with a
`title()` method; add one to TABS to add a tab. It should reach the event only through
`context.worker` and refresh on `context.worker.changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from checkin.gui.organiser.context import FileDialogs, OrganiserContext
from checkin.gui.organiser.dashboard import DashboardTab
from checkin.gui.organiser.exports import ExportsTab
from checkin.gui.organiser.import_tab import ImportTab
from checkin.gui.organiser.programme_editor import ProgrammeTab
from checkin.gui.organiser.tickets_tab import TicketsTab
from checkin.gui.settings import Settings
from checkin.gui.stations.tab import StationsTab
from checkin.gui.worker import EventInfo, EventWorker

TABS: list[Callable[[OrganiserContext], QWidget]] = [
    DashboardTab, ExportsTab, ImportTab, ProgrammeTab, StationsTab, TicketsTab]

STYLE = """
#tile { background: #f3f6fb; border: 1px solid #d5dce8; border-radius: 8px; }
#tileTitle { color: #33415c; font-weight: bold; }
#tileValue { color: #1b2a4a; font-size: 24pt; font-weight: bold; }
#tileCaption, #caption { color: #555; }
#sectionTitle { color: #33415c; font-weight: bold; }
#purgedBanner { background: #fff4e0; border: 1px solid #d98a1c; border-radius: 6px;
    padding: 6px 10px; color: #6b3d00; font-weight: bold; }
#jobMessage[error="true"] { color: #a3231a; font-weight: bold; }
#importCount { font-weight: bold; }
#dangerButton { color: #a3231a; font-weight: bold; }
#primaryButton { font-weight: bold; padding: 4px 14px; }
QGroupBox { font-weight: bold; color: #33415c; }
"""


class OrganiserPage(QTabWidget):
    def __init__(self, worker: EventWorker, info: EventInfo, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiser")
        self.setDocumentMode(True)
        self.setStyleSheet(STYLE)
        self.context = OrganiserContext(worker, info, settings, FileDialogs(settings))
        for tab_class in TABS:
            tab = tab_class(self.context)
            self.addTab(tab, tab.title())  # type: ignore[attr-defined]
        self.menu = self._menu()

    def tab(self, tab_class: type[QWidget]) -> QWidget:
        """The tab of that class (tests and menus reach tabs this way)."""
        for n in range(self.count()):
            widget = self.widget(n)
            if isinstance(widget, tab_class):
                return widget
        raise LookupError(tab_class.__name__)

    def _menu(self) -> QMenu:
        menu = QMenu(self.tr("&Organiser"), self)
        for n in range(self.count()):
            act = QAction(self.tabText(n), menu)
            act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            act.triggered.connect(lambda _=False, n=n: self.setCurrentIndex(n))
            menu.addAction(act)
        menu.addSeparator()
        exports = self.tab(ExportsTab)
        assert isinstance(exports, ExportsTab)
        for text, slot in ((self.tr("Preview and print badges…"), exports.open_badges),
                           (self.tr("Purge the personal data…"), exports.open_purge)):
            act = QAction(text, menu)
            act.triggered.connect(lambda _=False, s=slot: self._show(exports, then=s))
            menu.addAction(act)
        return menu

    def _show(self, tab: QWidget, then: Callable[[], object] | None = None) -> None:
        self.setCurrentWidget(tab)
        if then is not None:
            then()
