"""French times of day, one rule for badges, sheets, certificates and tickets."""

from __future__ import annotations

import pytest

from checkin.core import hours
from checkin.core.reports import pdfkit


@pytest.mark.parametrize(("hhmm", "french"), [
    ("09:30", "9h30"), ("14:00", "14h00"), ("14:00:59", "14h00"), ("00:05", "0h05"),
    ("", ""), ("midi", "midi"), ("9:3", "9:3")])
def test_french_writes_hours_h_minutes(hhmm: str, french: str) -> None:
    assert hours.french(hhmm) == french


def test_the_documents_use_the_same_rule() -> None:
    assert pdfkit.french_time is hours.french
