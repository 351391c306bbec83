"""The data-protection purge: nothing personal left in the file's bytes, figures kept."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from reports_helpers import small_day

from checkin.cli import main
from checkin.core import reception, storage
from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.purge import anonymous, purge
from checkin.core.reports import certificates, sheets
from checkin.core.reports.figures import compute
from checkin.core.reports.spreadsheet import export

PERSONAL = ["Lefèvre", "Hélène", "helene.lefevre@example.org", "julien.durand@example.org",
            "Université de Lunel", "+33 6 12 34 56 78", "-végétarien", "Élodie", "N'Diaye",
            "Chargé de mission", "Mairie de Nîmes"]


def _raw(path: Path) -> bytes:
    files = [path, *(path.with_name(path.name + side) for side in ("-journal", "-wal"))]
    return b"".join(p.read_bytes() for p in files if p.exists())


def test_the_bytes_hold_the_names_before_and_not_after(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    storage.backup(event.conn, event.path)  # a rotating backup holds them too
    before = _raw(event.path)
    assert all(text.encode() in before for text in PERSONAL[:6])  # the scan can fail
    report = purge(event, confirm="OCC22")
    after = _raw(event.path)
    for text in PERSONAL:
        assert text.encode() not in after, text
    assert "Collectivité territoriale".encode() in after  # a breakdown's label: a figure
    assert report.backups_deleted == 1
    assert not event.path.with_name(event.path.name + ".backups").exists()
    assert report.wal_truncated
    assert report.entries_rewritten > 0 and report.registrations == 6


def test_figures_stats_and_exports_survive(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    before = compute(event)
    stats_before = event.stats()
    clock.advance(days=30)
    purge(event, confirm="occ22")
    after = compute(event)
    assert after.purged_at is not None and after.purged_at.startswith("2023-01-07")
    assert after.as_json() == {**before.as_json(), "purged_at": after.purged_at}
    assert {d.label for d in after.by_department} == {"30 - Gard", "34 - Hérault", ""}
    stats = event.stats()
    for key in ("registered", "cancelled", "checked_in", "walk_ins", "double_checkins",
                "sessions"):
        assert stats[key] == stats_before[key], key
    event.rebuild()  # the anonymous journal folds into the same projections
    assert event.stats()["digest"] == stats["digest"]
    assert all(r.last_name == "" and r.email == "" for r in event.registrations())

    out = export(event, tmp_path / "bilan.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Synthèse"]
    summary = {r[0]: r[1] for r in wb["Synthèse"].iter_rows(values_only=True) if r[0]}
    assert summary["Arrivés"] == before.arrived
    assert "Données personnelles supprimées le" in summary
    csv_out = export(event, tmp_path / "bilan.csv")
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r[0]: r[1:] for r in csv.reader(handle, delimiter=";") if r}
    assert rows["Arrivés"] == [str(before.arrived)]


def test_a_purged_file_records_nothing_more(event, clock, tmp_path):  # type: ignore[no-untyped-def]
    ids = small_day(event, clock)
    purge(event, confirm="OCC22")
    reg = event.registration(ids["absent"])
    assert reg is not None
    with pytest.raises(CheckinError, match="purged of personal data"):
        reception.check_in(event, reg)
    with pytest.raises(CheckinError, match="purged"):
        reception.walk_in(event, {"last_name": "Nouveau"})
    with pytest.raises(CheckinError, match="no names left"):
        sheets.write(event, tmp_path / "s.pdf")
    with pytest.raises(CheckinError, match="no names left"):
        certificates.write(event, tmp_path / "c.pdf")
    with pytest.raises(CheckinError, match="already purged"):
        purge(event, confirm="OCC22")
    path = event.path
    event.close()
    with Event.open(path) as again, pytest.raises(CheckinError, match="purged"):
        reception.check_in(again, reg)  # still refused after reopening


def test_confirmation_is_required(event, clock):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    with pytest.raises(CheckinError, match="OCC22"):
        purge(event, confirm="oui")
    assert any(r.last_name == "Lefèvre" for r in event.registrations())


def test_unknown_kinds_are_dropped_and_the_programme_kept() -> None:
    assert anonymous("note.written", {"text": "Hélène a appelé"}) is None
    programme = {"title": "Rencontre", "slots": []}
    assert anonymous("programme.set", programme) == programme
    created = anonymous("registration.created", {
        "code": "ABC123", "source": "walkin", "sessions": ["A"], "submitted_at": "x",
        "fields": {"last_name": "Lefèvre", "department": "30 - Gard"}, "extra": {"q": "r"}})
    assert created == {"code": "", "source": "walkin", "sessions": ["A"], "fields": {},
                       "extra": {}}


def test_cli_purge(event, clock, capsys):  # type: ignore[no-untyped-def]
    small_day(event, clock)
    path = event.path
    event.close()
    assert main(["purge", str(path)]) == 2  # no terminal, no --yes: refused
    assert "confirmation" in capsys.readouterr().err
    assert main(["purge", str(path), "--yes", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["purged_at"] and report["figures"]["arrived"] == 4
    assert main(["stats", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["checked_in"] == 4
    assert b"Lef\xc3\xa8vre" not in _raw(path)


def test_purge_reaches_the_bundles_and_folder_files_it_wrote_and_lists_the_rest(
        event, clock, tmp_path, capsys):  # type: ignore[no-untyped-def]
    from checkin.core import stations
    from checkin.core.sync import FolderSync, write_bundle
    small_day(event, clock)
    kept, moved = tmp_path / "kept.ckb", tmp_path / "moved.ckb"
    write_bundle(event, kept)
    write_bundle(event, moved)
    moved.rename(tmp_path / "on-the-usb-key.ckb")
    clone = stations.clone(event, tmp_path / "room.checkin", "Salle A")
    shared = tmp_path / "shared"
    shared.mkdir()
    with Event.open(clone) as room:
        FolderSync(room, shared).run_once()
    FolderSync(event, shared).run_once()
    own = shared / f"{event.station_id}.jsonl"
    assert b"helene.lefevre@example.org" in own.read_bytes()
    path = event.path
    event.close()
    assert main(["purge", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert not kept.exists()
    assert (tmp_path / "on-the-usb-key.ckb").exists()  # out of reach, and said so
    assert own.exists() and len(own.read_bytes().splitlines()) == 1  # the header only
    assert b"@example.org" not in own.read_bytes()
    assert "station Salle A" in out and str(moved) in out
    with Event.open(clone) as room:
        assert str(shared / f"{room.station_id}.jsonl") in out
    assert "USB keys" in out
    # Its file, once emptied, is not written again.
    with Event.open(path) as again, pytest.raises(CheckinError, match="syncs nothing more"):
        FolderSync(again, shared).run_once()
    assert b"@example.org" not in own.read_bytes()
