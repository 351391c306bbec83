"""The webcam as a scanner: a preview in the window, frames decoded off the GUI thread.

QtMultimedia shows the camera (QCamera → QMediaCaptureSession → QVideoWidget); its video
sink hands us frames, of which a few per second become Grayscale8 QImages for
zxing-cpp in the decoder's own thread; a busy decoder drops frames instead of queueing
them. With no camera (or no QtMultimedia), the panel says so calmly: no error box.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLabel, QStackedLayout, QVBoxLayout, QWidget

from checkin.gui.settings import Settings

FRAME_INTERVAL = 0.15  # seconds between frames sent to the decoder


def decode_image(image: QImage) -> list[str]:
    """The texts of the barcodes zxing-cpp finds in `image`."""
    import zxingcpp
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [r.text for r in zxingcpp.read_barcodes(gray) if r.valid and r.text]


class FrameDecoder(QObject):
    """Decodes the latest frame in a worker thread; `decoded(text)` arrives on the GUI thread."""

    decoded = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: QImage | None = None
        self._wake = threading.Condition()
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="checkin-camera", daemon=True)
        self._thread.start()

    def submit(self, image: QImage) -> None:
        with self._wake:
            self._latest = image  # an older frame not decoded yet is dropped
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopped = True
            self._wake.notify()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._latest is None and not self._stopped:
                    self._wake.wait()
                if self._stopped or self._latest is None:
                    return
                image, self._latest = self._latest, None
            try:
                texts = decode_image(image)
            except Exception:  # a bad frame is not worth stopping the camera for
                continue
            for text in texts:
                self.decoded.emit(text)


def video_inputs() -> list[Any]:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return []
    return list(QMediaDevices.videoInputs())


class CameraPanel(QWidget):
    """Camera choice, preview and decoding; `decoded(text)` for each code seen."""

    decoded = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPanel")
        self.settings = settings
        self.decoder = FrameDecoder(self)
        self.decoder.decoded.connect(self.decoded)
        self._camera: Any = None
        self._session: Any = None
        self._last_frame = 0.0
        self.choice = QComboBox()
        self.choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choice.activated.connect(self._chosen)
        self.no_camera = QLabel(self.tr("No camera: scan with the scanner or type a name."),
                                objectName="noCamera")
        self.no_camera.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_camera.setWordWrap(True)
        screens = QWidget(self)  # the stack's parent first: no stray top-level windows
        self.screens = QStackedLayout(screens)
        self.screens.addWidget(self.no_camera)
        self.preview: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(screens, 1)
        self._devices: list[Any] | None = None

    @property
    def devices(self) -> list[Any]:
        """The cameras, asked of QtMultimedia when first needed (the panel opened), not
        while the desk is being shown: loading it costs a tenth of a second or more."""
        if self._devices is None:
            self._devices = video_inputs()
            self._fill_choice()
        return self._devices

    @property
    def has_camera(self) -> bool:
        return bool(self.devices)

    def _fill_choice(self) -> None:
        self.choice.clear()
        devices = self._devices or []
        for device in devices:
            self.choice.addItem(device.description(), bytes(device.id().data()).hex())
        self.choice.setVisible(len(devices) > 1)
        wanted = self.choice.findData(self.settings.camera)
        if wanted >= 0:
            self.choice.setCurrentIndex(wanted)

    def _chosen(self, index: int) -> None:
        self.settings.camera = str(self.choice.itemData(index))
        if self._camera is not None:
            self.stop()
            self.start()

    def start(self) -> None:
        if not self.devices:
            self.screens.setCurrentWidget(self.no_camera)
            return
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget
        if self.preview is None:
            self.preview = QVideoWidget()
            self.screens.addWidget(self.preview)
            self.preview.videoSink().videoFrameChanged.connect(self._frame)
        device = self.devices[max(0, self.choice.currentIndex())]
        self._camera = QCamera(device)
        self._camera.errorOccurred.connect(self._camera_error)
        self._session = QMediaCaptureSession()
        self._session.setCamera(self._camera)
        self._session.setVideoOutput(self.preview)
        self.screens.setCurrentWidget(self.preview)
        self._camera.start()

    def switch(self, on: bool) -> None:
        """Shown and filming, or hidden and stopped."""
        self.setVisible(on)
        if on:
            self.start()
        else:
            self.stop()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera = None
            self._session = None

    def shutdown(self) -> None:
        self.stop()
        self.decoder.stop()

    def _camera_error(self, *_: object) -> None:
        self.stop()
        self.no_camera.setText(self.tr("The camera stopped: check its cable, or choose"
                                       " another one."))
        self.screens.setCurrentWidget(self.no_camera)

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if now - self._last_frame < FRAME_INTERVAL:
            return
        self._last_frame = now
        image = frame.toImage()
        if not image.isNull():
            self.decoder.submit(image)
