"""The organiser's Stations tab shows the version of checkin each station runs."""

from checkin import __version__


def test_the_stations_tab_shows_each_station_s_version(organiser, qtbot) -> None:
    from PySide6.QtCore import Qt

    from checkin.gui.stations import StationsTab
    from checkin.gui.stations.models import StationsModel
    model = organiser.mode_page.tab(StationsTab).stations_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    header = model.headerData(StationsModel.VERSION, Qt.Orientation.Horizontal)
    assert header == "Version de checkin"
    assert model.data(model.index(0, StationsModel.VERSION)) == __version__
