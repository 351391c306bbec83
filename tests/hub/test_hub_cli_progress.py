"""`checkin sync EVENT --hub` that pulls thousands of entries (a desk joining late) shows
a bar on a terminal's standard error, none with --json; Ctrl+C (SIGINT) in the middle of
its merge ends with status 130 and the event file byte for byte as it was (issue 20).
Against the real PostgreSQL server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli.test_progress import interrupt_at, run_on_terminal
from helpers import generated_registrations

from checkin.core import stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubReport, HubSync, add_event, init_hub
from checkin.core.hub.schema import EventAccess, EventInfo
from checkin.core.hub.sync import remember_address
from checkin.core.progress import LONG_SYNC

ROWS = 3000


def synced(event: Event, access: EventAccess) -> HubReport:
    sync = HubSync(event, access.address, access.password)
    try:
        return sync.run_once()
    finally:
        sync.close()


@pytest.fixture
def late_desk(tmp_path: Path, hub_url: str, imported_event: Event,
              monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk that has synced once, its hub remembered; on the hub since, another
    station's thousands of entries."""
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    access = add_event(owner, password, EventInfo.of(imported_event))
    remember_address(imported_event, access.address)
    stations.clone(imported_event, tmp_path / "b.checkin", "Accueil 2")
    synced(imported_event, access)  # the desk synced once, then was offline a while
    imported_event.close()
    with Event.open(tmp_path / "b.checkin") as other:
        other.append(generated_registrations(ROWS))
        assert synced(other, access).pushed >= ROWS
    monkeypatch.setenv("PGPASSWORD", access.password or "")  # the commands' password
    return imported_event.path


def test_a_large_hub_sync_shows_its_progress_on_a_terminal(late_desk: Path) -> None:
    status, shown = run_on_terminal("sync", late_desk, "--hub")
    assert status == 0
    totals = {int(n) for n in re.findall(rb"\| *\d+/(\d+) \[", shown)}
    assert b"entries" in shown and totals and min(totals) >= LONG_SYNC  # determinate
    status, shown = run_on_terminal("sync", late_desk, "--hub")  # nothing new: no bar
    assert status == 0 and shown == b""


def test_with_json_a_hub_sync_shows_no_progress(late_desk: Path) -> None:
    status, shown = run_on_terminal("sync", late_desk, "--hub", "--json")
    assert status == 0 and shown == b""


def test_ctrl_c_in_a_hub_merge_leaves_the_event_file_as_it_was(
        tmp_path: Path, late_desk: Path) -> None:
    before = late_desk.read_bytes()
    assert interrupt_at("entries:1", tmp_path, "sync", late_desk, "--hub") == 130
    assert late_desk.read_bytes() == before
