"""The organiser's outputs: spreadsheets, sign-in sheets, certificates, funders' logos, the
badge batch, the data-protection purge and the tour's report. Files are written in the
event's thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.event import Event
from checkin.core.reports import certificates, logos, sheets, spreadsheet
from checkin.gui.badge_preview import BadgePreviewDialog
from checkin.gui.organiser.context import OrganiserContext, alive
from checkin.gui.organiser.purge_dialog import PurgeDialog
from checkin.gui.organiser.status import JobStatus
from checkin.gui.organiser.tour_report import TourReport
from checkin.gui.widgets import WrapLabel


class ExportsTab(QWidget):
    def __init__(self, context: OrganiserContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.short = context.info.short
        self.badge_dialog: BadgePreviewDialog | None = None
        self.purge_dialog: PurgeDialog | None = None
        self.buttons: list[QPushButton] = []
        self.status = JobStatus(context)
        self.status.finished.connect(lambda _: self._enable(True))
        self._build()
        context.worker.changed.connect(alive(self, self._on_changed))
        self.refresh_logos()

    def title(self) -> str:
        return self.tr("Exports")

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        self.buttons.append(button)
        return button

    def _group(self, title: str, text: str, *rows: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(WrapLabel(text, objectName="caption"))
        line = QHBoxLayout()
        for row in rows:
            line.addWidget(row)
        line.addStretch()
        layout.addLayout(line)
        layout.addStretch()
        return box

    def _build(self) -> None:
        self.filled = QComboBox()
        self.filled.addItem(self.tr("Filled in once the day has begun"), None)
        self.filled.addItem(self.tr("Blank (paper fallback)"), False)
        self.filled.addItem(self.tr("Filled in with the times recorded"), True)
        self.logo_names = WrapLabel(objectName="caption")
        self.tour = TourReport(self.context, self._run, self)
        groups = [
            self._group(self.tr("Attendance spreadsheet"),
                        self.tr("Every registration with its arrival and sessions, one sheet"
                                " per session and a summary. CSV opens in French Excel."),
                        self._button(self.tr("Excel (XLSX)…"), lambda: self.export_table("xlsx")),
                        self._button(self.tr("CSV…"), lambda: self.export_table("csv"))),
            self._group(self.tr("Sign-in sheets"),
                        self.tr("Morning, afternoon and one per session, alphabetical, with a"
                                " signature column (PDF)."),
                        self.filled, self._button(self.tr("Sign-in sheets…"), self.export_sheets)),
            self._group(self.tr("Attendance certificates"),
                        self.tr("One page per person recorded present, with the sessions"
                                " attended (PDF)."),
                        self._button(self.tr("All in one PDF…"),
                                     lambda: self.export_certificates(each=False)),
                        self._button(self.tr("One PDF per person…"),
                                     lambda: self.export_certificates(each=True))),
            self._group(self.tr("Funders' logos"),
                        self.tr("Printed at the top of sign-in sheets and certificates;"
                                " carried to every station."),
                        self._button(self.tr("Choose the logos…"), self.choose_logos),
                        self._button(self.tr("Remove them"), self.clear_logos)),
            self._group(self.tr("Badges"),
                        self.tr("All badges sorted by last name, or only those not printed"
                                " yet: preview, then print or save the PDF."),
                        self._button(self.tr("Preview and print badges…"), self.open_badges)),
            self._group(self.tr("Data protection"),
                        self.tr("After the event: remove every name, e-mail and answer from"
                                " this file, keeping only the anonymous figures."),
                        self._button(self.tr("Purge the personal data…"), self.open_purge)),
            self._group(self.tr("The tour's report"),
                        self.tr("This meeting and the tour's others together, for the funders:"
                                " registered, present, people who came to several, who came."),
                        self._button(self.tr("Other meetings…"), self.tour.choose),
                        self._button(self.tr("PDF for funders…"), lambda: self.tour.write("pdf")),
                        self._button(self.tr("Workbook (XLSX)…"), lambda: self.tour.write("xlsx"))),
        ]
        logos = groups[3].layout()
        assert isinstance(logos, QVBoxLayout)  # as _group made it
        logos.insertWidget(1, self.logo_names)
        tour_box = groups[-1].layout()
        assert isinstance(tour_box, QVBoxLayout)
        tour_box.insertWidget(1, self.tour.chosen)
        grid = QGridLayout()
        for n, box in enumerate(groups):
            grid.addWidget(box, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch()
        layout.addWidget(self.status)

    def _enable(self, on: bool) -> None:
        for button in self.buttons:
            button.setEnabled(on)

    def _run(self, doing: str, job: Any, done: Any) -> None:
        self._enable(False)
        self.status.run(doing, job, done)

    def _run_long(self, doing: str, job: Any, done: Any) -> None:
        """As `_run`, with a determinate bar and Stop: `job(event, progress)`."""
        self._enable(False)
        self.status.run_tracked(doing, job, done)

    # -- the actions ---------------------------------------------------------------------------

    def export_table(self, kind: str) -> None:
        filters = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else \
            self.tr("CSV for Excel (*.csv)")
        path = self.context.dialogs.save_file(self, self.tr("Export the attendance"),
                                              f"{self.short}-presences.{kind}", filters)
        if path is None:
            return
        path = path.with_suffix(f".{kind}")
        self._run_long(self.tr("Writing %1…").replace("%1", path.name),
                       lambda ev, progress: spreadsheet.export(ev, path, progress),
                       lambda out: (self.tr("Written: %1").replace("%1", str(out)),
                                    out.parent))

    def export_sheets(self) -> None:
        path = self.context.dialogs.save_file(self, self.tr("Sign-in sheets"),
                                              f"{self.short}-emargement.pdf", "PDF (*.pdf)")
        if path is None:
            return
        path = path.with_suffix(".pdf")
        filled = self.filled.currentData()

        def done(report: sheets.SheetsReport) -> tuple[str, Path]:
            state = self.tr("filled in") if report.filled else self.tr("blank")
            return (self.tr("Written: %1 (%2 sheets, %3 pages, %4)")
                    .replace("%1", str(report.path)).replace("%2", str(report.sheets))
                    .replace("%3", str(report.pages)).replace("%4", state), report.path.parent)
        self._run_long(self.tr("Writing %1…").replace("%1", path.name),
                       lambda ev, progress: sheets.write(ev, path, filled=filled,
                                                         progress=progress), done)

    def export_certificates(self, each: bool) -> None:
        dialogs = self.context.dialogs
        if each:
            folder = dialogs.choose_folder(self, self.tr("Folder for the certificates"))
            if folder is None:
                return
            self._run_long(self.tr("Writing the certificates…"),
                           lambda ev, progress: certificates.write_each(ev, folder,
                                                                        progress=progress),
                           lambda paths: (self.tr("Written: %1 certificates in %2")
                                          .replace("%1", str(len(paths)))
                                          .replace("%2", str(folder)), folder))
            return
        path = dialogs.save_file(self, self.tr("Attendance certificates"),
                                 f"{self.short}-attestations.pdf", "PDF (*.pdf)")
        if path is None:
            return
        path = path.with_suffix(".pdf")
        self._run_long(self.tr("Writing %1…").replace("%1", path.name),
                       lambda ev, progress: certificates.write(ev, path, progress=progress),
                       lambda done: (self.tr("Written: %1 (%2 certificates)")
                                     .replace("%1", str(path)).replace("%2", str(len(done))),
                                     path.parent))

    def choose_logos(self) -> None:
        paths = self.context.dialogs.open_files(
            self, self.tr("Funders' logos"), self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"))
        if paths:
            self._set_logos(paths)

    def clear_logos(self) -> None:
        self._set_logos([])

    def _set_logos(self, paths: list[Path]) -> None:
        self._run(self.tr("Saving the logos…"), lambda ev: logos.set_logos(ev, paths),
                  lambda found: (self.tr("%n logo(s) saved in the event.", "", len(found)),
                                 None))

    def refresh_logos(self) -> None:
        def names(event: Event) -> list[str]:
            return [logo.name for logo in logos.logos(event)]
        self.context.worker.submit(names, alive(self, self._show_logos))

    def _show_logos(self, names: list[str]) -> None:
        self.logo_names.setText(self.tr("Now: %1").replace("%1", ", ".join(names))
                                if names else self.tr("No logo yet."))

    def _on_changed(self, subjects: set[str]) -> None:
        if logos.LOGOS_SUBJECT in subjects:
            self.refresh_logos()

    def open_badges(self) -> None:
        self.badge_dialog = BadgePreviewDialog(self.context.worker, self.context.settings,
                                               parent=self)
        self.badge_dialog.open()

    def open_purge(self) -> None:
        self.purge_dialog = PurgeDialog(self.context, parent=self)
        self.purge_dialog.open()
