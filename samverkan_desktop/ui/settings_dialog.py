"""Redigera → Inställningar…: who is working and the language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit

from .dialogs import accept_buttons, form_rows, stacked
from .i18n import LANGUAGES
from .settings import Settings


class SettingsDialog(QDialog):
    """The user's name, initials, organisation and language; saved when OK is pressed."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Inställningar"))
        self.name = QLineEdit(settings.get("user/name"))
        self.initials = QLineEdit(settings.get("user/initials"))
        self.initials.setMaxLength(8)
        self.organisation = QLineEdit(settings.get("user/organisation"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get("ui/language")), 0))
        note = QLabel(self.tr("Språket byts nästa gång programmet startar."))
        note.setStyleSheet("color: #555;")
        form = form_rows([(self.tr("&Namn:"), self.name), (self.tr("&Initialer:"), self.initials),
                          (self.tr("&Organisation:"), self.organisation), (self.tr("&Språk:"), self.language),
                          ("", note)])
        stacked(self, form, accept_buttons(self, self.save))
        self.setMinimumWidth(440)

    def save(self) -> None:
        for key, edit in (("user/name", self.name), ("user/initials", self.initials),
                          ("user/organisation", self.organisation)):
            self.settings.set(key, edit.text().strip())
        self.settings.set("ui/language", self.language.currentData())
        self.accept()


def install(window) -> QAction:
    """Register Redigera → Inställningar… (also with no workspace open)."""
    return window.action_registry.add(
        "edit.settings", QCoreApplication.translate("SettingsDialog", "&Inställningar…"),
        lambda: SettingsDialog(window.settings, window).exec(), menu="edit", section="edit",
        shortcut=QKeySequence.StandardKey.Preferences, needs_store=False)
