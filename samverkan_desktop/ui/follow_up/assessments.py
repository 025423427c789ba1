"""Bedömningar: every form and resource at one occasion — status combo, comment, evidence."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QLabel, QPlainTextEdit, QWidget

from ...core.follow_up import indicators, ops
from ...core.follow_up import queries as fu
from ..dialogs import accept_buttons, stacked
from ..models import Column, RowsModel
from ..widgets import (
    add_items,
    control_row,
    heading,
    make_table,
    panel,
    push_button,
    resize_to_contents,
    split,
)
from .common import ComboDelegate, EditableModel, Field, status_choices

KIND_LABELS = {"form": QT_TRANSLATE_NOOP("AssessmentsPage", "Form"),
               "resource": QT_TRANSLATE_NOOP("AssessmentsPage", "Resurs")}


class PickDialog(QDialog):
    """Pick one row of a list (an EST action, an indicator value) as evidence."""

    def __init__(self, title: str, columns: list[Column], rows: list[dict], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        self.model = RowsModel(columns)
        self.model.set_rows(rows)
        self.table = make_table(self.model, stretch_column=1)
        self.table.doubleClicked.connect(lambda *_: self.accept())
        stacked(self, self.table, accept_buttons(self, self.accept, self.tr("Koppla")))
        resize_to_contents(self.table, 420)

    def chosen(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()]["uuid"] if index.isValid() else None


class AssessmentsPage(QWidget):
    """Pick an occasion; each row is a form or a resource with its status, comment and evidence."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.occasion = QComboBox()
        self.occasion.setAccessibleName(self.tr("Uppföljningstillfälle"))
        self.occasion.currentIndexChanged.connect(lambda *_: self.refresh_rows())
        self.summary = QLabel()
        self.model = EditableModel([
            Field(self.tr("Slag"), "target_kind", display=lambda r: self.tr(KIND_LABELS[r["target_kind"]])),
            Field(self.tr("Namn"), "name"),
            Field(self.tr("Part / läge"), "party", display=lambda r: " · ".join(x for x in (r["party"], r["detail"]) if x)),
            Field(self.tr("Status"), "status", editable=True, choices=status_choices, status=True),
            Field(self.tr("Kommentar"), "comment", editable=True),
            Field(self.tr("Underlag"), "evidence_count", display=_evidence_text),
        ], commit=self._commit)
        self.table = make_table(self.model, stretch_column=4)
        self.table.setSortingEnabled(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.delegate = ComboDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_evidence())

        self.evidence_title = QLabel()
        self.evidence_title.setWordWrap(True)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr("Underlag i text: källor, siffror, vem som bedömt"))
        self.save_evidence_button = push_button(self.tr("Spara underlag"), self.save_evidence)
        self.links_model = RowsModel([Column(self.tr("Kopplat underlag"), "label")])
        self.links = make_table(self.links_model)
        self.link_action_button = push_button(self.tr("Koppla åtgärd…"), self.pick_action)
        self.link_value_button = push_button(self.tr("Koppla mätvärde…"), self.pick_value)
        self.unlink_button = push_button(self.tr("Ta bort koppling"), self.unlink)

        top = control_row((self.tr("&Tillfälle:"), self.occasion, 1), (self.summary, 2))
        side = panel(heading(self.tr("Underlag")), self.evidence_title, (self.evidence, 1))
        side.layout().addWidget(self.save_evidence_button, 0, Qt.AlignmentFlag.AlignRight)
        add_items(side.layout(), [(self.links, 1),
                                  control_row(self.link_action_button, self.link_value_button, self.unlink_button)])
        splitter = split(self.table, side, stretch=(4, 1), sizes=(1040, 290))
        stacked(self, heading(self.tr("Bedömningar per samverkansform och resurs")), top, (splitter, 1))

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        uuid = self.ctx.agreement_uuid
        current = self.occasion.currentData()
        rows = fu.list_follow_ups(self.ctx.store, uuid) if uuid else []
        self.occasion.blockSignals(True)
        self.occasion.clear()
        for r in rows:
            done = self.tr(", genomförd %1").replace("%1", str(r["done_date"])) if r["done_date"] else ""
            self.occasion.addItem(f"{r['due_date']} – {r['title'] or r['kind']}{done}", r["uuid"])
        index = self.occasion.findData(current)
        if index < 0:  # default: the newest occasion that has been done, else the first
            done_rows = [i for i, r in enumerate(rows) if r["done_date"]]
            index = done_rows[-1] if done_rows else 0
        self.occasion.setCurrentIndex(index)
        self.occasion.blockSignals(False)
        self.refresh_rows()

    def select_occasion(self, uuid: str) -> None:
        self.occasion.setCurrentIndex(self.occasion.findData(uuid))

    def follow_up_uuid(self) -> str | None:
        return self.occasion.currentData()

    def refresh_rows(self) -> None:
        occasion = self.follow_up_uuid()
        rows = fu.assessment_rows(self.ctx.store, occasion) if occasion else []
        for r in rows:
            r["key"] = f"{r['target_kind']}:{r['target_uuid']}"
        fresh = [r["key"] for r in rows] != [r.get("key") for r in self.model.rows]
        self.model.set_rows(rows, key="key")
        if fresh:
            resize_to_contents(self.table, 250)
            column = self.model.column_of("status")
            self.table.setColumnWidth(column, 110)
            self.table.setColumnWidth(self.model.column_of("party"), 200)
            self.table.setColumnWidth(self.model.column_of("evidence_count"), 150)
            for i in range(len(rows)):
                self.table.openPersistentEditor(self.model.index(i, column))
        counts = {s: sum(1 for r in rows if r["status"] == s) for s in fu.STATUSES}
        if fresh and rows:
            self.table.setCurrentIndex(self.model.index(0, 1))
        self.summary.setText(self.tr("%1 bedömningar: %2 gröna, %3 gula, %4 röda, %5 ej bedömda")
                             .replace("%1", str(len(rows))).replace("%2", str(counts["grön"]))
                             .replace("%3", str(counts["gul"])).replace("%4", str(counts["röd"]))
                             .replace("%5", str(counts["ej bedömd"])))
        self._show_evidence()

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and self.model.rows else None

    def _show_evidence(self) -> None:
        row = self.current_row()
        for w in (self.evidence, self.save_evidence_button, self.link_action_button, self.link_value_button,
                  self.unlink_button):
            w.setEnabled(row is not None)
        self.evidence_title.setText(row["name"] if row else self.tr("Välj en rad."))
        self.evidence.setPlainText(row["evidence"] if row else "")
        links = fu.evidence_links(self.ctx.store, row["assessment_uuid"]) if row and row["assessment_uuid"] else []
        self.links_model.set_rows(links)

    # -- writing -----------------------------------------------------------------------------

    def _commit(self, row: dict, key: str, value) -> bool:
        occasion = self.follow_up_uuid()
        if key == "comment" and not self.ctx.confirm_free_text(value, parent=self):
            return False
        kind, target = row["target_kind"], row["target_uuid"]
        return self.ctx.perform(lambda s: ops.set_assessment(s, occasion, kind, target, **{key: value}),
                                parent=self) is not None

    def save_evidence(self) -> None:
        row = self.current_row()
        if row is not None:
            self._commit(row, "evidence", self.evidence.toPlainText())

    def _link(self, kind: str, uuid: str | None) -> None:
        row = self.current_row()
        if row is None or not uuid:
            return
        occasion = self.follow_up_uuid()
        self.ctx.perform(lambda s: ops.link_evidence(s, occasion, row["target_kind"], row["target_uuid"], kind,
                                                     uuid), parent=self)

    def pick_action(self) -> None:
        rows = fu.agreement_actions(self.ctx.store, self.ctx.agreement_uuid)
        week = self.tr("%1 v%2")
        dialog = PickDialog(self.tr("Koppla åtgärd ur EST-loggen"), [
            Column(self.tr("Vecka"),
                   lambda r: week.replace("%1", str(r["raised_year"])).replace("%2", str(r["raised_week"]))),
            Column(self.tr("Åtgärd"), "description"),
            Column(self.tr("Status"), "status"), Column(self.tr("Samverkansform"), "form_name")], rows, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._link("action", dialog.chosen())

    def pick_value(self) -> None:
        rows = []
        for ind in indicators.list_indicators(self.ctx.store, self.ctx.agreement_uuid):
            for v in indicators.list_values(self.ctx.store, ind["uuid"]):
                rows.append({**v, "indicator": ind["name"], "unit": ind["unit"]})
        dialog = PickDialog(self.tr("Koppla mätvärde"), [
            Column(self.tr("Indikator"), "indicator"), Column(self.tr("Område"), "area_name"),
            Column(self.tr("Period"), "period"),
            Column(self.tr("Värde"), lambda r: f"{r['value']:g} {r['unit']}".strip())], rows, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._link("indicator_value", dialog.chosen())

    def unlink(self) -> None:
        index = self.links.currentIndex()
        if index.isValid():
            uuid = self.links_model.rows[index.row()]["uuid"]
            self.ctx.perform(lambda s: ops.unlink_evidence(s, uuid), parent=self)


def _evidence_text(row: dict) -> str:
    parts = []
    if row["evidence_count"]:
        parts.append(QCoreApplication.translate("AssessmentsPage", "%1 kopplade")
                     .replace("%1", str(row["evidence_count"])))
    if row["evidence"]:
        parts.append(row["evidence"])
    return " · ".join(parts)
