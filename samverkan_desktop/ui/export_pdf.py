"""Arkiv → Exportera PDF…: pick a report, fill its options, save it off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from ..core import reports
from ..core.store.database import Store
from .context import AppContext


def export_report(ctx: AppContext, parent, kind: str, out: Path, options: dict, *, on_done=None):
    """Build report ``kind`` in the background on a read-only connection; offer to open it.

    Returns the Task, or None when the user stopped because free text holds personnummer.
    """
    if not ctx.confirm_export(parent=parent):
        return None
    path = ctx.store.path

    def work(progress):
        # A connection of its own: the UI keeps its connection while the PDF is built.
        reader = Store.open(path, user=ctx.store.user, origin=ctx.store.origin, read_only=True)
        try:
            return reports.build(reader, kind, out, progress=progress, **options)
        finally:
            reader.close()

    def success(result: Path) -> None:
        if on_done:
            on_done(result)
            return
        answer = QMessageBox.information(parent, QCoreApplication.translate("ExportPdf", "PDF klar"),
                                         QCoreApplication.translate("ExportPdf", "PDF:en sparades:\n%1")
                                         .replace("%1", str(result)),
                                         QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        if answer == QMessageBox.StandardButton.Open:
            parent.window().open_file_externally(result)

    return ctx.tasks.run(QCoreApplication.translate("ExportPdf", "Skapar PDF …"), work, on_success=success)


class ExportPdfDialog(QDialog):
    """A generic form over the report registry; the agreement defaults to the selected one."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Exportera PDF"))
        self.kinds = reports.all_reports()
        self.kind_box = QComboBox()
        for kind in self.kinds.values():
            self.kind_box.addItem(kind.title, kind.name)
        self.kind_box.currentIndexChanged.connect(self._build_form)
        self.form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara som…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("&Rapport:"), self.kind_box)
        layout.addLayout(top)
        layout.addLayout(self.form)
        if not self.kinds:
            layout.addWidget(QLabel(self.tr("Inga rapporter finns.")))
            buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout.addWidget(buttons)
        self._build_form()

    def _build_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        name = self.kind_box.currentData()
        if not name:
            return
        for opt in self.kinds[name].options:
            key = opt.flag.lstrip("-").replace("-", "_")
            edit = QLineEdit()
            if key == "agreement":
                edit.setText(self.ctx.agreement_uuid)
            edit.setPlaceholderText(opt.help)
            self.fields[key] = edit
            self.form.addRow(f"{opt.help}:", edit)

    def _save(self) -> None:
        kind = self.kinds[self.kind_box.currentData()]
        options = {}
        for opt in kind.options:
            key = opt.flag.lstrip("-").replace("-", "_")
            text = self.fields[key].text().strip()
            if opt.required and not text:
                QMessageBox.warning(self, self.tr("Exportera PDF"), self.tr("Fyll i: %1.").replace("%1", opt.help))
                return
            try:
                options[key] = opt.type(text) if text else None
            except ValueError:
                QMessageBox.warning(self, self.tr("Exportera PDF"), self.tr("Ogiltigt värde för %1: %2.")
                                    .replace("%1", opt.help).replace("%2", repr(text)))
                self.fields[key].setFocus()
                return
        default = Path.home() / f"{kind.name}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara PDF"), str(default), self.tr("PDF (*.pdf)"))
        if not path:
            return
        export_report(self.ctx, self.parent() or self, kind.name, Path(path), options)
        self.accept()
