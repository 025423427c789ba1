"""The paragraphs (§) of one meeting: list, the selected paragraph's fields (and the agreement the
ärende concerns), the duties its decision gave, protokollsutdrag PDF."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement import queries as agreements
from ...core.follow_up import meetings
from ..dialogs import form_rows
from ..models import Column, RowsModel
from ..widgets import heading, make_table, push_button, resize_to_contents
from .common import ListSelection, save_pdf, save_shortcut
from .duties import DutiesPanel

TEXTS = (("description", QT_TRANSLATE_NOOP("ParagraphPanel", "Ärendebeskrivning")),
         ("basis", QT_TRANSLATE_NOOP("ParagraphPanel", "Beslutsunderlag")),
         ("proposal", QT_TRANSLATE_NOOP("ParagraphPanel", "Förslag till beslut")),
         ("decision", QT_TRANSLATE_NOOP("ParagraphPanel", "Beslut")))


class ParagraphPanel(ListSelection, QWidget):
    """Paragraph list of the current meeting, and one paragraph's form."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_uuid: str | None = None
        self.last_export = None
        self.model = RowsModel([Column("§", "number", align_right=True), Column(self.tr("Rubrik"), "title"),
                                Column(self.tr("Ärendenummer"), "case_number"),
                                Column(self.tr("Handläggare"), "officer")])
        self.table = make_table(self.model, stretch_column=1)
        self.table.setSortingEnabled(False)
        self.table.setMaximumHeight(180)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.new_button = push_button(self.tr("Ny paragraf"), self.add)
        self.delete_button = push_button(self.tr("Ta bort"), self.delete)
        self.pdf_button = push_button(self.tr("Protokollsutdrag (PDF)…"), self.export_pdf)

        self.number = QSpinBox()
        self.number.setRange(1, 9999)
        self.number.setPrefix("§ ")
        self.title_edit = QLineEdit()
        self.case_number = QLineEdit(placeholderText="Ks 488/2023")
        self.officer = QLineEdit()
        self.texts = {key: QPlainTextEdit() for key, _ in TEXTS}
        self.link = QComboBox()
        self.link.setAccessibleName(self.tr("Rapporterar"))
        form = form_rows([(self.tr("&Nummer:"), self.number), (self.tr("&Rubrik:"), self.title_edit),
                          (self.tr("Ä&rendenummer:"), self.case_number),
                          (self.tr("&Handläggare:"), self.officer)])
        for key, label in TEXTS:
            self.texts[key].setMinimumHeight(70)
            form.addRow(self.tr(label) + ":", self.texts[key])
        form.addRow(self.tr("Rapporterar:"), self.link)
        self.agreement = QComboBox()
        self.agreement.setObjectName("paragraph_agreement")
        self.agreement.setAccessibleName(self.tr("Gäller överenskommelse"))
        form.addRow(self.tr("Gäller överenskommelse:"), self.agreement)
        # Below the form, not inside it: the duties are written on their own (each one undo step).
        self.duties = DutiesPanel(ctx, for_paragraph=True)
        self.duties.setMinimumHeight(130)
        self.save_button = push_button(self.tr("Spara paragrafen"), self.save, "Ctrl+S")
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Paragrafer")))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for b in (self.new_button, self.delete_button):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(self.pdf_button)
        layout.addLayout(row)
        layout.addWidget(scroll, 3)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.duties, 1)
        save_shortcut(self, self.save)

    def set_meeting(self, uuid: str | None) -> None:
        if uuid != self.meeting_uuid:
            self.meeting_uuid = uuid
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self.refresh()

    def refresh(self) -> None:
        current = self.selected_uuid()
        rows = meetings.list_paragraphs(self.ctx.store, self.meeting_uuid) if self.meeting_uuid else []
        self.model.set_rows(rows)
        resize_to_contents(self.table, 200)
        self.link.clear()
        self.link.addItem(self.tr("(inget)"), None)
        ag = self.ctx.agreement_uuid
        for label, kind, uuid in meetings.report_targets(self.ctx.store, ag) if ag else []:
            self.link.addItem(label, f"{kind}:{uuid}")  # text data: findData compares it reliably
        self.agreement.clear()
        self.agreement.addItem(self.tr("(ingen)"), None)
        for a in agreements.list_agreements(self.ctx.store):
            self.agreement.addItem(f"{a['title']} ({a['period_from'][:4]}–{a['period_to'][:4]})", a["uuid"])
        self.new_button.setEnabled(self.meeting_uuid is not None)
        self.select(current or (rows[0]["uuid"] if rows else None))

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.model.rows if r["uuid"] == uuid), None)
        for w in [self.number, self.title_edit, self.case_number, self.officer, self.link, self.save_button,
                  self.delete_button, self.pdf_button, self.agreement, *self.texts.values()]:
            w.setEnabled(row is not None)
        row = row or {}
        self.number.setValue(row.get("number") or 1)
        self.title_edit.setText(row.get("title", ""))
        self.case_number.setText(row.get("case_number", ""))
        self.officer.setText(row.get("officer", ""))
        for key, edit in self.texts.items():
            edit.setPlainText(row.get(key, ""))
        target = (f"follow_up:{row['follow_up_uuid']}" if row.get("follow_up_uuid")
                  else f"analysis:{row['analysis_uuid']}" if row.get("analysis_uuid") else None)
        self.link.setCurrentIndex(max(self.link.findData(target), 0))
        self.agreement.setCurrentIndex(max(self.agreement.findData(row.get("agreement_uuid")), 0))
        self.duties.set_paragraph(row.get("uuid"))

    def values(self) -> dict:
        link = self.link.currentData()
        link = link.split(":", 1) if link else None
        out = {"number": self.number.value(), "title": self.title_edit.text(),
               "case_number": self.case_number.text(), "officer": self.officer.text(),
               "follow_up_uuid": link[1] if link and link[0] == "follow_up" else None,
               "analysis_uuid": link[1] if link and link[0] == "analysis" else None,
               "agreement_uuid": self.agreement.currentData()}
        out.update({key: edit.toPlainText() for key, edit in self.texts.items()})
        return out

    def save(self) -> None:
        values = self.values()
        self.save_selected(meetings.update_paragraph, values, *(values[k] for k, _ in TEXTS), values["title"])

    def add(self, **values) -> str | None:
        """A new paragraph numbered next in the year (the user may change the number)."""
        meeting = self.meeting_uuid
        if not meeting:
            return None
        changes = self.ctx.perform(lambda s: meetings.add_paragraph(s, meeting, **values), parent=self)
        if not changes:
            return None
        uuid = changes.created("paragraph")[0]
        self.select(uuid)
        self.title_edit.setFocus()
        return uuid

    def delete(self) -> None:
        self.delete_selected(meetings.delete_paragraph)

    def export_pdf(self) -> None:
        uuid = self.selected_uuid()
        if uuid and self.meeting_uuid:
            number = next(r["number"] for r in self.model.rows if r["uuid"] == uuid)
            save_pdf(self, "paragraph", f"protokollsutdrag-{number}.pdf",
                     {"meeting": self.meeting_uuid, "paragraph": number})
