"""The room's session picker: its list names each session in full, the closed box only
"14h00 · C · Salle Mosson 3" (the header above already shows the title), so a long
title is never cut in the box."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from checkin.core.programme import Programme
from checkin.gui.room import looks
from checkin.gui.widgets import no_focus

SHORT = Qt.ItemDataRole.UserRole + 1


class SessionPicker(QComboBox):
    def __init__(self, programme: Programme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPicker")
        no_focus(self)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.fill(programme)

    def fill(self, programme: Programme) -> None:
        current = self.currentData()
        self.clear()
        for session in programme.sessions():
            self.addItem(looks.session_label(programme, session), session.code)
            self.setItemData(self.count() - 1, looks.short_session_label(programme, session),
                             SHORT)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)

    def shown_text(self) -> str:
        return str(self.currentData(SHORT) or "")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = max((self.fontMetrics().horizontalAdvance(str(self.itemData(i, SHORT)))
                      for i in range(self.count())), default=0)
        hint.setWidth(widest + 56)
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
