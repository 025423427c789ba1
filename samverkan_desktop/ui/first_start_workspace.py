"""The welcome flow's last page: the first agreement (title, period, parties) and where its file goes.

The file goes in the local data folder unless the user picks another; a synced (OneDrive,
Dropbox …) or network folder is named as such and has to be confirmed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core import locations
from ..core.agreement.copying import TEMPLATES
from ..core.agreement.ops import PARTY_KINDS
from ..core.agreement.starter import TEMPLATE_PARTIES, create_workspace
from ..core.errors import SamverkanError
from ..core.store.database import Store
from .dialogs import choose
from .editors import ErrorLabel
from .i18n import core_text
from .settings import Settings
from .widgets import push_button

MAX_PARTIES = 8


class PartyRows(QWidget):
    """The agreement's parties as rows of name + kind, in signing order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLineEdit, QComboBox]] = []
        for i in range(MAX_PARTIES):
            name = QLineEdit()
            name.setAccessibleName(self.tr("Part %1, namn").replace("%1", str(i + 1)))
            name.setPlaceholderText(self.tr("t.ex. Kumla kommun"))
            kind = QComboBox()
            kind.setAccessibleName(self.tr("Part %1, typ").replace("%1", str(i + 1)))
            for k in PARTY_KINDS:
                kind.addItem(k, k)
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(kind, i, 1)
            self.rows.append((name, kind))
        self.more = push_button(self.tr("&Lägg till part"), self.add_row)
        self.grid.addWidget(self.more, MAX_PARTIES, 0)
        self.grid.setColumnStretch(0, 1)
        self.shown = 0

    def set_parties(self, parties: tuple[tuple[str, str], ...]) -> None:
        for i, (name, kind) in enumerate(self.rows):
            value = parties[i] if i < len(parties) else ("", "kommun")
            name.setText(value[0])
            kind.setCurrentIndex(max(kind.findData(value[1]), 0))
        self._show(max(len(parties), 1))

    def add_row(self) -> None:
        self._show(self.shown + 1)
        self.rows[self.shown - 1][0].setFocus()

    def _show(self, count: int) -> None:
        self.shown = min(count, MAX_PARTIES)
        for i, (name, kind) in enumerate(self.rows):
            name.setVisible(i < self.shown)
            kind.setVisible(i < self.shown)
        self.more.setEnabled(self.shown < MAX_PARTIES)

    def parties(self) -> list[tuple[str, str]]:
        return [(name.text(), kind.currentData()) for name, kind in self.rows[:self.shown] if name.text().strip()]


class NewWorkspacePage(QWizardPage):
    """Title, period and parties of the first agreement; the file's name and folder."""

    def __init__(self, settings: Settings, origin: str):
        super().__init__()
        self.settings = settings
        self.origin = origin
        self.store: Store | None = None
        self.template = "orebro"
        self.setTitle(self.tr("Den första överenskommelsen"))
        year = dt.date.today().year
        self.agreement_title = QLineEdit(self.tr("Samverkansöverenskommelse %1-%2")
                                         .replace("%1", str(year)).replace("%2", str(year + 2)))
        self.period_from = QLineEdit(f"{year}-01-01")
        self.period_to = QLineEdit(f"{year + 2}-12-31")
        self.party_rows = PartyRows()
        self.file_name = QLineEdit()
        self.folder = QLineEdit(str(locations.default_workspace_dir()))
        self.choose_folder = push_button(self.tr("&Välj mapp…"), self._choose_folder)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a5b00;")
        self.error = ErrorLabel()
        for widget, name in ((self.agreement_title, self.tr("Titel")), (self.period_from, self.tr("Period från")),
                             (self.period_to, self.tr("Period till")), (self.file_name, self.tr("Filnamn")),
                             (self.folder, self.tr("Mapp"))):
            widget.setAccessibleName(name)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.agreement_title)
        form.addRow(self.tr("&Period:"), period)
        form.labelForField(period).setBuddy(self.period_from)
        form.addRow(self.tr("P&arter:"), self.party_rows)
        form.labelForField(self.party_rows).setBuddy(self.party_rows.rows[0][0])
        form.addRow(self.tr("&Filnamn:"), self.file_name)
        form.addRow(self.tr("&Sparas i:"), folder_row)
        form.labelForField(folder_row).setBuddy(self.folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        self.folder.textChanged.connect(self._folder_changed)
        self._folder_changed()

    def use_template(self, template: str) -> None:
        """Fill the page from ``template`` (its parties; a file name after the user's organisation)."""
        if template == self.template and self.file_name.text():
            return
        self.template = template
        self.setSubTitle(core_text(TEMPLATES[template].description) + " "
                         + self.tr("Allt kan ändras efteråt; parterna kan du byta namn på redan nu."))
        self.party_rows.set_parties(TEMPLATE_PARTIES[template])
        org = self.settings.get("user/organisation").strip()
        self.file_name.setText(self.tr("Samverkan %1").replace("%1", org) if org else self.tr("Samverkan"))

    def path(self) -> Path:
        return locations.unique_workspace_path(Path(self.folder.text().strip()), self.file_name.text())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp för arbetsytan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _folder_changed(self) -> None:
        text = locations.location_warning(self.folder.text().strip()) if self.folder.text().strip() else None
        self.warning.setText(text or "")
        self.warning.setVisible(bool(text))

    def confirm_location(self, warning: str) -> bool:
        """A synced or network folder: save there only when the user says so."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Mappen är inte lokal"), warning, parent=self)
        box.setInformativeText(self.tr("Spara arbetsytan där ändå?"))
        return choose(box, self.tr("Spara ändå"), self.tr("Välj en annan mapp"))

    def validatePage(self) -> bool:
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self.error.show_message(self.tr("Mappen finns inte: %1").replace("%1", str(folder)))
            return False
        warning = locations.location_warning(folder)
        if warning and not self.confirm_location(warning):
            return False
        try:
            self.store = create_workspace(
                self.path(), template=self.template, title=self.agreement_title.text(),
                period_from=self.period_from.text(), period_to=self.period_to.text(),
                parties=self.party_rows.parties(), user=self.settings.author, origin=self.origin)
        except SamverkanError as exc:
            self.error.show_message(str(exc))
            return False
        self.error.show_message(None)
        return True
