"""Re-render checkin.png (Linux, macOS) and checkin.ico (Windows) from checkin.svg:
`uv run python packaging/make_icons.py`."""

import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])  # noqa: F841
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "checkin.svg")).render(painter)
    painter.end()
    image.save(str(HERE / "checkin.png"))
    Image.open(HERE / "checkin.png").save(
        HERE / "checkin.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])


if __name__ == "__main__":
    main()
