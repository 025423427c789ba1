"""Tillfällen: the agreement's follow-up occasions, what is due (overdue marked), and one occasion's form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.follow_up import ops
from ...core.follow_up import queries as fu
from ...core.store.stamps import today
from ..i18n import core_text
from ..models import Column, RowsModel
from ..widgets import heading, make_table, resize_to_contents, select_uuid
from .common import save_pdf, save_shortcut

STATE_COLOURS = {"försenad": QColor("#f8d0d0"), "genomförd": QColor("#e3f1e4")}


def due_text(row: dict | None) -> str:
    """One line about the next occasion owed ("" when nothing is owed)."""
    if row is None:
        return QCoreApplication.translate("OccasionsPage", "Inga kommande uppföljningar.")
    what = row["title"] or row["kind"]
    if row["state"] == "försenad":
        text = QCoreApplication.translate("OccasionsPage", "Försenad uppföljning: %1, skulle vara klar %2.")
    else:
        text = QCoreApplication.translate("OccasionsPage", "Nästa uppföljning: %1, senast %2.")
    return text.replace("%2", str(row["due_date"])).replace("%1", str(what))  # the free text last


class OccasionsPage(QWidget):
    """The list of occasions with their state, and the selected occasion's fields."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_export = None
        self.model = RowsModel([
            Column(self.tr("Datum"), "due_date"), Column(self.tr("Slag"), lambda r: core_text(r["kind"])),
            Column(self.tr("Rubrik"), "title"),
            Column(self.tr("Läge"), lambda r: core_text(r["state"])), Column(self.tr("Genomförd"), "done_date"),
            Column(self.tr("Gröna"), "green", align_right=True), Column(self.tr("Gula"), "yellow", align_right=True),
            Column(self.tr("Röda"), "red", align_right=True),
        ], background=lambda r: STATE_COLOURS.get(r["state"]))
        self.table = make_table(self.model, stretch_column=2)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.due_label = QLabel()
        self.due_label.setObjectName("due_label")
        self.due_label.setWordWrap(True)

        self.kind = QComboBox()
        for k in fu.KINDS:
            self.kind.addItem(k, k)
        self.due = QLineEdit(placeholderText=self.tr("ÅÅÅÅ-MM-DD"))
        self.done = QLineEdit(placeholderText=self.tr("ÅÅÅÅ-MM-DD (tomt = inte genomförd)"))
        self.title_edit = QLineEdit()
        self.responsible = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("Sammanfattning till utskottet"))
        form = QFormLayout()
        form.addRow(self.tr("&Slag:"), self.kind)
        form.addRow(self.tr("&Senast:"), self.due)
        form.addRow(self.tr("&Genomförd:"), self.done)
        form.addRow(self.tr("&Rubrik:"), self.title_edit)
        form.addRow(self.tr("&Ansvariga:"), self.responsible)
        form.addRow(self.tr("S&ammanfattning:"), self.summary)

        self.save_button = QPushButton(self.tr("Spara ändringar"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.done_button = QPushButton(self.tr("Markera genomförd i dag"))
        self.done_button.clicked.connect(self.mark_done)
        self.pdf_button = QPushButton(self.tr("Rapport till utskottet (PDF)…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.freeze_button = QPushButton(self.tr("Fastställ rapport…"))
        self.freeze_button.setToolTip(self.tr("Spara rapporten i arbetsytan som utskottet får den, så att den kan "
                                              "skrivas ut igen byte för byte (Arkiv → Fastställda rapporter…)"))
        self.freeze_button.clicked.connect(self.freeze_report)
        save_shortcut(self, self.save)

        self.new_button = QPushButton(self.tr("Nytt tillfälle"))
        self.new_button.clicked.connect(self.add)
        self.create_button = QPushButton(self.tr("Skapa från överenskommelsen…"))
        self.create_button.setToolTip(
            self.tr("Föreslår en årlig rapport för varje år i avtalsperioden som saknar tillfälle"))
        self.create_button.clicked.connect(self.create_from_agreement)
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self.delete_button.clicked.connect(self.delete)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(heading(self.tr("Uppföljningstillfällen")))
        ll.addWidget(self.due_label)
        ll.addWidget(self.table)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.create_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()
        ll.addLayout(buttons)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(heading(self.tr("Tillfället")))
        rl.addLayout(form)
        row = QHBoxLayout()
        for b in (self.save_button, self.done_button, self.pdf_button, self.freeze_button):
            row.addWidget(b)
        row.addStretch()
        rl.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        current = self.selected_uuid()
        rows = fu.due_overview(self.ctx.store, uuid) if uuid else []
        self.model.set_rows(rows)
        resize_to_contents(self.table)
        self.due_label.setText(due_text(fu.next_due(self.ctx.store, agreement_uuid=uuid) if uuid else None))
        self.new_button.setEnabled(bool(uuid))
        self.create_button.setEnabled(bool(uuid))
        self.select(current or self._default_uuid(rows))

    def _default_uuid(self, rows: list[dict]) -> str | None:
        due = [r for r in rows if r["state"] != "genomförd"]
        return (due or rows or [{}])[0].get("uuid")

    def selected_uuid(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()]["uuid"] if index.isValid() and self.model.rows else None

    def select(self, uuid: str | None) -> None:
        select_uuid(self.table, uuid, or_first=False)
        self._show_selected()

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.model.rows if r["uuid"] == uuid), None)
        for w in (self.kind, self.due, self.done, self.title_edit, self.responsible, self.summary,
                  self.save_button, self.done_button, self.pdf_button, self.freeze_button, self.delete_button):
            w.setEnabled(row is not None)
        row = row or {}
        self.kind.setCurrentIndex(max(self.kind.findData(row.get("kind", fu.KINDS[0])), 0))
        self.due.setText(row.get("due_date") or "")
        self.done.setText(row.get("done_date") or "")
        self.title_edit.setText(row.get("title") or "")
        self.responsible.setText(row.get("responsible") or "")
        self.summary.setPlainText(row.get("summary") or "")

    # -- writing -----------------------------------------------------------------------------

    def save(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        values = {"kind": self.kind.currentData(), "due_date": self.due.text(), "done_date": self.done.text(),
                  "title": self.title_edit.text(), "responsible": self.responsible.text(),
                  "summary": self.summary.toPlainText()}
        if not self.ctx.confirm_free_text(values["title"], values["summary"], parent=self):
            return
        self.ctx.perform(lambda s: ops.update_follow_up(s, uuid, **values), parent=self)

    def mark_done(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.ctx.perform(lambda s: ops.update_follow_up(s, uuid, done_date=today().isoformat()), parent=self)

    def add(self) -> None:
        ag = self.ctx.agreement_uuid
        due = today().replace(month=12, day=31).isoformat()
        changes = self.ctx.perform(lambda s: ops.add_follow_up(s, ag, kind="annan", due_date=due,
                                                               title=self.tr("Nytt uppföljningstillfälle")), parent=self)
        if changes:
            self.select(changes.created("follow_up")[0])
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def create_from_agreement(self, *, confirm: bool = True) -> None:
        ag = self.ctx.agreement_uuid
        suggestions = ops.suggested_occasions(self.ctx.store, ag)
        if not suggestions:
            if confirm:
                QMessageBox.information(self, self.tr("Uppföljning"), self.tr(
                    "Varje år i avtalsperioden har redan ett uppföljningstillfälle. "
                    "Lägg till fler med Nytt tillfälle."))
            return
        line = self.tr("• %1 (senast %2)")
        lines = "\n".join(line.replace("%2", str(s["due_date"])).replace("%1", str(s["title"])) for s in suggestions)
        if confirm and QMessageBox.question(
                self, self.tr("Skapa från överenskommelsen"),
                self.tr("Överenskommelsens uppföljningsdatum står i löptext och tolkas inte. Skapa en årlig "
                        "rapport för varje år i avtalsperioden som saknar tillfälle?\n\n%1").replace("%1", lines)) \
                != QMessageBox.StandardButton.Yes:
            return
        self.ctx.perform(lambda s: ops.create_from_agreement(s, ag), parent=self)

    def delete(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.ctx.perform(lambda s: ops.delete_follow_up(s, uuid), parent=self)

    def freeze_report(self):
        """Fastställ the committee report of the selected occasion (ui/frozen_reports.py)."""
        from ..frozen_reports import freeze

        uuid = self.selected_uuid()
        return freeze(self.ctx, self, "follow-up", {"follow_up": uuid}) if uuid else None

    def export_pdf(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            row = next(r for r in self.model.rows if r["uuid"] == uuid)
            save_pdf(self, "follow-up", f"uppfoljning-{row['due_date']}.pdf", {"follow_up": uuid})
