"""The self check-in kiosk: the station's third policy, its PIN and its lock."""
