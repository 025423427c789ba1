"""Uppdrag från utskottet: the duties committee decisions gave (what, who, by when).

The panel stands in two places: under Tillfällen as part of the due overview (the agreement's
duties not yet done, overdue ones marked) and under a paragraph of Sammanträden (the duties that
decision gave, done or not, with "Nytt uppdrag från beslutet…"). Every change is one core
operation through ``ctx.perform`` (undoable); a duty marked done leaves the due overview.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.follow_up import duties, meetings
from ..dialogs import form_rows
from ..est.action_dialog import _Dialog
from ..i18n import core_text
from ..models import UUID_ROLE, Column, RowsModel
from ..row_actions import perform_on, remove_selected
from ..widgets import make_table, resize_to_contents, select_uuid

STATE_COLOURS = {"försenad": QColor("#f8d0d0"), "klar": QColor("#e3f1e4")}


def paragraph_choices(store) -> list[tuple[str, str]]:
    """(label "2023-10-11 § 23 Införande av narkotikateam …", uuid) of every live paragraph, newest first."""
    out = []
    for m in meetings.list_meetings(store):
        for p in meetings.list_paragraphs(store, m["uuid"]):
            title = p["title"] if len(p["title"]) <= 60 else p["title"][:59] + "…"
            out.append((f"{m['date']} § {p['number']} {title}", p["uuid"]))
    return out


class DutyDialog(_Dialog):
    """New or changed duty: what, who, by when, done, the decision it comes from, a note."""

    def __init__(self, ctx, *, duty_uuid: str | None = None, paragraph_uuid: str | None = None, parent=None):
        super().__init__(ctx, self.tr("Ändra uppdrag") if duty_uuid else self.tr("Nytt uppdrag från utskottet"),
                         parent)
        self.duty_uuid = duty_uuid
        self.setObjectName("duty_dialog")
        row = duties.get_duty(ctx.store, duty_uuid) if duty_uuid else {}
        self.what = self._long_text(row.get("what", ""), 70)
        self.what.setPlaceholderText(self.tr("Vad beslutet kräver, t.ex. Årlig avrapportering till utskottet"))
        self.who = QLineEdit(row.get("who", ""))
        self.who.setPlaceholderText(self.tr("Vem, t.ex. Säkerhetsavdelningen"))
        self.due = QLineEdit(row.get("due_date", ""))
        self.due.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.done_on = QLineEdit(row.get("done_date") or "")  # not "done": that is QDialog.done()
        self.done_on.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD (tomt = inte klart)"))
        self.paragraph = QComboBox()
        self.paragraph.addItem(self.tr("(inget beslut angivet)"), None)
        for label, uuid in paragraph_choices(ctx.store):
            self.paragraph.addItem(label, uuid)
        self.paragraph.setCurrentIndex(max(0, self.paragraph.findData(row.get("paragraph_uuid") or paragraph_uuid)))
        self.note = self._long_text(row.get("note", ""), 60)
        form_rows([(self.tr("&Uppdrag:"), self.what), (self.tr("&Vem:"), self.who), (self.tr("&Senast:"), self.due),
                   (self.tr("&Klart:"), self.done_on), (self.tr("&Beslut:"), self.paragraph),
                   (self.tr("&Anteckning:"), self.note)], self.form)
        self.resize(560, 360)

    def values(self) -> dict:
        return {"what": self.what.toPlainText(), "who": self.who.text(), "due_date": self.due.text(),
                "done_date": self.done_on.text(), "paragraph_uuid": self.paragraph.currentData(),
                "note": self.note.toPlainText()}

    def operation(self):
        values = self.values()
        return (self._add_or_update(self.duty_uuid, duties.update_duty, duties.add_duty, values),
                (values["what"], values["who"], values["note"]))


class DutiesPanel(QWidget):
    """The duties due (``paragraph_uuid`` None: the agreement's overview) or of one paragraph."""

    def __init__(self, ctx, *, for_paragraph: bool = False, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.for_paragraph = for_paragraph
        self.paragraph_uuid: str | None = None
        self.model = RowsModel([
            Column(self.tr("Senast"), "due_date"), Column(self.tr("Uppdrag"), "what", tooltip=lambda r: r["note"]),
            Column(self.tr("Vem"), "who"), Column(self.tr("Beslut"), "decision"),
            Column(self.tr("Läge"), lambda r: core_text(r["state"])),
        ], background=lambda r: STATE_COLOURS.get(r["state"]))
        self.table = make_table(self.model, stretch_column=1)
        self.table.setObjectName("paragraph_duties" if for_paragraph else "due_duties")
        self.table.setSortingEnabled(False)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.title = QLabel(self.tr("<b>Uppdrag enligt beslutet</b>") if for_paragraph else
                            self.tr("<b>Uppdrag från utskottet</b> – visas här tills de är klara"))
        self.new_button = QPushButton(self.tr("Nytt uppdrag från beslutet…") if for_paragraph else
                                      self.tr("Nytt uppdrag…"))
        self.new_button.setObjectName("duty_new")
        self.new_button.clicked.connect(self.add)
        self.done_button = QPushButton(self.tr("Markera klart i dag"))
        self.done_button.setObjectName("duty_done")
        self.done_button.setToolTip(self.tr("Uppdraget är utfört: det lämnar översikten över det som ska göras"))
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self.delete_button.clicked.connect(self.delete)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        for b in (self.new_button, self.done_button, self.delete_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        store, ag = self.ctx.store, self.ctx.agreement_uuid
        current = self.selected_uuid()
        if self.for_paragraph:
            rows = duties.paragraph_duties(store, self.paragraph_uuid) if self.paragraph_uuid else []
        else:
            rows = duties.due_duties(store, ag) if ag else []
        self.model.set_rows(rows)
        resize_to_contents(self.table, 260)
        select_uuid(self.table, current, or_first=False)
        self.new_button.setEnabled(bool(ag) and (self.paragraph_uuid is not None or not self.for_paragraph))
        for b in (self.done_button, self.delete_button):
            b.setEnabled(bool(rows))

    def set_paragraph(self, uuid: str | None) -> None:
        self.paragraph_uuid = uuid
        self.refresh()

    def selected_uuid(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def add(self) -> None:
        if self.ctx.agreement_uuid:
            DutyDialog(self.ctx, paragraph_uuid=self.paragraph_uuid, parent=self.window()).exec()

    def edit(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            DutyDialog(self.ctx, duty_uuid=uuid, parent=self.window()).exec()

    def mark_done(self) -> None:
        perform_on(self, self.selected_uuid(), duties.mark_duty_done)

    def delete(self) -> None:
        remove_selected(self, self.table, self.tr("Ta bort uppdrag"), self.tr("Ta bort det markerade uppdraget?"),
                        duties.delete_duty)
