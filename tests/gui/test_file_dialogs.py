"""Qt's own dialogs in French, and file dialogs that open where a user keeps documents,
then where they last saved (issue 12). The real dialogs, opened by the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_gui import when_modal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTreeView,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder, as xdg-user-dirs names it on a French desktop."""
    folder = tmp_path / "home" / "Documents personnels"
    folder.mkdir(parents=True)
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return folder


def answer_file_dialog(qtbot, answer: Path | None) -> list[str]:  # type: ignore[no-untyped-def]
    """When the next file dialog opens: note the folder it shows, then choose `answer`
    (None: cancel). Returns the folders seen."""
    seen: list[str] = []

    def act(dialog: QFileDialog) -> None:
        seen.append(dialog.directory().absolutePath())
        if answer is None:
            dialog.reject()
        else:
            # typed as a user would: selectFile() applies a whole path asynchronously
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(answer))
            dialog.accept()
    when_modal(QFileDialog, act)
    return seen


def test_file_dialogs_open_in_documents_then_where_the_user_last_saved(
        organiser, qtbot, documents, tmp_path, event_path):  # type: ignore[no-untyped-def]
    from checkin.gui.organiser.exports import ExportsTab
    exports = organiser.mode_page.tab(ExportsTab)
    organiser.mode_page.setCurrentWidget(exports)
    elsewhere = tmp_path / "Bilans"
    elsewhere.mkdir()
    seen = answer_file_dialog(qtbot, elsewhere / "bilan.csv")
    exports.export_table("csv")
    qtbot.waitUntil(lambda: (elsewhere / "bilan.csv").exists(), timeout=20000)
    assert seen == [str(documents)]  # not the event's (hidden, for the demo) folder
    assert str(event_path.parent) != str(documents)
    seen = answer_file_dialog(qtbot, None)
    exports.export_sheets()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [str(elsewhere)]
    from checkin.gui.start_screen import StartScreen
    again = answer_file_dialog(qtbot, None)  # another dialog, the same memory
    StartScreen([], organiser.start.dialogs).choose_file()
    assert again == [str(elsewhere)]


ENGLISH = ("Look in", "Files of type", "File name", "Folder", "Open", "Cancel", "Save",
           "Detail View", "List View", "Back", "Parent Directory", "Date Modified")


def test_qt_file_dialog_says_everything_in_french(qtbot, french, tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "Sous-dossier").mkdir()
    (tmp_path / "bilan.csv").write_text("a;b\n", encoding="utf-8")
    dialog = QFileDialog(None, "Inscriptions", str(tmp_path), "Exports (*.csv);;Tous (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Voir dans\u00a0:"  # French puts a space before ":"
    assert labels["fileTypeLabel"] == "Fichiers de &type\u00a0:"
    assert labels["fileNameLabel"] == "&Nom de fichier\u00a0:"
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    header = [model.headerData(c, tree.header().orientation()) for c in range(4)]
    assert header == ["Nom", "Taille", "Type", "Dernière modification"]

    def folder_type() -> str:
        index = model.index(str(tmp_path / "Sous-dossier"))
        return str(model.data(model.sibling(index.row(), 2, index)) or "")
    qtbot.waitUntil(lambda: folder_type() != "")
    assert folder_type() == "Dossier"
    words = [w.text() for w in dialog.findChildren(QLabel)] + [
        text for b in dialog.findChildren(QAbstractButton) for text in (b.text(), b.toolTip())]
    assert not [w for w in words if any(e in w.replace("&", "") for e in ENGLISH)]
