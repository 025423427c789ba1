"""Redigera → Inställningar…: who is working and the language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

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
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name)
        form.addRow(self.tr("&Initialer:"), self.initials)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Språk:"), self.language)
        form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
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
