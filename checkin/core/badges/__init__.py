"""Badges: layouts as data, fitted text, vector QR codes, PDF rendering, print records.

The names below are loaded on first use (PEP 562): importing this package, or its light
modules (`prints`, `selection`), must not load reportlab, which the desk's first screen
does not need and which costs a tenth of a second at app start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "errors": ("BadgeLayoutError", "BadgeSelectionError"),
    "layouts": ("Box", "Layout", "load_layout", "media_names"),
    "prints": ("PrintRecord", "printed_ids", "prints_of", "record_print", "record_prints"),
    "render": ("BadgeData", "BadgeReport", "BadgeSource", "Placed", "Problem",
               "render_badges"),
    "selection": ("DEFAULT_MEDIA", "select_registrations"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "DEFAULT_MEDIA", "BadgeData", "BadgeLayoutError", "BadgeReport", "BadgeSelectionError",
    "BadgeSource", "Box", "Layout", "Placed", "PrintRecord", "Problem", "load_layout",
    "media_names", "printed_ids", "prints_of", "record_print", "record_prints",
    "render_badges", "select_registrations",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once loaded, an ordinary attribute
    return value
