"""EST-logg: the weekly situational picture, its incidents and the open actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...core import est
from ...core.periods import IsoWeek
from ..models import Column, RowsModel, SwedishSortProxy
from ..widgets import heading, make_table, resize_to_contents
from .base import Tab

OVERDUE = QColor("#f8d0d0")


class EstTab(Tab):
    title = "EST-logg"
    object_name = "est_tab"
    tables = frozenset({"est_week", "est_area_status", "incident", "problem", "action", "code_item", "area"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.weeks = RowsModel([
            Column("Vecka", lambda r: f"{r['iso_year']}-v{r['iso_week']:02d}"),
            Column("Möte", "meeting_date"),
            Column("Händelser", "incident_total", align_right=True),
        ])
        self.week_view = make_table(self.weeks, stretch_column=0)
        self.week_view.setSortingEnabled(False)
        self.week_view.selectionModel().currentRowChanged.connect(self._on_week)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.incidents = RowsModel([
            Column("Datum", "occurred_on"), Column("Kategori", "category"), Column("Område", "area"),
            Column("Källa", "source"), Column("Antal", "count", align_right=True),
            Column("Beskrivning", "description"),
        ])
        proxy = SwedishSortProxy(self)
        proxy.setSourceModel(self.incidents)
        self.incident_view = make_table(proxy, stretch_column=5)
        today = dt.date.today().isoformat()
        self.actions = RowsModel([
            Column("Åtgärd", "description"), Column("Ansvarig", "party_name"),
            Column("Funktion", "responsible_function"), Column("Klart senast", "due_date"),
            Column("Status", "status"),
        ], background=lambda r: OVERDUE if r["due_date"] and r["due_date"] < today else None)
        self.action_view = make_table(self.actions, stretch_column=0)

        week_panel = QWidget()
        wl = QVBoxLayout(week_panel)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(heading("Veckor"))
        wl.addWidget(self.week_view)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.week_title = heading("")
        rl.addWidget(self.week_title)
        rl.addWidget(self.report)
        rl.addWidget(QLabel("<b>Händelser</b>"))
        rl.addWidget(self.incident_view, 3)
        rl.addWidget(QLabel("<b>Öppna åtgärder</b> (försenade markeras)"))
        rl.addWidget(self.action_view, 2)
        splitter = QSplitter()
        splitter.addWidget(week_panel)
        splitter.addWidget(right)
        splitter.setSizes([260, 900])
        QVBoxLayout(self).addWidget(splitter)

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        self.weeks.set_rows(est.list_weeks(self.ctx.store, uuid) if uuid else [])
        self.actions.set_rows(est.open_actions(self.ctx.store, uuid) if uuid else [])
        resize_to_contents(self.week_view)
        resize_to_contents(self.action_view, 320)
        if self.weeks.rows:
            self.week_view.selectRow(0)
        else:
            self.week_title.setText("Inga EST-veckor")
            self.report.setText("Den valda överenskommelsen har ingen EST-vecka registrerad.")
            self.incidents.set_rows([])

    def _on_week(self, current, _previous) -> None:
        if not current.isValid():
            return
        week = self.weeks.row_at(current)
        iso = IsoWeek(week["iso_year"], week["iso_week"])
        self.week_title.setText(f"Lägesbild {iso.label()}")
        self.report.setText(week["situation_report"] or "Ingen lägesbild skriven.")
        self.incidents.set_rows(est.incidents_in_week(self.ctx.store, self.ctx.agreement_uuid,
                                                      iso.year, iso.week))
        resize_to_contents(self.incident_view, 260)
