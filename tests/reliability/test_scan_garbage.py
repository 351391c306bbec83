"""Whatever reaches the scan path — arbitrary text, shreds of real payloads, AZERTY
garbling, a payload with one character changed — `scan` never raises, and checks in
nobody but the person the input names.

"Names" is judged from outside the parser, by a deliberately permissive oracle: a
registration may be checked in only if its short code appears in the input (up to case,
spaces, unprintable characters and the US-on-AZERTY garbling of letters and digits) and
either its valid signature appears there too (a badge's payload) or the input is nothing
but that code (staff typing the 6-character code printed on the badge, accepted by
design: random text equal to someone's code *does* name them). A changed character in a
payload therefore never checks in anyone: the signature covers the exact event and code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import DATA
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checkin.core import codes, reception
from checkin.core.event import Event
from checkin.core.programme import load_programme
from checkin.core.reception import Outcome

PEOPLE = 40
# What a US-layout scanner types on an AZERTY system, for the characters of payloads.
GARBLE = str.maketrans("1234567890aqzwmAQZWM", "&é\"'(-è_çàqawz,QAWZ?")
# Repaired also: the capitals a caps-locked AZERTY system gives for é è ç à.
UNGARBLE = str.maketrans("&é\"'(-è_çàqawz,QAWZ?ÉÈÇÀ", "1234567890aqzwmAQZWM2790")

_EVENT: Event | None = None


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Event]:
    """An event of 40 people, nobody checked in, one of them cancelled."""
    global _EVENT
    path = tmp_path_factory.mktemp("garbage") / "event.checkin"
    programme = load_programme(DATA / "occitanie-2022.toml")
    with Event.create(path, programme, station_name="Accueil 1") as event:
        for i in range(PEOPLE):
            reception.walk_in(event, {"last_name": f"NOM{i}"}, check_in_now=False)
        reception.set_cancelled(event, event.registrations()[-1], True)
        _EVENT = event
        yield event
        _EVENT = None


def _event() -> Event:
    assert _EVENT is not None
    return _EVENT


def _checked_in(event: Event) -> dict[str, str]:
    return {r.id: r.code for r in event.registrations() if r.checked_in_at}


def _may_name(event: Event, text: str, code: str) -> bool:
    """The oracle: whether `text` names the registration with `code` (see the module)."""
    signature = codes.sign(event.secret, event.programme.short, code)
    printable = "".join(ch for ch in text if ch.isprintable())  # scanners' control codes
    for variant in (text.upper(), printable.upper(), printable.translate(UNGARBLE).upper()):
        compact = re.sub(r"[\s\-.]", "", variant)
        if code in compact and (signature in compact or compact == code):
            return True
    return False


def _scan_and_check(text: str) -> reception.ScanResult:
    event = _event()
    before = _checked_in(event)
    result = reception.scan(event, text)  # never raises: any exception fails the test
    assert isinstance(result.outcome, Outcome)
    new = {i: c for i, c in _checked_in(event).items() if i not in before}
    for reg_id in new:  # the next example starts clean, whatever happens here
        reg = event.registration(reg_id)
        assert reg is not None and reception.undo_check_in(event, reg)
    assert len(new) <= 1
    for reg_id, code in new.items():
        assert _may_name(event, text, code), f"{text!r} checked in {code}"
        assert result.outcome is Outcome.CHECKED_IN and result.registration is not None
        assert result.registration.id == reg_id
    if result.outcome is Outcome.CHECKED_IN:
        assert new, "said checked in, but nobody is"
    return result


def _fragments() -> st.SearchStrategy[str]:
    """Shreds of real payloads: prefix, event names, codes, signatures, separators."""
    event = _event()
    regs = event.registrations()
    pieces = ["CK1", "CK1+", "+", event.programme.short, "BFC22", "OCC", "\n", "\t", " ",
              "\x1b", "]Q1", "é", "&", "-"]
    pieces += [r.code for r in regs] + [event.qr(r).rsplit("+", 1)[1] for r in regs]
    return st.lists(st.sampled_from(pieces) | st.text(max_size=3), max_size=10).map("".join)


def _payloads() -> st.SearchStrategy[str]:
    return st.sampled_from([_event().qr(r) for r in _event().registrations()])


def _mutated(payload: str, draw: st.DrawFn) -> str:
    where = draw(st.integers(0, len(payload) - 1))
    char = draw(st.sampled_from(codes.CODE_ALPHABET + "01OIL+") | st.characters())
    how = draw(st.sampled_from(["change", "insert", "delete"]))
    if how == "change":
        return payload[:where] + char + payload[where + 1:]
    if how == "insert":
        return payload[:where] + char + payload[where:]
    return payload[:where] + payload[where + 1:]


@st.composite
def mutated_payloads(draw: st.DrawFn) -> str:
    text = _mutated(draw(_payloads()), draw)
    return text.translate(GARBLE) if draw(st.booleans()) else text


SETTINGS = settings(max_examples=250, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=st.text(max_size=80))
@example(text="")
@example(text="\x00\x00\x00")
@example(text="CK1+OCC22+ABCDEF+AAAAAAAAAA")
@example(text="ß" * 6)
def test_arbitrary_text(desk: Event, text: str) -> None:
    _scan_and_check(text)


@SETTINGS
@given(data=st.data())
@pytest.mark.slow
def test_shreds_of_real_payloads(desk: Event, data: st.DataObject) -> None:
    _scan_and_check(data.draw(_fragments()))


@SETTINGS
@given(text=mutated_payloads())
@pytest.mark.slow
def test_a_payload_with_one_character_changed_names_nobody_else(desk: Event,
                                                                text: str) -> None:
    result = _scan_and_check(text)
    if result.outcome is Outcome.CHECKED_IN:  # e.g. a space added at the end: still valid
        assert result.registration is not None
        qr = _event().qr(result.registration)
        printable = "".join(ch for ch in text if ch.isprintable())  # scanners' control codes
        assert qr in printable.upper() or qr in printable.translate(UNGARBLE).upper()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.integers(0, PEOPLE - 2), garbled=st.booleans(),
       noise=st.sampled_from(["", "\n", "\r\n", "\t", "]Q1", "\x02", "  "]))
def test_a_valid_payload_checks_in_exactly_its_person(desk: Event, payload: int,
                                                      garbled: bool, noise: str) -> None:
    """The positive side: real badges, garbled by the keyboard layout or wrapped in a
    scanner's prefix and suffix, check in their own person and nobody else."""
    reg = [r for r in desk.registrations() if not r.cancelled][payload]
    text = desk.qr(reg)
    text = noise + (text.translate(GARBLE) if garbled else text) + noise.strip("]Q1")
    result = _scan_and_check(text)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.registration is not None and result.registration.id == reg.id


def test_badges_of_another_event_and_cancelled_people_check_in_nobody(desk: Event,
                                                                     tmp_path: Path) -> None:
    cancelled = next(r for r in desk.registrations() if r.cancelled)
    assert _scan_and_check(desk.qr(cancelled)).outcome is Outcome.CANCELLED
    other_secret = codes.new_secret()
    for reg in desk.registrations()[:5]:
        forged = codes.payload(other_secret, desk.programme.short, reg.code)
        assert _scan_and_check(forged).outcome is Outcome.INVALID_SIGNATURE
        elsewhere = codes.payload(other_secret, "BFC22", reg.code)
        assert _scan_and_check(elsewhere).outcome is Outcome.OTHER_EVENT
