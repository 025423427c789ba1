"""Integritetskontroll (Redigera → Integritetskontroll…): every personnummer in the workspace, as
``samverkan privacy-scan`` lists it, with the record's text opened beside the list to fix it.

"Spara ändring" saves the edited text as an ordinary edit (undoable); "Ta bort personuppgifter"
masks the numbers in the record, its history, its conflicts, the frozen reports that show it and
the backups made before — that one cannot be undone. A number found inside a frozen report's PDF is
masked in every record that holds it, and the report is built again without it, marked "Maskad".
Redactions run in the background (a frozen report is built again).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core import privacy, redact
from ..core.exchange.labels import field_title, record_label
from ..core.text import mask_all
from .context import AppContext
from .dialogs import accept_buttons, close_button, stacked
from .exchange import ObjectRowsModel
from .models import Column
from .widgets import make_table, resize_to_contents


def install(window) -> None:
    """Register Redigera → Integritetskontroll… and Ta bort personuppgifter… in the registry."""
    window.action_registry.add(
        "privacy.check", QCoreApplication.translate("PrivacyCheck", "&Integritetskontroll…"),
        lambda: PrivacyCheckDialog(window.ctx, window).open(), menu="edit", section="exchange",
        tip=QCoreApplication.translate("PrivacyCheck", "Sök personnummer i hela arbetsytan och rätta dem"))
    window.action_registry.add(
        "privacy.redact", QCoreApplication.translate("PrivacyCheck", "Ta bort &personuppgifter…"),
        lambda: _redact_selected(window), menu="edit", section="exchange",
        tip=QCoreApplication.translate("PrivacyCheck", "Ersätt text i den markerade posten för gott"))


def _redact_selected(window) -> None:
    tab = window.tabs.currentWidget() if window.tabs is not None else None
    record = tab.selected_record() if tab is not None and hasattr(tab, "selected_record") else None
    if record is None and window.ctx.agreement_uuid:
        record = ("agreement", window.ctx.agreement_uuid)
    if record is None:
        QMessageBox.information(window, window.windowTitle(),
                                QCoreApplication.translate("PrivacyCheck", "Markera en post först."))
        return
    RedactDialog(window.ctx, *record, parent=window).open()


class RedactDialog(QDialog):
    """Ta bort personuppgifter: pick a text of the record, write what replaces it, for good."""

    def __init__(self, ctx: AppContext, table: str, uuid: str, parent=None):
        super().__init__(parent)
        self.ctx, self.table, self.uuid = ctx, table, uuid
        self.setObjectName("privacy_redact_dialog")
        self.row = ctx.store.get(table, uuid) or {}
        self.setWindowTitle(self.tr("Ta bort personuppgifter – %1").replace(
            "%1", mask_all(record_label(table, self.row))))
        with ctx.store.lock:
            names = [c for c in privacy.text_columns(ctx.store.conn, table) if self.row.get(c)]
        self.field = QComboBox()
        for name in names:
            self.field.addItem(field_title(name), name)
        self.text = QPlainTextEdit()
        self.text.setObjectName("redact_text")
        self.field.currentIndexChanged.connect(self._fill)
        note = QLabel(self.tr("Den nya texten ersätter den gamla i posten, i dess historik och konflikter och i "
                              "säkerhetskopiorna, och följer med vid nästa delning. Det går inte att ångra."))
        note.setWordWrap(True)
        layout = stacked(self, note, self.field)
        layout.addWidget(self.text, 1)
        layout.addWidget(accept_buttons(self, self.apply, self.tr("Ta bort för gott")))
        self._fill()

    def _fill(self) -> None:
        self.text.setPlainText(redact.replacement(self.row.get(self.field.currentData()) or ""))

    def apply(self):
        """Redact the chosen field in the background; returns the Task (None when nothing to do)."""
        name = self.field.currentData()
        if not name:
            self.reject()
            return None
        text = self.text.toPlainText()

        def done(result) -> None:
            QMessageBox.information(self, self.windowTitle(), result.message())
            self.accept()

        # Not on the undo stack: undo would bring the text back. The views refresh.
        return self.ctx.perform_in_background(
            self.tr("Tar bort personuppgifter …"),
            lambda store, progress: redact.redact(store, self.table, self.uuid, name, text, progress=progress),
            parent=self, undoable=False, on_success=done)


class PrivacyCheckDialog(QDialog):
    """The findings of :func:`privacy.scan_all`; the selected record's text below, to fix."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("privacy_check")
        self.setWindowTitle(self.tr("Integritetskontroll"))
        self.resize(980, 600)
        self.model = ObjectRowsModel([
            Column(self.tr("Slag"), lambda f: f.kind),
            Column(self.tr("Post"), lambda f: privacy.record_name(self.ctx.store, f)),
            Column(self.tr("Fält"), lambda f: field_title(f.field)),
            Column(self.tr("Personnummer"), lambda f: f.masked),
            Column(self.tr("Status"), self._status),
        ])
        self.table = make_table(self.model, stretch_column=1)
        self.table.setSortingEnabled(False)
        self.table.setObjectName("privacy_findings")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("privacy_text")
        self.text.setMaximumHeight(140)
        self.save = QPushButton(self.tr("Spara ändring"))
        self.save.setObjectName("privacy_save")
        self.remove = QPushButton(self.tr("Ta bort personuppgifter"))
        self.remove.setObjectName("privacy_redact")
        self.save.clicked.connect(self.save_text)
        self.remove.clicked.connect(self.redact_selected)
        buttons = close_button(self)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Samverkan Desktop ska inte innehålla personuppgifter om enskilda. Här är varje personnummer "
            "som finns i arbetsytan: i poster, borttagna poster, historik, konflikter och fastställda rapporter.")))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Postens text:")))
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.refresh()

    def _status(self, f: privacy.Finding) -> str:
        if f.deleted:
            return self.tr("borttagen post")
        if f.in_report:
            return self.tr("i fastställd rapport")
        return self.tr("historik/konflikt") if not f.editable else self.tr("aktuell")

    def refresh(self):
        """The records' findings at once; the frozen reports' (their PDFs read back, slow) in the
        background, added when done. Returns that Task, or None when there are no frozen reports."""
        self._generation = getattr(self, "_generation", 0) + 1
        generation = self._generation
        records = privacy.scan_all(self.ctx.store, reports=False)
        pdfs = privacy.report_pdfs(self.ctx.store)
        self._show_findings(records, searching=bool(pdfs))
        if not pdfs:
            return None

        def found(in_reports) -> None:
            # Not a scan that a later refresh replaced, nor one whose dialog was closed meanwhile.
            if generation == self._generation and shiboken6.isValid(self.table):
                self._show_findings(records + in_reports)

        return self.ctx.tasks.run(self.tr("Söker i fastställda rapporter …"),
                                  lambda progress: privacy.report_findings(pdfs, progress),
                                  on_success=found, show_progress=False)

    def _show_findings(self, findings: list[privacy.Finding], *, searching: bool = False) -> None:
        self.findings = findings
        self.model.set_rows(self.findings)
        resize_to_contents(self.table, 320)
        summary = (self.tr("%1 personnummer hittades.").replace("%1", str(len(self.findings)))
                   if self.findings else self.tr("Inga personnummer hittades."))
        self.summary.setText(summary + (" " + self.tr("Söker i fastställda rapporter …") if searching else ""))
        if self.findings:
            self.table.selectRow(0)
        self._show()

    def selected(self) -> privacy.Finding | None:
        index = self.table.currentIndex()
        return self.findings[index.row()] if index.isValid() and index.row() < len(self.findings) else None

    def _show(self) -> None:
        f = self.selected()
        text = ""
        if f is not None and f.editable:
            text = (self.ctx.store.get(f.table, f.uuid) or {}).get(f.field) or ""
        elif f is not None:
            text = mask_all(privacy.describe(self.ctx.store, f))
        self.text.setPlainText(text)
        self.text.setReadOnly(f is None or not f.editable)
        self.save.setEnabled(f is not None and f.editable)
        self.remove.setEnabled(f is not None)

    def save_text(self) -> None:
        f = self.selected()
        if f is None or not f.editable:
            return
        value = self.text.toPlainText()

        def op(store):
            with store.write(self.tr("Rätta %1").replace("%1", field_title(f.field))) as tx:
                tx.update(f.table, f.uuid, {f.field: value})
            return tx.changes

        if self.ctx.perform(op, parent=self) is not None:
            self.refresh()

    def redact_selected(self):
        """Redact the selected finding in the background; returns the Task (None when not asked)."""
        f = self.selected()
        if f is None:
            return None
        question = (self.tr("Personnumret maskeras i alla poster som har det, och den fastställda rapporten byggs "
                            "om utan det och märks ”Maskad”. Den stämmer då inte längre med den utskrivna. "
                            "Det går inte att ångra. Fortsätta?") if f.in_report else
                    self.tr("Personnumret maskeras i posten, dess historik och konflikter, i fastställda rapporter "
                            "som visar det och i säkerhetskopiorna. Det går inte att ångra. Fortsätta?"))
        answer = QMessageBox.question(
            self, self.tr("Ta bort personuppgifter"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        # Not on the undo stack: undo would bring the number back. The views refresh.
        return self.ctx.perform_in_background(
            self.tr("Tar bort personuppgifter …"),
            lambda store, progress: redact.redact_finding(store, f, progress=progress),
            parent=self, undoable=False, on_success=lambda _result: self.refresh())
