"""Times of day as the interface writes them, everywhere: "9h41" in French (the form of the
programme, the badges and the sheets: `checkin.core.hours`), as QLocale writes them in
another language ("09:41" in British English, "9:41 AM" in American). Minutes only: a
time that changed every second would only move about on the screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QLocale, QTime

from checkin.core import hours

if TYPE_CHECKING:
    from checkin.core.event import Event

Moment = dt.time | dt.datetime | str | None
T = TypeVar("T")


def _time_of(moment: Moment) -> dt.time | None:
    if isinstance(moment, dt.datetime):
        return moment.time()
    if isinstance(moment, dt.time):
        return moment
    if not moment:
        return None
    try:
        return (dt.datetime.fromisoformat(moment).time() if len(moment) > 8
                else dt.time.fromisoformat(moment))
    except ValueError:
        return None


def time_text(moment: Moment) -> str:
    """ "9h41" (French), "09:41" (English): from a time, a datetime, "HH:MM" or an ISO
    date and time; text that is none of those is given back as it is."""
    when = _time_of(moment)
    if when is None:
        return moment if isinstance(moment, str) else ""
    locale = QLocale()
    if locale.language() == QLocale.Language.French:
        return hours.french(f"{when.hour:02}:{when.minute:02}")
    return locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def span_text(start: Moment, end: Moment) -> str:
    """ "14h00–15h00", "14:00–15:00"."""
    return f"{time_text(start)}–{time_text(end)}"


def slot_text(name: str, start: Moment, end: Moment) -> str:
    """A slot by its name and hours, "Déjeuner (12h30–13h30)"; its name alone when it
    already says them ("Ateliers 14h00-15h00")."""
    if hours.names_its_hours(name):
        return name
    return f"{name} ({span_text(start, end)})" if name else span_text(start, end)


def day_and_time(moment: dt.datetime | None) -> str:
    """ "08/12 9h42": the day too, for a time that may be of another day."""
    return f"{moment:%d/%m} {time_text(moment)}" if moment else ""


def date_and_time(moment: dt.datetime) -> str:
    """ "03/10/2022 15h52": a date (as the locale writes it) and a time."""
    date = QLocale().toString(QDate(moment.year, moment.month, moment.day),
                             QLocale.FormatType.ShortFormat)
    return f"{date} {time_text(moment)}"


def at_event_time(job: Callable[[Event], T]) -> Callable[[Event], tuple[T, dt.datetime]]:
    """An event job that also says when it ran by the event's clock, the one its check-ins
    are timed by (the demo and the tests run on a clock of their own, never the wall
    clock's): for "Updated at", "Synced at"."""
    def timed(event: Event) -> tuple[T, dt.datetime]:
        return job(event), event.now()
    return timed
