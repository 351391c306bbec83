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
