"""Marking user text for translation. Swedish is the source language; English can be loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import paths

_translators: list[QTranslator] = []


def _(text: str, context: str = "Samverkan") -> str:
    """Translate ``text`` (Swedish source) into the current language."""
    return QCoreApplication.translate(context, text)


def install_language(app: QCoreApplication, language: str) -> bool:
    """Load the Qt catalogue for ``language`` ("sv" needs none); returns True if one was loaded."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden if language == "sv" else QLocale.Country.UnitedKingdom))
    if language == "sv":
        return False
    try:
        folder = paths._find("resources", "translations")
    except FileNotFoundError:
        return False
    translator = QTranslator(app)
    if translator.load(f"samverkan_{language}", str(folder)):
        app.installTranslator(translator)
        _translators.append(translator)
        return True
    return False
