"""Fitting text into a box: shrink, then wrap to two balanced lines, else report.

Widths come from the embedded font's metrics (reportlab's stringWidth), which are
linear in the size: one measure at size 1 gives the largest size that fits at once.
Heights use the font's real extents, taller for Vietnamese capitals whose stacked
diacritics (Ễ, Ấ) rise above the usual ascent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

ASCENT = 0.94  # em: DejaVu's accented capitals (É, Å) reach 0.93
TALL_ASCENT = 1.08  # em: Vietnamese capitals with two diacritics reach 1.07
DESCENT = 0.24  # em: g, j, y, Ç reach 0.22
_TALL = re.compile(r"[\u1EA0-\u1EF9\u01FA-\u01FF]")
_BREAKS = re.compile(r" |(?<=-)")  # after a space (dropped) or a hyphen (kept on line 1)


@dataclass(frozen=True)
class Fit:
    """Lines to draw at `size` points, squeezed to `scale` of their width when even the
    smallest readable size does not fit (then `fits` is False and the text is reported)."""

    lines: tuple[str, ...]
    size: float
    scale: float = 1.0
    fits: bool = True


@lru_cache(maxsize=8192)
def width(text: str, font: str) -> float:
    """Width of `text` at size 1 point."""
    return float(pdfmetrics.stringWidth(text, font, 1.0))


def ascent(text: str) -> float:
    return TALL_ASCENT if _TALL.search(text) else ASCENT


def line_height(lines: tuple[str, ...] | list[str]) -> float:
    """Height in em of `lines` stacked so that no two lines' glyphs can touch."""
    return sum(ascent(line) + DESCENT for line in lines)


def fit_text(text: str, font: str, box_w: float, box_h: float, max_size: float,
             min_size: float, max_lines: int = 1) -> Fit:
    """The largest way to draw `text` inside a box of `box_w` × `box_h` points."""
    one = (text,)
    size = _largest(one, font, box_w, box_h, max_size)
    if size >= min_size or max_lines < 2:
        return _or_squeezed(one, font, box_w, box_h, size, min_size)
    two = split_balanced(text, font)
    if two is None:
        return _or_squeezed(one, font, box_w, box_h, size, min_size)
    size2 = _largest(two, font, box_w, box_h, max_size)
    if size2 >= min_size:
        return Fit(two, size2)
    if box_h >= min_size * line_height(two):
        return _or_squeezed(two, font, box_w, box_h, size2, min_size)
    return _or_squeezed(one, font, box_w, box_h, size, min_size)


def fit_lines(lines: tuple[str, ...], font: str, box_w: float, box_h: float,
              max_size: float, min_size: float) -> Fit:
    """One size for several given lines (each stays one line)."""
    size = _largest(lines, font, box_w, box_h, max_size)
    return _or_squeezed(lines, font, box_w, box_h, size, min_size)


def split_balanced(text: str, font: str) -> tuple[str, str] | None:
    """`text` as two lines as equal in width as its spaces and hyphens allow."""
    best: tuple[float, tuple[str, str]] | None = None
    for match in _BREAKS.finditer(text):
        first = text[:match.start()].rstrip()
        second = text[match.end():].lstrip()
        if not first or not second:
            continue
        widest = max(width(first, font), width(second, font))
        if best is None or widest < best[0]:
            best = (widest, (first, second))
    return best[1] if best else None


def shorten(text: str, font: str, size: float, room: float) -> str:
    """`text` cut at a word boundary (or a character) with an ellipsis to fit `room`."""
    if width(text, font) * size <= room:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:-–—") + "…"
        if width(candidate, font) * size <= room:
            return candidate
    cut = text
    while cut and width(cut + "…", font) * size > room:
        cut = cut[:-1]
    return cut + "…" if cut else ""


def _largest(lines: tuple[str, ...], font: str, box_w: float, box_h: float,
             max_size: float) -> float:
    widest = max(width(line, font) for line in lines)
    by_width = box_w / widest if widest > 0 else max_size
    return min(max_size, by_width, box_h / line_height(lines))


def _or_squeezed(lines: tuple[str, ...], font: str, box_w: float, box_h: float,
                 size: float, min_size: float) -> Fit:
    if size >= min_size:
        return Fit(lines, size)
    # Too long even at the smallest readable size: draw at that size (or what the box's
    # height allows) squeezed horizontally into the box, and say so.
    size = min(min_size, box_h / line_height(lines))
    widest = max(width(line, font) for line in lines) * size
    scale = min(1.0, box_w / widest) if widest > 0 else 1.0
    return Fit(lines, size, scale, fits=False)
