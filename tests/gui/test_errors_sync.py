"""Errors between laptops and at the desk, said in the interface's language: bundles
imported and exported through the organiser's Stations tab (forged, truncated, of another
event, over a file that is not one), the shared folder gone or holding a foreign file or
lines altered (each file's problem worded by its code), a walk-in without a name;
each leaves what was recorded as it was."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import nbsp
from helpers_gui import open_window
from PySide6.QtCore import Qt

from checkin.core import stations
from checkin.core.errors import CheckinError, Problem
from checkin.core.event import Event
from checkin.core.sync import lines, write_bundle
from checkin.gui.desk.outcomes import DeskState
from checkin.gui.errors import describe

pytestmark = pytest.mark.gui


def _bundle_of_a_clone(event_path: Path, tmp_path: Path, clock, name: str) -> Path:  # type: ignore[no-untyped-def]
    """A real bundle, written by another station of the same event."""
    clone = tmp_path / "accueil-2.checkin"
    if not clone.exists():
        with Event.open(event_path, now=clock) as event:
            stations.clone(event, clone, "Accueil 2")
    bundle = tmp_path / name
    with Event.open(clone, now=clock) as event:
        write_bundle(event, bundle)
    return bundle


def _forged(bundle: Path) -> Path:
    """One letter of an entry changed, the seal left as it was."""
    head, _, body = gzip.decompress(bundle.read_bytes()).partition(b"\n")
    body = body.replace(b"Accueil 2", b"Accueil 9", 1)
    bundle.write_bytes(gzip.compress(head + b"\n" + body))
    return bundle


def _truncated(bundle: Path) -> Path:
    """Cut short, as by a USB key pulled out while it was written."""
    raw = bundle.read_bytes()
    bundle.write_bytes(raw[:len(raw) // 2])
    return bundle


def _of_another_event(tmp_path: Path, clock) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A bundle of another event that has the same short name (OCC22), and its id."""
    from checkin.core.demo import create_demo
    with create_demo(tmp_path / "autre.checkin", now=clock) as other:
        write_bundle(other, tmp_path / "autre.ckb")
        return tmp_path / "autre.ckb", other.event_id


def _journal(event_path: Path) -> int:
    with sqlite3.connect(event_path) as conn:
        count: int = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    return count


@contextmanager
def _organiser(qtbot, settings, event_path: Path, clock, language: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The real main window in the Organiser mode, opened once the files it meets are
    made (the event file is not written behind its back)."""
    from checkin.gui.settings import Mode
    settings.mode = Mode.ORGANISER
    window = open_window(qtbot, settings, event_path, clock, language=language)
    try:
        qtbot.waitUntil(lambda: window.mode_page is not None and not window.worker.busy,
                        timeout=15000)
        yield window
    finally:
        window.shutdown()


def _stations_tab(qtbot, window):  # type: ignore[no-untyped-def]
    from checkin.gui.stations import StationsTab
    tab = window.mode_page.tab(StationsTab)
    qtbot.waitUntil(lambda: tab.session.facts is not None, timeout=15000)
    return tab


def _said(qtbot, window, tab, button) -> str:  # type: ignore[no-untyped-def]
    """What the tab says once the click's work is done."""
    tab.message.setText("")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.message.plain_text()) and not window.worker.busy,
                    timeout=15000)
    text: str = tab.message.plain_text()
    return text


def _import(qtbot, window, monkeypatch, path: Path) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(path)], ""))
    tab = _stations_tab(qtbot, window)
    return _said(qtbot, window, tab, tab.import_button)


def _export(qtbot, window, monkeypatch, path: Path) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(path), ""))
    tab = _stations_tab(qtbot, window)
    return _said(qtbot, window, tab, tab.export_button)


# -- bundles, through the Stations tab -----------------------------------------------------------

def test_bad_bundles_are_refused_in_french_and_merge_nothing(
        qtbot, event_path, tmp_path, clock, settings, monkeypatch) -> None:
    forged = _forged(_bundle_of_a_clone(event_path, tmp_path, clock, "falsifie.ckb"))
    truncated = _truncated(_bundle_of_a_clone(event_path, tmp_path, clock, "coupe.ckb"))
    other, other_id = _of_another_event(tmp_path, clock)
    with Event.open(event_path) as event:
        our_id = event.event_id
    before = _journal(event_path)
    with _organiser(qtbot, settings, event_path, clock, "fr") as window:
        assert _import(qtbot, window, monkeypatch, forged) == nbsp(
            "« falsifie.ckb » n’a pas été scellé par un poste de cet événement (altéré,"
            " endommagé ou falsifié) : rien n’en a été fusionné.")
        assert _import(qtbot, window, monkeypatch, truncated) == nbsp(
            "« coupe.ckb » est incomplet (coupé : une clé USB retirée trop tôt ?) : rien n’a"
            " été fusionné. Exportez-le de nouveau.")
        assert _import(qtbot, window, monkeypatch, other) == nbsp(
            f"« autre.ckb » appartient à un autre événement, OCC22 (identifiant"
            f" {other_id[:8]}), et non à OCC22 (identifiant {our_id[:8]}) : rien n’en a été"
            " fusionné.")
        assert _import(qtbot, window, monkeypatch, tmp_path / "parti.ckb") == nbsp(
            "« parti.ckb » n’existe pas (ou plus).")
        assert _journal(event_path) == before


def test_a_bundle_is_not_written_over_another_file_in_french(organiser, qtbot, tmp_path,
                                                              monkeypatch) -> None:
    notes = tmp_path / "notes.ckb"
    notes.write_text("mes notes")
    assert _export(qtbot, organiser, monkeypatch, notes) == nbsp(
        "« notes.ckb » existe déjà et n’est pas un paquet : il a été laissé tel quel."
        " Choisissez un autre nom.")
    assert notes.read_text() == "mes notes"
    folder = tmp_path / "dossier.ckb"
    folder.mkdir()
    assert _export(qtbot, organiser, monkeypatch, folder) == nbsp(
        "« dossier.ckb » est un dossier : choisissez un nom de fichier pour le paquet.")


def test_a_truncated_bundle_in_english(qtbot, event_path, tmp_path, clock, settings,
                                       monkeypatch) -> None:
    truncated = _truncated(_bundle_of_a_clone(event_path, tmp_path, clock, "cut.ckb"))
    with _organiser(qtbot, settings, event_path, clock, "en") as window:
        assert _import(qtbot, window, monkeypatch, truncated) == (
            "“cut.ckb” is incomplete (cut short: a USB key pulled out too early?): nothing"
            " was merged. Export it again.")


# -- the shared folder -----------------------------------------------------------------------------

def test_a_shared_folder_gone_is_said_in_french(qtbot, event_path, tmp_path, clock,
                                                settings) -> None:
    with Event.open(event_path) as event:
        settings.set_folder_sync(event.event_id, str(tmp_path / "cle-usb"), True)
    with _organiser(qtbot, settings, event_path, clock, "fr") as window:
        sync = window.sync_menu.session.folder
        qtbot.waitUntil(lambda: bool(sync.error), timeout=15000)
        assert sync.error == nbsp(
            "Le dossier partagé « cle-usb » est introuvable (clé USB retirée, partage réseau"
            " coupé ?) : la synchronisation reprendra dès qu’il sera de retour.")


def _folder_problem(qtbot, settings, event_path: Path, clock, folder: Path,  # type: ignore[no-untyped-def]
                    language: str) -> str:
    """The desk syncing through `folder`: the problem its status reports, once."""
    with Event.open(event_path) as event:
        settings.set_folder_sync(event.event_id, str(folder), True)
    with _organiser(qtbot, settings, event_path, clock, language) as window:
        sync = window.sync_menu.session.folder
        qtbot.waitUntil(lambda: bool(sync.error) and sync.last_report is not None,
                        timeout=15000)
        status = window.sync_menu.status  # the status bar's: the problem in its tooltip
        qtbot.waitUntil(lambda: sync.error in status.toolTip(), timeout=15000)
        return str(sync.error)


def test_a_foreign_file_in_the_shared_folder_is_said_in_french(
        qtbot, event_path, tmp_path, clock, settings) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    (folder / "notes.jsonl").write_text("la liste des courses\n", encoding="utf-8")
    said = _folder_problem(qtbot, settings, event_path, clock, folder, "fr")
    assert said == nbsp("« notes.jsonl » n’est pas un fichier de poste checkin : il a été"
                        " laissé tel quel. Sortez-le du dossier partagé."), said
    assert (folder / "notes.jsonl").read_text(encoding="utf-8") == "la liste des courses\n"


def test_a_foreign_file_in_the_shared_folder_in_english(
        qtbot, event_path, tmp_path, clock, settings) -> None:
    folder = tmp_path / "partage"
    folder.mkdir()
    (folder / "notes.jsonl").write_text("la liste des courses\n", encoding="utf-8")
    said = _folder_problem(qtbot, settings, event_path, clock, folder, "en")
    assert said == ("“notes.jsonl” is not a checkin station file: it was left as it is. Move"
                    " it out of the shared folder."), said


def test_unsealed_lines_in_the_shared_folder_are_said_in_french(
        qtbot, event_path, tmp_path, clock, settings) -> None:
    """Another station's genuine file, one entry altered after it was sealed."""
    from checkin.core.sync.folder import FolderSync
    folder = tmp_path / "partage"
    folder.mkdir()
    clone = tmp_path / "accueil-2.checkin"
    with Event.open(event_path, now=clock) as event:
        stations.clone(event, clone, "Accueil 2")
    with Event.open(clone, now=clock) as other:
        FolderSync(other, folder).run_once()
        theirs = folder / f"{other.station_id}.jsonl"
    head, first, *rest = theirs.read_bytes().split(b"\n")
    data, tab, seal = first.rpartition(b"\t")
    altered = data.replace(b"Accueil 2", b"Accueil 9", 1)
    assert altered != data
    theirs.write_bytes(b"\n".join([head, altered + tab + seal, *rest]))
    said = _folder_problem(qtbot, settings, event_path, clock, folder, "fr")
    assert said == nbsp(f"Des lignes de « {theirs.name} » n’ont pas été scellées par un"
                        " poste de cet événement (falsifiées ou abîmées) : elles n’ont pas"
                        " été fusionnées. Lignes : 1."), said


def test_an_entry_refused_in_the_shared_folder_is_said_in_french(
        qtbot, event_path, tmp_path, clock, settings) -> None:
    """Another station whose clock ran three days ahead: its check-in is refused, and the
    folder's status says why in French (core's English was shown)."""
    from helpers import FakeClock

    from checkin.core import reception
    from checkin.core.sync.folder import FolderSync
    folder = tmp_path / "partage"
    folder.mkdir()
    clone = tmp_path / "accueil-2.checkin"
    with Event.open(event_path, now=clock) as event:
        stations.clone(event, clone, "Accueil 2")
        person = event.search("martin", 1)[0]
    ahead = FakeClock(clock.current + dt.timedelta(days=3))
    with Event.open(clone, now=ahead) as other:
        reception.check_in(other, other.registration(person.id))
        FolderSync(other, folder).run_once()
        station = other.station_id
    said = _folder_problem(qtbot, settings, event_path, clock, folder, "fr")
    assert nbsp(f"du poste {station} refusée : son horloge a 72 heures d’avance sur celle"
                " de cet ordinateur (24 au plus). Vérifiez la date et l’heure de ce"
                " portable-là.") in said, said
    assert said.startswith("Entrée n° "), said
    assert "refused" not in said


@pytest.mark.parametrize(("code", "details", "words"), [
    (Problem.ENTRY_BAD_FIELD, (("field", "clock"),), "son horloge n’est pas valide."),
    (Problem.ENTRY_WRONG_SUBJECT, (("kind", "checkin.recorded"),),
     "« checkin.recorded » porte sur un sujet d’un autre type."),
    (Problem.ENTRY_BAD_VALUE, (("kind", "badge.printed"), ("key", "at")),
     "« badge.printed » dont « at » n’est pas valide."),
])
def test_every_entry_refusal_in_french(french, code, details, words) -> None:
    from checkin.core.sync import Refusal
    from checkin.gui.errors import refusal
    said = refusal(Refusal("0123456789ab", 7, "f" * 32, "English words", code, details))
    assert said == nbsp(f"Entrée n° 7 du poste 0123456789ab refusée : {words}"), said
    line = Refusal("?", "?", "?", "bad line", Problem.ENTRY_NOT_READ, (("reason", "x"),))
    assert refusal(line) == nbsp("Une ligne du dossier partagé a été refusée : scellée,"
                                 " mais ce n’est pas une entrée (x)."), refusal(line)


def test_a_hub_row_not_read_in_french(french) -> None:
    from checkin.core.hub.peer_rows import row_refusal
    from checkin.gui.errors import refusal
    why = row_refusal(412, ("e" * 32, "0123456789ab", 7), ValueError("Expecting value"))
    assert refusal(why) == nbsp("Entrée n° 7 du poste 0123456789ab refusée : sa copie sur"
                                " le hub (ligne 412) est illisible. Les autres entrées ont"
                                " été fusionnées ; prévenez la personne qui gère le hub.")
    assert str(why) == "hub entry #412: Expecting value"  # the command line's, as before


def _run(event: Event, folder: Path) -> CheckinError:
    from checkin.core.sync.folder import FolderSync
    with pytest.raises(CheckinError) as caught:
        FolderSync(event, folder).run_once()
    return caught.value


def test_the_folder_s_refusals_in_french(french, event_path, tmp_path, clock) -> None:
    """Our own file's name taken by something else; the event purged."""
    from checkin.core import purge
    folder = tmp_path / "partage"
    folder.mkdir()
    with Event.open(event_path, now=clock) as event:
        seal = "0" * lines.SEAL_LENGTH
        (folder / f"{event.station_id}.jsonl").write_text(f'{{"format": "csv"}}\t{seal}\n')
        said = describe(_run(event, folder))
        assert said == nbsp(f"« {event.station_id}.jsonl » n’est pas un fichier de poste"
                            " checkin : il a été laissé tel quel. Sortez-le du dossier"
                            " partagé."), said
        purge.purge(event, confirm=event.programme.short)
        said = describe(_run(event, folder))
    assert said == nbsp("Les données personnelles de « desk.checkin » ont été purgées le"
                        " 8 décembre 2022 : il ne synchronise plus rien."), said


# -- the desk ------------------------------------------------------------------------------------

def _nameless_walk_in(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    """The dialog's OK stays greyed without a name; should one get through all the same
    (accept() called), the desk says why and records nobody."""
    desk = window.desk
    desk.walk_in_action.trigger()
    qtbot.waitUntil(lambda: desk.dialog is not None)
    assert not desk.dialog.edits["last_name"].text()
    desk.dialog.accept()
    qtbot.waitUntil(lambda: desk.outcome.state == DeskState.ERROR and not window.worker.busy,
                    timeout=15000)
    detail: str = desk.outcome.detail.plain_text()
    return detail


def test_a_walk_in_without_a_name_in_french(window, qtbot, event_path) -> None:
    before = _journal(event_path)
    assert _nameless_walk_in(qtbot, window).endswith(
        "Une inscription sur place demande un nom ou un prénom.")
    assert _journal(event_path) == before


def test_a_walk_in_without_a_name_in_english(window_en, qtbot) -> None:
    assert _nameless_walk_in(qtbot, window_en).endswith(
        "A walk-in needs a last name or a first name.")


def test_an_event_file_without_its_programme_in_french(qtbot, event_path, settings,
                                                        clock) -> None:
    """Opened in the window, it is refused on the start screen, in French."""
    with sqlite3.connect(event_path) as conn:
        conn.execute("DELETE FROM programme")
    conn.close()
    window = open_window(qtbot, settings, event_path, clock)
    try:
        qtbot.waitUntil(lambda: window.start.message.isVisible(), timeout=15000)
        assert window.start.message.plain_text() == nbsp(
            "« desk.checkin » ne contient pas de programme : il est incomplet. Ouvrez l’une"
            " de ses sauvegardes (le dossier à côté, qui se termine par .backups), ou créez"
            " l’événement de nouveau.")
    finally:
        window.shutdown()


# -- every bundle refusal, worded -----------------------------------------------------------------

def _resealed(header: dict, body: bytes, key: str) -> bytes:  # type: ignore[type-arg]
    """Sealed under the event's own key: what a station with a bug could write."""
    from checkin.core.sync.bundle import _sealed_part
    header = dict(header, seal=lines.seal(key, _sealed_part(header, body)))
    return gzip.compress(json.dumps(header).encode() + b"\n" + body)


def _changed(bundle: Path, key: str, change) -> None:  # type: ignore[no-untyped-def]
    head, _, body = gzip.decompress(bundle.read_bytes()).partition(b"\n")
    header, body, seal = change(json.loads(head), body)
    bundle.write_bytes(_resealed(header, body, key) if seal else
                       gzip.compress(json.dumps(header).encode() + b"\n" + body))


@pytest.mark.parametrize(("change", "words"), [
    (lambda h, b: (dict(h, count=h["count"] + 1000), b, True),
     "« b.ckb » contient {n} entrées alors que son en-tête en annonce {n1000} : rien n’a été"
     " fusionné. Exportez-le de nouveau."),
    (lambda h, b: (dict(h, count=h["count"] + 1), b + b"pas une entree\n", True),
     "La ligne {last} de « b.ckb » n’est pas une entrée telle que checkin les écrit : rien"
     " n’a été fusionné."),
    (lambda h, b: (dict(h, version=99), b, False),
     "« b.ckb » a été créé par une version plus récente de checkin : mettez checkin à jour"
     " sur ce poste."),
    (lambda h, b: ({k: v for k, v in dict(h, version=1).items() if k != "seal"}, b, False),
     "« b.ckb » a été créé par une version plus ancienne de checkin, sans sceau : rien n’en"
     " a été fusionné. Mettez checkin à jour sur l’ordinateur qui l’a écrit."),
    (lambda h, b: ({"format": "zip"}, b, False),
     "« b.ckb » n’est pas un paquet checkin : rien n’a été fusionné."),
])
def test_every_bundle_refusal_in_french(french, event_path, tmp_path, clock, change,
                                        words: str) -> None:
    from checkin.core.sync import read_bundle
    bundle = _bundle_of_a_clone(event_path, tmp_path, clock, "b.ckb")
    with Event.open(event_path, now=clock) as event:
        n = len(read_bundle(event, bundle).entries)
        _changed(bundle, event.sync_key, change)
        with pytest.raises(CheckinError) as caught:
            read_bundle(event, bundle)
    said = describe(caught.value)
    assert said == nbsp(words.format(n=n, n1000=f"{n + 1000:,}".replace(",", "\u202f"),
                                     last=n + 2)), said


def test_damaged_bundles_and_bad_targets_in_french(french, event_path, tmp_path,
                                                   clock) -> None:
    from checkin.core.sync import read_bundle
    bundle = _bundle_of_a_clone(event_path, tmp_path, clock, "b.ckb")
    raw = bundle.read_bytes()  # the gzip's CRC flipped: damaged on the way
    bundle.write_bytes(raw[:-8] + bytes(b ^ 0xFF for b in raw[-8:-4]) + raw[-4:])
    with Event.open(event_path, now=clock) as event:
        with pytest.raises(CheckinError) as damaged:
            read_bundle(event, bundle)
        with pytest.raises(CheckinError) as itself:
            write_bundle(event, event_path)
    assert describe(damaged.value) == nbsp(
        "« b.ckb » est endommagé ou altéré : rien n’a été fusionné. Exportez-le de nouveau.")
    assert describe(itself.value) == nbsp(
        "« desk.checkin » est le fichier de l’événement lui-même : choisissez un autre nom"
        " pour le paquet.")
