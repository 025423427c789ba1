"""Tillfällen: the agreement's follow-up occasions and the committee's duties, what is due (overdue
marked), and one occasion's form — a report to the committee is an ärende (ärendenummer,
handläggare, sammanfattning, förslag till beslut)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.follow_up import ops
from ...core.follow_up import queries as fu
from ...core.store.stamps import today
from ..dialogs import form_rows
from ..i18n import core_text
from ..models import Column, RowsModel
from ..row_actions import show_created
from ..widgets import button_row, heading, make_table, panel, push_button, resize_to_contents, split
from .common import ListSelection, save_pdf, save_shortcut
from .duties import DutiesPanel

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


class OccasionsPage(ListSelection, QWidget):
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
        self.case_number = QLineEdit(placeholderText="Ks 488/2023")
        self.case_number.setObjectName("occasion_case_number")
        self.officer = QLineEdit()
        self.officer.setObjectName("occasion_officer")
        self.proposal = QPlainTextEdit()
        self.proposal.setObjectName("occasion_proposal")
        self.proposal.setPlaceholderText(self.tr("Förslag till beslut, t.ex. Informationen läggs till handlingarna."))
        self.proposal.setMaximumHeight(90)
        form = form_rows([(self.tr("&Slag:"), self.kind), (self.tr("&Senast:"), self.due),
                          (self.tr("&Genomförd:"), self.done), (self.tr("&Rubrik:"), self.title_edit),
                          (self.tr("&Ansvariga:"), self.responsible),
                          (self.tr("Ärende&nummer:"), self.case_number), (self.tr("&Handläggare:"), self.officer),
                          (self.tr("S&ammanfattning:"), self.summary),
                          (self.tr("&Förslag till beslut:"), self.proposal)])

        self.save_button = push_button(self.tr("Spara ändringar"), self.save, "Ctrl+S")
        self.done_button = push_button(self.tr("Markera genomförd i dag"), self.mark_done)
        self.pdf_button = push_button(self.tr("Rapport till utskottet (PDF)…"), self.export_pdf)
        self.freeze_button = push_button(self.tr("Fastställ rapport…"), self.freeze_report,
                                         self.tr("Spara rapporten i arbetsytan som utskottet får den, så att den kan "
                                                 "skrivas ut igen byte för byte (Arkiv → Fastställda rapporter…)"))
        save_shortcut(self, self.save)

        self.new_button = push_button(self.tr("Nytt tillfälle"), self.add)
        self.create_button = QPushButton(self.tr("Skapa från överenskommelsen…"))
        self.create_button.setToolTip(
            self.tr("Föreslår en årlig rapport för varje år i avtalsperioden som saknar tillfälle"))
        self.create_button.clicked.connect(self.create_from_agreement)
        self.delete_button = push_button(self.tr("Ta bort"), self.delete)

        self.duties = DutiesPanel(ctx)
        left = panel(heading(self.tr("Uppföljningstillfällen")), self.due_label, self.table,
                     button_row(self.new_button, self.create_button, self.delete_button), self.duties)
        right = panel(heading(self.tr("Tillfället")), form,
                      button_row(self.save_button, self.done_button, self.pdf_button, self.freeze_button))
        splitter = split(left, right, stretch=(3, 2))
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
        self.duties.refresh()

    def _default_uuid(self, rows: list[dict]) -> str | None:
        due = [r for r in rows if r["state"] != "genomförd"]
        return (due or rows or [{}])[0].get("uuid")

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.model.rows if r["uuid"] == uuid), None)
        for w in (self.kind, self.due, self.done, self.title_edit, self.responsible, self.summary,
                  self.case_number, self.officer, self.proposal,
                  self.save_button, self.done_button, self.pdf_button, self.freeze_button, self.delete_button):
            w.setEnabled(row is not None)
        row = row or {}
        self.kind.setCurrentIndex(max(self.kind.findData(row.get("kind", fu.KINDS[0])), 0))
        self.due.setText(row.get("due_date") or "")
        self.done.setText(row.get("done_date") or "")
        self.title_edit.setText(row.get("title") or "")
        self.responsible.setText(row.get("responsible") or "")
        self.summary.setPlainText(row.get("summary") or "")
        self.case_number.setText(row.get("case_number") or "")
        self.officer.setText(row.get("officer") or "")
        self.proposal.setPlainText(row.get("proposal") or "")

    # -- writing -----------------------------------------------------------------------------

    def save(self) -> None:
        self.save_form(ops.update_follow_up,
                       {"kind": self.kind, "due_date": self.due, "done_date": self.done, "title": self.title_edit,
                        "responsible": self.responsible, "summary": self.summary, "case_number": self.case_number,
                        "officer": self.officer, "proposal": self.proposal}, "title", "summary", "proposal")

    def mark_done(self) -> None:
        self.save_selected(ops.update_follow_up, {"done_date": today().isoformat()})

    def add(self) -> None:
        ag = self.ctx.agreement_uuid
        due = today().replace(month=12, day=31).isoformat()
        changes = self.ctx.perform(lambda s: ops.add_follow_up(s, ag, kind="annan", due_date=due,
                                                               title=self.tr("Nytt uppföljningstillfälle")), parent=self)
        show_created(self.table, changes, "follow_up", self.title_edit)  # the row change shows its fields

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
        self.delete_selected(ops.delete_follow_up)

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
