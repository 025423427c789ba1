"""Summaries of the resources: per party (guaranteed, staffed, vacant) and per form (who serves it)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...core.agreement import resources
from ..models import Column, RowsModel, SwedishSortProxy
from ..widgets import heading, make_table

UNCOVERED = QColor("#f8d0d0")


def _fte(value) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class ResourceSummary(QWidget):
    """Two tables side by side; a form that no resource serves is red and says so."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.parties = RowsModel([
            Column(self.tr("Part"), lambda r: r["party_short_name"] or r["party_name"],
                   tooltip=lambda r: r["party_name"]),
            Column(self.tr("Garanterade"), "guaranteed", align_right=True),
            Column(self.tr("Tillsatta"), "staffed", align_right=True),
            Column(self.tr("Vakanta"), "vacant", align_right=True),
            Column(self.tr("Rekryteras"), "recruiting", align_right=True),
            Column(self.tr("Åa"), lambda r: _fte(r["fte"]), align_right=True)],
            background=lambda r: QColor("#fff1c2") if r["vacant"] or r["recruiting"] else None)
        self.forms = RowsModel([
            Column(self.tr("Samverkansform"),
                   lambda r: r["name"] + (f" ({r['abbreviation']})" if r["abbreviation"] else "")),
            Column(self.tr("Resurser"), lambda r: len(r["resources"]) if r["resources"]
                   else (self.tr("INGEN RESURS") if r["uncovered"] else "–"), align_right=True),
            Column(self.tr("Tillsatta"), "staffed", align_right=True),
            Column(self.tr("Resurser som bidrar"),
                   lambda r: "; ".join(f"{x['party_name']}: {x['function_role'] or x['text']}" for x in r["resources"]),
                   tooltip=lambda r: "\n".join(f"{x['party_name']}: {x['text']}" for x in r["resources"])
                   or (self.tr("Ingen garanterad resurs tjänar den här formen.") if r["uncovered"]
                       else self.tr("Överenskommelsen garanterar inga namngivna resurser.")))],
            background=lambda r: UNCOVERED if r["uncovered"] else None)
        party_proxy = SwedishSortProxy(self)
        party_proxy.setSourceModel(self.parties)
        self.party_view = make_table(party_proxy, stretch_column=0)
        self.party_view.setObjectName("party_summary")
        self.party_view.setSortingEnabled(False)  # the agreement's party order
        self.form_view = make_table(self.forms, stretch_column=3)
        self.form_view.setSortingEnabled(False)
        self.form_view.setObjectName("form_coverage")
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Per part")))
        left.addWidget(self.party_view)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Per samverkansform")))
        right.addWidget(self.form_view)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def load(self, agreement_uuid: str | None) -> None:
        store = self.ctx.store
        self.parties.set_rows(resources.party_summary(store, agreement_uuid) if agreement_uuid else [])
        self.forms.set_rows(resources.form_coverage(store, agreement_uuid) if agreement_uuid else [])
        self.party_view.resizeColumnsToContents()
        self.form_view.resizeColumnsToContents()
        if self.form_view.columnWidth(0) > 320:
            self.form_view.setColumnWidth(0, 320)
