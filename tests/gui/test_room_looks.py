"""What the room's lists show, as a host reads them at the door: each person on two lines
(name, then organisation, both whole at the laptops' sizes, so homonyms are told apart),
with the tick, the time present and, at lunch, the needs beside them."""

from __future__ import annotations

import pytest
from fitting import person_rows_cut
from helpers_gui import type_slowly
from test_desk_looks import HOMONYMS
from test_fit import station
from test_room import people, room_at  # noqa: F401  (fixtures)

from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui


def add_homonyms_in(path, session: str) -> None:
    """Two Sophie MARTINEZ registered for `session`, one per organisation of HOMONYMS."""
    from checkin.core import reception
    from checkin.core.event import Event
    with Event.open(path) as event:
        for organisation in HOMONYMS:
            reception.walk_in(event, {"first_name": "Sophie", "last_name": "Martinez",
                                      "organisation": organisation}, (session,),
                              check_in_now=False)


def homonyms_whole(table, rows: list[int], where: str) -> None:
    """The rows' name and organisation are drawn whole, the two organisations differ, and
    each would not have fitted on one line of half the column (where it was cut)."""
    model = table.model()
    seen = set()
    for row in rows:
        index = model.index(row, model.column(model.NAME))
        table.scrollTo(index)
        texts, cut = person_rows_cut(table, index)
        assert not cut, f"{where}: {cut}"
        name, organisation = texts
        assert name == "MARTINEZ Sophie"
        seen.add(organisation)
        assert table.fontMetrics().horizontalAdvance(organisation) > \
            table.columnWidth(index.column()) / 2
    assert seen == set(HOMONYMS), where


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_homonyms_show_their_organisations_whole_in_the_room(
        qtbot, settings, key_clock, event_path, clock, styled, width, height):
    add_homonyms_in(event_path, "C")
    styled(height)
    clock.set(14, 5)  # workshop C in Salle Mosson 3, the station's room
    window, _ = station(qtbot, settings, key_clock, event_path, clock, Mode.WORKSHOP,
                        (width, height))
    page = window.room
    try:
        qtbot.waitUntil(lambda: page.code == "C" and page.model.rowCount() > 2
                        and not window.worker.busy)
        qtbot.wait(30)  # the rows take their heights
        rows = [r for r in range(page.model.rowCount())
                if page.model.line(r).registration.last_name == "Martinez"]
        assert len(rows) == 2
        homonyms_whole(page.table, rows, f"roster at {width}×{height}")

        type_slowly("martinez sophie", key_clock)
        qtbot.waitUntil(lambda: page.results_model.rowCount() == 2 and not window.worker.busy)
        qtbot.wait(30)
        homonyms_whole(page.results, [0, 1], f"search at {width}×{height}")
    finally:
        window.shutdown()


def test_a_tick_measures_its_row_not_the_whole_roster(room_at, qtbot, monkeypatch):  # noqa: F811
    """At lunch (some 190 people) a recording changes one row: that row's height is
    measured again, not every row's (as the header's ResizeToContents did, at each tick);
    and every row drawn is as tall as its person's two lines."""
    from checkin.gui.person_rows import PersonRows
    page = room_at(12, 40, "Salons du stade")
    model, table = page.model, page.table
    qtbot.waitUntil(lambda: model.rowCount() > 150 and not page.window().worker.busy)
    qtbot.wait(30)
    shown = range(table.rowAt(0), table.rowAt(table.viewport().height() - 1) + 1)
    assert len(shown) > 3
    for row in shown:
        assert table.rowHeight(row) == table.sizeHintForRow(row) > 40, row
    measured = []  # the rows whose size is asked (Qt's calls to sizeHint ask the width)
    width = PersonRows.width
    monkeypatch.setattr(PersonRows, "width",
                        lambda self, i: measured.append(i.row()) or width(self, i))
    absent = [r for r in range(model.rowCount()) if not model.line(r).present_at]
    for row in absent[:2]:  # the first may widen the "present" column: every row again
        measured.clear()
        page.tick(model.line(row).registration, True)
        qtbot.waitUntil(lambda row=row: model.line(row).present_at is not None
                        and not page.window().worker.busy)
        qtbot.wait(30)
    assert measured and set(measured) == {row}


def test_an_endless_name_wraps_in_a_narrow_roster(room_at, qtbot):  # noqa: F811
    """At 1000 px wide, beside the lunch's needs, LNG234's name has a run of capitals
    wider than its column (265 px in bold for 212): it breaks where the line ends
    rather than being cut, the words around it still broken between words."""
    page = room_at(12, 40, "Salons du stade")
    model, table = page.model, page.table
    qtbot.waitUntil(lambda: model.rowCount() > 100 and not page.window().worker.busy)
    page.window().resize(1000, 700)
    qtbot.wait(50)
    row = next(r for r in range(model.rowCount())
               if model.line(r).registration.code == "LNG234")
    index = model.index(row, model.column(model.NAME))
    table.scrollTo(index)
    qtbot.wait(10)
    texts, cut = person_rows_cut(table, index)
    assert not cut, cut
    assert texts[0].startswith("WOLFESCHLEGELSTEINHAUSENBERGERDORFF-HERNÁNDEZ")
    bold = table.itemDelegateForIndex(index).measures(table.font()).metrics[0]
    assert bold.horizontalAdvance("WOLFESCHLEGELSTEINHAUSEN") > table.columnWidth(index.column())
