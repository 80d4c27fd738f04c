"""Draw assets/icons/recoverydesk-N.png (16–512 px) from assets/icons/recoverydesk.svg.

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_app_icon.py``
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from recoverydesk import paths

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    folder = paths.assets_dir() / "icons"
    renderer = QSvgRenderer(str(folder / "recoverydesk.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"recoverydesk-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
