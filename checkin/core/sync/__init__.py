"""Sync between stations: bundles (a file on a USB key) and a shared folder.

Merging is a set union of journal entries by id: idempotent, order-independent and never
a conflict. These modules only carry entries; every transport hands what it carried to
`merge_entries`, which checks each entry before `Event.merge` folds it.
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
from checkin.core.sync.merging import MergeReport, Refusal, merge_entries

__all__ = ["BundleError", "BundleReport", "Checkin", "DoubleCheckin", "FileStatus",
           "FolderError", "FolderSync", "MergeReport", "Refusal", "SyncReport",
           "double_checkins", "merge_bundles", "merge_entries", "read_bundle", "write_bundle"]
