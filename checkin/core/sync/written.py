"""What this station wrote outside its event file (bundles, its own shared-folder file),
remembered in the file's meta so that the data-protection purge can find it again."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from checkin.core.errors import CheckinError
from checkin.core.event import Event
from checkin.core.transaction import transaction

# Under "sync.": a clone forgets them (it wrote none of them).
BUNDLE = "sync.written.bundle."
FOLDER_FILE = "sync.written.folder."


def remember(event: Event, path: Path, prefix: str = BUNDLE) -> None:
    """Note that this station wrote `path`. Best effort: a file that cannot note it
    (read-only) still wrote the bundle, and the purge lists what it cannot reach."""
    where = str(path.resolve())
    key = prefix + hashlib.sha256(where.encode()).hexdigest()[:16]
    def note() -> None:
        event.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, where))

    if event.conn.in_transaction:  # the caller's write (the folder sync holds one)
        note()
        return
    with contextlib.suppress(CheckinError), transaction(event.conn, event.path):
        note()


def recalled(event: Event, prefix: str = BUNDLE) -> list[Path]:
    rows = event.conn.execute("SELECT value FROM meta WHERE substr(key, 1, ?) = ?"
                              " ORDER BY value", (len(prefix), prefix))
    return [Path(r[0]) for r in rows]


def forget_all(event: Event) -> None:
    """Runs inside the caller's transaction."""
    event.conn.execute("DELETE FROM meta WHERE substr(key, 1, 13) = 'sync.written.'")
