"""Överenskommelse: the agreements of the workspace and what each says."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...core import agreements
from ..models import UUID_ROLE, Column, RowsModel, SwedishSortProxy
from ..widgets import heading, make_table, resize_to_contents
from .base import Tab
from .render import agreement_html


class AgreementTab(Tab):
    title = "Överenskommelse"
    object_name = "agreement_tab"
    tables = frozenset({"agreement", "agreement_party", "agreement_purpose", "party",
                        "cooperation_form", "cooperation_form_party"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowsModel([
            Column("Titel", "title"),
            Column("Period", lambda r: f"{r['period_from'][:4]}–{r['period_to'][:4]}"),
            Column("Status", "status"),
            Column("Parter", "party_names"),
        ])
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list = make_table(self.proxy, stretch_column=0)
        self.list.selectionModel().currentRowChanged.connect(self._on_current)
        self.detail = QTextBrowser()

        list_panel = QWidget()
        left = QVBoxLayout(list_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(heading("Överenskommelser"))
        left.addWidget(self.list)
        splitter = QSplitter()
        splitter.addWidget(list_panel)
        splitter.addWidget(self.detail)
        splitter.setSizes([440, 720])
        QHBoxLayout(self).addWidget(splitter)

    def refresh(self) -> None:
        rows = agreements.list_agreements(self.ctx.store)
        for row in rows:
            row["party_names"] = ", ".join(p.short_name or p.name
                                           for p in agreements.agreement_parties(self.ctx.store, row["uuid"]))
        self.model.set_rows(rows)
        resize_to_contents(self.list)
        self._select(self.ctx.agreement_uuid)

    def _select(self, uuid: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(UUID_ROLE) == uuid:
                self.list.selectRow(r)
                return
        if self.proxy.rowCount():
            self.list.selectRow(0)
        else:
            self.detail.setHtml("<p>Arbetsytan har ingen överenskommelse ännu.</p>")

    def _on_current(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(current))
        self.detail.setHtml(agreement_html(self.ctx.store, row))
        self.ctx.select_agreement(row["uuid"])
