"""Åtgärdsplan: one municipality's plan for a year in Brå's columns, edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement import queries as agreements
from ...core.follow_up import action_plan
from ...core.store.stamps import today
from ..widgets import heading, make_table
from .common import ComboDelegate, EditableModel, Field, save_pdf, status_choices


class ActionPlanPage(QWidget):
    """Municipality and year on top; the rows below, every cell editable, one undo step per edit."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_export = None
        self.forms: list[tuple[str, str | None]] = [(self.tr("(ingen)"), None)]
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Kommun"))
        self.party.currentIndexChanged.connect(lambda *_: self.refresh_rows())
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda *_: self.refresh_rows())
        self.model = EditableModel([
            Field(self.tr("Orsak"), "cause", editable=True), Field(self.tr("Åtgärd"), "measure", editable=True),
            Field(self.tr("Operativt mål"), "operational_goal", editable=True),
            Field(self.tr("När"), "timing", editable=True),
            Field(self.tr("Vem"), "who", editable=True),
            Field(self.tr("Samverkansform"), "form_uuid", editable=True, choices=lambda: self.forms),
            Field(self.tr("Uppföljning"), "status", editable=True, choices=status_choices, status=True),
        ], commit=self._commit)
        self.table = make_table(self.model)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegate(ComboDelegate(self.model, self.table))
        header = self.table.horizontalHeader()
        for i in range(5):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Ny rad"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Ta bort rad"))
        self.delete_button.clicked.connect(self.delete)
        self.pdf_button = QPushButton(self.tr("Åtgärdsplan (PDF)…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Kommun:"), buddy=self.party))
        top.addWidget(self.party, 1)
        top.addWidget(QLabel(self.tr("&År:"), buddy=self.year))
        top.addWidget(self.year)
        top.addStretch(2)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Åtgärdsplan (Brås kolumner)")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        ag = self.ctx.agreement_uuid
        current = self.party.currentData()
        self.party.blockSignals(True)
        self.party.clear()
        for p in action_plan.municipalities(self.ctx.store, ag) if ag else []:
            self.party.addItem(p["name"], p["uuid"])
        self.party.setCurrentIndex(max(self.party.findData(current), 0))
        self.party.blockSignals(False)
        self.forms = [(self.tr("(ingen)"), None)] + [(f["abbreviation"] or f["name"], f["uuid"])
                                            for f in (agreements.list_forms(self.ctx.store, ag) if ag else [])]
        self.refresh_rows()

    def refresh_rows(self) -> None:
        ag, party = self.ctx.agreement_uuid, self.party.currentData()
        rows = action_plan.list_items(self.ctx.store, ag, party, self.year.value()) if ag and party else []
        fresh = [r["uuid"] for r in rows] != [r.get("uuid") for r in self.model.rows]
        self.model.set_rows(rows)
        if fresh:
            self.table.setColumnWidth(5, 180)
            self.table.setColumnWidth(6, 120)
            for i in range(len(rows)):
                self.table.openPersistentEditor(self.model.index(i, 6))
        enabled = bool(ag and party)
        for b in (self.add_button, self.pdf_button):
            b.setEnabled(enabled)

    def _commit(self, row: dict, key: str, value) -> bool:
        if key in action_plan.TEXT_FIELDS and not self.ctx.confirm_free_text(value, parent=self):
            return False
        uuid = row["uuid"]
        return self.ctx.perform(lambda s: action_plan.update_item(s, uuid, **{key: value}), parent=self) is not None

    def add(self) -> None:
        ag, party, year = self.ctx.agreement_uuid, self.party.currentData(), self.year.value()
        changes = self.ctx.perform(lambda s: action_plan.add_item(s, ag, party, year), parent=self)
        if changes:
            row = next(i for i, r in enumerate(self.model.rows) if r["uuid"] == changes.created("action_plan_item")[0])
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.edit(self.model.index(row, 0))

    def delete(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            uuid = self.model.rows[index.row()]["uuid"]
            self.ctx.perform(lambda s: action_plan.delete_item(s, uuid), parent=self)

    def export_pdf(self) -> None:
        year = self.year.value()
        save_pdf(self, "action-plan", f"atgardsplan-{year}.pdf",
                 {"agreement": self.ctx.agreement_uuid, "year": year})
