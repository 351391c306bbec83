"""The hub commands: `checkin hub init|add|purge`, and `checkin sync EVENT --hub`.

The password of a hub address is never stored in the event file: it is taken from the
address given on the command line (and forgotten), PGPASSWORD or ~/.pgpass (read by
libpq itself), the system keyring when the `keyring` package is installed, or asked.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from typing import Any

from checkin.commands.common import emit, open_event
from checkin.commands.progress import shown
from checkin.core.errors import CheckinError
from checkin.core.progress import LongOnly


def register(sub: Any) -> None:
    p = sub.add_parser("hub", help="a PostgreSQL hub: prepare it, add an event, purge one")
    hub = p.add_subparsers(title="hub commands", metavar="ACTION", required=True)
    q = hub.add_parser("init", help="create or migrate the hub's tables (as the database"
                                    " owner, a role that may create roles)")
    q.add_argument("url", metavar="URL", help="postgresql://owner@host/db[?sslmode=...]")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_init)
    q = hub.add_parser("add", help="put an event on the hub and make its own role")
    q.add_argument("event", type=Path)
    q.add_argument("url", metavar="URL", help="the hub, as its owner")
    q.add_argument("--new-password", action="store_true",
                   help="give the event's role a new password (the old one stops working)")
    q.add_argument("--remember", action="store_true",
                   help="keep the event's password in the system keyring")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_add)
    q = hub.add_parser("purge", help="delete an event's entries (names, e-mails) from the hub")
    q.add_argument("event", type=Path)
    q.add_argument("url", metavar="URL", nargs="?",
                   help="the hub (default: the one the event synced with)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_purge)


def add_sync_option(group: Any) -> None:
    group.add_argument("--hub", nargs="?", const="", metavar="URL",
                       help="sync through a PostgreSQL hub (the event's role; without URL,"
                            " the hub used last)")


# -- passwords ---------------------------------------------------------------------------

def password_for(address: Any, given: str | None) -> str | None:
    """The password to connect with; None lets libpq look (PGPASSWORD, ~/.pgpass)."""
    from checkin.core.hub.passwords import kept_password
    if given is not None or os.environ.get("PGPASSWORD") is not None:
        return given
    kept = kept_password(address)
    if kept:
        return kept
    passfile = Path(os.environ.get("PGPASSFILE", Path.home() / ".pgpass"))
    if passfile.exists() or not sys.stdin.isatty():
        return None
    return getpass.getpass(f"password of {address}: ")


def _remember(address: Any, password: str) -> bool:
    from checkin.core.hub.passwords import keep_password
    return keep_password(address, password)


def resolve(text: str) -> tuple[Any, str | None]:
    from checkin.core.hub import HubAddress
    address, given = HubAddress.parse(text)
    return address, password_for(address, given)


# -- commands ----------------------------------------------------------------------------

def _init(args: argparse.Namespace) -> int:
    from checkin.core.hub import init_hub
    address, password = resolve(args.url)
    hub_id, version = init_hub(address, password)
    emit(args, {"hub": str(address), "hub_id": hub_id, "schema": version},
         f"hub {address} ready (schema {version})")
    return 0


def _add(args: argparse.Namespace) -> int:
    from checkin.core.hub import add_event
    from checkin.core.hub.schema import EventInfo
    from checkin.core.hub.sync import remember_address
    address, password = resolve(args.url)
    with open_event(args.event) as event:
        access = add_event(address, password, EventInfo.of(event),
                           new_password=args.new_password)
        remember_address(event, access.address)
    kept = bool(access.password) and args.remember and _remember(access.address,
                                                                  access.password or "")
    data = {"hub": str(address), "role": access.role, "address": access.address.conninfo,
            "password": access.password, "kept_in_keyring": kept}
    said = (f"password of {access.role} (shown once, not stored in the event file):"
            f" {access.password}" if access.password else
            f"{access.role} keeps its password (--new-password to change it)")
    emit(args, data, f"{args.event} is on hub {address}\n  stations sync with: checkin sync"
                     f" {args.event} --hub \"{access.address.conninfo}\"\n  {said}")
    return 0


def _purge(args: argparse.Namespace) -> int:
    with open_event(args.event) as event:
        deleted = purge_from_hub(event, args.url)
    if deleted is None:
        raise CheckinError(f"{args.event}: never synced with a hub; give its address")
    emit(args, {"deleted": deleted}, f"{deleted} entries of {args.event} deleted from the"
                                     " hub; it takes no more entries of this event")
    return 0


def sync_through_hub(args: argparse.Namespace, event: Any) -> int:
    """`checkin sync EVENT --hub [URL] [--every S]`."""
    from checkin.core.hub import HubError, HubSync
    from checkin.core.hub.sync import (
        HubWaiter,
        data_version,
        remember_address,
        remembered_address,
    )
    if args.hub:
        address, password = resolve(args.hub)
        remember_address(event, address)
    else:
        address = remembered_address(event)
        if address is None:
            raise CheckinError(f"{args.event}: no hub used yet; give its address (--hub URL)")
        password = password_for(address, None)
    sync = HubSync(event, address, password)
    waiter = HubWaiter(address, password, event.event_id)
    try:
        while True:
            try:
                with shown(args) as progress:  # one bar per run, for thousands only
                    report = sync.run_once(LongOnly(progress))
                _report(args, event, address, report)
            except HubError as exc:
                if args.every is None:
                    raise
                print(f"checkin: warning: {exc}; trying again", file=sys.stderr, flush=True)
            if args.every is None:
                return 0
            _wait(waiter, event, data_version, max(args.every, 0.1))
    finally:
        sync.close()
        waiter.close()


def _wait(waiter: Any, event: Any, version: Any, every: float) -> None:
    """Until another station pushes, this file changes (a desk in another process), or
    `every` seconds pass."""
    from checkin.core.hub import HubError
    before, deadline = version(event), time.monotonic() + every
    while (left := deadline - time.monotonic()) > 0:
        try:
            if waiter.wait(min(left, 0.1)):
                return
        except HubError:
            return  # the hub is away: the next run says so
        if version(event) != before:
            return


def _report(args: argparse.Namespace, event: Any, address: Any, report: Any) -> None:
    for problem in report.refused:
        print(f"checkin: warning: {problem}", file=sys.stderr)
    data = {"hub": str(address), "pushed": report.pushed, "pulled": report.pulled,
            "new": report.new, "refused": [str(r) for r in report.refused],
            "waiting": report.waiting}
    if args.every is None:  # hashing every table costs ~1 s at 50,000 people: not per wake
        data["digest"] = event.digest()
    if args.json:
        import json
        print(json.dumps(data, ensure_ascii=False), flush=True)
    else:
        print(f"hub {address}: {report.pushed} entries pushed, {report.new} new entries"
              f" merged, {report.waiting} waiting", flush=True)


def purge_from_hub(event: Any, url: str | None) -> int | None:
    """Delete the event's entries from its hub (the one given, or the one it synced
    with); None when it never used one. A hub out of reach is an error saying so."""
    from checkin.core.hub import HubError, purge_event
    from checkin.core.hub.sync import remembered_address
    if url:
        address, password = resolve(url)
    else:
        address = remembered_address(event)
        if address is None:
            return None
        password = password_for(address, None)
    try:
        with address.connect(password) as conn:
            return purge_event(conn, event.event_id)
    except HubError as exc:
        raise CheckinError(f"{exc}; the event file is purged, the hub not yet: run"
                           f" `checkin hub purge {event.path}` when it can be reached"
                           ) from None
