"""Names typed in one case ("marie", "JEAN-PIERRE") shown tidily wherever the desk shows
a person: its list, its card and its outcome card (the rule itself: tests/core/test_names.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_gui import enter, type_slowly

from checkin.core.reception import Outcome

pytestmark = pytest.mark.gui


@pytest.fixture
def typed_names(event_path: Path) -> Path:
    """Two people as they filled the form in, added before the window opens the event."""
    from checkin.core import reception
    from checkin.core.event import Event
    with Event.open(event_path) as event:
        for first, last in (("marie", "quéméner"), ("JEAN-PIERRE", "LE GOFF")):
            reception.walk_in(event, {"first_name": first, "last_name": last,
                                      "organisation": "Ville de Brest"}, (),
                              check_in_now=False)
    return event_path


def test_the_desk_list_and_cards_show_names_tidily(typed_names, window, qtbot, key_clock):
    desk = window.desk
    type_slowly("quemener", key_clock)
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1 and not window.worker.busy)
    assert desk.model.index(0, desk.model.NAME).data() == "QUÉMÉNER Marie"
    assert desk.card.name.plain_text() == "Marie Quéméner"
    enter(key_clock)
    qtbot.waitUntil(lambda: desk.outcome.state == Outcome.CHECKED_IN)
    assert desk.outcome.person.plain_text().startswith("Marie QUÉMÉNER")

    type_slowly("le goff", key_clock)
    qtbot.waitUntil(lambda: desk.model.rowCount() >= 1 and not window.worker.busy)
    listed = [desk.model.index(r, desk.model.NAME).data() for r in range(desk.model.rowCount())]
    assert "LE GOFF Jean-Pierre" in listed
    assert not any("JEAN-PIERRE" in name for name in listed)
