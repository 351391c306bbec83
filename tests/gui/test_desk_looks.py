"""What the desk shows, as staff read it: the people found each on two lines (name, then
organisation, both whole at the laptops' sizes, so homonyms are told apart), the line of
key hints broken only between hints, the walk-in's fields in one column."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fitting import person_rows_cut
from helpers_gui import add_homonyms, type_slowly
from test_fit import station

from checkin.gui.settings import Mode

pytestmark = pytest.mark.gui

# Two organisations of /work/shared/data/occitanie-2022-inscriptions.csv, alike up to
# their last word: cut with "…" where the desk had one line, they read the same.
HOMONYMS = ("Communauté de communes du Pays de Carcassonne",
            "Communauté de communes du Pays de Lodève")


@contextmanager
def desk_found(qtbot, settings, key_clock, event_path, clock, styled, size,  # type: ignore[no-untyped-def]
               query: str, found) -> Iterator[object]:
    """The desk at `size` (the style of that screen), `query` typed until `found(desk)`;
    its window shut afterwards."""
    styled(size[1])
    window, _ = station(qtbot, settings, key_clock, event_path, clock, Mode.RECEPTION, size)
    try:
        type_slowly(query, key_clock)
        qtbot.waitUntil(lambda: found(window.desk) and not window.worker.busy)
        yield window.desk
    finally:
        window.shutdown()


def two_found(desk) -> bool:  # type: ignore[no-untyped-def]
    return bool(desk.model.rowCount() == 2)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720)])
def test_homonyms_show_their_organisations_whole(qtbot, settings, key_clock, event_path,
                                                 clock, styled, width, height):
    add_homonyms(event_path, HOMONYMS)
    with desk_found(qtbot, settings, key_clock, event_path, clock, styled, (width, height),
                    "martinez sophie", two_found) as desk:
        qtbot.wait(30)  # the rows take their heights
        view = desk.results
        seen = set()
        for row in range(2):
            texts, cut = person_rows_cut(view, desk.model.index(row, desk.model.NAME))
            assert not cut, f"at {width}×{height}: {cut}"
            name, organisation = texts
            assert name == "MARTINEZ Sophie"
            seen.add(organisation)
            # in the list's type, the organisation needs more than the half of the names'
            # width that a column of its own beside them had: there it was cut with "…"
            one_line = view.fontMetrics().horizontalAdvance(organisation)
            assert one_line > view.columnWidth(desk.model.NAME) / 2
        assert seen == set(HOMONYMS)


def bare(text: str) -> str:
    """The text without its spaces of any kind, breaking or not."""
    return "".join(ch for ch in text if not ch.isspace() and ch != "\u200b") \
        .replace("\u2011", "-")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_keys_hints_break_between_hints_never_inside_one(qtbot, settings, key_clock,
                                                             event_path, clock, language):
    """However narrow the window, the line of hints under the desk breaks between two
    hints ("Ctrl+P : imprimer le badge" never split after its colon)."""
    from helpers_gui import open_window
    from PySide6.QtGui import QTextLayout, QTextOption
    window = open_window(qtbot, settings, event_path, clock, key_clock, language, laptop=True)
    try:
        qtbot.waitUntil(lambda: window.desk is not None and not window.worker.busy,
                        timeout=10000)
        desk = window.desk
        hints = [bare(h) for h in desk.hint_texts]
        assert len(hints) == 9 and "Ctrl+P" in hints[-1]  # the printing's, added last
        text = desk.hints.text()
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        for width in range(300, 1500, 7):
            layout = QTextLayout(text, desk.hints.font())
            layout.setTextOption(option)
            layout.beginLayout()
            starts = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                starts.append(line.textStart())
            layout.endLayout()
            for start in starts:  # every line begins with a hint
                begins = bare(text[start:])
                assert any(begins.startswith(h) for h in hints), (width, text[start:][:30])
    finally:
        window.shutdown()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_walk_in_fields_stand_in_one_column(qtbot, settings, key_clock, event_path,
                                                clock, language):
    """The name fields above and the optional ones in their box below start at one left
    edge (they stood about 80 px apart), in either language's words."""
    from helpers_gui import open_window
    from PySide6.QtWidgets import QComboBox, QLineEdit
    window = open_window(qtbot, settings, event_path, clock, key_clock, language, laptop=True)
    try:
        qtbot.waitUntil(lambda: window.desk is not None and not window.worker.busy,
                        timeout=10000)
        window.desk.walk_in()
        dialog = window.desk.dialog
        qtbot.waitUntil(lambda: dialog.isVisible())
        fields = [w for kind in (QLineEdit, QComboBox) for w in dialog.findChildren(kind)
                  if w.isVisible()]
        assert len(fields) >= 10
        lefts = {w.mapTo(dialog, w.rect().topLeft()).x() for w in fields}
        assert len(lefts) == 1, lefts
        dialog.reject()
    finally:
        window.shutdown()


def test_a_forms_long_question_takes_two_lines_of_the_card(qtbot, settings, key_clock,
                                                            event_path, clock, styled):
    """A question kept as an extra column ("J'accepte que mes données soient utilisées
    pour l'organisation de la rencontre") is cut to two lines, whole in its tooltip."""
    from PySide6.QtCore import Qt
    with desk_found(qtbot, settings, key_clock, event_path, clock, styled, (1366, 768),
                    "martin agnes", lambda desk: desk.card.registration is not None) as desk:
        qtbot.wait(30)
        question = next(k for k in desk.card.registration.extra if k.startswith("J'accepte"))
        caption = next(c for c, _ in desk.card._pairs if c.toolTip() == question)
        assert caption.text().endswith("…") and caption.text().count("\n") == 1
        height = caption.fontMetrics().boundingRect(
            0, 0, caption.width(), 10_000, Qt.TextFlag.TextWordWrap, caption.text()).height()
        assert height <= 2 * caption.fontMetrics().lineSpacing() + 1
        short = next(c for c, _ in desk.card._pairs if c.text() == "Téléphone")
        assert short.toolTip() == ""


def test_the_rows_grow_with_the_type(qtbot, settings, key_clock, event_path, clock, styled):
    """Rows are sized once a refill (not at every selection): a larger type (the style of
    a larger screen) sizes them again, nothing cut."""
    add_homonyms(event_path, HOMONYMS)
    with desk_found(qtbot, settings, key_clock, event_path, clock, styled, (1366, 768),
                    "martinez sophie", two_found) as desk:
        before = desk.results.rowHeight(0)
        font = desk.results.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        desk.results.setFont(font)
        qtbot.waitUntil(lambda: desk.results.rowHeight(0) > before)
        for row in range(2):
            _, cut = person_rows_cut(desk.results, desk.model.index(row, desk.model.NAME))
            assert not cut, cut


def many_found(desk) -> bool:  # type: ignore[no-untyped-def]
    return bool(desk.model.rowCount() > 20)


def test_a_refill_sizes_its_rows_without_asking_each_cell(qtbot, settings, key_clock,
                                                         event_path, clock, styled,
                                                         monkeypatch):
    """Most people found take one line of name and one of organisation: their rows get
    that height at once (the rows' default), not by asking Qt for every cell's wrapped
    size (each keystroke did, 5 ms for 50 people); and each row is as tall as Qt's own
    measure of it would make it."""
    from checkin.gui.person_rows import PersonRows
    asked = []
    size_hint = PersonRows.sizeHint
    monkeypatch.setattr(PersonRows, "sizeHint",
                        lambda self, o, i: asked.append(i.row()) or size_hint(self, o, i))
    with desk_found(qtbot, settings, key_clock, event_path, clock, styled, (1366, 768),
                    "ma", many_found) as desk:
        qtbot.wait(30)  # the rows take their heights
        assert asked == []
        view = desk.results
        common = view.verticalHeader().defaultSectionSize()
        heights = [view.rowHeight(row) for row in range(desk.model.rowCount())]
        assert heights.count(common) > len(heights) / 2
        for row in range(desk.model.rowCount()):
            assert view.rowHeight(row) == view.sizeHintForRow(row), row


def test_a_line_that_fits_is_drawn_as_its_wrapped_layout_would_be(
        qtbot, settings, key_clock, event_path, clock, styled, monkeypatch):
    """A name or an organisation that fits its line is drawn without a text layout: the
    same pixels as the wrapped layout drawn for the longer ones."""
    from checkin.gui.person_rows import Measures
    with desk_found(qtbot, settings, key_clock, event_path, clock, styled, (1366, 768),
                    "ma", many_found) as desk:
        qtbot.wait(30)
        view = desk.results
        fast = view.viewport().grab().toImage()
        monkeypatch.setattr(Measures, "one_line", lambda *_: False)
        slow = view.viewport().grab().toImage()
        assert fast == slow


def test_the_arrived_column_fits_its_words_without_asking_every_row(
        qtbot, settings, key_clock, event_path, clock, styled, monkeypatch):
    """The "Arrived" column is as wide as its widest words, a check-in time or
    "annulée", even on rows below the list's bottom; found from one row of each words,
    not asked of every row at each refill (the header's ResizeToContents did)."""
    from checkin.core import journal as j
    from checkin.core import reception
    from checkin.core.event import Event
    from checkin.gui.desk.results_model import ResultsModel
    with Event.open(event_path, now=clock) as event:
        found = event.search("ma", 50)
        reception.check_in(event, found[-1])
        event.append([j.NewEntry(j.REGISTRATION_CANCELLED, found[-2].id, {"at": "x"})])
    asked = []  # the people whose "Arrived" words Qt asked of the model
    text = ResultsModel._text
    monkeypatch.setattr(ResultsModel, "_text", lambda self, reg, column: (
        asked.append(reg.id) if column == self.STATUS else None) or text(self, reg, column))
    with desk_found(qtbot, settings, key_clock, event_path, clock, styled, (1366, 768),
                    "ma", many_found) as desk:
        qtbot.wait(30)
        refill = set(asked)  # the rows whose words the refill and its paint asked
        view, model = desk.results, desk.model
        texts = model.status_texts()
        assert any(t.startswith("✓") for t in texts) and "annulée" in texts
        assert texts.index("annulée") > view.rowAt(view.viewport().height() - 1) > 0
        width = view.columnWidth(model.STATUS)
        for row in range(model.rowCount()):
            need = view.sizeHintForIndex(model.index(row, model.STATUS)).width()
            assert need <= width, (row, texts[row])
        assert len(refill) < model.rowCount() / 2, sorted(refill)
