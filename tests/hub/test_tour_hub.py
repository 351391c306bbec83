"""The tour's report from the events a hub holds: the same figures as from the files."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from checkin.cli import main
from checkin.core.event import Event
from checkin.core.hub import HubAddress, HubSync, add_event, init_hub
from checkin.core.hub.schema import EventInfo

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from tour_helpers import BY_EMAIL, BY_NAME, two_events


def test_the_tour_report_reads_the_hubs_events(tmp_path: Path, hub_url: str, capsys) -> None:
    owner, password = HubAddress.parse(hub_url)
    init_hub(owner, password)
    occ, bfc, _ = two_events(tmp_path)
    stray = Event.create(tmp_path / "other.checkin", dataclasses.replace(
        occ.programme, organiser="Un autre réseau", short="AUTRE"))
    for event in (occ, bfc, stray):
        access = add_event(owner, password, EventInfo.of(event))
        HubSync(event, access.address, access.password).run_once()
        event.close()
    capsys.readouterr()
    assert main(["report", str(occ.path), str(bfc.path), "-o", str(tmp_path / "files.xlsx"),
                 "--json"]) == 0
    from_files = json.loads(capsys.readouterr().out)
    assert main(["report", "--hub", hub_url, "--organiser", "alliance villes emploi ",
                 "-o", str(tmp_path / "hub.pdf"), "--json"]) == 0
    from_hub = json.loads(capsys.readouterr().out)
    assert from_hub["events"] == ["BFC22", "OCC22"]  # not the other organiser's
    for key in ("registered", "present", "people_present", "organisations_present",
                "returning"):
        assert from_hub[key] == from_files[key], key
    assert from_hub["returning"] == BY_EMAIL + BY_NAME
