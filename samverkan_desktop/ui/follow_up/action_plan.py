"""Åtgärdsplan: one kommun's plan in Brå's columns with Problem first, its decision and versions.

Kommun and year on top choose the plans valid that year; the plan box shows each version (an
older one stays readable). The rows are edited in place (one undo step per edit); a decided plan is
frozen except for Uppföljning, and "Ny version" copies it into a new utkast.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...core.agreement import queries as agreements
from ...core.est import actors
from ...core.est import queries as est
from ...core.est.kommun import kommun_of
from ...core.follow_up import action_plan, plans
from ...core.store.stamps import today
from ..dialogs import stacked
from ..widgets import control_row, heading, make_table, push_button
from .common import ComboDelegate, EditableModel, Field, save_pdf, status_choices

LEGACY = "legacy"  # the plan box's entry for rows entered before plans existed


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class ActionPlanPage(QWidget):
    """Kommun, year and plan version on top; decision fields; the rows below."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.last_export = None
        self.forms: list[tuple[str, str | None]] = [(self.tr("(ingen)"), None)]
        self.problems: list[tuple[str, str | None]] = [(self.tr("(inget)"), None)]
        self.owners: list[tuple[str, str | None]] = [(self.tr("(ingen)"), None)]
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Kommun"))
        self.party.currentIndexChanged.connect(lambda *_: self.refresh_plans())
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda *_: self.refresh_plans())
        self.plan = QComboBox()
        self.plan.setObjectName("action_plan_version")
        self.plan.setAccessibleName(self.tr("Plan och version"))
        self.plan.currentIndexChanged.connect(lambda *_: self.refresh_rows())
        self.decision = QLabel()
        self.decision.setObjectName("action_plan_decision")
        self.decision.setWordWrap(True)
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("t.ex. Kommunstyrelsen"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.paragraph = QLineEdit()
        self.paragraph.setPlaceholderText(self.tr("t.ex. 41"))
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("t.ex. KS 2026/87"))
        self.model = EditableModel([
            Field(self.tr("Problem"), "problem", editable=True, display=lambda r: r["problem_text"]),
            Field(self.tr("EST-problem"), "problem_uuid", editable=True, choices=lambda: self.problems),
            Field(self.tr("Orsak"), "cause", editable=True), Field(self.tr("Åtgärd"), "measure", editable=True),
            Field(self.tr("Operativa mål"), "operational_goal", editable=True),
            Field(self.tr("När"), "timing", editable=True),
            Field(self.tr("Vem"), "actor_uuid", editable=True, choices=lambda: self.owners),
            Field(self.tr("Funktion"), "who", editable=True),
            Field(self.tr("Samverkansform"), "form_uuid", editable=True, choices=lambda: self.forms),
            Field(self.tr("Uppföljning"), "status", editable=True, choices=status_choices, status=True),
        ], commit=self._commit)
        self.status_column = self.model.column_of("status")
        self.table = make_table(self.model)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegate(ComboDelegate(self.model, self.table))
        header = self.table.horizontalHeader()
        for key in ("problem", "cause", "measure", "operational_goal"):
            header.setSectionResizeMode(self.model.column_of(key), QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.new_plan_button = push_button(self.tr("Ny plan"), self.new_plan,
                                           self.tr("En ny åtgärdsplan för kommunen, giltig det valda året"))
        self.version_button = push_button(self.tr("Ny version"), self.new_version,
                                          self.tr("Kopiera planen till en ny version att ändra; "
                                                  "den gamla finns kvar att läsa"))
        self.decide_button = push_button(self.tr("Besluta"), self.decide,
                                         self.tr("För in beslutet (organ, datum, §, dnr); planen låses"))
        self.add_button = push_button(self.tr("Ny rad"), self.add)
        self.delete_button = push_button(self.tr("Ta bort rad"), self.delete)
        self.pdf_button = push_button(self.tr("Åtgärdsplan (PDF)…"), self.export_pdf)

        top = control_row((self.tr("&Kommun:"), self.party, 1), (self.tr("&År:"), self.year),
                          (self.tr("&Plan:"), self.plan, 2), self.new_plan_button, self.version_button)
        decision = QFormLayout()
        decision.addRow(self.tr("Beslut:"), control_row(
            (self.tr("Organ"), self.body, 2), (self.tr("Datum"), self.date, 1), (self.tr("§"), self.paragraph, 1),
            (self.tr("Dnr"), self.case_number, 1), self.decide_button))
        buttons = control_row(self.add_button, self.delete_button, None, self.pdf_button)
        stacked(self, heading(self.tr("Åtgärdsplan (Brås kolumner)")), top, self.decision, decision, (self.table, 1),
                buttons)

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        ag, store = self.ctx.agreement_uuid, self.ctx.store
        current = self.party.currentData()
        self.party.blockSignals(True)
        self.party.clear()
        for p in action_plan.municipalities(store, ag) if ag else []:
            self.party.addItem(p["name"], p["uuid"])
        self.party.setCurrentIndex(max(self.party.findData(current), 0))
        self.party.blockSignals(False)
        self.forms = [(self.tr("(ingen)"), None)] + [(f["abbreviation"] or f["name"], f["uuid"])
                                            for f in (agreements.list_forms(store, ag) if ag else [])]
        self.owners = [(self.tr("(ingen)"), None)] + [(o["name"], o["uuid"])
                                             for o in (actors.owners(store, ag) if ag else [])]
        self.refresh_plans()

    def refresh_plans(self) -> None:
        ag, party, year = self.ctx.agreement_uuid, self.party.currentData(), self.year.value()
        store = self.ctx.store
        kommun = kommun_of(store, ag, party) if ag else None
        self.problems = [(self.tr("(inget)"), None)] + [
            (_short(p["description"]), p["uuid"])
            for p in (est.list_problems(store, ag, include_closed=True, kommun=kommun) if ag else [])]
        current = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        if ag and party:
            for p in plans.list_plans(store, ag, party):
                if p["valid_from"][:4] <= str(year) <= p["valid_to"][:4]:
                    self.plan.addItem(p["label"], p["uuid"])
            if action_plan.list_items(store, ag, party, year):
                self.plan.addItem(self.tr("Rader utan plan (%1)").replace("%1", str(year)), LEGACY)
        index = self.plan.findData(current)
        if index < 0:  # the newest decided version, else the first
            chosen = plans.plan_for_year(store, ag, party, year) if ag and party else None
            index = self.plan.findData(chosen["uuid"]) if chosen else 0
        self.plan.setCurrentIndex(max(index, 0))
        self.plan.blockSignals(False)
        self.refresh_rows()

    @property
    def plan_row(self) -> dict | None:
        uuid = self.plan.currentData()
        if not uuid or uuid == LEGACY:
            return None
        row = self.ctx.store.get("action_plan", uuid)
        return row if row and not row["deleted"] else None

    def refresh_rows(self) -> None:
        ag, party, uuid = self.ctx.agreement_uuid, self.party.currentData(), self.plan.currentData()
        plan = self.plan_row
        if plan:
            rows = action_plan.plan_items(self.ctx.store, plan["uuid"])
        elif uuid == LEGACY and ag and party:
            rows = action_plan.list_items(self.ctx.store, ag, party, self.year.value())
        else:
            rows = []
        fresh = [r["uuid"] for r in rows] != [r.get("uuid") for r in self.model.rows]
        self.model.set_rows(rows)
        if fresh:
            self.table.setColumnWidth(self.model.column_of("form_uuid"), 150)
            self.table.setColumnWidth(self.status_column, 120)
            for i in range(len(rows)):
                self.table.openPersistentEditor(self.model.index(i, self.status_column))
        draft = bool(plan and plan["status"] == "utkast") or uuid == LEGACY
        self.decision.setText(plans.decision_line(plan) if plan else
                              self.tr("Ingen plan för året: skapa en med Ny plan.") if uuid != LEGACY else
                              self.tr("Rader som förts in innan planer hade beslut och versioner."))
        for widget, value in ((self.body, "decision_body"), (self.date, "decision_date"),
                              (self.paragraph, "decision_paragraph"), (self.case_number, "decision_case_number")):
            widget.setText((plan or {}).get(value) or "")
            widget.setEnabled(bool(plan and plan["status"] == "utkast"))
        self.decide_button.setEnabled(bool(plan and plan["status"] == "utkast"))
        self.version_button.setEnabled(bool(plan and plan["status"] != "utkast"))
        self.new_plan_button.setEnabled(bool(ag and party))
        self.add_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.pdf_button.setEnabled(bool(ag and party))

    # -- editing ---------------------------------------------------------------------------------

    def _commit(self, row: dict, key: str, value) -> bool:
        if key in action_plan.TEXT_FIELDS and not self.ctx.confirm_free_text(value, parent=self):
            return False
        uuid = row["uuid"]
        return self.ctx.perform(lambda s: action_plan.update_item(s, uuid, **{key: value}), parent=self) is not None

    def _select_plan(self, uuid: str) -> None:
        self.plan.setCurrentIndex(max(self.plan.findData(uuid), 0))

    def new_plan(self) -> None:
        ag, party, year = self.ctx.agreement_uuid, self.party.currentData(), self.year.value()
        changes = self.ctx.perform(lambda s: plans.create_plan(
            s, ag, party, valid_from=f"{year}-01-01", valid_to=f"{year}-12-31"), parent=self)
        if changes:
            self._select_plan(changes.created("action_plan")[0])

    def new_version(self) -> None:
        plan = self.plan_row
        if plan:
            changes = self.ctx.perform(lambda s: plans.new_version(s, plan["uuid"]), parent=self)
            if changes:
                self._select_plan(changes.created("action_plan")[0])

    def decide(self) -> None:
        plan = self.plan_row
        if not plan:
            return
        body, date, paragraph, case = (self.body.text(), self.date.text(), self.paragraph.text(),
                                       self.case_number.text())
        self.ctx.perform(lambda s: plans.decide_plan(s, plan["uuid"], body=body, date=date, paragraph=paragraph,
                                                     case_number=case), parent=self)

    def add(self) -> None:
        ag, party, year = self.ctx.agreement_uuid, self.party.currentData(), self.year.value()
        plan = self.plan_row
        plan_uuid = plan["uuid"] if plan else None
        changes = self.ctx.perform(lambda s: action_plan.add_item(s, ag, party, year, plan_uuid=plan_uuid),
                                   parent=self)
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
                 {"agreement": self.ctx.agreement_uuid, "year": year, "kommun": self.party.currentData()})
