"""Creating an event: a programme file, then a registration export whose detected columns
the user sees, and corrects, before anything is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.importing import ImportPlan, ImportReport, plan_import
from checkin.core.importing import plan as import_plan
from checkin.core.importing.columns import ROLES
from checkin.core.importing.values import TimestampReader
from checkin.core.programme import Programme, load_programme
from checkin.gui import times
from checkin.gui.errors import describe, skip_reason
from checkin.gui.fields import field_label
from checkin.gui.file_dialogs import FileDialogs, documents_folder
from checkin.gui.organiser.overbooking import OverbookingBanner
from checkin.gui.widgets import WrapLabel
from checkin.gui.worker import Background

Index = QModelIndex | QPersistentModelIndex
SAMPLES = 3
DETAILS = 8  # rows named in a list of rows


def role_choices(programme: Programme | None) -> list[str]:
    sessions = [f"session:{s.code}" for s in programme.sessions()] if programme else []
    return [*ROLES, *sessions]


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate
    special = {"full_name": translate("Columns", "Full name"),
               "timestamp": translate("Columns", "Submitted at"),
               "extra": translate("Columns", "Keep as an extra column"),
               "ignore": translate("Columns", "Ignore"),
               "session": translate("Columns", "Session choices")}
    if role.startswith("session:"):
        text = translate("Columns", "Session %1 (yes/no)")
        return text.replace("%1", role.split(":", 1)[1])
    return special.get(role) or field_label(role)


def skipped_rows(report: ImportReport) -> list[str]:
    """"Rows skipped (no name): 5, 9." for each reason rows were left out, in the user's
    language (the report's reasons are English: the GUI words them by their code)."""
    by_code: dict[str, list[str]] = {}
    for skipped in report.skipped:
        by_code.setdefault(str(skipped.get("code", "")), []).append(str(skipped["row"]))
    lines = []
    for code, rows in by_code.items():
        shown = ", ".join(rows[:DETAILS]) + (", …" if len(rows) > DETAILS else "")
        text = QCoreApplication.translate("NewEventDialog", "Rows skipped (%1): %2.")
        lines.append(text.replace("%2", shown).replace("%1", skip_reason(code)))
    return lines


def _look_at_words() -> dict[str, str]:
    """Each problem of a cell (report.unmatched and report.warnings), %1 its rows."""
    tr = QCoreApplication
    return {
        import_plan.UNKNOWN: tr.translate(
            "NewEventDialog", "Session choices not recognised (row, answer): %1: check them"
            " against the programme."),
        import_plan.UNDECIDED: tr.translate(
            "NewEventDialog", "No session chosen yet, so none recorded (row, answer): %1."),
        import_plan.TWO_IN_SLOT: tr.translate(
            "NewEventDialog", "Two sessions chosen in one time slot, both kept (row, answer):"
            " %1: check them."),
        import_plan.CELL_COUNT: tr.translate(
            "NewEventDialog", "Rows with far more or fewer cells than the header (row,"
            " cells): %1: check them in the file."),
        import_plan.CONTROL_CHARACTERS: tr.translate(
            "NewEventDialog", "Invisible control characters removed (row, column): %1."),
        import_plan.NOT_A_DATE: tr.translate(
            "NewEventDialog", "Answer times that are not dates (row, value): %1: those rows"
            " count as the oldest answers."),
    }


def cells_to_look_at(report: ImportReport) -> list[str]:
    """One sentence for each problem the report found in cells, naming the rows (and
    what they hold), in the user's language."""
    words = _look_at_words()
    by_problem: dict[str, list[dict[str, Any]]] = {}
    for item in report.unmatched + report.warnings:
        by_problem.setdefault(str(item.get("problem", "")), []).append(item)
    lines = []
    for problem, items in by_problem.items():
        shown = ", ".join(_row_and_value(problem, i) for i in items[:DETAILS])
        more = ", …" if len(items) > DETAILS else ""
        text = words.get(problem) or QCoreApplication.translate(
            "NewEventDialog", "Cells to look at (row, value): %1.")
        lines.append(text.replace("%1", shown + more))
    if import_plan.many_lines(report.lines, report.rows):
        lines.append(QCoreApplication.translate(
            "NewEventDialog", "The file's %1 lines hold only %2 rows: cells with many line"
            " breaks, check them.").replace("%1", str(report.lines))
            .replace("%2", str(report.rows)))
    return lines


def _row_and_value(problem: str, item: dict[str, Any]) -> str:
    detail = item.get("column") if problem == import_plan.CONTROL_CHARACTERS \
        else item.get("value")
    return f"{item['row']} ({detail})" if detail else str(item["row"])


def time_column_words(report: ImportReport) -> str:
    """Where the time of each answer comes from, which decides who wins a resubmission."""
    tr = QCoreApplication
    if report.time_column:
        return tr.translate("NewEventDialog", "The time of each answer is read from the"
                            " column “%1”.").replace("%1", report.time_column)
    return tr.translate("NewEventDialog", "No column gives the time of each answer: when a"
                        " form was sent twice, the later row in the file wins.")


def answer_times(cells: list[str]) -> list[str]:
    """Answer times as this language writes them ("03/10/2022 15h52"), whether the file
    held text (CSV) or dates (XLSX, read as ISO); a cell that is no date stays as it is."""
    reader = TimestampReader(cells)
    shown = []
    for cell in cells:
        try:
            shown.append(times.date_and_time(dt.datetime.fromisoformat(reader.parse(cell))))
        except ValueError:
            shown.append(cell)
    return shown


def import_summary(report: ImportReport) -> str:
    """What importing an export into a new event would do, in the user's language."""
    text = QCoreApplication.translate(
        "NewEventDialog", "%1: rows read: %2; registrations to create: %3.")
    parts = [text.replace("%2", str(report.rows)).replace("%3", str(report.added))
             .replace("%1", report.file)]
    if report.merged:
        text = QCoreApplication.translate(
            "NewEventDialog", "Resubmitted forms merged into the latest one: %1.")
        parts.append(text.replace("%1", str(report.merged)))
    if report.merged or report.time_column:  # what decided who won a resubmission
        parts.append(time_column_words(report))
    parts += skipped_rows(report)
    parts += cells_to_look_at(report)
    return " ".join(parts)  # overbooked sessions: in the dialog's red banner


class ColumnsModel(QAbstractTableModel):
    """The columns of an export: header, what it was read as (editable), sample values."""

    HEADER, ROLE, SAMPLE = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []  # header, role, samples
        self.overrides: dict[str, str] = {}

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.rows = []
        if plan is not None:
            data = plan.table.rows[plan.columns.header_row + 1:]
            for column in plan.columns.columns:
                samples = [r.cells[column.index] for r in data[:20]
                           if column.index < len(r.cells) and r.cells[column.index]]
                role = self.overrides.get(column.header) or (
                    column.label if column.label.startswith("session:") else column.role)
                if role == "timestamp":
                    samples = answer_times(samples)
                self.rows.append((column.header, role, " · ".join(samples[:SAMPLES])))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Column of the file"), self.tr("Read as"), self.tr("Examples")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        header, column_role, samples = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [header, role_label(column_role), samples][index.column()]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.ROLE:
            return column_role
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.ROLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.ROLE or role != Qt.ItemDataRole.EditRole:
            return False
        header, old, samples = self.rows[index.row()]
        if value == old:
            return False
        self.rows[index.row()] = (header, str(value), samples)
        self.overrides[header] = str(value)
        self.dataChanged.emit(index, index)
        return True


class RoleDelegate(QStyledItemDelegate):
    def __init__(self, choices: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        box = QComboBox(parent)
        for role in self.choices():
            box.addItem(role_label(role), role)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def columns_table(model: ColumnsModel, choices: Callable[[], list[str]],
                  parent: QWidget) -> QTableView:
    """The table of an export's columns, "Read as" editable: that column as wide as its
    longest word ("Garder comme colonne supplémentaire" was cut with "…" at 1366 × 768,
    where the organiser is asked to check it), the file's headers and examples sharing
    the rest."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(ColumnsModel.ROLE, RoleDelegate(choices, parent))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(ColumnsModel.ROLE, QHeaderView.ResizeMode.ResizeToContents)
    return view


class NewEventDialog(QDialog):
    """Asks for a programme and an export, previews the import; the caller creates the file."""

    planned = Signal()

    def __init__(self, parent: QWidget | None = None,
                 dialogs: FileDialogs | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Create an event"))
        self.programme: Programme | None = None
        self.plan: ImportPlan | None = None
        self._job: Background | None = None
        self.programme_path = QLineEdit()
        self.registrations_path = QLineEdit()
        self.station = QLineEdit("Organisation")
        self.model = ColumnsModel(self)
        self.view = columns_table(self.model, lambda: role_choices(self.programme), self)
        self.model.dataChanged.connect(self.preview)
        self.report = WrapLabel()
        self.overbooked = OverbookingBanner()  # worth knowing before the day, as at re-import

        form = QFormLayout()
        form.addRow(self.tr("Programme (TOML)"),
                    self._picker(self.programme_path, self._pick_programme))
        form.addRow(self.tr("Registrations (CSV, XLSX)"),
                    self._picker(self.registrations_path, self._pick_registrations))
        form.addRow(self.tr("This station's name"), self.station)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create the event…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Detected columns: correct “Read as” if it is wrong"
                                        " (F2 or double-click). Nothing is written before"
                                        " you confirm.")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.report)
        layout.addWidget(self.overbooked)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self._update_ok()

    def _picker(self, edit: QLineEdit, pick: Callable[[], None]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(pick)
        row.addWidget(button)
        edit.editingFinished.connect(self.load)
        return box

    def _pick_programme(self) -> None:
        name = self._open(self.tr("Programme"), self.tr("Programmes (*.toml)"))
        if name:
            self.programme_path.setText(name)
            self.load()

    def _pick_registrations(self) -> None:
        name = self._open(self.tr("Registrations"),
                          self.tr("Exports (*.csv *.xlsx);;All files (*)"))
        if name:
            self.registrations_path.setText(name)
            self.load()

    def _open(self, title: str, filters: str) -> str:
        if self.dialogs is not None:
            chosen = self.dialogs.open_file(self, title, filters)
            return str(chosen) if chosen else ""
        name, _ = QFileDialog.getOpenFileName(self, title, str(documents_folder()), filters)
        return str(name)

    def load(self) -> None:
        """Read the programme, then preview the export with the user's corrections."""
        self.programme = None
        text = self.programme_path.text().strip()
        if not text:
            self._update_ok()
            return
        try:
            self.programme = load_programme(Path(text))
        except CheckinError as exc:
            self.report.setText(describe(exc))
            self._update_ok()
            return
        self.model.overrides.clear()
        self.preview()

    def preview(self) -> None:
        path_text = self.registrations_path.text().strip()
        programme = self.programme
        if not path_text or programme is None:
            self.plan = None
            self.model.set_plan(None)
            self.report.setText("")
            self.overbooked.show_items([])
            self._update_ok()
            return
        overrides = dict(self.model.overrides)
        path = Path(path_text)
        self.report.setText(self.tr("Reading…"))
        self._job = Background(lambda: plan_import(path, programme, [], overrides),
                               self._planned, self._failed, self)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.report.setText(import_summary(plan.report))
        self.overbooked.show_items(plan.report.overbooked)
        self._update_ok()
        self.planned.emit()

    def _failed(self, exc: Exception) -> None:
        self.plan = None
        self.model.set_plan(None)
        self.report.setText(describe(exc))
        self.overbooked.show_items([])
        self._update_ok()
        self.planned.emit()

    def _update_ok(self) -> None:
        ready = self.programme is not None and (
            not self.registrations_path.text().strip() or self.plan is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def opener(self) -> Callable[[Path], Event]:
        """What the event thread runs to create the file (the import can take a while)."""
        programme = self.programme
        assert programme is not None
        station = self.station.text().strip() or "Organisation"
        export = self.registrations_path.text().strip()
        overrides = dict(self.model.overrides)

        def create(path: Path) -> Event:
            # Read the export first: a file that cannot be imported leaves no event behind.
            plan = plan_import(Path(export), programme, [], overrides) if export else None
            event = Event.create(path, programme, station_name=station)
            if plan is not None:
                try:
                    event.append(plan.entries)
                except BaseException:
                    event.close()
                    path.unlink(missing_ok=True)
                    raise
            return event
        return create
