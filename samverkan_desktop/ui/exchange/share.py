"""Arkiv → Dela…: write an exchange file of the whole workspace or one agreement."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox

from ...core import filetypes
from ...core.agreement.queries import list_agreements
from ...core.exchange import export
from ...core.store.stamps import today
from ..context import AppContext
from ..dialogs import accept_buttons, form_rows, stacked


class ShareDialog(QDialog):
    """What to share and who shares it; "Spara som…" writes the file in the background."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Dela med en annan samordnare"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Hela arbetsytan"), "")
        for a in list_agreements(ctx.store):
            self.scope.addItem(a["title"], a["uuid"])
        index = self.scope.findData(ctx.agreement_uuid)
        self.scope.setCurrentIndex(max(index, 0))
        self.name = QLineEdit(ctx.settings.get("user/name") or ctx.settings.author)
        self.organisation = QLineEdit(ctx.settings.get("user/organisation"))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("share_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("tomt = okrypterad fil"))
        self.repeat = QLineEdit()
        self.repeat.setObjectName("share_passphrase_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = form_rows([(self.tr("&Innehåll:"), self.scope), (self.tr("Ditt &namn:"), self.name),
                          (self.tr("&Organisation:"), self.organisation), (self.tr("&Lösenord:"), self.passphrase),
                          (self.tr("&Upprepa lösenordet:"), self.repeat)])
        buttons = accept_buttons(self, self._save, self.tr("Spara som…"), save=True)
        intro = QLabel(self.tr("Filen innehåller en ren kopia av det du väljer, med ditt namn och din organisation. "
                               "Mottagaren slår ihop den med sin arbetsyta (Arkiv → Importera och slå ihop…). "
                               "Ändringshistorik och konflikter följer inte med. Med ett lösenord krypteras filen "
                               "(AES-GCM); ge mottagaren lösenordet på annat sätt än i samma e-post."))
        intro.setWordWrap(True)
        stacked(self, intro, form, buttons)

    def default_name(self) -> str:
        stem = self.ctx.store.path.stem
        return f"{stem}-delad-{today().isoformat()}{filetypes.SHARED_SUFFIX}"

    def _save(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, self.tr("Dela"),
                                self.tr("Fyll i ditt namn: mottagaren ser vem filen kommer från."))
            return
        if self.passphrase.text() != self.repeat.text():
            QMessageBox.warning(self, self.tr("Dela"), self.tr("Lösenorden är inte lika."))
            return
        start = str(Path(self.ctx.settings.get("files/last") or Path.home()).parent / self.default_name())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara fil att dela"), start,
                                              self.tr("Delad Samverkan-fil (*%1)").replace("%1", filetypes.SHARED_SUFFIX))
        if not path:
            return
        path = str(filetypes.with_shared_suffix(path))
        if not self.ctx.confirm_export(parent=self, agreement=self.scope.currentData() or None,
                                       reports=True):
            return
        self.start(Path(path))
        self.accept()

    def start(self, out: Path):
        """Export to ``out`` in the background; returns the Task."""
        store, agreement = self.ctx.store, self.scope.currentData() or None
        name, org = self.name.text().strip(), self.organisation.text().strip()
        passphrase = self.passphrase.text() or None
        parent = self.parent() or self

        def work(progress):
            return export.export_workspace(store, out, agreement=agreement, exporter_name=name,
                                           organisation=org, progress=progress, passphrase=passphrase)

        def done(result: Path) -> None:
            QMessageBox.information(parent, title, message.replace("%1", str(result)))

        title = self.tr("Dela")
        message = self.tr("Filen är sparad och kontrollerad:\n%1\n\nSkicka den till den du samverkar med.")
        return self.ctx.tasks.run(self.tr("Skriver fil att dela …"), work, on_success=done)
