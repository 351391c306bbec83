"""The hub: a PostgreSQL database that stations sync through when a network exists, and
where every event of an organiser lands for the tour's report.

The hub is a transport, never the truth: stations commit locally first, then push the
entries the hub lacks and pull, by the hub's own serial order, those they lack; merging
is `Event.merge`, the same union by entry id as bundles and folders.
"""

from checkin.core.hub.address import HubAddress, HubError
from checkin.core.hub.schema import EventAccess, add_event, init_hub, purge_event
from checkin.core.hub.sync import HubReport, HubSync

__all__ = ["EventAccess", "HubAddress", "HubError", "HubReport", "HubSync", "add_event",
           "init_hub", "purge_event"]
