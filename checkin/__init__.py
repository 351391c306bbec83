"""checkin: offline reception desk and workshop attendance for one-day meetings."""

__version__ = "0.1.0"
