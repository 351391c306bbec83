"""Screenshots of the Organiser mode for the README, made offscreen from the demo event.

    uv run python scripts/organiser_screenshots.py [OUT_DIR]   (default: docs/screenshots)

The real main window at 1366×768, French interface, on a demo event whose day is
simulated: a morning rush at reception (two stations, a few walk-ins, two people checked
in twice), then the 14h00 workshops, seen at 14h20.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import PARIS, ROOT, french_laptop, laptop_window, save, settle, wait


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2022, 12, 8, 8, 50, tzinfo=PARIS)

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, hour: int, minute: int, second: int = 0) -> None:
        self.now = self.now.replace(hour=hour, minute=minute, second=second)


def simulate_day(path: Path, folder: Path, clock: Clock) -> None:
    from checkin.core import reception, rooms, stations
    from checkin.core.demo import create_demo
    from checkin.core.event import Event
    from checkin.core.sync.bundle import merge_bundles, write_bundle

    rng = random.Random(8122022)
    second = folder / "accueil-2.checkin"
    with create_demo(path, station_name="Organisation", now=clock) as event:
        stations.clone(event, second, "Accueil 2")
        people = [r for r in event.registrations() if not r.cancelled]
        rng.shuffle(people)
        arriving = people[:int(len(people) * 0.78)]
        for reg in arriving:  # most between 9h15 and 10h00, a few late
            minutes = int(min(rng.gammavariate(3.2, 9.0), 120)) + 5
            clock.at(9 + minutes // 60, minutes % 60, rng.randrange(60))
            reception.check_in(event, reg)
        for first, last, org, org_type in (
                ("Inès", "Lacombe", "Maison de l'emploi du Biterrois", "Maison de l'emploi"),
                ("Paul", "Vidal", "Entreprise Vidal BTP", "Entreprise"),
                ("Sofia", "Martins", "Conseil départemental du Gard", "Collectivité"),
                ("Hugo", "Baron", "SIAE Le Relais 34", "SIAE")):
            clock.at(10, rng.randrange(10, 40))
            reception.walk_in(event, {"first_name": first, "last_name": last,
                                      "organisation": org, "org_type": org_type})
        twice = arriving[:2]
        clock.at(14, 5)
        for reg in arriving[: int(len(arriving) * 0.7)]:
            chosen = [c for c in reg.sessions if c in ("A", "B", "C")]
            if not chosen:
                continue
            code = chosen[0] if rng.random() > 0.06 else rng.choice(["A", "B", "C"])
            now = event.registration(reg.id)  # as checked in since
            assert now is not None
            rooms.attend(event, code, now, admit_when_full=True)
    with Event.open(second, now=clock) as other:
        clock.at(9, 52)
        for reg in twice:
            reception.check_in(other, reg)
        write_bundle(other, folder / "accueil-2.ckb")
    with Event.open(path, now=clock) as event:
        merge_bundles(event, [folder / "accueil-2.ckb"])
    clock.at(14, 20)


def updated_export(folder: Path) -> Path:
    from checkin.resources import resource
    lines = resource("demo", "registrations.csv").read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",Oui,", ",Non,", 1)
    lines += ["05/12/2022 10:00:00,zoe.nouvelle@agde.example.org,Nouvelle,Zoé,Mairie d'Agde,"
              "Élue,Collectivité,34 - Hérault,,Oui,A. Innover avec la clause sociale,"
              "D. Mettre en place une démarche,,Oui",
              "05/12/2022 11:30:00,karim.benali@gard.example.org,Benali,Karim,"
              "Conseil départemental du Gard,Chargé de mission,Collectivité,30 - Gard,,Oui,"
              "B. Favoriser l'accès,Atelier Z,,Oui"]
    out = folder / "inscriptions-2022-12-05.csv"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


class Dialogs:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save_file(self, *_: object) -> Path:
        return self.path

    def open_file(self, *_: object) -> Path:
        return self.path


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from checkin.gui.organiser.exports import ExportsTab
    from checkin.gui.organiser.import_tab import ImportTab
    from checkin.gui.organiser.programme_editor import ProgrammeTab
    from checkin.gui.organiser.tickets_tab import TicketsTab
    from checkin.gui.settings import Mode
    from checkin.gui.stations.hub_dialog import HubDialog

    out.mkdir(parents=True, exist_ok=True)
    folder = french_laptop("checkin-organiser-shots-")
    clock = Clock()
    path = folder / "occitanie.checkin"
    simulate_day(path, folder, clock)

    window = laptop_window(folder, clock, path, Mode.ORGANISER)
    wait(lambda: window.mode_page is not None and not window.worker.busy)
    page = window.mode_page
    board = page.widget(0)
    wait(lambda: board.figures is not None)
    settle()
    save(window.grab(), out / "organiser-dashboard.png")

    exports = page.tab(ExportsTab)
    page.setCurrentWidget(exports)
    page.context.dialogs = Dialogs(folder / "OCC22-presences.xlsx")
    exports.export_table("xlsx")
    wait(lambda: not exports.status.running)
    settle()
    save(window.grab(), out / "organiser-exports.png")

    imports = page.tab(ImportTab)
    page.setCurrentWidget(imports)
    page.context.dialogs = Dialogs(updated_export(folder))
    imports.choose()
    wait(lambda: imports.plan is not None or not imports.error.isHidden())
    settle()
    save(window.grab(), out / "organiser-import.png")

    programme = page.tab(ProgrammeTab)
    page.setCurrentWidget(programme)
    wait(lambda: programme.model.rowCount() > 0)
    model = programme.model
    row = next(n for n, r in enumerate(model.rows) if r.code == "B")
    model.setData(model.index(row, model.ROOM), "Salle Mosson 4")
    model.setData(model.index(row, model.CAPACITY), "80")
    programme.add_session()
    settle()
    save(window.grab(), out / "organiser-programme.png")
    programme.load()
    wait(lambda: not window.worker.busy)

    page.setCurrentWidget(exports)
    exports.open_purge()
    dialog = exports.purge_dialog
    dialog.confirm.setText("OCC2")
    dialog.run()
    wait(lambda: bool(dialog.message.property("error")))
    settle()
    save(dialog.grab(), out / "organiser-purge.png")
    dialog.reject()

    exports.open_badges()
    badges = exports.badge_dialog
    wait(lambda: badges.report is not None)
    settle()
    save(badges.grab(), out / "organiser-badges.png")
    badges.reject()

    tickets = page.tab(TicketsTab)
    page.setCurrentWidget(tickets)
    wait(lambda: tickets.snapshot is not None and not window.worker.busy)
    tickets.host.setText("smtp.example.org")
    settle()
    save(window.grab(), out / "organiser-tickets.png")

    hub = HubDialog(None, None, False, keyring=True, parent=window)
    hub.address_field.setText("postgresql://checkin_ev_occ22@serveur.example.org/checkin")
    hub.address_field.setCursorPosition(0)
    hub.show()
    settle()
    save(hub.grab(), out / "hub-dialog.png")
    hub.reject()
    window.shutdown()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
