"""The import benchmark's baseline: a registrations export read by the standard reader
(csv.DictReader, or openpyxl read-only) into a bare SQLite table. Imports nothing of
checkin, so that it can also run as a whole process of its own."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path


def csv_rows(export: Path) -> Iterator[list[str]]:
    with export.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield list(row.values())


def xlsx_rows(export: Path) -> Iterator[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(export, read_only=True)
    try:
        sheet = book.worksheets[0]
        for values in sheet.iter_rows(min_row=2, values_only=True):
            yield list(values)
    finally:
        book.close()


def bare(rows: Iterator[list[object]], target: Path) -> int:
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = TRUNCATE")  # the event file's kind (storage.py)
    conn.execute("PRAGMA synchronous = FULL")
    first = next(rows)
    columns = ", ".join(f"c{i} TEXT" for i in range(len(first)))
    marks = ", ".join("?" * len(first))
    conn.execute(f"CREATE TABLE registrations ({columns})")
    conn.execute("BEGIN")
    conn.execute(f"INSERT INTO registrations VALUES ({marks})", first)
    conn.executemany(f"INSERT INTO registrations VALUES ({marks})",
                     (r[:len(first)] + [None] * (len(first) - len(r)) for r in rows))
    conn.execute("COMMIT")
    (count,) = conn.execute("SELECT count(*) FROM registrations").fetchone()
    conn.close()
    return int(count)
