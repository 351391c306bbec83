"""The webcam path without a webcam: frames made from images, and the no-camera state."""

from __future__ import annotations

from pathlib import Path

import pytest
import qrcode
from PySide6.QtGui import QImage, QPainter

from checkin.gui.camera import CameraPanel, FrameDecoder, decode_image

pytestmark = pytest.mark.gui
PAYLOAD = "CK1+OCC22+DPL234+ABCDEFGHIJ"


def frame_with_qr(tmp_path: Path) -> QImage:
    """A 640×480 camera-like frame with a badge's QR code in it."""
    qrcode.make(PAYLOAD, box_size=6, border=2).save(tmp_path / "qr.png")
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(0xFF9A9A9A)
    painter = QPainter(frame)
    painter.drawImage(180, 90, QImage(str(tmp_path / "qr.png")))
    painter.end()
    return frame


def test_decode_a_frame(tmp_path):
    assert decode_image(frame_with_qr(tmp_path)) == [PAYLOAD]
    blank = QImage(320, 240, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFFFF)
    assert decode_image(blank) == []


def test_frames_are_decoded_off_the_gui_thread(qtbot, tmp_path):
    decoder = FrameDecoder()
    try:
        with qtbot.waitSignal(decoder.decoded, timeout=5000) as signal:
            decoder.submit(frame_with_qr(tmp_path))
        assert signal.args == [PAYLOAD]
    finally:
        decoder.stop()


def test_no_camera_is_a_calm_state(qtbot, settings, monkeypatch):
    monkeypatch.setattr("checkin.gui.camera.video_inputs", list)  # a laptop with no webcam
    panel = CameraPanel(settings)
    qtbot.addWidget(panel)
    panel.show()
    panel.start()  # nothing raises, no dialog
    assert not panel.has_camera
    assert panel.screens.currentWidget() is panel.no_camera
    assert panel.no_camera.text()
    panel.shutdown()


def test_the_desk_camera_toggle_is_remembered(window, qtbot, settings):
    desk = window.desk
    desk.camera_action.trigger()
    assert desk.camera.isVisible() and settings.camera_on
    desk.camera_action.trigger()
    assert not desk.camera.isVisible() and not settings.camera_on
