"""QR codes drawn as vector paths, fast enough for a thousand badges.

A badge payload is at most 32 characters of the QR alphanumeric alphabet, which always
fits version 2 at error-correction level M (38 characters). Fixing the version and the
mask skips the eight trial encodings of automatic mask selection (about 3 ms each badge);
any mask is valid for decoders, the chosen one only spreads dark modules. The symbol is
drawn as one filled path, each horizontal run of dark modules one rectangle, in module
units under a transform: the page stream stays small and the code stays sharp at any
printer resolution.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError
from reportlab.pdfgen.canvas import Canvas

VERSION = 2
MASK = 2  # a fixed mask pattern; see the module's docstring
QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 requires

Matrix = list[list[bool]]


def qr_matrix(text: str) -> Matrix:
    """The dark (True) and light modules of `text`'s QR symbol, without quiet zone."""
    code = qrcode.QRCode(version=VERSION, error_correction=ERROR_CORRECT_M,
                         mask_pattern=MASK, border=0)
    code.add_data(text, optimize=0)
    try:
        code.make(fit=False)
    except DataOverflowError:  # a payload longer than badges carry: let qrcode choose
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        code.add_data(text, optimize=0)
        code.make(fit=True)
    return [[bool(m) for m in row] for row in code.modules]


def runs(matrix: Matrix) -> list[tuple[int, int, int]]:
    """Horizontal runs of dark modules: (row, first column, length)."""
    found = []
    for r, row in enumerate(matrix):
        start = -1
        for c, dark in enumerate([*row, False]):
            if dark and start < 0:
                start = c
            elif not dark and start >= 0:
                found.append((r, start, c - start))
                start = -1
    return found


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw `text`'s QR symbol with its quiet zone in the square of side `size` points
    whose bottom-left corner is (x, y)."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_ZONE
    unit = size / modules
    ops = " ".join(f"{c} {r} {n} 1 re" for r, c, n in runs(matrix))
    # In module units, origin at the symbol's top-left corner, rows going down.
    top_left_x = x + QUIET_ZONE * unit
    top_left_y = y + size - QUIET_ZONE * unit
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)  # the quiet zone stays white
    canvas.addLiteral(f"{unit:.5f} 0 0 {-unit:.5f} {top_left_x:.4f} {top_left_y:.4f} cm "
                      f"0 g {ops} f")
    canvas.restoreState()
