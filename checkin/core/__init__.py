"""The rules of checkin, free of Qt: event file, journal, import, search, check-in."""
