"""Badges printed at the desk: the person card's button and Ctrl+P (asking before a
reprint), optionally automatically at check-in (never twice), on the printer chosen for
this station in the Settings menu. The printing itself is `printing.BadgePrinter`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from checkin.core import (
    badges,  # layouts load reportlab: on first use only
    names,
)
from checkin.core.badges.selection import DEFAULT_MEDIA
from checkin.core.model import Registration
from checkin.gui.desk.print_notice import PrintNotice
from checkin.gui.printing import (
    BadgePrinter,
    PrinterLookup,
    PrintTarget,
    load_target,
    print_targets,
    save_target,
    target_label,
)
from checkin.gui.settings import Settings

if TYPE_CHECKING:
    from checkin.gui.desk.view import DeskView

translate = QCoreApplication.translate
PRINT_KEYS = "Ctrl+P"


class DeskPrinting(QObject):
    """The desk's badge printing: one per desk view."""

    def __init__(self, desk: DeskView) -> None:
        super().__init__(desk)
        self.desk = desk
        self.printer = BadgePrinter(desk.worker, lambda: load_target(desk.settings), self)
        self.printer.printed.connect(self._printed)
        self.printer.failed.connect(self._failed)
        # The printer process starts once the desk is shown, before the first print.
        QTimer.singleShot(0, self.printer.warm_up)
        # Said on the person card, where the receptionist looks, not only in the status bar
        self.notice = PrintNotice()
        self.notice.choose_printer.connect(self.choose_printer)
        desk.card.add_notice(self.notice)
        desk.card.shown.connect(self.notice.card_shows)
        self.action = QAction(translate("DeskPrinting", "Print the badge"), desk)
        self.action.setShortcut(QKeySequence(PRINT_KEYS))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.print_current)
        desk.addAction(self.action)
        card = desk.card
        card.print_button.setText(translate("DeskPrinting", "Print the badge (Ctrl+P)"))
        card.print_requested.connect(self.print_current)
        desk.add_hint(translate("DeskPrinting", "Ctrl+P: print the badge"))

    def print_current(self) -> None:
        """The person on the card: printed, or asked about first if printed before."""
        reg = self.desk.card.registration
        if reg is None:
            self.desk.status_message.emit(translate("DeskPrinting", "Choose a person first."))
        elif load_target(self.desk.settings) is None:
            self.notice.no_printer(reg)
            self.desk.status_message.emit("⚠ " + translate(
                "Printing", "No badge printer is chosen for this station."))
        elif not self.printer.request(reg, self.desk, if_printed="ask"):
            self.desk.status_message.emit(translate(
                "DeskPrinting", "The badge of %1 is already being printed.")
                .replace("%1", names.full(reg.first_name, reg.last_name) or reg.code))
        self.desk.focus_search()

    def checked_in(self, reg: Registration | None) -> None:
        """Automatic printing at check-in, when this station does it: never a reprint."""
        if reg is not None and self.desk.settings.auto_print:
            self.printer.request(reg, self.desk, if_printed="skip")

    def choose_printer(self) -> None:
        """This station's printer dialog; once one is chosen, the badge on the card prints
        (what the receptionist was trying to do)."""
        self.dialog = PrinterDialog(self.desk.settings, self.desk.window())
        self.dialog.accepted.connect(self._printer_chosen)
        self.dialog.open()

    def _printer_chosen(self) -> None:
        reg = self.desk.card.registration
        if load_target(self.desk.settings) is not None and reg is not None \
                and reg.id in self.notice.about:
            self.notice.clear()
            self.print_current()

    def _printed(self, ids: list[str], job: str) -> None:
        self.notice.printed(ids)
        self.desk.status_message.emit(translate("DeskPrinting", "Badge sent to the printer"
                                                                " (%1).").replace("%1", job))

    def _failed(self, regs: list[Registration], message: str) -> None:
        self.notice.failed(regs, message)
        text = translate("DeskPrinting", "Badge not printed: %1").replace("%1", message)
        self.desk.status_message.emit("⚠ " + text)


class PrinterDialog(QDialog):
    """This station's badge printer and medium, and whether it prints at check-in."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("DeskPrinting", "Badge printer"))
        current = load_target(settings)
        self.printer = QComboBox(objectName="printerChoice")
        self.media = QComboBox(objectName="mediaChoice")
        for name in badges.media_names():
            self.media.addItem(badges.load_layout(name).description, name)
        media = current.media if current else DEFAULT_MEDIA
        self.media.setCurrentIndex(max(0, self.media.findData(media)))
        self.auto = QCheckBox(translate("DeskPrinting", "Print the badge at every check-in"
                                                        " (never twice)"))
        self.auto.setChecked(settings.auto_print)
        self.note = QLabel(translate("DeskPrinting", "Looking for printers…"))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("DeskPrinting", "Printer"), self.printer)
        form.addRow(translate("DeskPrinting", "Medium"), self.media)
        form.addRow("", self.auto)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._current = current
        # Asked of the printer process: a print server that does not answer never
        # freezes this dialog, it only leaves the list empty with a word why.
        self._lookup = PrinterLookup(self)
        self._lookup.found.connect(self._found)

    def _found(self, printers: list[str], queues: list[str]) -> None:
        current = self._current  # kept even when absent now
        targets = print_targets(printers, queues, keep=current)
        for kind, name in targets:
            self.printer.addItem(target_label(kind, name), f"{kind}\t{name}")
        if current is not None:
            self.printer.setCurrentIndex(max(0, self.printer.findData(
                f"{current.kind}\t{current.name}")))
        if self._lookup.problem:
            self.note.setText(translate("DeskPrinting", "Printers could not be listed: %1")
                              .replace("%1", self._lookup.problem))
        else:
            self.note.setText("" if targets else translate(
                "DeskPrinting", "No printer found: install one (or CUPS) and open this"
                                " again."))

    def target(self) -> PrintTarget | None:
        data = self.printer.currentData()
        if not data:
            return None
        kind, _, name = str(data).partition("\t")
        return PrintTarget(kind, name, str(self.media.currentData()))

    def accept(self) -> None:
        target = self.target()
        if target is not None:
            save_target(self.settings, target)
        self.settings.auto_print = self.auto.isChecked()
        super().accept()


def printer_settings_action(window: QWidget, settings: Settings) -> QAction:
    """The Settings menu's entry for this station's badge printer."""
    action = QAction(translate("DeskPrinting", "Badge &printer…"), window)
    action.triggered.connect(lambda: PrinterDialog(settings, window).open())
    return action
