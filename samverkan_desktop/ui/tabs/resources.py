"""Resurser: the resources each party guarantees in the selected agreement."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from ...core import resources
from ..models import STATUS_BRUSHES, Column, RowsModel, SwedishSortProxy
from ..widgets import heading, make_table, resize_to_contents
from .base import Tab


class ResourcesTab(Tab):
    title = "Resurser"
    object_name = "resources_tab"
    tables = frozenset({"guaranteed_resource", "resource_form", "party", "cooperation_form",
                        "contact_person", "agreement_party"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowsModel([
            Column("Part", "party_name"),
            Column("Resurs enligt överenskommelsen", "text", tooltip=lambda r: r["text"]),
            Column("Samverkansformer", "form_names"),
            Column("Funktion", "function_role"),
            Column("Status", "status"),
            Column("Omfattning (åa)", "extent_fte", align_right=True),
        ], background=lambda r: STATUS_BRUSHES.get(r["status"]))
        self.proxy = SwedishSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, stretch_column=1)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Resurser som garanteras"))
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = resources.list_resources(self.ctx.store, self.ctx.agreement_uuid) if self.ctx.agreement_uuid else []
        self.model.set_rows(rows)
        resize_to_contents(self.table, 300)
        vacant = sum(1 for r in rows if r["status"] != "tillsatt")
        self.summary.setText(f"{len(rows)} resurser, varav {vacant} vakanta eller under rekrytering."
                             if rows else "Ingen resurs är registrerad för den valda överenskommelsen.")
