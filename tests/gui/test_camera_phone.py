"""A phone held up to the webcam: the ticket's QR code as a phone shows it (the e-mail's
inline PNG), filmed at 640×480 and 1280×720 — small, turned, tilted away, under glare and
the moiré of a screen's pixel grid — through the camera's decoding path.

`uv run python tests/gui/test_camera_phone.py` prints how small and how tilted a code
still reads (the README quotes that table)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPen,
    QRadialGradient,
    QTransform,
)

from checkin.core.codes import payload
from checkin.core.tickets.message import qr_png
from checkin.gui.camera import decode_image

pytestmark = pytest.mark.gui
PAYLOAD = payload("5e" * 16, "OCC22", "K7F3QZ")
SIZES = {"640x480": (640, 480), "1280x720": (1280, 720)}


@dataclass(frozen=True)
class Shot:
    """How the phone is held: the QR's side on the frame (pixels), turned in the plane
    (degrees), tilted away about the vertical axis (degrees), glare and moiré or not."""

    size: tuple[int, int]
    qr_side: int
    turn: float = 0.0
    tilt: float = 0.0
    glare: bool = True
    moire: bool = True
    seed: int = 1


def phone_frame(shot: Shot) -> QImage:
    """A camera frame of a phone screen showing the ticket's QR code."""
    w, h = shot.size
    frame = QImage(w, h, QImage.Format.Format_RGB32)
    frame.fill(QColor(118, 112, 104))  # a coat, a desk: something dull behind the phone
    qr = QImage.fromData(qr_png(PAYLOAD))
    side = shot.qr_side
    screen_w, screen_h = side * 1.25, side * 2.1  # the phone's screen, QR near its middle
    p = QPainter(frame)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    perspective = QTransform().rotate(shot.tilt, Qt.Axis.YAxis, 1024 * side / 200)
    p.setTransform(perspective * QTransform().rotate(shot.turn)
                   * QTransform().translate(w / 2, h / 2))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(20, 20, 24))  # the phone's body
    p.drawRoundedRect(QRectF(-screen_w / 2 - side * 0.06, -screen_h / 2 - side * 0.12,
                             screen_w + side * 0.12, screen_h + side * 0.24), side * 0.12,
                      side * 0.12)
    p.setBrush(QColor(236, 238, 242))  # a screen's white is never paper white
    p.drawRect(QRectF(-screen_w / 2, -screen_h / 2, screen_w, screen_h))
    p.drawImage(QRectF(-side / 2, -side / 2, side, side), qr)
    if shot.moire:
        _moire(p, screen_w, screen_h)
    if shot.glare:
        _glare(p, side)
    p.end()
    return _soften(_noise(frame, shot.seed))


def _moire(p: QPainter, screen_w: float, screen_h: float) -> None:
    """The screen's pixel grid beating against the sensor's: faint bands, slightly turned."""
    p.save()
    p.setClipRect(QRectF(-screen_w / 2, -screen_h / 2, screen_w, screen_h))
    p.rotate(3)
    for n in range(int(-screen_h), int(screen_h), 3):
        shade = int(40 + 30 * math.sin(n / 9))
        p.setPen(QPen(QColor(90, 60, 140, shade), 1.2))
        p.drawLine(QPointF(-screen_w, n), QPointF(screen_w, n))
    p.restore()


def _glare(p: QPainter, side: float) -> None:
    """A ceiling light reflected on the glass, over a corner of the code."""
    centre = QPointF(side * 0.22, -side * 0.18)
    glow = QRadialGradient(centre, side * 0.45)
    glow.setColorAt(0.0, QColor(255, 255, 255, 190))
    glow.setColorAt(0.5, QColor(255, 255, 250, 90))
    glow.setColorAt(1.0, QColor(255, 255, 255, 0))
    p.setBrush(QBrush(glow))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(centre, side * 0.45, side * 0.3)


def _noise(frame: QImage, seed: int) -> QImage:
    """Sensor noise: a sprinkle of pixels a little lighter or darker."""
    rng = random.Random(seed)
    w, h = frame.width(), frame.height()
    for _ in range(w * h // 40):
        x, y = rng.randrange(w), rng.randrange(h)
        c = QColor(frame.pixel(x, y))
        d = rng.randint(-40, 40)
        frame.setPixelColor(x, y, QColor(max(0, min(255, c.red() + d)),
                                         max(0, min(255, c.green() + d)),
                                         max(0, min(255, c.blue() + d))))
    return frame


def _soften(frame: QImage) -> QImage:
    """A webcam's soft focus: down to 70 % and back, smoothly."""
    w, h = frame.width(), frame.height()
    small = frame.scaled(int(w * 0.7), int(h * 0.7), Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return small.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def reads(shot: Shot) -> bool:
    return decode_image(phone_frame(shot)) == [PAYLOAD]


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_a_phone_held_up_reads(qapp, size):
    # A phone at arm's length: the code a quarter of the frame's height, turned, tilted.
    side = size[1] // 4
    for turn, tilt in ((0, 0), (17, 0), (90, 0), (-35, 30), (160, 40)):
        assert reads(Shot(size, side, turn, tilt)), (size, side, turn, tilt)


@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_limits_are_where_the_readme_says(qapp, size):
    """Small: a code 120 px wide (under 4 pixels a module) still reads; 70 px (about 2)
    does not. Tilted away: 55° reads, 80° does not (the code is then a sliver)."""
    assert reads(Shot(size, 120, turn=10))
    assert not reads(Shot(size, 70, turn=10))
    assert reads(Shot(size, size[1] // 4, tilt=55))
    assert not reads(Shot(size, size[1] // 4, tilt=80))


def test_glare_and_moire_are_really_in_the_frame(qapp):
    plain = phone_frame(Shot((640, 480), 120, glare=False, moire=False))
    rough = phone_frame(Shot((640, 480), 120))
    assert plain != rough
    # The glare lifts a dark module of the finder pattern: it is no longer black.
    assert QColor(rough.pixel(320 + 28, 240 - 45)).lightness() > \
        QColor(plain.pixel(320 + 28, 240 - 45)).lightness()


def test_a_phone_frame_through_the_camera_panel(qtbot, settings):
    """The frame as QtMultimedia hands it over (a QVideoFrame), into the panel's own
    frame handler, decoded in the decoder's thread."""
    from PySide6.QtMultimedia import QVideoFrame

    from checkin.gui.camera import CameraPanel
    panel = CameraPanel(settings)
    qtbot.addWidget(panel)
    try:
        with qtbot.waitSignal(panel.decoded, timeout=5000) as signal:
            panel._frame(QVideoFrame(phone_frame(Shot((1280, 720), 150, 25, 20))))
        assert signal.args == [PAYLOAD]
    finally:
        panel.shutdown()


def smallest_and_most_tilted() -> list[str]:
    """The table of the README: for each frame size, the smallest code that reads
    (turned 10°, with glare and moiré), the largest tilt and the turns that read (code a
    quarter of the height)."""
    rows = []
    for name, size in SIZES.items():
        smallest = next((s for s in range(30, 200, 5)
                         if all(reads(Shot(size, s, turn=10, seed=k)) for k in range(3))), None)
        tilt = max((t for t in range(0, 90, 5)
                    if all(reads(Shot(size, size[1] // 4, tilt=t, seed=k))
                           for k in range(3))), default=None)
        turns = sum(reads(Shot(size, size[1] // 4, turn=t)) for t in range(0, 360, 15))
        rows.append(f"{name}: smallest code read {smallest} px ({smallest / 33:.1f} px a"
                    f" module); tilted away up to {tilt}°; turned: {turns} of 24 angles read")
    return rows


if __name__ == "__main__":
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    print("\n".join(smallest_and_most_tilted()))
