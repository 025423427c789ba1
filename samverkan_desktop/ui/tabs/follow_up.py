"""Uppföljning: the follow-up occasions of the selected agreement and their assessments."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ...core import follow_up
from ..models import Column, RowsModel
from ..widgets import heading, make_table, resize_to_contents
from .base import Tab


class FollowUpTab(Tab):
    title = "Uppföljning"
    object_name = "follow_up_tab"
    tables = frozenset({"follow_up", "assessment", "indicator", "indicator_value", "action_plan_item",
                        "meeting", "paragraph"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowsModel([
            Column("Förfallodag", "due_date"), Column("Slag", "kind"), Column("Rubrik", "title"),
            Column("Ansvariga", "responsible"), Column("Genomförd", "done_date"),
            Column("Gröna", "green", align_right=True), Column("Gula", "yellow", align_right=True),
            Column("Röda", "red", align_right=True),
        ])
        self.table = make_table(self.model, stretch_column=2)
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Uppföljningstillfällen"))
        layout.addWidget(self.note)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        rows = follow_up.list_follow_ups(self.ctx.store, uuid) if uuid else []
        self.model.set_rows(rows)
        resize_to_contents(self.table)
        due = [r for r in rows if not r["done_date"]]
        self.note.setText(f"Nästa uppföljning: {due[0]['kind']} senast {due[0]['due_date']}." if due
                          else "Inga kommande uppföljningar.")
