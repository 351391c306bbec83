"""Qt models checked by pytest-qt's model tester, on real registrations."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core.event import Event

pytestmark = pytest.mark.gui


def test_results_model(qtmodeltester, event_path: Path):
    from checkin.gui.desk.results_model import RegistrationRole, ResultsModel
    with Event.open(event_path) as event:
        found = event.search("mar", 50)
        checked = event.search("dupre", 1)[0]
    model = ResultsModel()
    model.set_results(found)
    assert model.rowCount() == len(found) > 3
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, 0), RegistrationRole) == found[0]
    assert model.data(model.index(0, 0)).startswith(found[0].last_name.upper())
    model.set_results([checked])  # resets while the tester watches
    model.replace(checked)
    model.clear()
    assert model.rowCount() == 0


def test_columns_model_preview_and_correction(qtmodeltester, programme):
    from helpers import DATA

    from checkin.core.importing import plan_import
    from checkin.gui.new_event import ColumnsModel, role_label
    plan = plan_import(DATA / "occitanie-2022-inscriptions.csv", programme, [])
    model = ColumnsModel()
    model.set_plan(plan)
    qtmodeltester.check(model, force_py=True)
    headers = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Nom" in headers and "Prénom" in headers
    row = headers.index("Prénom")
    role_index = model.index(row, ColumnsModel.ROLE)
    assert model.data(role_index, 2) == "first_name"  # EditRole
    assert model.setData(role_index, "extra")
    assert model.overrides == {"Prénom": "extra"}
    assert model.data(role_index) == role_label("extra")


def test_the_stations_tables_share_the_one_base_model(qtmodeltester, qapp):
    """Stations and double check-ins on the base the dashboard's tables use too."""
    import datetime as dt

    from PySide6.QtCore import Qt

    from checkin.core.stations import StationStatus
    from checkin.core.sync import Checkin, DoubleCheckin
    from checkin.gui.organiser.tables import SessionsModel
    from checkin.gui.stations.models import DoublesModel, StationsModel
    from checkin.gui.table_model import RowsModel

    assert all(issubclass(m, RowsModel) for m in (StationsModel, DoublesModel, SessionsModel))
    at = dt.datetime(2022, 12, 8, 9, 42)
    stations = StationsModel()
    stations.set_rows([StationStatus("s1", "Accueil 1", 12, 12, 0, "c", at, True),
                       StationStatus("s2", "", 3, 5, 2, "c", None, False)])
    qtmodeltester.check(stations, force_py=True)
    assert stations.data(stations.index(0, stations.NAME)) == "Accueil 1 (this station)"
    assert stations.data(stations.index(0, stations.NAME), Qt.ItemDataRole.FontRole).bold()
    assert stations.data(stations.index(0, stations.NAME), Qt.ItemDataRole.ToolTipRole) == "s1"
    assert stations.data(stations.index(0, stations.LAST)) == "08/12 09:42"
    assert stations.data(stations.index(0, stations.MISSING)) == ""
    assert stations.data(stations.index(1, stations.MISSING)) == "2"
    assert stations.data(stations.index(1, stations.MISSING),
                         Qt.ItemDataRole.ForegroundRole) is not None
    assert stations.data(stations.index(1, stations.ENTRIES),
                         Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    doubles = DoublesModel()
    doubles.set_rows([DoubleCheckin("r", "ABC234", "Anne", "Dupré", (
        Checkin("e1", "2022-12-08T09:41:00", "Accueil 1"),
        Checkin("e2", "2022-12-08T09:43:00", "Accueil 2")))])
    qtmodeltester.check(doubles, force_py=True)
    assert doubles.data(doubles.index(0, doubles.NAME)) == "DUPRÉ Anne"
    assert doubles.data(doubles.index(0, doubles.CHECKINS)) == \
        "09:41 Accueil 1 · 09:43 Accueil 2"
