"""The bundle forger: someone holding one bundle, or write access to the shared folder,
but not the event's sync key, tries every change the issue names. None is merged, each
bundle is refused whole with a reason in words, and the event is left as it was."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from forger import entry, forge_bundle, forged_line, open_bundle

from checkin.core import journal as j
from checkin.core import reception, stations
from checkin.core.event import Event
from checkin.core.sync import BundleError, FolderSync, merge_bundles, write_bundle


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "forgery-laptop")


@pytest.fixture
def two(event: Event, tmp_path: Path) -> Iterator[tuple[Event, Event, list]]:
    """The organiser's file and a room station cloned from it, both with people in."""
    people = [reception.walk_in(event, {"last_name": n, "email": f"{n}@ex.org"},
                                check_in_now=False)[0] for n in ("Garcia", "Roux", "Petit")]
    path = stations.clone(event, tmp_path / "room.checkin", "Salle A")
    with Event.open(path, now=event.now) as room:
        yield event, room, people


def _attacks(organiser: Event, room: Event, people: list) -> dict[str, list[dict]]:
    """Each change of the issue, as entries the forger appends to a genuine bundle."""
    checked = reception.check_in(room, people[0])
    station, reg = room.station_id, people[1]
    org = organiser.station_id
    return {
        "undo another laptop's check-in": [entry(station, 99, j.CHECKIN_UNDONE, people[0].id,
                                                 {"entry": checked.entry_id})],
        "fake check-in by Organisation": [entry(org, 99, j.CHECKIN_RECORDED, reg.id,
                                                {"at": "2022-12-08T09:31:00+01:00",
                                                 "station_name": "Organisation"})],
        "rename a station": [entry(station, 99, j.STATION_NAMED, station, {"name": "Pirate"})],
        "rewrite a name and e-mail": [entry(org, 99, j.REGISTRATION_EDITED, reg.id, {
            "fields": {"last_name": "Usurpé", "email": "pirate@evil.example"}})],
        "a second registration with an existing code": [entry(org, 99,
            j.REGISTRATION_CREATED, j.new_id(), {"code": reg.code, "fields": {
                "last_name": "Double"}, "extra": {}, "sessions": []})],
    }


@pytest.mark.parametrize("how", ["sha256", "guessed key", "old seal", "version 1"])
def test_a_forged_bundle_is_refused_whole_whatever_the_attack(two, tmp_path: Path,
                                                              how: str) -> None:
    organiser, room, people = two
    attacks = _attacks(organiser, room, people)
    genuine = tmp_path / "genuine.ckb"
    write_bundle(room, genuine)
    before = (organiser.digest(), len(organiser.entries()))
    for name, extra in attacks.items():
        forged = forge_bundle(genuine, tmp_path / "forged.ckb", extra, how)
        with pytest.raises(BundleError) as caught:
            merge_bundles(organiser, [forged])
        message = str(caught.value)
        assert message.startswith(str(forged)) and "nothing merged" in message, name
        assert "sealed" in message or "seal" in message, (name, message)
        assert (organiser.digest(), len(organiser.entries())) == before, name
    # The genuine bundle still merges: the forgeries did no harm.
    assert merge_bundles(organiser, [genuine]).new > 0


def test_a_bundle_carries_no_key(two, tmp_path: Path) -> None:
    organiser, room, _ = two
    bundle = tmp_path / "room.ckb"
    write_bundle(room, bundle)
    raw = bundle.read_bytes()
    header, entries = open_bundle(bundle)
    text = str(header) + str(entries)
    for secret in (room.sync_key, room.secret):
        assert secret not in text and secret.encode() not in raw
    assert room.sync_key == organiser.sync_key  # carried by the clone, not by bundles


def test_forged_lines_in_the_shared_folder_are_never_merged(two, tmp_path: Path) -> None:
    organiser, room, people = two
    folder = tmp_path / "shared"
    folder.mkdir()
    attacks = _attacks(organiser, room, people)
    FolderSync(room, folder).run_once()
    own = folder / f"{room.station_id}.jsonl"
    # A file of its own for a made-up station, under a genuine header copied over.
    fake = folder / "0123456789ab.jsonl"
    shutil.copy(own, fake)
    with own.open("ab") as theirs, fake.open("ab") as mine:
        for k, extra in enumerate(attacks.values()):
            for data in extra:
                line = forged_line(data, "crc32" if k % 2 else "guessed key")
                theirs.write(line)
                mine.write(line)
    before = organiser.digest()
    report = FolderSync(organiser, folder).run_once()
    forged_ids = {data["id"] for extra in attacks.values() for data in extra}
    assert not forged_ids & {e.id for e in organiser.entries()}
    assert any("not sealed by a station of this event" in p for p in report.problems)
    assert organiser.registration(people[1].id).last_name == people[1].last_name
    assert organiser.registration(people[1].id).checkin_count == 0
    # What the room genuinely recorded, before and after the forged lines, did arrive.
    assert organiser.registration(people[0].id).checked_in_at
    assert organiser.digest() != before
