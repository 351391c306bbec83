"""Stations and sync in the GUI: the Sync menu, the organiser's Stations tab, copy
detection at open, the shared-folder timer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checkin.gui.stations.menu import SyncMenu
    from checkin.gui.stations.session import StationSession
    from checkin.gui.stations.tab import StationsTab

__all__ = ["StationSession", "StationsTab", "SyncMenu"]


def __getattr__(name: str) -> Any:
    """Each loaded when first asked for: the main window's Sync menu at start, not the
    organiser's Stations tab and what it reads (sync, doubles)."""
    if name == "SyncMenu":
        from checkin.gui.stations.menu import SyncMenu
        return SyncMenu
    if name == "StationSession":
        from checkin.gui.stations.session import StationSession
        return StationSession
    if name == "StationsTab":
        from checkin.gui.stations.tab import StationsTab
        return StationsTab
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
