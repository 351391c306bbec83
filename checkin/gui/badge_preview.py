"""The organiser's batch of badges: choose the medium, see the PDF, print or save it.

Rendering runs in the event's worker thread (it reads the registrations), printing in
the printer process (`printing`); the dialog shows QtPdf's rendering of the very file
that is printed, on a printer or CUPS queue remembered for batches.
Badges sent to the printer are journaled; a PDF saved to disk is not a print.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.core.badges import (
    DEFAULT_MEDIA,
    BadgeReport,
    load_layout,
    media_names,
    printed_ids,
    record_prints,
    render_badges,
    select_registrations,
)
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.core.progress import Cancelled
from checkin.gui.errors import describe
from checkin.gui.file_dialogs import FileDialogs, documents_folder
from checkin.gui.printing import (
    PrinterLookup,
    PrintJob,
    PrintTarget,
    print_targets,
    start_print,
    target_label,
)
from checkin.gui.progress_bar import JobProgress
from checkin.gui.settings import Settings
from checkin.gui.typography import labelled
from checkin.gui.worker import EventWorker

translate = QCoreApplication.translate


class BadgePreviewDialog(QDialog):
    """Badges of the whole event (or of `codes`), sorted by last name, previewed."""

    def __init__(self, worker: EventWorker, settings: Settings | None = None,
                 codes: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.settings = settings
        self.codes = codes or []
        self.report: BadgeReport | None = None
        self.regs: list[Registration] = []
        self.already_printed = 0
        self._job: PrintJob | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="checkin-preview-")
        self._version = 0
        self.pdf_path = Path(self._dir.name) / "badges.pdf"
        self.setWindowTitle(translate("BadgePreview", "Badges"))
        self.resize(900, 760)
        self._build()
        self.refresh()

    # -- the widgets -------------------------------------------------------------------

    def _build(self) -> None:
        self.media = QComboBox()
        for name in media_names():
            self.media.addItem(load_layout(name).description, name)
        self.media.setCurrentIndex(max(0, self.media.findData(self._saved_media())))
        self.not_printed = QCheckBox(translate("BadgePreview", "Only badges not printed yet"))
        self.cut_marks = QCheckBox(translate("BadgePreview", "Cut marks"))
        self.offset_x, self.offset_y = (self._offset_box(), self._offset_box())
        offsets = QHBoxLayout()
        for label, box in ((translate("BadgePreview", "right"), self.offset_x),
                           (translate("BadgePreview", "down"), self.offset_y)):
            offsets.addWidget(box)
            offsets.addWidget(QLabel(label))
        offsets.addStretch()
        self.printer = QComboBox()
        self.printer.setPlaceholderText(translate("BadgePreview", "Looking for printers…"))
        self._lookup = PrinterLookup(self)
        self._lookup.found.connect(self._printers_found)
        form = QFormLayout()
        form.addRow(translate("BadgePreview", "Medium"), self.media)
        form.addRow("", self.not_printed)
        form.addRow(translate("BadgePreview", "Printer offset (mm)"), offsets)
        form.addRow("", self.cut_marks)
        form.addRow(translate("BadgePreview", "Printer"), self.printer)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = JobProgress()  # "Badges 350 sur 1 000", and Stop
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_button = QPushButton(translate("BadgePreview", "Save PDF…"))
        self.print_button = QPushButton(translate("BadgePreview", "Print"))
        self.print_button.setDefault(True)
        close = QPushButton(translate("BadgePreview", "Close"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

        for combo in (self.media,):
            combo.currentIndexChanged.connect(self.refresh)
        for check in (self.not_printed, self.cut_marks):
            check.toggled.connect(self.refresh)
        for spin in (self.offset_x, self.offset_y):
            spin.editingFinished.connect(self.refresh)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_badges)
        close.clicked.connect(self.reject)

    def _offset_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-20, 20)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        return box

    def _printers_found(self, printers: list[str], queues: list[str]) -> None:
        saved = self._saved_printer()
        for kind, name in print_targets(printers, queues):
            self.printer.addItem(target_label(kind, name), f"{kind}\t{name}")
        wanted = (f"{saved.kind}\t{saved.name}" if saved is not None
                  else f"qt\t{self._lookup.default}")
        self.printer.setCurrentIndex(max(0, self.printer.findData(wanted)))
        if self._lookup.problem:
            self.printer.setPlaceholderText(self._lookup.problem)
        elif self.printer.count() == 0:
            self.printer.setPlaceholderText(translate("BadgePreview", "No printer found"))
        # The save button is enabled exactly when a rendered batch waits.
        self.print_button.setEnabled(self.save_button.isEnabled() and self.printer.count() > 0)

    def _saved_printer(self) -> PrintTarget | None:
        if self.settings is None:
            return None
        kind, _, name = str(self.settings.store.value("printing/batch_printer", "")
                            ).partition("\t")
        return PrintTarget(kind, name) if name else None

    def _saved_media(self) -> str:
        if self.settings is None:
            return DEFAULT_MEDIA
        return str(self.settings.store.value("printing/batch_media", DEFAULT_MEDIA))

    # -- rendering in the event's thread ---------------------------------------------------

    @property
    def media_name(self) -> str:
        return str(self.media.currentData())

    def refresh(self) -> None:
        """Render the badges again with the current choices."""
        self._version += 1
        version = self._version
        media, codes, not_printed = self.media_name, self.codes, self.not_printed.isChecked()
        offset = (self.offset_x.value(), self.offset_y.value())
        cut_marks = self.cut_marks.isChecked()
        out = Path(self._dir.name) / f"badges-{version}.pdf"
        if self.progress.tracker is not None:  # a newer rendering replaces it
            self.progress.tracker.stop()
        progress = self.progress.start()
        self._set_busy(True)

        def job(event: Event) -> tuple[BadgeReport | None, list[Registration], int]:
            regs = select_registrations(event, codes, not_printed)
            if not regs:
                return None, [], 0
            report = render_badges(event, regs, media, out, offset, cut_marks,
                                   progress=progress)
            done = printed_ids(event)
            return report, regs, sum(r.id in done for r in regs)

        def failed(exc: Exception) -> None:
            out.unlink(missing_ok=True)  # what a stopped rendering left
            if version != self._version:
                return
            self.progress.finish()
            if isinstance(exc, Cancelled):
                self.status.setText(translate("BadgePreview", "Stopped."))
                self._set_busy(False, has_pdf=False)
            else:
                self._failed(exc)
        self.worker.submit(job, lambda result: self._rendered(version, out, result), failed)

    def _rendered(self, version: int, out: Path,
                  result: tuple[BadgeReport | None, list[Registration], int]) -> None:
        if version != self._version:  # the choices changed since: a newer one comes
            return
        self.progress.finish()
        self.report, self.regs, self.already_printed = result
        self.document.close()
        if self.report is None:
            self.status.setText(translate("BadgePreview", "No badge to print."))
            self._set_busy(False, has_pdf=False)
            return
        if self.pdf_path != out:
            self.pdf_path.unlink(missing_ok=True)
        self.pdf_path = out
        self.document.load(str(out))
        self.status.setText(self._summary(self.report))
        self._set_busy(False)

    def _summary(self, report: BadgeReport) -> str:
        badges, pages = report.badges, report.pages
        text = self.tr("%n badge(s)", "", badges) + " " + self.tr("on %n page(s).", "", pages)
        if report.not_fitting:
            names = ", ".join(f"{p.name} ({p.code})" for p in report.not_fitting[:8])
            text += " " + translate("BadgePreview", "Too long even at the smallest size,"
                                                    " squeezed: {names}.").format(names=names)
        if report.missing_glyphs:
            names = ", ".join(labelled(f"{p.name} ({p.code})", p.missing)
                              for p in report.missing_glyphs[:8])
            text += " " + translate("BadgePreview", "Characters the font cannot draw:"
                                                    " {names}.").format(names=names)
        return text

    def _set_busy(self, busy: bool, has_pdf: bool = True) -> None:
        ready = not busy and has_pdf and self._job is None
        self.print_button.setEnabled(ready and self.printer.count() > 0)
        self.save_button.setEnabled(ready)
        if busy:
            self.status.setText(translate("BadgePreview", "Preparing the badges…"))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe(exc))
        self._set_busy(False, has_pdf=False)

    # -- saving and printing -----------------------------------------------------------------

    def save_pdf(self, path: Path | None = None) -> None:
        if path is None:
            title = translate("BadgePreview", "Save the badges")
            if self.settings is not None:
                path = FileDialogs(self.settings).save_file(self, title, "badges.pdf",
                                                            "PDF (*.pdf)")
            else:
                chosen, _ = QFileDialog.getSaveFileName(
                    self, title, str(documents_folder() / "badges.pdf"), "PDF (*.pdf)")
                path = Path(chosen) if chosen else None
            if path is None:
                return
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:  # a folder gone, a full disk: said, the preview kept
            self.status.setText(describe(exc))
            return
        self.status.setText(translate("BadgePreview", "Saved to {path} (not recorded as"
                                                      " printed).").format(path=path))

    def print_badges(self, confirm: bool = True) -> None:
        if not self.regs or self.printer.count() == 0:
            return
        if confirm and self.already_printed and not self._confirm_reprint():
            return
        kind, _, name = str(self.printer.currentData()).partition("\t")
        if self.settings is not None:
            self.settings.store.setValue("printing/batch_media", self.media_name)
            self.settings.store.setValue("printing/batch_printer", f"{kind}\t{name}")
        target = PrintTarget(kind, name, self.media_name)
        self._job = start_print(self.pdf_path, target, self._printed, self._print_failed, self)
        self._set_busy(True)
        self.status.setText(translate("BadgePreview", "Printing…"))

    def _confirm_reprint(self) -> bool:
        text = translate("BadgePreview", "{count} of these {total} badges were printed"
                                         " before. Print them all again?").format(
            count=self.already_printed, total=len(self.regs))
        answer = QMessageBox.question(self, translate("BadgePreview", "Print again?"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _printed(self, job: PrintJob, description: str) -> None:
        self._job = None
        regs, media = list(self.regs), job.target.media
        self.worker.submit(lambda event: record_prints(event, regs, media),
                           lambda entries: self._recorded(len(entries), description),
                           self._failed)

    def _recorded(self, count: int, job: str) -> None:
        self.status.setText(self.tr("%n badge(s) sent to %1 and recorded as printed.", "", count)
                            .replace("%1", job))
        self._set_busy(False)

    def _print_failed(self, job: PrintJob, message: str) -> None:
        self._job = None
        self.status.setText(message)
        self._set_busy(False)

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
