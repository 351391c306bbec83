"""A badge order: the badges as JSON data, drawn by another process exactly as the event
would draw them, without the event's secret."""

from __future__ import annotations

import io
import json

import pytest

from checkin.core import reception
from checkin.core.badges import render_badges
from checkin.core.badges.order import badge_order, read_order
from checkin.core.event import Event


@pytest.fixture
def people(event: Event) -> list:  # type: ignore[type-arg]
    regs = []
    for first, last, org in (("Zoë", "Łukasiewicz", "Ville de Sète"),
                             ("Minh Khai", "Nguyễn Thị", "Région Occitanie")):
        reg, _ = reception.walk_in(event, {"first_name": first, "last_name": last,
                                           "organisation": org, "role": "Chargée"},
                                   ("A", "D"), check_in_now=False)
        regs.append(reg)
    return regs


def test_an_order_sent_as_json_draws_the_badges_the_event_draws(event: Event,
                                                                people) -> None:
    sent = json.dumps(badge_order(event, people), ensure_ascii=False)
    assert event.secret not in sent  # the payloads travel, never the secret
    badges = read_order(json.loads(sent))
    assert badges.registrations == tuple(people)
    assert [badges.qr(r) for r in badges.registrations] == [event.qr(r) for r in people]
    ours = render_badges(badges, badges.registrations, "brother-ql-62x100", io.BytesIO(),
                         trace=True)
    theirs = render_badges(event, people, "brother-ql-62x100", io.BytesIO(), trace=True)
    assert ours.placed == theirs.placed and ours.pages == theirs.pages == 2


@pytest.mark.parametrize("order", [None, {}, {"programme": {}, "badges": []},
                                   {"programme": {}, "badges": [{"qr": "x"}]}])
def test_what_is_not_an_order_is_refused_saying_so(order: object) -> None:
    with pytest.raises(ValueError, match="not a badge order"):
        read_order(order)
