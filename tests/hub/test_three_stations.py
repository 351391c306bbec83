"""Proof: three stations (three processes) through one hub, the server stopped and
restarted in the middle of the day, one station cut off from the network for a while.
Every station ends with the same digest as a bundle-only merge of the same work: nothing
lost, nothing doubled.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import DATA
from hub_helpers import need
from proxy import Relay

from checkin.core import stations
from checkin.core.event import Event
from checkin.core.hub import HubAddress, add_event, init_hub
from checkin.core.hub.schema import EventInfo
from checkin.core.importing import plan_import
from checkin.core.sync import merge_bundles, write_bundle

HERE = Path(__file__).parent
NAMES = ("A", "B", "C")
PHASES = ("p1", "p2", "p3")


def _plan(name: str, codes: list[str], shared: list[str]) -> list[str]:
    """Check-ins, undos, workshops (and their undos) and walk-ins, in three phases."""
    ops: list[str] = []
    for i, code in enumerate(codes):
        ops.append(f"in {code}")
        if i % 5 == 1:
            ops.append(f"undo {code}")
        if i % 7 == 3:
            ops += [f"undo {code}", f"in {code}"]
        if i % 3 == 0:
            ops.append(f"attend {'ABC'[i % 3 + (i // 3) % 3 - i % 3]} {code}")
        if i % 4 == 0:
            ops.append(f"attend {'DEF'[i % 3]} {code}")
        if i % 8 == 0:
            ops.append(f"unattend {'DEF'[i % 3]} {code}")
        if i % 10 == 9:
            ops.append(f"walkin {name}-sans-inscription-{i}")
    third = len(ops) // 3
    # the same people at two desks while the hub is down: both kept, flagged
    parts = [ops[:third], ops[third:2 * third] + [f"in {c}" for c in shared],
             ops[2 * third:]]
    gates = [("p1", "down"), ("p2", "up"), ("p3", "final1")]
    plan: list[str] = []
    for part, (mark, wait) in zip(parts, gates, strict=True):
        plan += [*part, f"mark {name}.{mark}", f"wait {wait}"]
    return [*plan, "sync!", f"mark {name}.f1", "wait final2", "sync!"]


def _until(control: Path, phase: str, procs: list[subprocess.Popen[str]]) -> None:
    deadline = time.monotonic() + 300
    while not all((control / f"{n}.{phase}").exists() for n in NAMES):
        for p in procs:
            assert p.poll() is None, p.communicate()
        assert time.monotonic() < deadline, f"stations never reached {phase}"
        time.sleep(0.05)


@pytest.mark.slow
def test_three_stations_through_a_hub_that_goes_away(tmp_path: Path, hub_url: str,
                                                     programme) -> None:
    ctl = need("CHECKIN_TEST_PG_CTL")
    owner, owner_password = HubAddress.parse(hub_url)
    init_hub(owner, owner_password)
    base = Event.create(tmp_path / "organiser.checkin", programme, station_name="Orga")
    base.append(plan_import(DATA / "occitanie-2022-inscriptions.csv", programme, []).entries)
    codes = sorted(r.code for r in base.registrations())
    files = [tmp_path / f"{n}.checkin" for n in NAMES]
    for name, path in zip(NAMES, files, strict=True):
        stations.clone(base, path, f"Accueil {name}")
    access = add_event(owner, owner_password, EventInfo.of(base))
    base.close()
    pristine = tmp_path / "pristine.checkin"
    shutil.copy(tmp_path / "organiser.checkin", pristine)

    params = access.address.params
    relay = Relay(params["host"], int(params["port"]))
    cut_address = HubAddress.parse(access.address.conninfo.replace(
        f"port={params['port']}", f"port={relay.port}"))[0]
    control = tmp_path / "control"
    control.mkdir()
    env = {**os.environ, "PGPASSWORD": access.password or ""}
    procs = []
    for n, (name, path) in enumerate(zip(NAMES, files, strict=True)):
        own = codes[n * 40:(n + 1) * 40]
        shared = codes[120 + n * 5:120 + n * 5 + 8]  # overlaps the next station's
        plan = tmp_path / f"{name}.plan"
        plan.write_text("\n".join(_plan(name, own, shared)))
        hub = cut_address if name == "C" else access.address
        procs.append(subprocess.Popen(
            [sys.executable, str(HERE / "station_process.py"), str(path), hub.conninfo,
             str(plan), str(control)], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True))
    try:
        _until(control, "p1", procs)
        subprocess.run([ctl, "stop"], check=True, timeout=60)
        (control / "down").touch()
        _until(control, "p2", procs)  # the second third done with no hub at all
        relay.disconnect()  # C stays cut off while the others meet again
        subprocess.run([ctl, "start"], check=True, timeout=60)
        (control / "up").touch()
        _until(control, "p3", procs)
        relay.reconnect()
        (control / "final1").touch()
        _until(control, "f1", procs)
        (control / "final2").touch()
        outputs = [p.communicate(timeout=300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        relay.close()
        subprocess.run([ctl, "start"], timeout=60, capture_output=True)  # whatever happened

    digests = []
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        said = out.splitlines()
        assert any(line.startswith("offline") for line in said)  # it did work without
        assert any(line.startswith("synced") for line in said)
        digests.append(said[-1].split()[1])

    bundles = []
    for name, path in zip(NAMES, files, strict=True):
        with Event.open(path) as station:
            bundles.append(tmp_path / f"{name}.ckb")
            write_bundle(station, bundles[-1], station=station.station_id)
            journal = {e.id for e in station.entries()}
    with Event.open(pristine) as merged:
        merge_bundles(merged, bundles)
        expected = merged.digest()
        union = {e.id for e in merged.entries()}
        doubles = merged.stats()["double_checkins"]
        walk_ins = merged.stats()["walk_ins"]
    assert digests == [expected] * 3
    assert journal == union  # the last station holds exactly the union
    assert doubles > 0 and walk_ins == 3 * 4

    import psycopg
    with psycopg.connect(hub_url) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM checkin_entries")]
    assert len(ids) == len(set(ids)) == len(union)  # the hub holds each entry once
