"""A bundle's lines, read all at once: a sealed bundle whose line is not an entry is still
refused whole and the line named; each payload is stored as its line holds it (the
journal's text, as `journal.dump` writes it), or dumped again when the line is laid out
otherwise."""

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FakeClock, sealed_bundle

from checkin.core import journal as j
from checkin.core import projection_delta, reception, stations
from checkin.core.event import Event
from checkin.core.sync import BundleError, bundle, lines, merge_bundles, write_bundle


@pytest.fixture(autouse=True)
def this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "test-laptop")


@pytest.fixture
def room(event: Event, tmp_path: Path, clock: FakeClock) -> Iterator[Event]:
    reg, _ = reception.walk_in(event, {"last_name": "Nguyễn", "first_name": "Éloïse"},
                               sessions=("A",), check_in_now=False)
    path = stations.clone(event, tmp_path / "accueil-2.checkin", "Accueil 2")
    with Event.open(path, now=clock) as ev:
        reception.check_in(ev, ev.registration(reg.id))
        yield ev



def _own_lines(room: Event) -> list[str]:
    return [lines.encode(e) for e in room.entries() if e.station == room.station_id]


@pytest.mark.parametrize(("bad", "why"), [
    ("{not json", "not JSON"), ("[1, 2]", "not an entry"), ('{"id": "x"}', "missing"),
    ("", "not JSON")])
def test_a_sealed_line_that_is_no_entry_is_named_and_nothing_merged(
        event: Event, room: Event, tmp_path: Path, bad: str, why: str) -> None:
    texts = _own_lines(room)
    texts.insert(1, bad)
    before = event.digest(), len(event.entries())
    with pytest.raises(BundleError, match=f"line 3: .*{why}.*nothing merged"):
        merge_bundles(event, [sealed_bundle(room, tmp_path / "bad.ckb", texts)])
    assert (event.digest(), len(event.entries())) == before


def test_lines_that_join_into_other_entries_are_refused(event: Event, room: Event,
                                                       tmp_path: Path) -> None:
    """Two lines that are one entry only when joined, and one that holds two: as many
    entries as lines, but each line alone is not one."""
    first, second = _own_lines(room)[:2]
    cut = first.index(',"payload"')  # the comma that joins the lines
    texts = [first[:cut], first[cut + 1:], f"{second},{second}"]
    assert json.loads(f"[{','.join(texts)}]") == [json.loads(t) for t in (first, second, second)]
    with pytest.raises(BundleError, match="line 2: not JSON"):
        merge_bundles(event, [sealed_bundle(room, tmp_path / "joined.ckb", texts)])


def test_payloads_are_stored_as_the_journal_writes_them(event: Event, room: Event,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "room.ckb"
    write_bundle(room, path, station=room.station_id)
    assert merge_bundles(event, [path]).new == 1
    stored = dict(event.conn.execute("SELECT id, payload FROM journal"))
    for e in room.entries():
        assert stored[e.id] == j.dump(e.payload)
        assert e.payload_text == j.dump(e.payload)  # read back from the journal


def test_a_line_laid_out_otherwise_is_stored_dumped_again(event: Event, room: Event,
                                                        tmp_path: Path) -> None:
    own = [e for e in room.entries() if e.station == room.station_id]
    texts = [json.dumps({"payload": e.payload, "id": e.id, "station": e.station, "seq": e.seq,
                         "clock": e.clock, "kind": e.kind, "subject": e.subject}, indent=1)
             .replace("\n", "") for e in own]
    assert merge_bundles(event, [sealed_bundle(room, tmp_path / "other.ckb", texts)]).new == 1
    stored = dict(event.conn.execute("SELECT id, payload FROM journal"))
    assert [stored[e.id] for e in own] == [j.dump(e.payload) for e in own]
    assert event.digest() == room.digest()


def _resealed(room: Event, source: Path, target: Path, version: int) -> Path:
    """The bundle at `source` with its header's version set to `version`, sealed again."""
    head, _, body = gzip.decompress(source.read_bytes()).partition(b"\n")
    header = {k: v for k, v in json.loads(head).items() if k != "seal"}
    header["version"] = version
    header["seal"] = lines.seal(room.sync_key, bundle._sealed_part(header, body))
    target.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))
    return target


def test_a_version_2_bundle_is_still_merged_its_payloads_dumped_again(
        event: Event, room: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_bundle(room, tmp_path / "room.ckb", station=room.station_id)
    old = _resealed(room, tmp_path / "room.ckb", tmp_path / "old.ckb", 2)
    dumped: list[object] = []
    dump = j.dump
    monkeypatch.setattr(j, "dump", lambda p: dumped.append(p) or dump(p))
    assert merge_bundles(event, [old]).new == 1
    assert dumped  # each line checked against its payload dumped again, as before
    assert event.digest() == room.digest()


def test_a_bundle_of_this_version_stores_its_payloads_without_dumping_them(
        event: Event, room: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "room.ckb"
    write_bundle(room, path, station=room.station_id)
    assert json.loads(gzip.decompress(path.read_bytes()).partition(b"\n")[0])["version"] == 3
    dumped: list[object] = []
    dump = j.dump
    monkeypatch.setattr(j, "dump", lambda p: dumped.append(p) or dump(p))
    entries = bundle.read_bundle(event, path).entries
    assert not dumped
    assert [e.payload_text for e in entries] == [dump(e.payload) for e in entries]


def test_a_member_repeated_after_the_payload_is_not_stored_as_payload_text(
        event: Event, room: Event, tmp_path: Path) -> None:
    """A line whose payload slice holds more than the payload (the object keeps the last
    of two members of one name): read line by line, its payload dumped from the value."""
    own = [e for e in room.entries() if e.station == room.station_id]
    texts = [lines.encode(e) for e in own]
    checkin = next(i for i, e in enumerate(own) if e.kind == j.CHECKIN_RECORDED)
    e = own[checkin]
    texts[checkin] = texts[checkin].replace(
        f',"seq":{e.seq},', f',"kind":{json.dumps(e.kind)},"seq":{e.seq},')
    assert json.loads(texts[checkin]) == json.loads(lines.encode(e))
    assert merge_bundles(event, [sealed_bundle(room, tmp_path / "twice.ckb", texts)]).new == 1
    stored = dict(event.conn.execute("SELECT id, payload FROM journal"))
    assert stored[e.id] == j.dump(e.payload)
    assert event.digest() == room.digest()


def test_a_member_repeated_inside_a_payload_is_stored_as_python_reads_it(
        event: Event, room: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's JSON functions read the first of two members of one name, Python the last:
    such a payload's text is not stored as the line holds it but dumped from its value,
    so that folding a merge in SQL (`projection_delta.SQL_FROM`) and a rebuild agree."""
    monkeypatch.setattr(projection_delta, "SQL_FROM", 0)
    own = [e for e in room.entries() if e.station == room.station_id]
    texts = [lines.encode(e) for e in own]
    checkin = next(i for i, e in enumerate(own) if e.kind == j.CHECKIN_RECORDED)
    e = own[checkin]
    texts[checkin] = texts[checkin].replace('"payload":{', '"payload":{"at":"2001-01-01",')
    assert json.loads(texts[checkin]) == json.loads(lines.encode(e))
    assert merge_bundles(event, [sealed_bundle(room, tmp_path / "repeated.ckb", texts)]).new == 1
    stored = dict(event.conn.execute("SELECT id, payload FROM journal"))
    assert stored[e.id] == j.dump(e.payload)
    merged = event.digest()
    event.rebuild()
    assert event.digest() == merged == room.digest()


def _general(texts: list[str]) -> list[j.Entry]:
    """What `decode_all` reads without its matched path (lines parsed as JSON)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lines, "_matched", lambda texts: None)
        return lines.decode_all(texts, canonical=True)


def test_matched_lines_read_as_json_reads_them(room: Event) -> None:
    """Each field out of its line by `lines._LINE`'s parts, each payload parsed once: the
    same entries, payload texts and types as parsing the lines as JSON."""
    own = [e for e in room.entries() if e.station == room.station_id]
    odd = j.Entry("f" * 32, room.station_id, 7, own[0].clock, "a.kind-of,its.own", "sujet é ,",
                  {"seq": 5, "n": [1, {"x": None}], "at": "\u00e9\u2603 \\ \""})
    texts = [lines.encode(e) for e in [*own, odd]]
    assert ',"seq":5}' in texts[-1]  # as after a payload: the last one is the line's
    matched = lines._matched(texts)
    assert matched is not None
    assert matched == _general(texts) == [*own, odd]
    assert [e.payload_text for e in matched] == [e.payload_text for e in _general(texts)]
    assert [type(e.seq) for e in matched] == [int] * len(texts)


@pytest.mark.parametrize("slices", [
    ('{"at":[1', '2]}', '{},{}'),  # payloads that are one value each only when joined
    ('{"at":"x"} ', '{}', '{}'),  # a space after one: not as `encode` writes it
    ('{"at":"x","at":"y"}', '{}', '{}'),  # a member repeated
    ('[]', '{}', '{}')])  # not an object
def test_lines_not_each_one_payload_are_not_matched(room: Event,
                                                    slices: tuple[str, ...]) -> None:
    own = next(e for e in room.entries() if e.station == room.station_id)
    texts = [lines.encode(j.Entry(own.id, own.station, n + 1, own.clock, own.kind,
                                  own.subject, {"p": 0})).replace('{"p":0}', s)
             for n, s in enumerate(slices)]
    assert lines._matched(texts) is None  # read as before: line by line if need be
