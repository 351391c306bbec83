"""Stations and sync in the GUI: the Sync menu, the organiser's Stations tab, copy
detection at open, the shared-folder timer."""

from checkin.gui.stations.menu import SyncMenu
from checkin.gui.stations.session import StationSession
from checkin.gui.stations.tab import StationsTab

__all__ = ["StationSession", "StationsTab", "SyncMenu"]
