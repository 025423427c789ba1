"""Sammanträden: the committee meetings, their fields (the kommun whose body met and the justering,
for the protokollsutdrag's header and its "Justerat digitalt"), and their paragraphs (see
:mod:`paragraphs`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement import queries as agreements
from ...core.follow_up import meetings
from ...core.store.stamps import today
from ..models import Column, RowsModel
from ..widgets import make_table, push_button, resize_to_contents, split, values_of
from .common import ListSelection, list_panel
from .paragraphs import ParagraphPanel

DEFAULT_BODY = "Kommunstyrelsens trygghetsutskott"


class MeetingsPage(ListSelection, QWidget):
    """Meeting list (newest first) with the selected meeting's fields; paragraphs to the right."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Datum"), "date"), Column(self.tr("Organ"), "body"),
            Column(self.tr("Paragrafer"), lambda r: meetings.paragraph_range(
                [{"number": r["first_number"]}, {"number": r["last_number"]}]) if r["paragraph_count"] else ""),
        ])
        self.table = make_table(self.model, stretch_column=1)
        self.table.setSortingEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.new_button = push_button(self.tr("Nytt sammanträde"), self.add)
        self.delete_button = push_button(self.tr("Ta bort"), self.delete)

        self.edits = {key: QLineEdit() for key in ("body", "date", "time", "place", "chair", "secretary", "adjuster")}
        self.edits["date"].setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.edits["time"].setPlaceholderText(self.tr("13.15–15.20"))
        self.kommun = QComboBox()
        self.kommun.setObjectName("meeting_kommun")
        self.kommun.setToolTip(self.tr("Kommunen vars organ sammanträder (står i protokollsutdragets sidhuvud)"))
        self.adjusted_on = QLineEdit(placeholderText=self.tr("ÅÅÅÅ-MM-DD (tomt = inte justerat)"))
        self.adjusted_on.setObjectName("meeting_adjusted_on")
        self.digital = QCheckBox(self.tr("Justerat digitalt"))
        self.digital.setObjectName("meeting_adjusted_digitally")
        self.members = QPlainTextEdit()
        self.others = QPlainTextEdit()
        for w in (self.members, self.others):
            w.setMaximumHeight(90)
        form = QFormLayout()
        for label, key in ((self.tr("&Organ:"), "body"), (self.tr("&Datum:"), "date"), (self.tr("&Tid:"), "time"),
                           (self.tr("&Plats:"), "place")):
            form.addRow(label, self.edits[key])
        form.addRow(self.tr("Närvarande &ledamöter:"), self.members)
        form.addRow(self.tr("Ö&vriga:"), self.others)
        form.addRow(self.tr("Ordförande:"), self.edits["chair"])
        form.addRow(self.tr("Sekreterare:"), self.edits["secretary"])
        form.addRow(self.tr("&Justerare:"), self.edits["adjuster"])
        form.addRow(self.tr("J&usterat:"), self.adjusted_on)
        form.addRow("", self.digital)
        form.addRow(self.tr("&Kommun:"), self.kommun)
        self.save_button = push_button(self.tr("Spara sammanträdet"), self.save, "Ctrl+S")

        self.paragraphs = ParagraphPanel(ctx, self)

        left = list_panel(self.tr("Sammanträden"), self.table, [self.new_button, self.delete_button], form,
                          self.save_button, self.save)
        splitter = split(left, self.paragraphs, stretch=(2, 3))
        QVBoxLayout(self).addWidget(splitter)

    def refresh(self) -> None:
        current = self.selected_uuid()
        rows = meetings.list_meetings(self.ctx.store)
        self.kommun.blockSignals(True)
        self.kommun.clear()
        self.kommun.addItem(self.tr("(ingen angiven)"), None)
        for p in agreements.list_parties(self.ctx.store):
            if p["kind"] == "kommun":
                self.kommun.addItem(p["name"], p["uuid"])
        self.kommun.blockSignals(False)
        self.model.set_rows(rows)
        resize_to_contents(self.table, 220)
        self.select(current or (rows[0]["uuid"] if rows else None))

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.model.rows if r["uuid"] == uuid), None)
        for w in [*self.edits.values(), self.members, self.others, self.save_button, self.delete_button,
                  self.kommun, self.adjusted_on, self.digital]:
            w.setEnabled(row is not None)
        row = row or {}
        for key, edit in self.edits.items():
            edit.setText(row.get(key) or "")
        self.members.setPlainText(row.get("members_present") or "")
        self.others.setPlainText(row.get("others_present") or "")
        self.kommun.setCurrentIndex(max(0, self.kommun.findData(row.get("party_uuid"))))
        self.adjusted_on.setText(row.get("adjusted_on") or "")
        self.digital.setChecked(bool(row.get("adjusted_digitally")))
        self.paragraphs.set_meeting(row.get("uuid"))

    def values(self) -> dict:
        return values_of({**self.edits, "members_present": self.members, "others_present": self.others,
                          "party_uuid": self.kommun, "adjusted_on": self.adjusted_on,
                          "adjusted_digitally": self.digital})

    def save(self) -> None:
        values = self.values()
        self.save_selected(meetings.update_meeting, values, values["members_present"], values["others_present"])

    def add(self, body: str | None = None, date: str | None = None) -> str | None:
        body = body or (self.model.rows[0]["body"] if self.model.rows else DEFAULT_BODY)
        date = date or today().isoformat()
        changes = self.ctx.perform(lambda s: meetings.add_meeting(s, body=body, date=date), parent=self)
        if not changes:
            return None
        uuid = changes.created("meeting")[0]
        self.select(uuid)
        return uuid

    def delete(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.ctx.perform(lambda s: meetings.delete_meeting(s, uuid), parent=self)
