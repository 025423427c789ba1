"""Light or dark, as the system is: the Fusion style with a palette chosen from the OS colour
scheme (QStyleHints.colorScheme), followed live when the user switches. High-DPI scaling keeps
fractional factors (125 %, 150 %) instead of rounding them, so text and the SVG icons stay sharp.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# SAMVERKAN_COLOR_SCHEME=dark|light overrides the system (screenshots, testing, a user's wish).
ENV = "SAMVERKAN_COLOR_SCHEME"


def prepare_high_dpi() -> None:
    """Call before the QApplication exists."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def color_scheme(app: QGuiApplication) -> Qt.ColorScheme:
    wanted = os.environ.get(ENV, "").lower()
    if wanted == "dark":
        return Qt.ColorScheme.Dark
    if wanted == "light":
        return Qt.ColorScheme.Light
    return app.styleHints().colorScheme()


def dark_palette() -> QPalette:
    """Fusion's colours for a dark desktop (contrast ≥ 4.5:1 for text)."""
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"), QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: QColor("#3a3d41"),
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#4a4d51"), QPalette.ColorRole.Midlight: QColor("#404347"),
        QPalette.ColorRole.Mid: QColor("#5a5d61"), QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#000000"), QPalette.ColorRole.Highlight: QColor("#3d7cc9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"), QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"), QPalette.ColorRole.PlaceholderText: QColor("#9a9da1"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b7e82"))
    return p


def apply(app: QApplication) -> Qt.ColorScheme:
    """Fusion with the palette of the current scheme; returns the scheme used."""
    app.setStyle("Fusion")
    scheme = color_scheme(app)
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())
    return scheme


def follow_system(app: QApplication) -> None:
    """Apply now and again whenever the OS switches between light and dark."""
    apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


# Text on the light status colours (grön/gul/röd, overdue rows): dark in either scheme.
ON_LIGHT = "#1a1a1a"


def colour(light: str, dark: str) -> str:
    """``light`` or ``dark`` for the palette in use (colours set by hand in a style sheet)."""
    return dark if is_dark() else light


def is_dark(widget=None) -> bool:
    """True when the palette in use is dark (for the few colours drawn by hand)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
