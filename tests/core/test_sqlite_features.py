"""The SQL of checkin runs on the SQLite that Linux distributions' own Pythons link, not
only on the newer one of python.org's builds: Ubuntu 22.04 links SQLite 3.37. So no `->`
or `->>` JSON operators (SQLite 3.38): `json_extract` says the same."""

from __future__ import annotations

import re
from pathlib import Path

CHECKIN = Path(__file__).resolve().parents[2] / "checkin"
JSON_OPERATOR = re.compile(r"\w\s*->>?\s*'(?:\$|\w+')")  # payload ->> '$.at', value->>'code'


def test_no_json_operators_newer_than_the_distributions_sqlite() -> None:
    found = [f"{path.relative_to(CHECKIN)}: {match.group()}"
             for path in CHECKIN.rglob("*.py")
             for match in JSON_OPERATOR.finditer(path.read_text(encoding="utf-8"))]
    assert not found, found


def test_the_pattern_finds_them() -> None:
    for sql in ("SELECT payload ->> '$.at'", "payload->>'code'", "value -> '$[0]'"):
        assert JSON_OPERATOR.search(sql), sql
    assert not JSON_OPERATOR.search("json_extract(payload, '$.at')  # order -> '{\"a\"'")
