"""The French catalogues are complete and compiled: every string that the GUI passes to
tr/translate has its French in resources/translations, and each .qm is what lrelease makes
of its .ts today (compared byte for byte: a git checkout resets the files' times)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _script()


def _untranslated(ts: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if (
                translation is not None) else []
            words = forms or [translation.text or "" if translation is not None else ""]
            if kind == "unfinished" or not all(w.strip() for w in words):
                missing.append(f"{ts.name} [{context.findtext('name')}] "
                               f"{message.findtext('source')!r}")
    return missing


def test_every_string_shown_to_users_has_its_french(tmp_path: Path) -> None:
    """lupdate runs on copies of the catalogues: a string in the sources that is not in
    them, or not translated, comes out unfinished."""
    for ts in tools.TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    tools.update(tmp_path)
    missing = [line for ts in sorted(tmp_path.glob("*.ts")) for line in _untranslated(ts)]
    assert not missing, ("strings without French; run `uv run python"
                         " scripts/update_translations.py`, translate them in the .ts, then"
                         " run it again:\n" + "\n".join(missing))


def test_every_gui_file_feeds_one_catalogue() -> None:
    files = [f for group in tools.sources().values() for f in group]
    assert len(files) == len(set(files))
    assert set(files) == set((ROOT / "checkin" / "gui").rglob("*.py"))
    assert {tools.ts_file(name) for name in (*tools.CATALOGUES, *tools.BY_HAND)} | {
        tools.TRANSLATIONS / f"{tools.ENGLISH}.ts"} == set(tools.TRANSLATIONS.glob("*.ts"))


def test_english_has_the_plural_of_every_count_in_the_sources() -> None:
    """Each "%n ...(s)" string has its English forms ("1 place", "2 places"), so that the
    English interface never shows "(s)"."""
    english = {(context.findtext("name"), message.findtext("source")): [
        f.text or "" for f in message.iter("numerusform")]
        for context in ET.parse(tools.TRANSLATIONS / f"{tools.ENGLISH}.ts").getroot()
        .iter("context") for message in context.iter("message")}
    counts = {(context.findtext("name"), message.findtext("source"))
              for ts in tools.TRANSLATIONS.glob("*_fr.ts")
              for context in ET.parse(ts).getroot().iter("context")
              for message in context.iter("message")
              if message.get("numerus") == "yes" and "(s)" in (message.findtext("source") or "")}
    assert counts and counts <= set(english), sorted(counts - set(english))
    for one, many in (english[key] for key in counts):
        assert "(s)" not in one + many and one != many and "%n" in one and "%n" in many


@pytest.mark.parametrize("ts", sorted(tools.TRANSLATIONS.glob("*.ts")), ids=lambda p: p.stem)
def test_each_qm_is_compiled_from_its_ts(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    tools.compile_one(ts, fresh)
    committed = ts.with_suffix(".qm")
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is older than {ts.name}: run"
        " `uv run python scripts/update_translations.py --compile`")


def test_a_string_missing_from_the_catalogues_is_found(tmp_path: Path) -> None:
    """The check above sees what it is meant to: a catalogue without one of its strings."""
    ts = tools.ts_file("errors")
    text = ts.read_text(encoding="utf-8")
    start = text.index("<message>")
    end = text.index("</message>", start) + len("</message>")
    for other in tools.TRANSLATIONS.glob("*.ts"):
        shutil.copy(other, tmp_path / other.name)
    (tmp_path / ts.name).write_text(text[:start] + text[end:], encoding="utf-8")
    tools.update(tmp_path)
    removed = ET.fromstring(text[start:end]).findtext("source")
    assert f"[Errors] {removed!r}" in "\n".join(_untranslated(tmp_path / ts.name))


# French typography, one rule for every catalogue: a non-breaking space (U+00A0, not a
# plain or a narrow one) before : ; ! ? and », after «; English puts no space before them.
# Not punctuation: file filters' ";;" and times such as 14:00.
_SPACE_BEFORE = re.compile(r"(.)([:;!?»])(?![;/])")


def french_punctuation_faults(text: str) -> list[str]:
    faults = [m.group(0) for m in _SPACE_BEFORE.finditer(text)
              if m.group(1) != "\u00a0" and not (m.group(1).isdigit() and m.group(2) == ":")
              and not (m.group(2) == ";" and m.group(1) == ";")]
    return faults + [m.group(0) for m in re.finditer(r"«(?!\u00a0).", text)]


def _messages():  # type: ignore[no-untyped-def]
    for ts in sorted(tools.TRANSLATIONS.glob("*_fr.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield ts.name, message.findtext("source") or "", forms or [translation.text or ""]


def test_french_puts_a_non_breaking_space_before_high_punctuation() -> None:
    faults = [f"{name}: {french!r} at {fault!r}" for name, _, forms in _messages()
              for french in forms for fault in french_punctuation_faults(french)]
    assert not faults, "\n".join(faults)


def test_english_puts_no_space_before_punctuation() -> None:
    faults = [f"{name}: {source!r}" for name, source, _ in _messages()
              if re.search(r"\s[:;!?]", source) and not re.fullmatch(r"[;:] ?", source.strip())]
    assert not faults, "\n".join(faults)


def test_the_punctuation_rule_sees_plain_and_missing_spaces() -> None:
    assert french_punctuation_faults("Code\u00a0: %1\u00a0; «\u00a0A\u00a0» 14:00 (*);;x") == []
    assert french_punctuation_faults("Code : x") == [" :"]
    assert french_punctuation_faults("Bienvenue\u202f!") == ["\u202f!"]
    assert french_punctuation_faults("Prêt ?") == [" ?"]
    assert french_punctuation_faults("Fini!") == ["i!"]
    assert french_punctuation_faults("« A »") == [" »", "« "]


def test_typesetting_gives_a_catalogue_typed_with_plain_spaces_its_french_spaces(
        tmp_path: Path) -> None:
    ts = tools.ts_file("checkin")
    typed = ts.read_text(encoding="utf-8").replace("\u00a0", " ")
    (tmp_path / ts.name).write_text(typed, encoding="utf-8")
    tools.typeset(tmp_path)
    assert (tmp_path / ts.name).read_text(encoding="utf-8") == ts.read_text(encoding="utf-8")


# French elision takes the typographic apostrophe: l’accueil, not l'accueil. A straight
# quote stays where it is code or markup (href='…', '%1'): never between two letters.
def test_french_writes_the_typographic_apostrophe() -> None:
    faults = [f"{name}: {french!r}" for name, _, forms in _messages() for french in forms
              if re.search(r"[^\W\d_]'[^\W\d_]", french)]
    assert not faults, "\n".join(faults)


def test_the_apostrophe_rule_leaves_markup_and_placeholders_alone() -> None:
    assert tools.french_apostrophes("l'accueil d&apos;Élodie") == "l’accueil d’Élodie"
    kept = "<a href='https://x.org'>'%1'</a> l’a"
    assert tools.french_apostrophes(kept) == kept


def test_typesetting_gives_a_catalogue_typed_with_straight_apostrophes_its_french_ones(
        tmp_path: Path) -> None:
    ts = tools.ts_file("errors")
    typed = ts.read_text(encoding="utf-8").replace("\u2019", "&apos;")
    assert typed != ts.read_text(encoding="utf-8")
    (tmp_path / ts.name).write_text(typed, encoding="utf-8")
    tools.typeset(tmp_path)
    assert (tmp_path / ts.name).read_text(encoding="utf-8") == ts.read_text(encoding="utf-8")
