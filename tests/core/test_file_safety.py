"""Files that hold personal data are their owner's alone, and another program's SQLite
file is refused untouched."""

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from checkin.core import reception, stations
from checkin.core.errors import EventFileError
from checkin.core.event import Event
from checkin.core.sync import FolderSync, write_bundle

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def loose_umask():  # type: ignore[no-untyped-def]
    old = os.umask(0o022)  # the usual default: files 0644 unless made otherwise
    yield
    os.umask(old)


@posix_only
def test_event_files_backups_bundles_clones_and_folder_files_are_the_owners_alone(
        event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stations.MACHINE_ENV, "modes-laptop")
    reception.walk_in(event, {"last_name": "Privé", "email": "prive@ex.org"})
    backup = event.backup()
    bundle = tmp_path / "out.ckb"
    write_bundle(event, bundle)
    clone = stations.clone(event, tmp_path / "clone.checkin", "Salle A")
    folder = tmp_path / "shared"
    folder.mkdir()
    FolderSync(event, folder).run_once()
    own = folder / f"{event.station_id}.jsonl"
    journal = event.path.with_name(event.path.name + "-journal")
    for path in (event.path, journal, backup, bundle, clone, own):
        assert mode(path) == 0o600, path
    assert mode(backup.parent) == 0o700


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.checkin"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('précieux')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(EventFileError, match="not a checkin event file"):
        Event.open(path)
    assert path.read_bytes() == before  # still in rollback-journal mode, not WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.checkin"]
