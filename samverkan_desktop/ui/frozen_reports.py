"""Fastställ rapport… and Fastställda rapporter…: freeze a report as the committee gets it, and print
it again byte for byte (core/reports/frozen.py).

Arkiv → Fastställ rapport… opens Exportera PDF in freeze mode (prefilled with what is on screen);
the Uppföljning tab has the same for its occasion. Arkiv → Fastställda rapporter… lists them with
Skriv ut igen… (the print preview of the stored bytes), Spara som PDF…, Ta bort text… (the report
is built again without a text and marked "Maskad", core/redact.py: redact_report) and Ta bort. A
masked report says so in the list.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
)

from ..core.pdf.document import MARK_HEX
from ..core.reports import frozen
from ..core.reports.frozen_mask import MASK_NOTE
from .dialogs import close_button
from .i18n import core_text
from .widgets import push_button


def install(window) -> None:
    """Arkiv → Fastställ rapport… and Arkiv → Fastställda rapporter…."""
    reg = window.action_registry
    reg.add("file.freeze_report", QCoreApplication.translate("FrozenReports", "Fa&stställ rapport…"),
            lambda: open_freeze_dialog(window), menu="file", section="export",
            tip=QCoreApplication.translate("FrozenReports", "Spara en rapport i arbetsytan som utskottet får den, så att den kan "
                                                            "skrivas ut igen byte för byte"))
    reg.add("file.frozen_reports", QCoreApplication.translate("FrozenReports", "Fastställda &rapporter…"),
            lambda: FrozenReportsDialog(window.ctx, window).exec(), menu="file", section="export",
            tip=QCoreApplication.translate("FrozenReports", "De fastställda rapporterna: skriv ut igen, spara som PDF eller ta bort"))


def open_freeze_dialog(window) -> None:
    from .export_pdf import ExportPdfDialog

    ExportPdfDialog(window.ctx, window, freeze=True).exec()


def freeze(ctx, parent, kind: str, options: dict, *, on_done=None):
    """Ask, then build and store the report in the background (one undoable step). Returns the Task,
    or None when the user said no."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("FrozenReports", "Fastställ rapport"),
        QCoreApplication.translate("FrozenReports", "Rapporten sparas i arbetsytan som den ser ut nu, med dagens datum och ditt namn, och följer med "
            "när ni delar filen. Den kan skrivas ut igen byte för byte men inte ändras.\n\nFastställ rapporten?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes or not ctx.confirm_export(parent=parent):
        return None
    options = {k: v for k, v in options.items() if v is not None}

    def done(changes) -> None:
        if on_done:
            on_done(changes)
            return
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("FrozenReports", "Fastställ rapport"),
                          QCoreApplication.translate("FrozenReports", "Rapporten är fastställd."), parent=parent)
        show = box.addButton(QCoreApplication.translate("FrozenReports", "Visa fastställda rapporter"),
                             QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is show:
            FrozenReportsDialog(ctx, parent).exec()

    return ctx.perform_in_background(
        QCoreApplication.translate("FrozenReports", "Fastställer rapporten …"),
        lambda store, progress: frozen.freeze_report(store, kind, progress=progress, **options),
        parent=parent, on_success=done)


class FrozenReportsModel(QAbstractTableModel):
    """The live frozen reports, newest report date first."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.rows: list[frozen.FrozenReport] = []
        self.headers = [QCoreApplication.translate("FrozenReports", "Rapport"), QCoreApplication.translate("FrozenReports", "Per"), QCoreApplication.translate("FrozenReports", "Sort"),
                        QCoreApplication.translate("FrozenReports", "Fastställd"), QCoreApplication.translate("FrozenReports", "Av"),
                        QCoreApplication.translate("FrozenReports", "Anmärkning")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = frozen.list_frozen(self.store)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and r.masked_on:
            return QBrush(QColor(MARK_HEX))  # red, as on the report's pages
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        note = core_text(MASK_NOTE).format(day=r.masked_on) if r.masked_on else ""
        return (r.title, r.report_date, core_text(r.kind_title), r.frozen_on, r.frozen_by, note)[index.column()]


class FrozenReportsDialog(QDialog):
    """Arkiv → Fastställda rapporter…."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Fastställda rapporter"))
        self.model = FrozenReportsModel(ctx.store, self)
        self.table = QTableView()
        self.table.setObjectName("frozen_reports_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.print_again)
        self.empty = QLabel(self.tr("Inga rapporter är fastställda ännu. Arkiv → Fastställ rapport… sparar "
                                    "en."))
        self.print_button = push_button(self.tr("Skriv ut igen…"), self.print_again)
        self.save_button = push_button(self.tr("Spara som PDF…"), lambda: self.save_as())
        self.mask_button = push_button(self.tr("Ta bort text…"), lambda: self.mask())
        self.mask_button.setToolTip(self.tr("Ta bort ett namn eller en annan text ur rapporten för gott: den byggs om "
                                            "och märks maskad"))
        self.delete_button = push_button(self.tr("Ta bort"), lambda: self.delete())
        buttons = close_button(self)
        for b in (self.print_button, self.save_button, self.mask_button, self.delete_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update)
        if self.model.rows:
            self.table.selectRow(0)
        self._fit_columns()
        self.resize(1120, 380)
        self._update()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _reload(self, uuid: str | None = None) -> None:
        """The list again, the report ``uuid`` selected (the first when it is gone)."""
        self.model.reload()
        rows = [i for i, r in enumerate(self.model.rows) if r.uuid == uuid] or ([0] if self.model.rows else [])
        for i in rows[:1]:
            self.table.selectRow(i)
        self._fit_columns()
        self._update()

    def selected(self) -> frozen.FrozenReport | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update(self) -> None:
        chosen = self.selected() is not None
        for b in (self.print_button, self.save_button, self.mask_button, self.delete_button):
            b.setEnabled(chosen)
        self.empty.setVisible(not self.model.rows)

    def _file_name(self, report: frozen.FrozenReport) -> str:
        from .print_menu import safe_name

        return f"{safe_name(report.title)}-fastställd-{report.frozen_on}.pdf"

    def print_again(self, *_args):
        """The print preview of the stored bytes (Skriv ut… and Spara som PDF… there)."""
        from .print_menu import PrintPreview

        report = self.selected()
        if report is None:
            return None
        name = self._file_name(report)
        path = frozen.write_pdf(self.ctx.store, report.uuid, Path(tempfile.mkdtemp(prefix="samverkan-fastst-")) / name)
        preview = PrintPreview(path, name, self.ctx.store.path.parent, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        return preview

    def save_as(self, path: str | None = None) -> Path | None:
        report = self.selected()
        if report is None:
            return None
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Spara som PDF"),
                                                        str(self.ctx.store.path.parent / self._file_name(report)),
                                                        "PDF (*.pdf)")
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        return frozen.write_pdf(self.ctx.store, report.uuid, target)

    def mask(self, text: str | None = None):
        """Ta bort text…: ask for the text, then build the report again without it in the background
        (not undoable: undo would bring the text back). Returns the Task, or None."""
        from ..core import redact

        report = self.selected()
        if report is None:
            return None
        if text is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Ta bort text ur fastställd rapport"),
                self.tr("Texten tas bort ur ”{title}” för gott: rapporten byggs om utan den, märks ”Maskad” och "
                        "stämmer inte längre med den utskrivna. Också säkerhetskopiorna skrivs om, och ändringen "
                        "följer med när ni delar filen. Det går inte att ångra.\n\nText att ta bort:").format(
                    title=report.title))
            if not ok or not text.strip():
                return None

        def done(result) -> None:
            self._reload(report.uuid)
            QMessageBox.information(self, self.windowTitle(), result.message())

        return self.ctx.perform_in_background(
            self.tr("Tar bort texten ur rapporten …"),
            lambda store, progress: redact.redact_report(store, report.uuid, text, progress=progress),
            parent=self, undoable=False, on_success=done)

    def delete(self, *, confirm: bool = True) -> None:
        report = self.selected()
        if report is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Ta bort fastställd rapport"),
                self.tr("Ta bort ”{title}”? Den fastställda PDF:en tas bort ur arbetsytan, och hos den andra "
                        "samordnaren när ni delar filen nästa gång.").format(title=report.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.perform(lambda s: frozen.delete_frozen(s, report.uuid), parent=self)
        self.model.reload()
        self._update()
