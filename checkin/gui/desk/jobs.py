"""Reception's jobs on the event's thread, shared by the desk and the kiosk: check in a
person chosen in a list, and undo a check-in. Each reads the person afresh by id."""

from __future__ import annotations

from checkin.core import reception
from checkin.core.event import Event
from checkin.core.model import Registration
from checkin.core.reception import ScanResult
from checkin.gui.station_view import Job


def check_in_job(reg_id: str) -> Job:
    def job(event: Event) -> ScanResult:  # read under the write lock
        return reception.check_in_by_id(event, reg_id)
    return job


def undo_check_in_job(reg_id: str) -> Job:
    def job(event: Event) -> Registration | None:
        fresh = event.registration(reg_id)
        if fresh is not None:
            reception.undo_check_in(event, fresh)
        return event.registration(reg_id)
    return job
