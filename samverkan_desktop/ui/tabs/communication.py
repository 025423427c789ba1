"""Kommunikationsplan: the joint communication plan per year and its activities."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from ...core import communication
from ..models import Column, RowsModel, SwedishSortProxy
from ..widgets import heading, make_table, resize_to_contents
from .base import Tab


class CommunicationTab(Tab):
    title = "Kommunikationsplan"
    object_name = "communication_tab"
    tables = frozenset({"communication_plan", "communication_activity"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(self._show_plan)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.model = RowsModel([
            Column("Datum", "planned_date"), Column("Aktivitet", "title"), Column("Kanal", "channel"),
            Column("Målgrupp", "target_group"), Column("Ansvarig", "party_name"), Column("Status", "status"),
        ])
        proxy = SwedishSortProxy(self)
        proxy.setSourceModel(self.model)
        self.table = make_table(proxy, stretch_column=1)
        top = QHBoxLayout()
        top.addWidget(heading("Kommunikationsplan"))
        top.addStretch()
        top.addWidget(QLabel("År:"))
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        self.plans = communication.list_plans(self.ctx.store, uuid) if uuid else []
        self.year.blockSignals(True)
        self.year.clear()
        for plan in self.plans:
            self.year.addItem(str(plan["year"]), plan["uuid"])
        self.year.blockSignals(False)
        self._show_plan()

    def _show_plan(self) -> None:
        if not self.plans:
            self.header.setText("Den valda överenskommelsen har ingen kommunikationsplan ännu.")
            self.model.set_rows([])
            return
        plan = self.plans[max(self.year.currentIndex(), 0)]
        self.header.setText(f"<b>Syfte:</b> {escape(plan['purpose'] or '–')}<br><b>Målgrupper:</b> "
                            f"{escape(plan['target_primary'] or '–')}")
        self.model.set_rows(communication.list_activities(self.ctx.store, plan["uuid"]))
        resize_to_contents(self.table, 300)
