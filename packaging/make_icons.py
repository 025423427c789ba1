"""Render resources/icons/app.svg into the icons Windows and macOS want (packaging/icons/).

Run once after the app icon changes: ``python packaging/make_icons.py`` (the outputs are committed,
so a build needs no extra tools).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    render(256).save(str(out / "app-256.png"))
    # Qt's ico writer stores one image; 256 px is what Explorer and the installer scale from.
    if not render(256).save(str(out / "app.ico")):
        print("ico kunde inte skrivas", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
