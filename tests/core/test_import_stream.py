"""An import into an event without registrations is planned while it is written
(`ImportStream`, `Event.append_stream`: what `checkin import` does there). The event file,
the plan and its report must come out as `plan_import` then `Event.append` make them,
resubmitted forms, skipped rows and every cell problem included."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA, FakeClock, make_registrations

from checkin.core import batch_writer
from checkin.core import journal as j
from checkin.core.event import Event
from checkin.core.importing import ImportPlan, ImportStream, plan_import
from checkin.core.model import FIELDS
from checkin.core.programme import Programme, load_programme
from checkin.core.progress import Cancelled, Stage
from checkin.core.storage import PROJECTION_TABLES

OCC = DATA / "occitanie-2022.toml"
SLOT = "Atelier 14h00-15h00"

# Every problem an import reports, and resubmissions won by the later row and by the
# earlier one (its answer time later), one of them in another batch than its first row.
_PROBLEMS = (
    "Horodateur,Nom,Prénom,Adresse e-mail," + SLOT + ",Atelier 15h15-16h15,Commentaire\n"
    "03/10/2022 09:13:23,Durand,Léa,lea@x.org,\"A, B\",D,\"deux\nlignes\"\n"
    "03/10/2022 09:14:00,Petit,Samir,,Je ne sais pas encore,Z. Inconnu,\n"
    "pas une date,Roy,Aurélie,r@x.org,C,\"D, E\",\n"
    "03/10/2022 09:15:00,,,,A,,\n"
    "03/10/2022 09:16:00," + "R" * 300 + ",Long,,A,,\n"
    "03/10/2022 09:17:00,Henry,Sylvie\n"
    "03/10/2022 09:18:00,Du\x1b[31mbois,Marc,m@x.org,Je ne sais pas encore,E,ok\n"
    "03/10/2022 09:30:00,Martin,Paul,p@x.org,\"A, B\",Z. Inconnu,premier\n"
    "03/10/2022 09:19:00,DURAND,Léa,LEA@x.org,C,F,deuxième\n"  # wins: later
    "03/10/2022 08:00:00,Roy,Aurélie,R@x.org,A,,\n"  # wins: row 4's time unreadable
    "03/10/2022 09:20:00,Petit,Samir,,B,,\n"  # wins
    "03/10/2022 09:00:00,Martin,Paul,p@x.org,B,,\n"  # loses: earlier than row 9
    "03/10/2022 09:21:00,Lemoine,Anne,a@x.org,A,D,\n"
    "03/10/2022 09:22:00,Lemoine,Anne,a@x.org,B,,nouveau\n"  # wins
)


@pytest.fixture(scope="module")
def occ() -> Programme:
    return load_programme(OCC)


def _normal(event: Event) -> dict[str, list[Any]]:
    """The event's tables, their random draws aside: entry ids, clocks, registration ids
    and codes become their place among the entries (the same in both events)."""
    station = event.station_id
    place: dict[str, str] = {}
    journal = []
    for _id, st, seq, _clock, kind, subject, payload in event.conn.execute(
            "SELECT * FROM journal ORDER BY rowid"):
        p = json.loads(payload)
        if kind == j.REGISTRATION_CREATED:
            place[subject] = f"R{len(place)}"
            p.pop("code")
        journal.append((st == station, seq, kind, place.get(subject, subject == station), p))
    tables: dict[str, list[Any]] = {"journal": journal}
    for table in PROJECTION_TABLES:
        rows = event.conn.execute(f"SELECT * FROM {table}").fetchall()
        if table == "registrations":
            rows = [(place[r[0]], *r[2:]) for r in rows]
        elif table == "choices":
            rows = [(place[r[0]], *r[1:]) for r in rows]
        elif table == "stations":
            rows = [(r[0] == station, *r[1:]) for r in rows]
        tables[table] = sorted(rows)
    codes = [c for (c,) in event.conn.execute("SELECT code FROM registrations")]
    assert len(set(codes)) == len(codes)
    return tables


def _plan_view(plan: ImportPlan) -> dict[str, Any]:
    ids = {r.registration_id: n for n, r in enumerate(plan.records)}
    return {
        "report": plan.report.as_json(), "summary": plan.report.summary(),
        "records": [(r.row, r.rows, r.fields, r.extra, r.sessions, r.submitted_at,
                     r.identity, r.unmatched, r.status, ids[r.registration_id])
                    for r in plan.records],
        "entries": [(e.kind, ids[e.subject], {k: v for k, v in e.payload.items()
                                              if k != "code"}) for e in plan.entries],
        "codes": [(ids[e.subject], e.payload["code"]) for e in plan.entries],
    }


def _both_ways(folder: Path, programme: Programme, file: Path) -> tuple[
        tuple[dict[str, Any], dict[str, Any]], tuple[dict[str, Any], dict[str, Any]]]:
    """(tables, plan) of `file` planned then appended, and streamed."""
    with Event.create(folder / "appended.checkin", programme, now=FakeClock()) as event:
        plan = plan_import(file, programme, [])
        event.append(plan.entries)
        appended = (_normal(event), _plan_view(plan))
    with Event.create(folder / "streamed.checkin", programme, now=FakeClock()) as event:
        stream = ImportStream(file, programme)
        written = event.append_stream(stream.batches(batch_writer.CHUNK),
                                      stream.report.rows, stream.revised)
        plan = stream.plan()
        assert [(e.kind, e.subject, e.payload) for e in written] == \
            [(e.kind, e.subject, e.payload) for e in plan.entries]
        streamed = (_normal(event), _plan_view(plan))
        codes = dict(streamed[1].pop("codes"))
        assert {r.code for r in event.registrations()} == set(codes.values())
    appended[1].pop("codes")
    return appended, streamed


@pytest.mark.parametrize("threaded", [True, False])
@pytest.mark.parametrize(("file", "programme"), [
    ("occitanie-2022-inscriptions.csv", OCC),
    ("occitanie-2022-inscriptions.xlsx", OCC),
    ("bfc-2022-inscriptions-excel.csv", DATA / "bfc-2022.toml"),  # cp1252, ";"
])
def test_a_stream_writes_and_plans_what_plan_then_append_do(
        tmp_path: Path, file: str, programme: Path, threaded: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_writer, "THREADED", threaded)
    monkeypatch.setattr(batch_writer, "CHUNK", 23)  # many batches
    appended, streamed = _both_ways(tmp_path, load_programme(programme), DATA / file)
    assert streamed == appended


@pytest.mark.parametrize("threaded", [True, False])
def test_resubmissions_and_every_cell_problem_come_out_the_same(
        tmp_path: Path, occ: Programme, threaded: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_writer, "THREADED", threaded)
    monkeypatch.setattr(batch_writer, "CHUNK", 2)  # a person's rows in different batches
    path = tmp_path / "problems.csv"
    path.write_bytes(_PROBLEMS.encode())
    appended, streamed = _both_ways(tmp_path, occ, path)
    assert streamed == appended
    report = streamed[1]["report"]
    assert report["merged"] == 5 and len(report["skipped"]) == 2
    assert {w["problem"] for w in report["unmatched"] + report["warnings"]} == {
        "two_in_slot", "undecided", "unknown", "cell_count", "control_characters",
        "not_a_date"}


def test_a_generated_export_with_resubmissions(tmp_path: Path, occ: Programme,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_writer, "CHUNK", 200)
    export = make_registrations(2500, tmp_path / "export.csv", "--seed", "5")
    appended, streamed = _both_ways(tmp_path, occ, export)
    assert streamed == appended
    assert streamed[1]["report"]["merged"] > 50


def test_resubmitted_forms_are_handed_over_once_from_the_row_that_wins(
        tmp_path: Path, occ: Programme) -> None:
    path = tmp_path / "problems.csv"
    path.write_bytes(_PROBLEMS.encode())
    with Event.create(tmp_path / "ev.checkin", occ, now=FakeClock()) as event:
        stream = ImportStream(path, occ)
        # Durand, Roy, Petit, Lemoine: a later row wins (Martin's first row does)
        assert len(stream._planning.winners()) == 4
        event.append_stream(stream.batches(2), stream.report.rows, stream.revised)
        assert stream.revised() == {}  # nothing to write again


_FULL_NAMES = (
    "Horodateur,Nom complet,Courriel,Atelier 14h00-15h00\n"
    "03/10/2022 09:13:23,DUPONT Jean,j@x.org,A\n"
    "03/10/2022 09:14:00,\"Dupont,  Jean\",J@X.org ,B\n"
    "03/10/2022 09:15:00,Jean de La Fontaine,,A\n"
    "03/10/2022 09:16:00,,,A\n"
    "03/10/2022 09:17:00,Le Gall Yann,y@x.org\n"
    "03/10/2022 09:18:00,jean  de la fontaine,,C\n"
)


def _own_export(folder: Path, occ: Programme) -> Path:
    """Our CSV export of the hostile form (protective apostrophes), one person cancelled."""
    from test_import_own_export import new_event, write_source

    from checkin.core.reception import set_cancelled
    from checkin.core.reports import spreadsheet
    with new_event(folder / "first.checkin", occ, write_source(folder / "form.csv")) as event:
        set_cancelled(event, next(r for r in event.registrations() if r.last_name == "Roy"),
                      True)
        return spreadsheet.export(event, folder / "export.csv")


@pytest.mark.parametrize("file", ["occitanie-2022-inscriptions.csv",
                                  "occitanie-2022-inscriptions.xlsx",
                                  "bfc-2022-inscriptions-excel.csv", "problems", "full names",
                                  "own export"])
def test_the_look_ahead_finds_each_row_s_identity_as_reading_it_does(
        tmp_path: Path, occ: Programme, file: str) -> None:
    """`winners` groups rows by e-mail and name as `read` does, skipped rows left out."""
    texts = {"problems": _PROBLEMS, "full names": _FULL_NAMES}
    path = DATA / file
    if file in texts:
        path = tmp_path / "file.csv"
        path.write_bytes(texts[file].encode())
    elif file == "own export":
        path = _own_export(tmp_path, occ)
    programme = load_programme(DATA / "bfc-2022.toml") if "bfc" in file else occ
    planning = ImportStream(path, programme)._planning
    reader, data = planning.reader, planning.data
    read = [reader.read(row, stamp) for row, stamp in zip(data, planning.stamps, strict=True)]
    expected = [None if isinstance(r, str) else r.identity for r in read]
    assert [reader.identity(row, email) for row, email in
            zip(data, reader.emails(data), strict=True)] == expected
    assert any(e is None for e in expected) == (file in {"problems", "full names",
                                                         "own export"})


def test_a_wrong_guess_of_the_winner_is_revised(tmp_path: Path, occ: Programme,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Should `winners` name another person's row, the first row's entry goes out and
    is revised as without the look-ahead: the same event and plan."""
    monkeypatch.setattr(batch_writer, "CHUNK", 2)
    monkeypatch.setattr("checkin.core.importing.plan._Planning.winners",
                        lambda self: {0: 1, 2: 9})  # Durand -> Petit; Roy -> its own
    path = tmp_path / "problems.csv"
    path.write_bytes(_PROBLEMS.encode())
    appended, streamed = _both_ways(tmp_path, occ, path)
    assert streamed == appended


@pytest.mark.parametrize("ahead", [True, False])
def test_the_same_stream_revises_an_entry_in_its_place(tmp_path: Path, occ: Programme,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       ahead: bool) -> None:
    monkeypatch.setattr(batch_writer, "CHUNK", 2)
    if not ahead:  # every winner then met in its turn
        monkeypatch.setattr("checkin.core.importing.plan._Planning.winners", lambda self: {})
    path = tmp_path / "problems.csv"
    path.write_bytes(_PROBLEMS.encode())
    with Event.create(tmp_path / "ev.checkin", occ, now=FakeClock()) as event:
        stream = ImportStream(path, occ)
        written = event.append_stream(stream.batches(2), stream.report.rows, stream.revised)
        revised = stream.revised()
        # Durand, Roy, Petit, Lemoine: a later row won
        assert len(revised) == (0 if ahead else 4)
        # each entry stored once, in its place, as the plan has it (the winning row's)
        for place, entry in enumerate(stream.plan().entries):
            stored = event.conn.execute("SELECT id, payload FROM journal WHERE subject = ?",
                                        (entry.subject,)).fetchall()
            assert stored == [(written[place].id, j.dump(entry.payload))]
        assert {place: written[place].payload for place in revised} == {
            place: batch_writer.created_entry(c).payload for place, c in revised.items()}


def _tables(event: Event) -> dict[str, list[Any]]:
    tables = {"journal": event.conn.execute("SELECT * FROM journal").fetchall()}
    for table in PROJECTION_TABLES:
        tables[table] = event.conn.execute(f"SELECT * FROM {table}").fetchall()
    return tables


class _StopAt:
    def __init__(self, rows: int) -> None:
        self.rows = rows

    def step(self, done: int, total: int, what: Stage) -> None:
        if what is Stage.ROWS and done >= self.rows:
            raise Cancelled


@pytest.mark.parametrize("threaded", [True, False])
def test_a_stop_writes_nothing_and_ends_the_worker(tmp_path: Path, occ: Programme,
                                                   threaded: bool,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_writer, "THREADED", threaded)
    interval = sys.getswitchinterval()
    export = DATA / "occitanie-2022-inscriptions.csv"
    with Event.create(tmp_path / "ev.checkin", occ, now=FakeClock()) as event:
        before = _tables(event)
        stream = ImportStream(export, occ)
        with pytest.raises(Cancelled):
            event.append_stream(stream.batches(40), stream.report.rows, stream.revised,
                                progress=_StopAt(100))
        assert _tables(event) == before
        assert not [t for t in threading.enumerate() if t.name == "batch-rows"]
        assert sys.getswitchinterval() == interval
        stream = ImportStream(export, occ)  # the file still takes the import
        event.append_stream(stream.batches(40), stream.report.rows, stream.revised)
        assert len(event.registrations()) == stream.plan().report.added


def test_entries_of_registrations_the_event_holds_are_refused(
        tmp_path: Path, occ: Programme) -> None:
    export = DATA / "occitanie-2022-inscriptions.csv"
    with Event.create(tmp_path / "ev.checkin", occ, now=FakeClock()) as event:
        event.append(plan_import(export, occ, []).entries[:5])
        before = _tables(event)
        known = event.registrations()[0].id
        fields = dict.fromkeys(FIELDS, "x")
        again: batch_writer.Created = (known, "X", fields, {}, [], "")
        with pytest.raises(ValueError, match="a stream's entr"):
            event.append_stream(iter([(1, [again])]), 1, dict)
        assert _tables(event) == before
        assert not [t for t in threading.enumerate() if t.name == "batch-rows"]


def test_a_stream_s_pages_go_to_the_file_as_they_fill_and_a_stop_still_writes_nothing(
        tmp_path: Path, occ: Programme, monkeypatch: pytest.MonkeyPatch) -> None:
    """append_stream's page cache (STREAM_CACHE_KB) is smaller than a big import, so that
    its pages are written while the rows are planned, not all at the commit; they are
    still the transaction's: a stop leaves the file as it was (its size, its tables; the
    free pages it took may keep what was written there)."""
    monkeypatch.setattr("checkin.core.event.STREAM_CACHE_KB", 256)  # 3 MB of pages here
    export = make_registrations(2500, tmp_path / "export.csv", "--seed", "5")
    path = tmp_path / "ev.checkin"
    with Event.create(path, occ, now=FakeClock()) as event:
        before, size = _tables(event), path.stat().st_size
        sizes: list[int] = []

        class Watch:  # its steps run inside the append's transaction
            def step(self, done: int, total: int, what: Stage) -> None:
                assert event.conn.execute("PRAGMA cache_size").fetchone() == (-256,)
                sizes.append(path.stat().st_size)
                if what is Stage.ROWS and done >= 2000:
                    raise Cancelled

        stream = ImportStream(export, occ)
        with pytest.raises(Cancelled):
            event.append_stream(stream.batches(200), stream.report.rows, stream.revised,
                                progress=Watch())
        assert max(sizes) > 2 * size  # in the file before any commit
        assert _tables(event) == before
        assert path.stat().st_size == size
        assert event.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
