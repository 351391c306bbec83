"""Overbooked sessions flagged, in words, where the organiser looks before the day: the
dashboard, the re-import preview and the programme (issue 12). The real main window, in
French, on the demo event, where every workshop is overbooked (C: 85 registered for 50
places, F: 80 for 50)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import nbsp
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

pytestmark = pytest.mark.gui


def tab(window, cls):  # type: ignore[no-untyped-def]
    found = window.mode_page.tab(cls)
    window.mode_page.setCurrentWidget(found)
    return found


def test_the_dashboard_names_the_overbooked_sessions(organiser, qtbot):  # type: ignore[no-untyped-def]
    from checkin.gui.organiser.dashboard import DashboardTab
    board = tab(organiser, DashboardTab)
    qtbot.waitUntil(lambda: board.figures is not None)
    over = {s.code: (s.registered, s.capacity) for s in board.figures.sessions
            if s.capacity is not None and s.registered > s.capacity}
    assert over["C"] == (85, 50) and over["F"] == (80, 50) and "DEJ" not in over
    assert board.overbooked.isVisible()
    assert board.overbooked.plain_text() == nbsp("⚠ Surréservé : " + " ; ".join(
        f"{code} — {n} inscrits pour {places} places" for code, (n, places) in over.items())
        + ".")
    model = board.sessions_model
    row = next(r for r in range(model.rowCount()) if model.rows[r].code == "C")
    cell = model.index(row, model.REGISTERED)
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) == QColor("#c0392b")
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == (
        nbsp("Surréservé : 85 inscrits pour 50 places"))
    lunch = next(r for r in range(model.rowCount()) if model.rows[r].code == "DEJ")
    assert model.data(model.index(lunch, model.REGISTERED),
                      Qt.ItemDataRole.ForegroundRole) is None


def test_in_english_the_places_are_counted_in_words(organiser_en, qtbot):  # type: ignore[no-untyped-def]
    """English plurals come from their own catalogue: "50 places", never "place(s)"."""
    from checkin.gui.organiser.dashboard import DashboardTab
    board = tab(organiser_en, DashboardTab)
    qtbot.waitUntil(lambda: board.figures is not None and board.overbooked.isVisible())
    text = board.overbooked.plain_text()
    assert "C — 85 registered for 50 places" in text and "(s)" not in text
    model = board.sessions_model
    row = next(r for r in range(model.rowCount()) if model.rows[r].code == "C")
    assert model.data(model.index(row, model.REGISTERED), Qt.ItemDataRole.ToolTipRole) == (
        "Overbooked: 85 registered for 50 places")


def test_the_programme_flags_them_and_follows_the_capacities_typed(organiser, qtbot):  # type: ignore[no-untyped-def]
    from checkin.gui.organiser.programme_editor import ProgrammeModel, ProgrammeTab
    page = tab(organiser, ProgrammeTab)
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 5 and bool(model.registered))
    assert [o.session for o in page.overbooked.items] == list("ABCDEF")
    assert "C — 85 inscrits pour 50 places" in page.overbooked.plain_text()
    assert model.headerData(ProgrammeModel.REGISTERED, Qt.Orientation.Horizontal) == "Inscrits"
    row = {r.code: n for n, r in enumerate(model.rows)}
    assert model.data(model.index(row["C"], ProgrammeModel.REGISTERED)) == "85"
    assert model.setData(model.index(row["C"], ProgrammeModel.CAPACITY), "90")
    assert "C" not in [o.session for o in page.overbooked.items]  # before it is even saved
    for code in "ABDE":
        assert model.setData(model.index(row[code], ProgrammeModel.CAPACITY), "100")
    assert [o.session for o in page.overbooked.items] == ["F"]
    assert model.setData(model.index(row["F"], ProgrammeModel.CAPACITY), "")  # no limit
    assert not page.overbooked.isVisible() and page.overbooked.items == []
    assert model.setData(model.index(row["A"], ProgrammeModel.CAPACITY), "1")
    assert page.overbooked.plain_text().startswith(nbsp("⚠ Surréservé : A — "))
    assert "pour 1 place." in page.overbooked.plain_text()  # singular


def test_the_reimport_preview_says_which_sessions_it_would_overbook(organiser, qtbot,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path,
                                                                    event_path: Path):
    from checkin.core.event import Event
    from checkin.gui.organiser.import_tab import ImportTab
    page = tab(organiser, ImportTab)
    with Event.open(event_path) as event:
        a = event.registered_per_session()["A"]
        capacity = event.programme.session("A").capacity
    extra = 3
    export = tmp_path / "inscriptions.csv"
    export.write_text("Nom;Prénom;Adresse e-mail;Atelier 14h00-15h00\n" + "".join(
        f"Nouveau{n};Zoé;zoe{n}@example.org;A\n" for n in range(extra)), encoding="utf-8")
    page.path_edit.setText(str(export))
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.preview()
    assert page.counts["added"].text() == str(extra)
    assert [o.session for o in page.overbooked.items] == list("ABCDEF")
    assert (f"A — {a + extra} inscrits pour {capacity} places"
            in page.overbooked.plain_text())
    assert page.overbooked.isVisible()
    with Event.open(event_path) as event:  # a preview writes nothing
        assert event.registered_per_session()["A"] == a


def test_a_new_event_s_import_preview_says_it_too(qtbot, french):  # type: ignore[no-untyped-def]
    """In the same red banner as the re-import's, not lost at the end of the report."""
    from helpers import DATA
    from helpers_gui import new_event_preview
    dialog = new_event_preview(qtbot, DATA / "occitanie-2022-inscriptions.csv", shown=True)
    banner = dialog.overbooked
    assert banner.isVisible() and banner.styleSheet()  # red, as everywhere
    assert banner.plain_text().startswith(nbsp("⚠ Surréservé : A — 104 inscrits pour 60 places ; "))
    assert banner.plain_text().endswith("F — 90 inscrits pour 50 places.")
    assert "Surréservé" not in dialog.report.plain_text()
