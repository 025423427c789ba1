"""Arkiv → Återställ från säkerhetskopia…: the backups with what each holds; restore one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

from ...core.store.restore import BackupInfo
from ..models import Column
from ..widgets import make_table, resize_to_contents
from . import ObjectRowsModel


def _agreements(info: BackupInfo) -> str:
    if info.summary is None:
        return info.problem
    return "; ".join(a["title"] for a in info.summary["agreements"]) or QCoreApplication.translate(
        "RestoreDialog", "(ingen överenskommelse)")


def _counts(info: BackupInfo) -> str:
    if info.summary is None:
        return ""
    c = info.summary["counts"]
    return (QCoreApplication.translate("RestoreDialog", "%1 EST-veckor, %2 händelser, %3 åtgärder")
            .replace("%1", str(c["est_weeks"])).replace("%2", str(c["incidents"])).replace("%3", str(c["actions"])))


class RestoreDialog(QDialog):
    """Pick a backup; ``chosen`` holds it after "Återställ"."""

    def __init__(self, infos: list[BackupInfo], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.resize(900, 440)
        self.chosen: BackupInfo | None = None
        self.model = ObjectRowsModel([
            Column(self.tr("Tagen"), lambda i: i.taken),
            Column(self.tr("Storlek"), lambda i: f"{i.size / 1024:.0f} kB", align_right=True),
            Column(self.tr("Överenskommelser"), _agreements, tooltip=_agreements),
            Column(self.tr("Innehåll"), _counts),
        ])
        self.model.set_rows(infos)
        self.view = make_table(self.model, stretch_column=2)
        self.view.setSortingEnabled(False)
        resize_to_contents(self.view, 360)
        if infos:
            self.view.selectRow(0)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Återställ"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(bool(infos))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Säkerhetskopiorna tas när filen öppnas och före varje sammanslagning (de tio senaste, "
                               "en per dag en vecka bakåt och en per vecka åtta veckor bakåt). Innan en kopia "
                               "återställs sparas det du har nu som en ny kopia.") if infos else
                       self.tr("Det finns ingen säkerhetskopia av den här arbetsytan än."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def selected(self) -> BackupInfo | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _accept(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Återställ"), self.tr("Ersätta arbetsytan med säkerhetskopian från %1?\n\n"
                                                "Det du har nu sparas först som en ny säkerhetskopia.")
            .replace("%1", str(info.taken)))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = info
            self.accept()
