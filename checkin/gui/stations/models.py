"""Qt table models of what the organiser sees of the stations: each station's last entry,
and the people checked in at two stations before these synced."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from checkin.core import names
from checkin.core.stations import StationStatus
from checkin.core.sync import DoubleCheckin
from checkin.gui import times
from checkin.gui.table_model import RowsModel

translate = QCoreApplication.translate


def day_time(moment: dt.datetime | None) -> str:
    """ "08/12 9h42": the day too, since a station may have stopped the day before."""
    return times.day_and_time(moment)


class StationsModel(RowsModel):
    """One row per station: name, entries held here, last entry (the station's own
    clock), entries still missing from it, the version of checkin it runs (where support
    starts), and which one is this station."""

    NAME, ENTRIES, LAST, MISSING, VERSION = range(5)
    # the zone of the event's clock, the one its check-ins are timed by (the demo and the
    # tests run on a clock of their own), not the machine's; None: as core gives it
    zone: dt.tzinfo | None = None

    def headers(self) -> list[str]:
        return [translate("Stations", "Station"), translate("Stations", "Entries"),
                translate("Stations", "Last entry"), translate("Stations", "Missing entries"),
                translate("Stations", "checkin version")]

    def cell(self, status: StationStatus, column: int) -> Any:
        if column == self.NAME:
            name = status.name or translate("Stations", "(unnamed) %1").replace("%1", status.id)
            return (translate("Stations", "%1 (this station)").replace("%1", name)
                    if status.is_this_station else name)
        if column == self.ENTRIES:
            return status.entries
        if column == self.LAST:
            last = status.last_at
            return day_time(last.astimezone(self.zone) if last and self.zone else last)
        if column == self.VERSION:
            return status.version or translate("Stations", "before 0.1")
        return status.missing or None  # MISSING: blank when none

    def tooltip(self, status: StationStatus, column: int) -> str | None:
        return status.id if column == self.NAME else None

    def extra(self, status: StationStatus, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and status.is_this_station:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MISSING and status.missing:
            return QBrush(QColor("#b3261e"))
        return None


class DoublesModel(RowsModel):
    """People checked in at two stations (or twice) before these synced: both kept, the
    first one counts; the organiser sees them here."""

    NAME, CODE, CHECKINS = range(3)

    def headers(self) -> list[str]:
        return [translate("Stations", "Person"), translate("Stations", "Badge code"),
                translate("Stations", "Check-ins (the first one counts)")]

    def cell(self, double: DoubleCheckin, column: int) -> Any:
        if column == self.NAME:
            return names.listed(double.first_name, double.last_name)
        if column == self.CODE:
            return double.code
        return " · ".join(f"{times.time_text(c.at)} {c.station}" for c in double.checkins)
