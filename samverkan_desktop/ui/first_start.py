"""The first-start dialog: who is using this installation (goes into every change's author)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from .settings import Settings


class UserDialog(QDialog):
    """Asks for name, initials and organisation; OK only when a name is given."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Välkommen till Samverkan Desktop"))
        self.name = QLineEdit(settings.get("user/name"))
        self.initials = QLineEdit(settings.get("user/initials"))
        self.initials.setMaxLength(8)
        self.organisation = QLineEdit(settings.get("user/organisation"))
        self.name.setPlaceholderText(self.tr("t.ex. Johanna Johansson"))
        self.organisation.setPlaceholderText(self.tr("t.ex. Lokalpolisområde Örebro"))
        intro = QLabel(self.tr("Ditt namn och dina initialer skrivs in i varje ändring du gör, så att din "
                               "samverkanspart ser vem som ändrat vad när ni delar filer."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name)
        form.addRow(self.tr("&Initialer:"), self.initials)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        self.settings.set("user/name", self.name.text().strip())
        self.settings.set("user/initials", self.initials.text().strip())
        self.settings.set("user/organisation", self.organisation.text().strip())
        super().accept()
