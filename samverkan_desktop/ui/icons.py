"""The SVG icons of resources/icons/, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..core import paths


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as a QIcon (an empty icon if the file is missing)."""
    f = paths.icons_dir() / f"{name}.svg"
    return QIcon(str(f)) if f.exists() else QIcon()
