"""Broken registration files: each gets one clear line naming the file, exit status 2,
and leaves the event file byte-for-byte unchanged.

"Byte-for-byte unchanged": the test compares the bytes of the main file and of its
`-journal` and `-wal` (and their presence), plus the digest of the projected state:
- an event file closed cleanly stays exactly so;
- an event file held open by a desk at the same time, just written to, stays so too: a
  failed import only reads. (Event files keep a rollback journal, truncated after each
  commit, see storage._no_wal; a `-wal` is left only by older versions, and replayed
  into the main file by the next opening: the bytes change, what they hold does not.)
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from broken_inputs import HEADER, ROW, Broken, corpus
from helpers import ROOT

from checkin.cli import main
from checkin.core import reception
from checkin.core.errors import ImportFileError
from checkin.core.event import Event
from checkin.core.importing import plan_import

CASES = corpus()
# Files that are readable tables but not registrations to import: plan_import reads them
# (a preview can show their columns); the import command refuses them.
REFUSED_BY_THE_COMMAND = {"header-only.csv", "header-only.xlsx"}


def _state(path: Path) -> dict[str, str | None]:
    """The bytes that hold the event: the main file, its journal and any WAL (None when
    absent, or, for the journal, empty: it then holds nothing to roll back, and a program
    closing the file deletes it, see storage.close)."""
    state: dict[str, str | None] = {}
    for side in ("", "-journal", "-wal"):
        file = path.with_name(path.name + side)
        state[side or "main"] = hashlib.sha256(file.read_bytes()).hexdigest() \
            if file.exists() and (side != "-journal" or file.stat().st_size) else None
    return state


def _digest(path: Path) -> str:
    with Event.open(path) as event:
        return event.digest()


@pytest.fixture
def desk_event(tmp_path: Path, programme) -> Path:
    """A closed event file with people in it, one checked in."""
    path = tmp_path / "event.checkin"
    with Event.create(path, programme, station_name="Accueil 1") as event:
        reception.walk_in(event, {"last_name": "BERNARD"})
        reception.walk_in(event, {"last_name": "PETIT"}, check_in_now=False)
    return path


def _made(case: Broken, folder: Path) -> Path:
    path = folder / case.name
    case.make(path)
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_import_command_refuses_in_one_line_and_changes_nothing(
        case: Broken, desk_event: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _made(case, tmp_path)
    before, digest = _state(desk_event), _digest(desk_event)
    assert before["-wal"] is None  # closed cleanly, and no WAL (storage._no_wal)
    for dry_run in ([], ["--dry-run"]):
        assert main(["import", str(desk_event), str(bad), *dry_run]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1 and err.startswith(f"checkin: error: {case.name}: "), err
        assert case.words in err
        assert _state(desk_event) == before
    assert _digest(desk_event) == digest


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_plan_import_raises_one_line_naming_the_file(
        case: Broken, desk_event: Path, tmp_path: Path) -> None:
    bad = _made(case, tmp_path)
    with Event.open(desk_event) as event:
        if case.name in REFUSED_BY_THE_COMMAND:
            plan = plan_import(bad, event.programme, event.registrations())
            assert plan.entries == [] and plan.report.rows == 0
            return
        with pytest.raises(ImportFileError) as exc:
            plan_import(bad, event.programme, event.registrations())
    message = str(exc.value)
    assert "\n" not in message and message.startswith(f"{case.name}: ")
    assert case.words in message


def test_while_a_desk_holds_the_file_it_is_untouched_too(
        desk_event: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = _made(next(c for c in CASES if c.name == "truncated.xlsx"), tmp_path)
    with Event.open(desk_event) as desk:
        reception.walk_in(desk, {"last_name": "MOREAU"})  # committed just now
        before = _state(desk_event)
        assert main(["import", str(desk_event), str(bad)]) == 2
        assert _state(desk_event) == before
        assert "damaged" in capsys.readouterr().err
        assert len(desk.registrations()) == 3  # the desk goes on as before


@pytest.mark.parametrize("name", ["password.xlsx", "ten-mb-cell.csv", "header-only.csv"])
def test_as_a_real_process(name: str, desk_event: Path, tmp_path: Path) -> None:
    bad = _made(next(c for c in CASES if c.name == name), tmp_path)
    before = _state(desk_event)
    done = subprocess.run([sys.executable, "-m", "checkin", "import", str(desk_event),
                           str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(
        f"checkin: error: {name}: ")
    assert _state(desk_event) == before


# --- what is not an error ------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32", "utf-8-sig"])
def test_other_encodings_are_read_not_refused(encoding: str, desk_event: Path,
                                              tmp_path: Path) -> None:
    """A French Excel CSV (cp1252), a Latin-1 file, Excel's "Unicode text" (UTF-16 with
    a BOM) and UTF-16 without one: every accent comes out right."""
    first_name = "Hélène" if encoding == "latin-1" else "Hélène Œ"
    text = ";".join(HEADER) + "\r\n" + ";".join([*ROW[:2], first_name, *ROW[3:]]) + "\r\n"
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))  # "utf-16" and "utf-32" write a BOM
    with Event.open(desk_event) as event:
        plan = plan_import(path, event.programme, event.registrations())
    (entry,) = plan.entries
    assert entry.payload["fields"]["first_name"] == first_name
    assert entry.payload["fields"]["last_name"] == "Durand"


def test_500_columns_with_names_is_a_registration_list(desk_event: Path,
                                                       tmp_path: Path) -> None:
    """500 columns is not an error: a long Google Form has as many questions, and the
    importer's guard is 1,000 columns. With a name column, it imports, every answer kept."""
    path = tmp_path / "long-form.csv"
    questions = [f"Question {i}" for i in range(495)]
    path.write_text(";".join([*HEADER, *questions]) + "\n"
                    + ";".join([*ROW, *(f"réponse {i}" for i in range(495))]) + "\n",
                    encoding="utf-8")
    assert main(["import", str(desk_event), str(path)]) == 0
    with Event.open(desk_event) as event:
        (lea,) = event.search("Durand")
        assert len(lea.extra) == 495 and lea.extra["Question 494"] == "réponse 494"
