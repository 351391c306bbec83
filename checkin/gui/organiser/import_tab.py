"""Re-importing an updated registration export: the detected columns (correctable, as when
the event was created), what the import would do, and only then the import itself.

Planning reads the event's registrations, so it runs in the event's thread; the import plans
again at the moment it writes, against the registrations of that moment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.event import Event
from checkin.core.importing import ImportPlan, ImportReport, plan_import
from checkin.core.progress import Cancelled, Progress, Stoppable
from checkin.gui.errors import describe
from checkin.gui.new_event import (
    ColumnsModel,
    cells_to_look_at,
    columns_table,
    role_choices,
    skipped_rows,
    time_column_words,
)
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.organiser.overbooking import OverbookingBanner
from checkin.gui.organiser.status import JobStatus
from checkin.gui.widgets import WrapLabel


class ImportTab(QWidget):
    planned = Signal()  # a preview (or its failure) is shown

    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan: ImportPlan | None = None
        self.preview_progress: Stoppable | None = None
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The updated export of the registration form"))
        self.path_edit.editingFinished.connect(self.preview)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose)
        self.model = ColumnsModel(self)
        self.model.dataChanged.connect(self.preview)
        self.view = columns_table(
            self.model, lambda: role_choices(context.info.programme), self)
        self.view.verticalHeader().hide()
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in self._count_labels():
            self.counts[key] = QLabel("—", objectName="importCount")
            form.addRow(label, self.counts[key])
        self.details = WrapLabel(objectName="caption")
        self.overbooked = OverbookingBanner()  # once imported: worth knowing before the day
        self.error = WrapLabel(objectName="jobMessage")
        self.error.setProperty("error", True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.status = JobStatus(context)
        self.status.finished.connect(self._job_ended)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Registrations (CSV, XLSX)")))
        top.addWidget(self.path_edit, 1)
        top.addWidget(choose)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("What the import would do"), objectName="sectionTitle"))
        side.addLayout(form)
        side.addWidget(self.details)
        side.addWidget(self.overbooked)
        side.addStretch()
        button_row = QHBoxLayout()
        button_row.addStretch()
        button_row.addWidget(self.import_button)
        side.addLayout(button_row)
        middle = QHBoxLayout()
        columns = QVBoxLayout()
        columns.addWidget(WrapLabel(self.tr("Detected columns: correct “Read as” if it is wrong"
                                            " (F2 or double-click). Nothing is written before"
                                            " you click Import."), objectName="caption"))
        columns.addWidget(self.view, 1)
        middle.addLayout(columns, 3)
        middle.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        self.error.hide()

    def title(self) -> str:
        return self.tr("Re-import")

    def _count_labels(self) -> list[tuple[str, str]]:
        return [("added", self.tr("New registrations to add")),
                ("updated", self.tr("Registrations to update")),
                ("unchanged", self.tr("Unchanged")),
                ("merged", self.tr("Resubmitted forms merged")),
                ("skipped", self.tr("Rows skipped (no name)")),
                ("unmatched", self.tr("Session choices to look at")),
                ("missing", self.tr("In the event, not in this file (kept)"))]

    # -- preview -------------------------------------------------------------------------------

    def choose(self) -> None:
        path = self.context.dialogs.open_file(
            self, self.tr("Registrations"), self.tr("Exports (*.csv *.xlsx);;All files (*)"))
        if path is not None:
            self.path_edit.setText(str(path))
            self.model.overrides.clear()
            self.preview()

    def preview(self) -> None:
        text = self.path_edit.text().strip()
        self.plan = None
        self.import_button.setEnabled(False)
        if not text:
            self._show_report(None)
            return
        path, overrides = Path(text), dict(self.model.overrides)

        if self.preview_progress is not None:  # a newer preview supersedes it
            self.preview_progress.stop()
        progress = self.preview_progress = self.status.begin(self.tr("Reading…"))

        def job(event: Event) -> ImportPlan:
            return plan_import(path, event.programme, event.registrations(), overrides,
                               progress=progress)
        self.details.setText(self.tr("Reading…"))
        def mine(then: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(result: Any) -> None:
                if progress is self.preview_progress:  # not a preview since superseded
                    self.preview_progress = None
                    then(result)
            return alive(self, call)
        self.context.worker.submit(job, mine(self._planned), mine(self._failed),
                                   key="organiser-import-preview")

    def _planned(self, plan: ImportPlan) -> None:
        self.status.clear()
        self.model.set_plan(plan)
        self._show_report(plan.report)
        if plan.report.rows == 0:
            self._show_error(self.tr("%1 has no registration in it, only a header: nothing to"
                                     " import.").replace("%1", plan.report.file))
        elif not plan.entries:
            self._show_error("")
            self.details.setText(self.details.text() + " " + self.tr(
                "The event already holds all of it: nothing to import."))
        else:
            self.plan = plan
            self._show_error("")
            self.import_button.setEnabled(True)
            self.import_button.setText(
                self.tr("Import: %n new", "", plan.report.added) + ", "
                + self.tr("%n updated", "", plan.report.updated))
        self.planned.emit()

    def _failed(self, exc: Exception) -> None:
        self.model.set_plan(None)
        self._show_report(None)
        if isinstance(exc, Cancelled):
            self.status.fail(exc)
        else:
            self.status.clear()
            self._show_error(describe(exc))
        self.planned.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(f"⚠ {text}" if text else "")
        self.error.setVisible(bool(text))

    def _show_report(self, report: ImportReport | None) -> None:
        values = {} if report is None else {
            "added": report.added, "updated": report.updated, "unchanged": report.unchanged,
            "merged": report.merged, "skipped": len(report.skipped),
            "unmatched": len(report.unmatched), "missing": report.missing}
        for key, label in self.counts.items():
            label.setText(str(values[key]) if key in values else "—")
        self.details.setText(self._details(report) if report else "")
        self.overbooked.show_items(report.overbooked if report else [])

    def _details(self, report: ImportReport) -> str:
        parts = [self.tr("%1 rows read.").replace("%1", str(report.rows)),
                 time_column_words(report)]
        return " ".join(parts + skipped_rows(report) + cells_to_look_at(report))

    def _job_ended(self) -> None:
        # A stopped or failed import may be tried again; a preview ends with a plan set
        # only when there is something to import.
        self.import_button.setEnabled(self.plan is not None)

    # -- import --------------------------------------------------------------------------------

    def commit(self) -> None:
        if self.plan is None:
            return
        path, overrides = Path(self.path_edit.text().strip()), dict(self.model.overrides)
        self.import_button.setEnabled(False)

        def job(event: Event, progress: Progress) -> ImportReport:
            plan = plan_import(path, event.programme, event.registrations(), overrides,
                               progress=progress)
            event.append(plan.entries, progress=progress)  # a stop in it writes nothing
            return plan.report

        def done(report: ImportReport) -> tuple[str, None]:
            self.plan = None
            self.import_button.setText(self.tr("Import"))
            return (self.tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                    .replace("%1", report.file).replace("%2", str(report.added))
                    .replace("%3", str(report.updated)).replace("%4", str(report.unchanged)),
                    None)
        self.status.run_tracked(self.tr("Importing…"), job, done)
