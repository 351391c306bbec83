"""The start screen: recent events, open a file, create an event, open the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.gui.file_dialogs import FileDialogs, documents_folder
from checkin.gui.widgets import WrapLabel


class StartScreen(QWidget):
    open_requested = Signal(Path)
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, recent: list[Path], dialogs: FileDialogs | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.setObjectName("startScreen")
        title = QLabel(self.tr("Check-in: reception desk"), objectName="startTitle")
        self.message = WrapLabel(objectName="startMessage")
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.message.hide()
        self.recent = QListWidget(objectName="recentEvents")
        self.recent.itemActivated.connect(self._open_item)
        self.set_recent(recent)

        self.open_button = QPushButton(self.tr("Open an event file… (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose_file)
        self.new_button = QPushButton(self.tr("Create an event… (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button = QPushButton(self.tr("Open the demo event (Ctrl+D)"))
        self.demo_button.clicked.connect(self.demo_requested)
        for keys, slot in (("Ctrl+O", self.choose_file),
                           ("Ctrl+Shift+N", lambda: self.new_requested.emit()),
                           ("Ctrl+D", lambda: self.demo_requested.emit())):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QVBoxLayout()
        for b in (self.open_button, self.new_button, self.demo_button):
            b.setMinimumHeight(44)
            buttons.addWidget(b)
        buttons.addStretch()
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("Recent events (Enter opens):")))
        recent_box.addWidget(self.recent, 1)
        row = QHBoxLayout()
        row.addLayout(recent_box, 3)
        row.addSpacing(24)
        row.addLayout(buttons, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addLayout(row, 1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.stem}   —   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def focus(self) -> None:
        (self.recent if self.recent.count() else self.open_button).setFocus()

    def choose_file(self) -> None:
        title = self.tr("Open an event")
        filters = self.tr("Event files (*.checkin);;All files (*)")
        if self.dialogs is not None:
            chosen = self.dialogs.open_file(self, title, filters)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, str(documents_folder()), filters)
            chosen = Path(name) if name else None
        if chosen:
            self.open_requested.emit(chosen)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
