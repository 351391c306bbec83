"""Badges: layouts as data, fitted text, vector QR codes, PDF rendering, print records."""

from checkin.core.badges.errors import BadgeLayoutError, BadgeSelectionError
from checkin.core.badges.layouts import Box, Layout, load_layout, media_names
from checkin.core.badges.prints import (
    PrintRecord,
    printed_ids,
    prints_of,
    record_print,
    record_prints,
)
from checkin.core.badges.render import (
    BadgeData,
    BadgeReport,
    BadgeSource,
    Placed,
    Problem,
    render_badges,
)
from checkin.core.badges.selection import DEFAULT_MEDIA, select_registrations

__all__ = [
    "DEFAULT_MEDIA", "BadgeData", "BadgeLayoutError", "BadgeReport", "BadgeSelectionError",
    "BadgeSource", "Box", "Layout", "Placed", "PrintRecord", "Problem", "load_layout",
    "media_names", "printed_ids", "prints_of", "record_print", "record_prints",
    "render_badges", "select_registrations",
]
