"""The language of the window: Qt's own Swedish, our English catalogue, and text from core.

Swedish is the source language. ``install_language(app, "sv")`` loads Qt's Swedish
(``qtbase_sv.qm`` from PySide6's translations folder) so the file dialogs' and message boxes'
buttons speak Swedish; ``"en"`` loads ``resources/translations/samverkan_en.qm``. Text from core
is looked up in the catalogue's empty context (see ``core/i18n.py``). The catalogue itself is
maintained with ``python -m samverkan_desktop.i18n update|check``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import i18n as core_i18n
from ..core import paths

LANGUAGES = {"sv": "Svenska", "en": "English"}
_translators: list[QTranslator] = []


def _(text: str) -> str:
    """``text`` (Swedish source, marked in the empty context) in the current language."""
    return QCoreApplication.translate("", text)


def core_text(value: str | None) -> str:
    """A value from core marked with ``N_`` (a status, a kind, a title) in the current language."""
    return QCoreApplication.translate("", value) if value else (value or "")


def week_text(week: int) -> str:
    """"vecka 24" in the current language."""
    return QCoreApplication.translate("", "vecka {week}").format(week=week)


def status_with_overdue(status: str, overdue: bool) -> str:
    """A stored status shown in the current language, "– försenad" added when overdue."""
    return core_text(status) + (" – " + QCoreApplication.translate("", "försenad") if overdue else "")


def locale_for(language: str) -> QLocale:
    """Dates and numbers: Swedish in Sweden, English as written in the UK (day first, 24 hours)."""
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _translators.append(translator)
        return True
    return False


def uninstall_language(app: QCoreApplication) -> None:
    """Back to the Swedish source (tests switch languages within one process)."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    core_i18n.set_translator(None)
    QLocale.setDefault(locale_for("sv"))


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the application to ``language``; True when our English catalogue was loaded."""
    uninstall_language(app)
    language = language if language in LANGUAGES else "sv"
    QLocale.setDefault(locale_for(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "sv":
        _load(app, "qtbase_sv", qt_folder)
        return False
    core_i18n.set_translator(_, language)
    try:
        folder = paths._find("resources", "translations")
    except FileNotFoundError:
        return False
    return _load(app, f"samverkan_{language}", str(folder))
