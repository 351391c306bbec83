"""Reading registration exports (CSV, XLSX) into registration entries for the journal.

`plan_import` reads a file and returns the entries that would import it and a report;
the modules underneath: `readers` (files to rows of text), `columns` (headers to
fields), `sessions` (answers to session codes), `values` (single cells), `plan`
(deduplication and the plan against existing registrations).
"""

from checkin.core.importing.plan import (
    ADDED,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    ImportRecord,
    ImportReport,
    ImportStream,
    identity,
    plan_import,
)

__all__ = [
    "ADDED", "UNCHANGED", "UPDATED", "ImportPlan", "ImportRecord", "ImportReport", "ImportStream",
    "identity", "plan_import",
]
