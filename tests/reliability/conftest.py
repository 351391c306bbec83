"""Fixtures of the reliability tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_helpers import crowd_file


@pytest.fixture
def crowd(tmp_path: Path, programme) -> Path:
    """A closed Occitanie event file holding 3,000 registrations, nobody checked in."""
    return crowd_file(tmp_path / "crowd.checkin", programme, 3000)
