"""A corpus of broken registration files, made in a temporary folder from code (no
binary files in the repository): each with the words its one-line error must hold."""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

HEADER = ["Horodateur", "Nom", "Prénom", "Adresse e-mail", "Structure"]
ROW = ["03/10/2022 15:52:41", "Durand", "Léa", "lea@exemple.fr", "Mairie"]
TEN_MB = 10 * 1024 * 1024


@dataclass(frozen=True)
class Broken:
    name: str  # the file's name, which the error must name
    make: Callable[[Path], None]  # writes the file at the given path
    words: str  # what the error says


def _csv(rows: list[list[str]], sep: str = ";") -> bytes:
    return "".join(sep.join(r) + "\r\n" for r in rows).encode("utf-8")


def _xlsx(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_with_huge_cell(size: int) -> bytes:
    """openpyxl (like Excel) cuts cells at 32,767 characters: write a marker, then put
    the huge text in the workbook's XML directly."""
    source = zipfile.ZipFile(io.BytesIO(_xlsx([HEADER, [*ROW[:3], "HUGECELL"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            archive.writestr(item, source.read(item).replace(b"HUGECELL", b"x" * size))
    return out.getvalue()


def _noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def encrypted_ooxml() -> bytes:
    """What Excel writes for a password-protected .xlsx: an OLE compound file (CFB)
    holding the streams EncryptionInfo and EncryptedPackage (left empty here)."""
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6,
                            0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", 0, *[free] * 108))
    fat = struct.pack("<128I", fat_sector, end, *[free] * 126)

    def entry(name: str, kind: int, child: int = free, right: int = free) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", free, right, child) + bytes(16 + 4 + 16)
                + struct.pack("<IQ", end, 0))

    directory = (entry("Root Entry", 5, child=1) + entry("EncryptionInfo", 2, right=2)
                 + entry("EncryptedPackage", 2) + bytes(128))
    assert len(header) == 512 and len(fat) == 512 and len(directory) == 512
    return header + fat + directory


def _zip_of_text() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "pas un classeur")
    return out.getvalue()


def _bytes(data: Callable[[], bytes]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data())
    return make


def corpus() -> list[Broken]:
    real = _xlsx([HEADER, ROW] * 200)
    return [
        Broken("empty.csv", _bytes(lambda: b""), "the file is empty"),
        Broken("blank.csv", _bytes(lambda: b" \r\n\t\r\n\n"), "the file is empty"),
        Broken("empty.xlsx", _bytes(lambda: b""), "the file is empty"),
        Broken("binary.csv", _bytes(lambda: _noise(5000, 1)), "binary file"),
        Broken("photo.csv", _bytes(lambda: b"\x89PNG\r\n\x1a\n" + _noise(3000, 2)),
               "binary file"),
        Broken("workbook-named.csv", _bytes(lambda: real), "zip archive"),
        Broken("noise.xlsx", _bytes(lambda: _noise(5000, 3)), "not an XLSX workbook"),
        Broken("truncated.xlsx", _bytes(lambda: real[:len(real) // 2]), "damaged"),
        Broken("zip-of-text.xlsx", _bytes(_zip_of_text), "damaged"),
        Broken("password.xlsx", _bytes(encrypted_ooxml), "password-protected"),
        # Wrong encodings: cp1252/Latin-1 and UTF-16/32 (with or without BOM) are read
        # (see test_bad_files); only text no encoding can read is refused.
        Broken("cut-utf16.csv", _bytes(lambda: "Nom;Prénom\r\nDurand;Léa".encode("utf-16")
                                       + b"\x00"), "bad utf-16"),
        Broken("header-only.csv", _bytes(lambda: _csv([HEADER])), "no registrations"),
        Broken("header-only.xlsx", _bytes(lambda: _xlsx([HEADER])), "no registrations"),
        Broken("twin-names.csv", _bytes(lambda: _csv([["Nom", "Nom", "Prénom"],
                                                      ["Durand", "Petit", "Léa"]])),
               'columns A and B are both headed "Nom"'),
        Broken("ten-mb-cell.csv", _bytes(lambda: _csv([HEADER, [*ROW[:3], "x" * TEN_MB]])),
               "longer than 100,000 characters"),
        Broken("ten-mb-cell.xlsx", _bytes(lambda: _xlsx_with_huge_cell(TEN_MB)),
               "too long"),
        Broken("500-questions-no-name.csv",
               _bytes(lambda: _csv([[f"Question {i}" for i in range(500)], ["oui"] * 500])),
               "no column holds the names"),
        Broken("2000-columns.csv",
               _bytes(lambda: _csv([[*HEADER, *(f"Q{i}" for i in range(2000))], ROW])),
               "the limit is 1,000"),
        Broken("liste.xls", _bytes(encrypted_ooxml), "old Excel .xls"),
        Broken("liste.pdf", _bytes(lambda: b"%PDF-1.4\n"), "unknown file type"),
        Broken("missing.csv", lambda path: None, "no such file"),
        Broken("folder.csv", lambda path: path.mkdir(), "is a folder"),
    ]
