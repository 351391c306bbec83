"""Badges read back as a person would: rasterised and scanned, text extracted, ink located."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm

from checkin.cli import main as cli
from checkin.core import journal as j
from checkin.core import reception
from checkin.core.badges import (
    BadgeData,
    BadgeLayoutError,
    BadgeSelectionError,
    fitting,
    load_layout,
    media_names,
    printed_ids,
    prints_of,
    qr,
    record_print,
    render_badges,
    select_registrations,
)
from checkin.core.badges.layouts import parse_layout
from checkin.core.event import Event
from checkin.core.fonts import BOLD, register_fonts
from checkin.core.reception import Outcome

HARD_NAMES = ["Nguyễn Thị Minh Khai", "Łukasiewicz Zoë", "Γιώργος Παπαδόπουλος"]
PEOPLE = [
    # first name, last name, organisation, role, category, sessions
    ("Minh Khai", "Nguyễn Thị", "Ville de Montpellier", "Chargée de mission", "speaker",
     ("A", "E", "DEJ")),
    ("Zoë", "Łukasiewicz", "Uniwersytet Jagielloński", "Dziennikarka", "press", ("B",)),
    ("Γιώργος", "Παπαδόπουλος", "Ελληνική Ένωση Κοινωνικής Οικονομίας", "Πρόεδρος",
     "organiser", ("C", "F")),
    ("Марина", "Кузнецова", "Союз социальных предприятий", "", "participant", ("D",)),
    ("Marie-Christine-Alexandra", "de La Tour d'Auvergne-Lauraguais",
     "Maison de l'emploi et de la formation du Grand Narbonne Méditerranée",
     "Facilitatrice des clauses sociales et responsable des achats", "participant",
     ("C", "D")),
    ("Élodie", "Dupré-Lefèvre", "Mairie de Sète", "Élue", "participant", ()),
]
EXPECTED_SIZES = {  # mm: page of each medium the issue asks for
    "a4-2x5": (210, 297), "a4-4xa6": (210, 297), "brother-ql-62x100": (62, 100),
    "dymo-99014": (101, 54), "dymo-11356": (89, 41),
}


@pytest.fixture
def people(event: Event) -> list:  # type: ignore[type-arg]
    regs = []
    for first, last, org, role, category, sessions in PEOPLE:
        reg, _ = reception.walk_in(event, {
            "first_name": first, "last_name": last, "organisation": org, "role": role,
            "category": category}, sessions, check_in_now=False)
        regs.append(reg)
    return regs


def rasterise(pdf: Path, dpi: int = 200, gray: bool = False) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", *(["-gray"] if gray else []),
                    str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(prefix.name + "-*.png"),
                   key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    images = [Image.open(p).convert("L" if gray else "RGB") for p in pages]
    for p in pages:
        p.unlink()
    return images


def extracted_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


# -- layouts -----------------------------------------------------------------------------

def test_every_medium_the_issue_asks_for_has_a_layout() -> None:
    assert set(EXPECTED_SIZES) <= set(media_names())
    for name, size in EXPECTED_SIZES.items():
        layout = load_layout(name)
        assert (layout.page_width, layout.page_height) == size
    assert load_layout("a4-2x5").per_page == 10
    assert (load_layout("a4-2x5").badge_width, load_layout("a4-2x5").badge_height) == (90, 54)
    assert load_layout("a4-4xa6").per_page == 4


def test_unknown_media_names_the_known_ones() -> None:
    with pytest.raises(BadgeLayoutError, match=r"unknown media 'zebra'.*a4-2x5"):
        load_layout("zebra")


def test_a_box_outside_the_badge_is_refused() -> None:
    raw = {"page": {"width": 62, "height": 100}, "badge": {"width": 62, "height": 100},
           "box": [{"kind": "qr", "x": 50, "y": 0, "w": 20}]}
    with pytest.raises(BadgeLayoutError, match=r"box\[1\] lies outside the badge"):
        parse_layout(raw, "bad")
    raw["box"] = [{"kind": "text", "field": "nickname", "x": 0, "y": 0, "w": 5, "h": 5}]
    with pytest.raises(BadgeLayoutError, match=r"box\[1\]\.field must be one of"):
        parse_layout(raw, "bad")


def test_a_layout_says_the_resolution_its_printers_print_at() -> None:
    assert load_layout("brother-ql-62x100").dpi == load_layout("dymo-11356").dpi == 300
    assert load_layout("a4-2x5").dpi == 600  # not said: an office printer's
    raw = {"page": {"width": 62, "height": 100}, "badge": {"width": 62, "height": 100},
           "box": [{"kind": "qr", "x": 0, "y": 0, "w": 20}]}
    for bad in (0, "300", 300.5, True, 10_000):
        with pytest.raises(BadgeLayoutError, match=r"dpi must be a whole number .* not "):
            parse_layout({**raw, "dpi": bad}, "bad")


def test_reportlab_writes_its_numbers_with_its_c_helpers() -> None:
    from reportlab.lib import rl_accel  # falls back to Python where rl-accel is missing
    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.fp_str(1.5, 2.0, 0.333333) == "1.5 2 .333333"


def test_an_uncompressed_badge_pdf_draws_the_same_pages(event: Event, people,
                                                        tmp_path: Path) -> None:
    for media in ("brother-ql-62x100", "a4-2x5"):
        packed, plain = tmp_path / f"{media}-packed.pdf", tmp_path / f"{media}-plain.pdf"
        render_badges(event, people, media, packed)
        render_badges(event, people, media, plain, compress=False)
        assert b"/FlateDecode" in packed.read_bytes()
        assert b"/FlateDecode" not in plain.read_bytes()  # page and font streams as they are
        assert [i.tobytes() for i in rasterise(plain, 100)] == \
            [i.tobytes() for i in rasterise(packed, 100)]


# -- round trip: generate, rasterise, scan, check in -----------------------------------------

@pytest.mark.parametrize("media", sorted(EXPECTED_SIZES))
@pytest.mark.slow
def test_every_badge_scans_back_to_its_person(event: Event, people, media: str,
                                              tmp_path: Path) -> None:
    regs = select_registrations(event)
    out = tmp_path / f"{media}.pdf"
    report = render_badges(event, regs, media, out)
    layout = load_layout(media)
    assert report.badges == len(regs)
    assert report.pages == -(-len(regs) // layout.per_page)
    reader = PdfReader(out)
    assert len(reader.pages) == report.pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / mm, 1), round(float(box.height) / mm, 1)) == \
        EXPECTED_SIZES[media]

    decoded = [r.text for page in rasterise(out) for r in zxingcpp.read_barcodes(page)
               if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert sorted(decoded) == sorted(event.qr(r) for r in regs)
    by_payload = {event.qr(r): r for r in regs}
    for text in decoded:
        result = reception.scan(event, text)
        assert result.outcome is Outcome.CHECKED_IN
        assert result.registration is not None
        assert result.registration.id == by_payload[text].id
        assert result.registration.code == by_payload[text].code
    assert event.stats()["checked_in"] == len(regs)


# -- text: every name as imported, nothing outside its box ------------------------------------

@pytest.mark.parametrize("media", sorted(EXPECTED_SIZES))
def test_every_name_reads_back_exactly(event: Event, people, media: str,
                                       tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    report = render_badges(event, select_registrations(event), media, out)
    assert report.not_fitting == [] and report.missing_glyphs == []
    text = extracted_text(out)
    joined = re.sub(r"-\n", "-", text).replace("\n", " ")  # a name wrapped to two lines
    for reg in people:
        assert reg.first_name in joined, (media, reg.first_name)
        assert reg.last_name in joined, (media, reg.last_name)
        assert reg.code in text
    for name in HARD_NAMES:
        first_word = name.split()[0]
        assert first_word in text
    assert "Nguyễn Thị" in text and "Minh Khai" in text and "Łukasiewicz" in text
    assert "Zoë" in text and "Γιώργος" in text and "Παπαδόπουλος" in text
    assert "jeudi 8 décembre 2022" in text


def _text_positions(pdf: Path) -> list[tuple[int, str, float, float, float]]:
    """(page, text, x, y, size) of every text run pypdf finds, in page coordinates."""
    found = []
    for number, page in enumerate(PdfReader(pdf).pages, 1):
        def visit(text, cm, tm, font, size, number=number):  # type: ignore[no-untyped-def]
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((number, text.strip(), x, y, size))
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("media", sorted(EXPECTED_SIZES))
def test_no_character_is_drawn_outside_its_box(event: Event, people, media: str,
                                               tmp_path: Path) -> None:
    long_name = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft"
    reception.walk_in(event, {"first_name": "Hubert Blaine Maximilian Alexander",
                              "last_name": long_name, "organisation": "Philadelphia"},
                      ("A", "D", "DEJ"), check_in_now=False)
    out = tmp_path / "badges.pdf"
    report = render_badges(event, select_registrations(event), media, out, trace=True)
    assert [p.text for p in report.not_fitting if p.field == "last_name"] == [long_name]
    assert long_name in extracted_text(out)  # squeezed into its box, not cut

    # The engine's own account: every line's ink box inside the line's box.
    for placed in report.placed:
        x0, y0, x1, y1 = placed.extent()
        bx0, by0, bx1, by1 = placed.box
        assert bx0 - 0.01 <= x0 and x1 <= bx1 + 0.01, placed
        assert by0 - 0.01 <= y0 and y1 <= by1 + 0.01, placed

    # The PDF agrees with that account: each text run starts where a placed line starts.
    runs = _text_positions(out)
    assert runs
    for page, text, x, y, size in runs:  # reportlab writes coordinates to 0.01 pt
        assert any(p.page == page and abs(p.x - x) < 0.05 and abs(p.y - y) < 0.05
                   and abs(p.size - size) < 0.05 and p.text.startswith(text[:1])
                   for p in report.placed), (text, x, y)

    # And the ink itself: blank every box of the layout, nothing dark may remain.
    layout = load_layout(media)
    dpi = 100
    for number, image in enumerate(rasterise(out, dpi, gray=True)):
        used = min(layout.per_page, report.badges - number * layout.per_page)
        draw = ImageDraw.Draw(image)
        for slot in range(used):
            cx, cy = layout.cell(slot)
            for box in layout.boxes:
                shift = 0.0
                if box.follows:  # moved up: blank from its highest possible place
                    shift = box.y - max(b.y for b in layout.boxes
                                        if b.y < box.y and b.kind == "text")
                px = [(v * dpi / 25.4) for v in (cx + box.x, cy + box.y - shift,
                                                 cx + box.x + box.w, cy + box.y + box.h)]
                draw.rectangle([px[0] - 1, px[1] - 1, px[2] + 1, px[3] + 1], fill=255)
        darkest = image.getextrema()[0]
        assert darkest > 160, f"{media} page {number + 1}: ink outside every box"


def test_glyphs_the_font_lacks_are_reported_not_fatal(event: Event, tmp_path: Path) -> None:
    reg, _ = reception.walk_in(event, {"first_name": "小明", "last_name": "王"},
                               check_in_now=False)
    report = render_badges(event, [reg], "dymo-11356", tmp_path / "cjk.pdf")
    assert {(p.field, p.missing) for p in report.missing_glyphs} == \
        {("first_name", "小明"), ("last_name", "王")}
    assert report.badges == 1 and (tmp_path / "cjk.pdf").stat().st_size > 0


# -- fitting --------------------------------------------------------------------------------

def test_text_shrinks_then_wraps_then_is_reported() -> None:
    register_fonts()
    short = fitting.fit_text("Zoë", BOLD, 150, 30, 22, 10, 2)
    assert short.lines == ("Zoë",) and short.size == 22 and short.fits
    longer = fitting.fit_text("Marie-Christine", BOLD, 150, 30, 22, 10, 2)
    assert longer.lines == ("Marie-Christine",) and 10 <= longer.size < 22
    wrapped = fitting.fit_text("Marie-Christine-Alexandra-Éléonore", BOLD, 150, 30, 22, 10, 2)
    assert wrapped.lines == ("Marie-Christine-", "Alexandra-Éléonore") and wrapped.fits
    assert max(fitting.width(line, BOLD) for line in wrapped.lines) * wrapped.size <= 150
    hopeless = fitting.fit_text("W" * 80, BOLD, 150, 30, 22, 10, 2)
    assert not hopeless.fits and hopeless.size == 10
    assert fitting.width("W" * 80, BOLD) * hopeless.size * hopeless.scale <= 150.001


def test_wrapping_is_balanced_and_titles_shorten_at_words() -> None:
    register_fonts()
    assert fitting.split_balanced("Jean Pierre Marie Dupont", BOLD) == \
        ("Jean Pierre", "Marie Dupont")
    assert fitting.split_balanced("Zoë", BOLD) is None
    short = fitting.shorten("Innover avec la clause sociale", BOLD, 10, 100)
    assert short.endswith("…") and fitting.width(short, BOLD) * 10 <= 100
    assert "Innover avec la clause sociale".startswith(short[:-1])


def test_qr_matrix_is_version_2_and_long_payloads_still_encode() -> None:
    matrix = qr.qr_matrix("CK1+OCC22+ABCDEF+ABCDEFGHIJ")
    assert len(matrix) == 25  # version 2
    assert len(qr.qr_matrix("CK1+" + "X" * 60)) > 25  # automatic version beyond
    runs = qr.runs([[True, True, False, True], [False, False, False, False]])
    assert runs == [(0, 0, 2), (0, 3, 1)]


# -- options: offset, cut marks, output to a stream ---------------------------------------

def test_offset_moves_everything_by_exactly_the_offset(event: Event, people) -> None:
    regs = select_registrations(event)
    plain = render_badges(event, regs, "a4-2x5", io.BytesIO(), trace=True)
    moved = render_badges(event, regs, "a4-2x5", io.BytesIO(), offset_mm=(1.5, -2.0),
                          trace=True)
    assert len(plain.placed) == len(moved.placed) > 0
    for a, b in zip(plain.placed, moved.placed, strict=True):
        assert b.x - a.x == pytest.approx(1.5 * mm)
        assert b.y - a.y == pytest.approx(2.0 * mm)  # -2 mm down is 2 mm up


def test_cut_marks_print_in_the_margin_only_when_asked(event: Event, people,
                                                       tmp_path: Path) -> None:
    regs = select_registrations(event)
    margin = (0, 0, int(14 * 100 / 25.4), int(297 * 100 / 25.4))  # left margin, 100 dpi
    for marks in (False, True):
        out = tmp_path / f"marks-{marks}.pdf"
        render_badges(event, regs, "a4-2x5", out, cut_marks=marks)
        (page,) = rasterise(out, 100, gray=True)
        has_ink = page.crop(margin).getextrema()[0] < 128
        assert has_ink is marks


def test_badges_render_from_plain_data_into_a_stream(event: Event, people) -> None:
    buffer = io.BytesIO()
    data = BadgeData(event.programme, event.secret)
    report = render_badges(data, people[:1], "brother-ql-62x100", buffer)
    assert report.badges == 1 and buffer.getvalue().startswith(b"%PDF")
    assert data.qr(people[0]) == event.qr(people[0])


# -- selection and print records ----------------------------------------------------------

def test_batch_is_sorted_by_last_name_accents_ignored(event: Event, people) -> None:
    names = [r.last_name for r in select_registrations(event)]
    assert names == ["de La Tour d'Auvergne-Lauraguais", "Dupré-Lefèvre", "Łukasiewicz",
                     "Nguyễn Thị", "Παπαδόπουλος", "Кузнецова"]


def test_prints_are_journaled_and_select_the_rest(event: Event, people) -> None:
    zoe = next(r for r in people if r.first_name == "Zoë")
    assert printed_ids(event) == set()
    entry = record_print(event, zoe, "dymo-11356")
    assert entry.kind == j.BADGE_PRINTED and entry.subject == zoe.id
    assert entry.payload == {"at": "2022-12-08T09:30:00+01:00", "station_name": "Accueil 1",
                             "media": "dymo-11356"}
    assert printed_ids(event) == {zoe.id}
    assert [(p.at, p.station) for p in prints_of(event, zoe.id)] == \
        [("2022-12-08T09:30:00+01:00", "Accueil 1")]
    rest = select_registrations(event, not_printed=True)
    assert zoe.id not in {r.id for r in rest} and len(rest) == len(people) - 1
    event.rebuild()  # the projection of prints is the journal's
    assert printed_ids(event) == {zoe.id}


def test_only_codes_and_cancelled(event: Event, people) -> None:
    a, b = people[0], people[1]
    chosen = select_registrations(event, only=[a.code.lower(), f"{b.code[:3]} {b.code[3:]}"])
    assert {r.id for r in chosen} == {a.id, b.id}
    with pytest.raises(BadgeSelectionError, match="ZZZZZZ"):
        select_registrations(event, only=["ZZZZZZ"])
    reception.set_cancelled(event, a, True)
    assert a.id not in {r.id for r in select_registrations(event)}


# -- the command -----------------------------------------------------------------------------

def test_command_writes_sorted_badges_and_a_json_report(event: Event, people, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    out = tmp_path / "all.pdf"
    assert cli(["badges", str(event.path), "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["badges"] == len(people) and report["pages"] == 1
    assert report["media"] == "a4-2x5" and report["recorded"] == 0
    text = extracted_text(out)
    positions = [text.index(r.last_name.split()[0]) for r in select_registrations(event)]
    assert positions == sorted(positions)
    assert printed_ids(event) == set()  # a PDF file is not a print


def test_command_records_then_skips_printed(event: Event, people, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    first = people[0]
    assert cli(["badges", str(event.path), "-o", str(tmp_path / "one.pdf"), "--media",
                "dymo-11356", "--only", first.code, "--record", "--offset", "1,-0.5",
                "--cut-marks"]) == 0
    assert "1 badge(s) on 1 page(s)" in capsys.readouterr().out
    assert printed_ids(event) == {first.id}
    assert cli(["badges", str(event.path), "-o", str(tmp_path / "rest.pdf"),
                "--not-printed", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["badges"] == len(people) - 1
    assert first.code not in extracted_text(tmp_path / "rest.pdf")


@pytest.mark.parametrize(("args", "message"), [
    (["--media", "zebra"], "unknown media 'zebra'"),
    (["--offset", "3"], "--offset"),
    (["--only", "QQQQQQ"], "QQQQQQ"),
])
def test_command_bad_input_is_one_line_exit_2(event: Event, people, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    assert cli(["badges", str(event.path), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("checkin: error:") and message in err and err.count("\n") == 1
    assert not out.exists()
