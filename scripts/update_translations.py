"""Update the French catalogues from the sources, then compile them:

    uv run python scripts/update_translations.py            # lupdate, then lrelease
    uv run python scripts/update_translations.py --compile  # lrelease only

Each catalogue in resources/translations/ takes the strings of one area of checkin/gui
(CATALOGUES: the first pattern that matches a file wins). pyside6-lupdate adds the new
strings as unfinished (translate them in the .ts, by hand or with pyside6-linguist) and
marks those gone as vanished; `-locations none` keeps line numbers out of the .ts files,
so that they change only when a string does. pyside6-lrelease then writes each .qm.
tests/test_translations.py fails while a string lacks its French or a .qm is stale.
Before compiling, the French translations get their typography (`typeset`): a
non-breaking space before : ; ! ? and », after «, where a plain or narrow one was typed,
and the typographic apostrophe ’ where a straight one joins two letters (l'accueil).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGE = "fr"
# catalogue -> the source files whose strings it holds (glob patterns from ROOT)
CATALOGUES: dict[str, tuple[str, ...]] = {
    "errors": ("checkin/gui/errors*.py",),
    "organiser": ("checkin/gui/organiser/*.py", "checkin/gui/badge_preview.py"),
    "room": ("checkin/gui/room/*.py",),
    "stations": ("checkin/gui/stations/*.py", "checkin/gui/printing.py",
                 "checkin/gui/desk/badge_printing.py"),
    "checkin": ("checkin/gui/**/*.py",),  # everything else: desk, main window, dialogs
}
# Written by hand, not by lupdate: Qt's own dialog strings that Qt's shipped French
# catalogue lacks (Qt 6.11 renamed "&Look in:", "Files of &type:"…). Compiled all the same.
BY_HAND = ("qtdialogs",)
# English is the source text, but "%n place(s)" needs a catalogue to say "1 place" and
# "50 places": plurals_en.ts, written by hand, holds the English plurals only.
ENGLISH = "plurals_en"


def sources() -> dict[str, list[Path]]:
    """Each catalogue's source files, every file of checkin/gui in exactly one."""
    taken: set[Path] = set()
    found: dict[str, list[Path]] = {}
    for name, patterns in CATALOGUES.items():
        files = sorted({f for p in patterns for f in ROOT.glob(p)} - taken)
        taken.update(files)
        found[name] = files
    return found


def ts_file(name: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{name}_{LANGUAGE}.ts"


def update(folder: Path = TRANSLATIONS, drop_vanished: bool = False) -> None:
    """pyside6-lupdate: each catalogue's .ts in `folder` takes its sources' strings."""
    for name, files in sources().items():
        command = ["pyside6-lupdate", "-locations", "none", "-target-language", "fr_FR",
                   *(["-no-obsolete"] if drop_vanished else []),
                   *(str(f.relative_to(ROOT)) for f in files), "-ts", str(ts_file(name, folder))]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=300)


NBSP = "\u00a0"
_TRANSLATION = re.compile(
    r"(<(?:translation|numerusform)[^>]*>)(.*?)(</(?:translation|numerusform)>)", re.S)


def french_spaces(text: str) -> str:
    text = re.sub(r"[ \u202f]([:;!?»])", NBSP + r"\1", text)
    return re.sub(r"«[ \u202f]", "«" + NBSP, text)


# A straight apostrophe between two letters is an elision: French writes it ’ (U+2019).
# Only there: quotes around HTML attributes or code (href='…') never sit between letters.
_ELISION = re.compile(r"(?<=[^\W\d_])(?:'|&apos;)(?=[^\W\d_])")


def french_apostrophes(text: str) -> str:
    return _ELISION.sub("\u2019", text)


def typeset(folder: Path = TRANSLATIONS) -> None:
    """French punctuation in each .ts's translations (never in the English sources)."""
    for ts in sorted(folder.glob(f"*_{LANGUAGE}.ts")):
        text = ts.read_text(encoding="utf-8")
        fixed = _TRANSLATION.sub(
            lambda m: m[1] + french_apostrophes(french_spaces(m[2])) + m[3], text)
        if fixed != text:
            ts.write_text(fixed, encoding="utf-8")


def compile_one(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=120)


def compile_all(folder: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for ts in [*sorted(folder.glob(f"*_{LANGUAGE}.ts")), folder / f"{ENGLISH}.ts"]:
        compile_one(ts, ts.with_suffix(".qm"))
        written.append(ts.with_suffix(".qm"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile", action="store_true",
                        help="only typeset and compile (no lupdate)")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="remove the strings that the sources no longer have")
    args = parser.parse_args(argv)
    if not args.compile:
        update(drop_vanished=args.drop_vanished)
    typeset()
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
