"""What the room's lists show, as a host reads them at the door: each person on two lines
(name, then organisation, both whole at the laptops' sizes, so homonyms are told apart),
with the tick, the time present and, at lunch, the needs beside them."""

from __future__ import annotations

import pytest
from fitting import person_rows_cut
from helpers_gui import type_slowly
from test_desk_looks import HOMONYMS
from test_fit import station

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
