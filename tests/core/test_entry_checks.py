"""What an entry from elsewhere must hold (`entry_checks.problem`): each field at fault
is named, whichever path (the common case in one match, or field by field) checks it."""

import dataclasses

import pytest

from checkin.core import entry_checks
from checkin.core import journal as j

REG = "0123456789abcdef0123456789abcdef"
GOOD = j.Entry(id="f" * 32, station="0123456789ab", seq=7, clock="1670488200000.00003",
               kind=j.CHECKIN_RECORDED, subject=REG,
               payload={"at": "2022-12-08T09:00:00+01:00", "station_name": "Accueil"})


class Text(str):
    """A str of another type: the fields' checks take it for a str."""


def test_a_good_entry_passes() -> None:
    assert entry_checks.problem(GOOD) == ""
    assert entry_checks.problem(dataclasses.replace(GOOD, seq=True + 6)) == ""  # an int
    # a str of another type is a str (the one-match path hands it to the field checks)
    assert entry_checks.problem(dataclasses.replace(GOOD, id=Text("f" * 32))) == ""


@pytest.mark.parametrize(("change", "why"), [
    ({"id": "F" * 32}, "bad entry id"),
    ({"id": "f" * 31}, "bad entry id"),
    ({"id": "f" * 32 + "\x00"}, "bad entry id"),
    ({"id": None}, "bad entry id"),
    ({"station": "0123456789a"}, "bad station"),
    ({"station": "0123456789ab\x00" + "f" * 32}, "bad station"),
    ({"station": 12}, "bad station"),
    ({"seq": True}, "bad sequence number"),
    ({"seq": 0}, "bad sequence number"),
    ({"seq": 2**62}, "bad sequence number"),
    ({"seq": 7.0}, "bad sequence number"),
    ({"seq": "7"}, "bad sequence number"),
    ({"clock": "1670488200000.0003"}, "bad clock"),
    ({"clock": "1670488200000,00003"}, "bad clock"),
    ({"clock": 1670488200000}, "bad clock"),
    ({"kind": 3}, "bad kind or subject"),
    ({"subject": ""}, "bad kind or subject"),
    ({"subject": None}, "bad kind or subject"),
    ({"payload": []}, "bad payload"),
    ({"payload": "{}"}, "bad payload"),
    ({"subject": "programme"}, "checkin.recorded about a subject of another kind (programme)"),
    ({"payload": {}}, "checkin.recorded with a bad 'at'"),
    ({"payload": {"at": None}}, "checkin.recorded with a bad 'at'"),
    ({"payload": {"at": "x", "station_name": 3}}, "checkin.recorded with a bad 'station_name'"),
    ({"payload": {"at": 1, "station_name": 3}}, "checkin.recorded with a bad 'at'"),
    ({"kind": j.ATTENDANCE_RECORDED, "payload": {"session": "A", "at": "x", "flags": "late"}},
     "attendance.recorded with a bad 'flags'"),
    ({"kind": j.REGISTRATION_EDITED, "payload": {"fields": {"email": ["a"]}}},
     "registration.edited with a bad 'fields'"),
    ({"kind": j.STATION_NAMED, "subject": "0123456789ab", "payload": {"name": " "}},
     "station.named with a bad 'name'"),
])
def test_each_field_at_fault_is_named(change: dict[str, object], why: str) -> None:
    assert entry_checks.problem(dataclasses.replace(GOOD, **change)) == why


def test_kinds_it_does_not_know_pass() -> None:
    newer = dataclasses.replace(GOOD, kind="badge.reprinted.v9", payload={"x": [1]})
    assert entry_checks.problem(newer) == ""
