"""Search as you type, through the event's worker, for the desk and the room stations.

Only the latest query runs (the worker drops superseded ones by key), results that no
longer match the field are dropped, and an Enter pressed before the results of what was
typed have come waits for them rather than acting on an older list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from checkin.core.event import Event
from checkin.gui.worker import EventWorker


class LiveSearch:
    def __init__(self, field: QLineEdit, worker: EventWorker, key: str,
                 job_for: Callable[[str], Callable[[Event], Any]],
                 show: Callable[[str, Any], None],
                 clear: Callable[[], None], enter: Callable[[], None],
                 failed: Callable[[Exception], None]) -> None:
        self.field = field
        self.worker = worker
        self.key = key
        self._job_for, self._show, self._clear, self._enter = job_for, show, clear, enter
        self._failed = failed
        self._shown: str | None = ""  # the query whose results are on screen; None: stale
        self._enter_waiting = False
        field.textChanged.connect(self.search)

    def search(self, text: str) -> None:
        query = text.strip()
        if not query:
            self._shown = ""
            self._clear()
            return
        find = self._job_for(query)  # made here: what it needs is read on the GUI thread

        def job(event: Event) -> tuple[str, Any]:
            return query, find(event)
        self._shown = None
        self.worker.submit(job, self._on_results, self._failed, key=self.key)

    def _on_results(self, found: tuple[str, Any]) -> None:
        query, result = found
        if not shiboken6.isValid(self.field):
            return  # its page closed while the search ran (a plain object: the worker
            # cannot tell, as it does for a widget's own methods)
        if query != self.field.text().strip():
            return  # a newer search is on its way
        self._shown = query
        self._show(query, result)
        if self._enter_waiting:
            self._enter_waiting = False
            self._enter()

    def defer_enter(self) -> bool:
        """True when Enter must wait for the results of what was typed (it will come back
        to the view's enter once they are shown)."""
        if self._shown is None and self.field.text().strip():
            self._enter_waiting = True
            return True
        return False

    def clear_silently(self) -> None:
        """Empty the field without searching (the view shows a list of its own)."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._shown = ""

    def focus(self) -> None:
        """Back to the field, its text selected: the next keystroke starts a new search."""
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    def refresh(self) -> None:
        self.search(self.field.text())
