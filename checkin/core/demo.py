"""The demo event: the Occitanie programme and fictitious registrations from resources/."""

from __future__ import annotations

from pathlib import Path

from checkin.core.event import Clock, Event, local_now
from checkin.core.importing import plan_import
from checkin.core.programme import load_programme
from checkin.resources import resource


def create_demo(path: Path, station_name: str = "Accueil 1", now: Clock = local_now) -> Event:
    """A fresh demo event file at `path`, registrations imported, nobody checked in."""
    programme = load_programme(resource("demo", "programme.toml"))
    event = Event.create(path, programme, station_name=station_name, now=now)
    plan = plan_import(resource("demo", "registrations.csv"), programme, [])
    event.append(plan.entries)
    return event
