"""The hub: a PostgreSQL database that stations sync through when a network exists, and
where every event of an organiser lands for the tour's report.

The hub is a transport, never the truth: stations commit locally first, then push the
entries the hub lacks and pull, by the hub's own serial order, those they lack; merging
is `Event.merge`, the same union by entry id as bundles and folders.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from checkin.core.hub.address import HubAddress, HubError
    from checkin.core.hub.schema import EventAccess, add_event, init_hub, purge_event
    from checkin.core.hub.sync import HubReport, HubSync

# Each name is loaded from its module when first asked for, not with the package: most
# modules here import psycopg (0.5 s at start on a busy laptop), and a desk that never
# uses a hub still reads whether its file names one (`remembered`, without psycopg).
_WHERE = {"HubAddress": "address", "HubError": "address", "EventAccess": "schema",
          "add_event": "schema", "init_hub": "schema", "purge_event": "schema",
          "HubReport": "sync", "HubSync": "sync"}

__all__ = ["EventAccess", "HubAddress", "HubError", "HubReport", "HubSync", "add_event",
           "init_hub", "purge_event"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
