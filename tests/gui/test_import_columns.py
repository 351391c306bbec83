"""The re-import preview's "Read as" column, which the organiser is asked to check and
correct, shows each column's reading whole at the laptops' sizes."""

from __future__ import annotations

import pytest
from helpers import DATA

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_read_as_is_never_cut(organiser, qtbot, styled, width, height):
    from PySide6.QtWidgets import QStyle
    from test_progress_gui import import_page

    from checkin.gui.new_event import ColumnsModel
    styled(height)
    organiser.resize(width, height)
    qtbot.waitUntil(lambda: organiser.width() == width)
    page = import_page(organiser, DATA / "occitanie-2022-inscriptions.csv", qtbot)
    qtbot.wait(30)  # the columns take their widths
    view, model = page.view, page.model
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(ColumnsModel.ROLE) - 2 * margin
    shown = [model.index(row, ColumnsModel.ROLE).data() for row in range(model.rowCount())]
    assert "Garder comme colonne supplémentaire" in shown  # the longest of this file
    cut = [(text, view.fontMetrics().horizontalAdvance(text)) for text in shown
           if view.fontMetrics().horizontalAdvance(text) > room]
    assert not cut, f"at {width}×{height}, {room} px: {cut}"
    assert view.columnWidth(ColumnsModel.SAMPLE) > room / 2  # the examples keep their room
