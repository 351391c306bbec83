"""The walk-in and edit dialog: a registration in a few keystrokes, the rest optional."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.core.model import CATEGORIES, Registration
from checkin.core.programme import Programme
from checkin.gui import times
from checkin.gui.fields import category_name, field_label

MAIN_FIELDS = ("last_name", "first_name", "organisation")
MORE_FIELDS = ("role", "email", "phone", "needs")


class RegistrationDialog(QDialog):
    """Walk-in when `reg` is None (checked in at once), else an edit of `reg`."""

    def __init__(self, programme: Programme | None, reg: Registration | None = None,
                 parent: QWidget | None = None, last_name: str = "") -> None:
        super().__init__(parent)
        self.reg = reg
        self.programme = programme
        self.setWindowTitle(self.tr("Walk-in: register and check in") if reg is None
                            else self.tr("Edit the registration"))
        self.edits: dict[str, QLineEdit] = {}
        self.slot_boxes: list[QComboBox] = []

        main = QFormLayout()
        for name in MAIN_FIELDS:
            main.addRow(field_label(name) + (" *" if name == "last_name" else ""),
                        self._edit(name))
        more = QFormLayout()
        for name in MORE_FIELDS:
            more.addRow(field_label(name), self._edit(name))
        self.category = QComboBox()
        for cat in CATEGORIES:
            self.category.addItem(category_name(cat), cat)
        more.addRow(field_label("category"), self.category)
        self._add_sessions(more)
        optional = QGroupBox(self.tr("Optional"))
        optional.setLayout(more)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register and check in (Enter)") if reg is None
                   else self.tr("Save (Enter)"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("* a last name or a first name is enough. Esc cancels."))

        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(optional)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)
        align_fields(main, more, optional)

        if reg is not None:
            self._fill(reg)
        else:
            self.edits["last_name"].setText(last_name)
        for edit in self.edits.values():
            edit.textChanged.connect(self._validate)
        self._validate()
        self.edits["last_name"].setFocus()

    def _edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.edits[name] = edit
        return edit

    def _add_sessions(self, form: QFormLayout) -> None:
        if self.programme is None:
            return
        for slot in self.programme.slots:
            if not slot.sessions:
                continue
            box = QComboBox()
            box.setObjectName("slot:" + slot.name)
            box.addItem("—", "")
            for session in slot.sessions:
                box.addItem(f"{session.code} — {session.title}", session.code)
            self.slot_boxes.append(box)
            box.setToolTip(times.slot_text(slot.name, slot.start, slot.end))
            form.addRow(slot.name, box)

    def _fill(self, reg: Registration) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(reg, name))
        self.category.setCurrentIndex(max(0, self.category.findData(reg.category)))
        for box in self.slot_boxes:
            for i in range(box.count()):
                if box.itemData(i) and box.itemData(i) in reg.sessions:
                    box.setCurrentIndex(i)

    def _validate(self) -> None:
        ok = bool(self.edits["last_name"].text().strip() or
                  self.edits["first_name"].text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict[str, str]:
        fields = {name: edit.text().strip() for name, edit in self.edits.items()}
        fields["category"] = str(self.category.currentData())
        return fields

    def sessions(self) -> tuple[str, ...]:
        chosen = [str(box.currentData()) for box in self.slot_boxes if box.currentData()]
        if self.reg is not None:  # keep choices of sessions this dialog does not show
            shown = {str(box.itemData(i)) for box in self.slot_boxes
                     for i in range(box.count())}
            chosen += [c for c in self.reg.sessions if c not in shown]
        return tuple(sorted(set(chosen)))


def align_fields(main: QFormLayout, more: QFormLayout, group: QGroupBox) -> None:
    """The fields of `main` and of `more` (inside `group`, below it) in one column: each
    form's labels as wide as the widest of both, those of `main` also as wide as the
    group's frame and margin, which push the fields of `more` to the right."""
    group.ensurePolished()
    inset = group.contentsRect().left() + more.contentsMargins().left()
    labels = {form: [widget for row in range(form.rowCount())
                     if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole))
                     and (widget := item.widget())] for form in (main, more)}
    widest = max(label.sizeHint().width() for found in labels.values() for label in found)
    for label in labels[main]:
        label.setMinimumWidth(widest + inset)
    for label in labels[more]:
        label.setMinimumWidth(widest)
