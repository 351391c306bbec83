"""Sync between stations: bundles (a file on a USB key) and a shared folder.

Merging is always `Event.merge`, a set union of journal entries by id: idempotent,
order-independent and never a conflict. These modules only carry entries.
"""

from checkin.core.sync.bundle import (
    BundleError,
    BundleReport,
    merge_bundles,
    read_bundle,
    write_bundle,
)
from checkin.core.sync.doubles import Checkin, DoubleCheckin, double_checkins
from checkin.core.sync.folder import FileStatus, FolderError, FolderSync, SyncReport

__all__ = ["BundleError", "BundleReport", "Checkin", "DoubleCheckin", "FileStatus",
           "FolderError", "FolderSync", "SyncReport", "double_checkins", "merge_bundles",
           "read_bundle", "write_bundle"]
