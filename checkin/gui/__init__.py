"""The desktop application: PySide6 widgets over checkin.core."""
