"""Badge layouts: data files in `resources/layouts/`, one TOML file per medium.

A layout gives the page, the badge and where badges sit on the page (a grid for sheets,
one badge per page for labels), then the boxes of a badge in millimetres from the badge's
top-left corner. What a box shows is named by its `kind` (text, workshops, band, qr) and,
for text, its `field`; how big is its `size` (the largest) and `min_size` (the smallest
still readable) in points, and how many `lines` it may wrap to.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from checkin.core import fonts
from checkin.core.badges.errors import BadgeLayoutError
from checkin.core.errors import Problem
from checkin.core.model import CATEGORIES
from checkin.resources import resource

TEXT_FIELDS = ("first_name", "last_name", "organisation", "role", "event_title",
               "event_date", "code")
KINDS = ("text", "workshops", "band", "qr")
FONTS = {"regular": fonts.REGULAR, "bold": fonts.BOLD, "condensed": fonts.CONDENSED,
         "condensed-bold": fonts.CONDENSED_BOLD}
ALIGNS = ("left", "center", "right")
VALIGNS = ("top", "middle", "bottom")

# The category band's word and colour; a layout may override them under [categories.NAME].
# The word is always printed in the band: colour is never the only sign.
DEFAULT_CATEGORIES: dict[str, tuple[str, str]] = {
    "participant": ("PARTICIPANT", "#1d4f91"),
    "speaker": ("INTERVENANT", "#b3361b"),
    "organiser": ("ORGANISATION", "#17693a"),
    "press": ("PRESSE", "#5b2a86"),
}


@dataclass(frozen=True)
class Box:
    kind: str
    x: float  # mm from the badge's left edge
    y: float  # mm from the badge's top edge
    w: float
    h: float
    field: str = ""
    font: str = fonts.REGULAR
    size: float = 10.0  # largest size, points
    min_size: float = 6.0  # smallest readable size, points
    lines: int = 1
    align: str = "left"
    valign: str = "middle"
    colour: str = "#000000"
    style: str = "full"  # workshops: "full" (time, code, title, room) or "compact"
    radius: float = 0.0  # band corners, mm
    follows: bool = False  # moves up into what the box before it left empty


@dataclass(frozen=True)
class Category:
    label: str
    colour: str


@dataclass(frozen=True)
class Layout:
    name: str
    description: str
    page_width: float  # mm
    page_height: float
    badge_width: float
    badge_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0  # where the grid starts on the page, mm
    top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    monochrome: bool = False  # label printers: bands print black, the word tells the category
    dpi: int = 600  # dots per inch its printers print at; a print into a file is rendered so
    cups_media: str = ""  # the `lp -o media=` value; default Custom.WxHmm
    boxes: tuple[Box, ...] = ()
    categories: dict[str, Category] = field(default_factory=dict)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_sheet(self) -> bool:
        return self.per_page > 1

    @property
    def media(self) -> str:
        """The CUPS media name of the page, exact size, for `lp -o media=`."""
        return self.cups_media or f"Custom.{_num(self.page_width)}x{_num(self.page_height)}mm"

    def cell(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of the badge at `index` on a page."""
        row, col = divmod(index, self.columns)
        return (self.left + col * (self.badge_width + self.gap_x),
                self.top + row * (self.badge_height + self.gap_y))

    def category(self, name: str) -> Category:
        found = self.categories.get(name)
        if found:
            return found
        return Category(name.upper() or "PARTICIPANT", self.categories["participant"].colour)


def layouts_dir() -> Path:
    return resource("layouts")


def media_names() -> list[str]:
    """The media that have a layout file, by name."""
    return sorted(p.stem for p in layouts_dir().glob("*.toml"))


@cache
def load_layout(name: str) -> Layout:
    """The layout called `name` (a file of resources/layouts), or a layout file's path."""
    path = Path(name) if name.endswith(".toml") else layouts_dir() / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(media_names())
        raise BadgeLayoutError(f"unknown media {name!r} (known: {known})",
                               Problem.UNKNOWN_MEDIA, details={"media": name})
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BadgeLayoutError(f"{path}: not a valid TOML layout ({exc})") from None
    try:
        return parse_layout(raw, path.stem)
    except BadgeLayoutError as exc:
        raise BadgeLayoutError(f"{path}: {exc}") from None


def parse_layout(raw: dict[str, Any], name: str) -> Layout:
    page = _table(raw, "page")
    badge = _table(raw, "badge")
    grid = raw.get("grid", {})
    if not isinstance(grid, dict):
        raise BadgeLayoutError("grid must be a table")
    boxes_raw = raw.get("box", [])
    if not isinstance(boxes_raw, list) or not boxes_raw:
        raise BadgeLayoutError("a layout needs [[box]] entries")
    layout = Layout(
        name=name, description=str(raw.get("description", name)),
        page_width=_mm(page, "width", "page"), page_height=_mm(page, "height", "page"),
        badge_width=_mm(badge, "width", "badge"), badge_height=_mm(badge, "height", "badge"),
        columns=int(grid.get("columns", 1)), rows=int(grid.get("rows", 1)),
        left=float(grid.get("left", 0)), top=float(grid.get("top", 0)),
        gap_x=float(grid.get("gap_x", 0)), gap_y=float(grid.get("gap_y", 0)),
        monochrome=bool(raw.get("monochrome", False)),
        dpi=_dpi(raw.get("dpi", 600)),
        cups_media=str(raw.get("cups_media", "")),
        boxes=tuple(_box(b, i) for i, b in enumerate(boxes_raw, 1)),
        categories=_categories(raw.get("categories", {})),
    )
    _check_geometry(layout)
    return layout


def _box(raw: Any, index: int) -> Box:
    where = f"box[{index}]"
    if not isinstance(raw, dict):
        raise BadgeLayoutError(f"{where} must be a table")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise BadgeLayoutError(f"{where}.kind must be one of {', '.join(KINDS)}")
    values: dict[str, Any] = {"kind": kind}
    for key in ("x", "y", "w") if kind == "qr" else ("x", "y", "w", "h"):
        values[key] = _mm(raw, key, where)
    if kind == "qr":  # a square: `w` is its side
        values["h"] = values["w"]
    if kind == "text":
        values["field"] = raw.get("field")
        if values["field"] not in TEXT_FIELDS:
            raise BadgeLayoutError(f"{where}.field must be one of {', '.join(TEXT_FIELDS)}")
    if "font" in raw:
        if raw["font"] not in FONTS:
            raise BadgeLayoutError(f"{where}.font must be one of {', '.join(FONTS)}")
        values["font"] = FONTS[raw["font"]]
    for key in ("size", "min_size", "radius"):
        if key in raw:
            values[key] = _positive(raw, key, where)
    values["lines"] = int(raw.get("lines", 1))
    for key, allowed in (("align", ALIGNS), ("valign", VALIGNS), ("style", ("full", "compact"))):
        if key in raw:
            if raw[key] not in allowed:
                raise BadgeLayoutError(f"{where}.{key} must be one of {', '.join(allowed)}")
            values[key] = raw[key]
    values["follows"] = bool(raw.get("follows", False))
    if "colour" in raw:
        values["colour"] = _colour(raw["colour"], f"{where}.colour")
    box = Box(**values)
    if box.min_size > box.size:
        raise BadgeLayoutError(f"{where}.min_size is larger than its size")
    return box


def _categories(raw: Any) -> dict[str, Category]:
    if not isinstance(raw, dict):
        raise BadgeLayoutError("categories must be a table")
    found = {name: Category(label, colour) for name, (label, colour) in
             DEFAULT_CATEGORIES.items()}
    for name, spec in raw.items():
        if name not in CATEGORIES or not isinstance(spec, dict):
            raise BadgeLayoutError(f"categories.{name}: not one of {', '.join(CATEGORIES)}")
        base = found[name]
        found[name] = Category(str(spec.get("label", base.label)),
                               _colour(spec.get("colour", base.colour),
                                       f"categories.{name}.colour"))
    return found


def _check_geometry(layout: Layout) -> None:
    right = layout.left + layout.columns * layout.badge_width + (layout.columns - 1) * layout.gap_x
    bottom = layout.top + layout.rows * layout.badge_height + (layout.rows - 1) * layout.gap_y
    if layout.columns < 1 or layout.rows < 1:
        raise BadgeLayoutError("grid.columns and grid.rows must be at least 1")
    if right > layout.page_width + 0.01 or bottom > layout.page_height + 0.01:
        raise BadgeLayoutError("the badges do not fit on the page")
    for i, b in enumerate(layout.boxes, 1):
        if b.x < 0 or b.y < 0 or b.x + b.w > layout.badge_width + 0.01 or \
                b.y + b.h > layout.badge_height + 0.01:
            raise BadgeLayoutError(f"box[{i}] lies outside the badge")


def _table(raw: dict[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise BadgeLayoutError(f"missing [{key}] table")
    return value


def _mm(table: dict[str, Any], key: str, where: str) -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise BadgeLayoutError(f"{where}.{key} must be a length in mm")
    return float(value)


def _dpi(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 72 <= value <= 2400:
        raise BadgeLayoutError(f"dpi must be a whole number of dots per inch, 72 to 2400,"
                               f" not {value!r}")
    return value


def _positive(table: dict[str, Any], key: str, where: str) -> float:
    value = _mm(table, key, where)
    if value <= 0 and key != "radius":
        raise BadgeLayoutError(f"{where}.{key} must be more than 0")
    return value


def _colour(value: Any, where: str) -> str:
    ok = isinstance(value, str) and len(value) == 7 and value.startswith("#")
    try:
        int(str(value)[1:], 16)
    except ValueError:
        ok = False
    if not ok:
        raise BadgeLayoutError(f"{where} must be a colour such as #1d4f91")
    return str(value)


def _num(value: float) -> str:
    return f"{value:g}"
