"""The problem editor: a prioritised problem, its orsaksanalys, its effect measure and its incidents.

The effect measure is an indicator (its latest value in the problem's area) or the count of the
problem's own incidents per tertial, with a baseline and a target; the Uppföljning tab and the
follow-up PDF show them beside the current value. The list at the bottom holds the incidents
linked to the problem ("Koppla till problem…" in the week's incident table); "Ta bort koppling"
takes the chosen ones off (one undo step each action). Saving the form is one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.est import ops as est_ops
from ...core.est import problem_work
from ...core.est import queries as est
from ...core.follow_up import indicators
from ...core.periods import IsoWeek
from ..dialogs import form_rows
from ..i18n import core_text
from ..models import UUID_ROLE, Column, RowsModel
from ..widgets import make_table, resize_to_contents
from .action_dialog import _combo, _Dialog, _short


class ProblemDialog(_Dialog):
    """New or changed prioritised problem: description, area, raised week, priority 1–3, status,
    orsaksanalys, effect measure (indicator or incident count, baseline, target), linked incidents."""

    def __init__(self, ctx, week: IsoWeek, *, problem_uuid: str | None = None, parent=None):
        super().__init__(ctx, self.tr("Ändra problem") if problem_uuid else self.tr("Nytt prioriterat problem"), parent)
        self.setObjectName("problem_dialog")
        store, ag = ctx.store, ctx.agreement_uuid
        row = store.get("problem", problem_uuid) if problem_uuid else {}
        self.problem_uuid = problem_uuid
        self.description = self._long_text(row.get("description", ""), 70)
        self.area = _combo([(self.tr("(inget område)"), None)] + [(p["label"], p["uuid"]) for p in est.entry_places(store, ag)],
                           row.get("area_uuid"))
        self.raised = self._week_field(row, week)
        self.priority = QSpinBox()
        self.priority.setRange(1, 3)
        self.priority.setValue(row.get("priority", 2))
        self.priority.setToolTip(self.tr("1 = högst prioritet"))
        self.status = _combo([(core_text(s), s) for s in est_ops.PROBLEM_STATUSES], row.get("status", "aktivt"))
        self.cause = self._long_text(row.get("cause_analysis", ""), 80)
        self.cause.setObjectName("problem_cause")
        self.cause.setPlaceholderText(self.tr("Orsaksanalys: varför uppstår problemet här och nu – plats, tid, "
                                              "målgrupp, vad som saknas?"))
        none, indicator, incidents = problem_work.EFFECT_KINDS
        self.effect_kind = _combo([(self.tr("(inget effektmått)"), none), (self.tr("En indikator"), indicator),
                                   (self.tr("Problemets kopplade händelser per tertial"), incidents)],
                                  row.get("effect_kind") or none)
        self.effect_kind.setObjectName("problem_effect_kind")
        self.indicator = _combo([(self.tr("(välj indikator)"), None)] + [
            (i["name"] + (f" ({i['unit']})" if i["unit"] else ""), i["uuid"])
            for i in indicators.list_indicators(store, ag)], row.get("effect_indicator_uuid"))
        self.indicator.setObjectName("problem_effect_indicator")
        self.baseline = QLineEdit(problem_work.number_text(row.get("effect_baseline")).replace("–", "")
                                  .replace("\u2212", "-"))
        self.baseline.setObjectName("problem_effect_baseline")
        self.target = QLineEdit(problem_work.number_text(row.get("effect_target")).replace("–", "")
                                .replace("\u2212", "-"))
        self.target.setObjectName("problem_effect_target")
        for edit in (self.baseline, self.target):
            edit.setPlaceholderText(self.tr("tal, t.ex. 23 eller 2,5"))
        self.effect_kind.currentIndexChanged.connect(self._effect_changed)
        form_rows([(self.tr("Problem"), self.description), (self.tr("Område"), self.area),
                   (self.tr("Sedan vecka"), self.raised), (self.tr("Prioritet (1–3)"), self.priority),
                   (self.tr("Status"), self.status), (self.tr("Orsaksanalys"), self.cause),
                   (self.tr("Effektmått"), self.effect_kind), (self.tr("Indikator"), self.indicator),
                   (self.tr("Utgångsvärde"), self.baseline), (self.tr("Mål"), self.target)], self.form)
        self.incidents = self._incident_list() if problem_uuid else None
        self._effect_changed()
        self.resize(640, 640 if problem_uuid else 460)

    def _incident_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.incident_label = QLabel()
        self.incident_model = RowsModel([
            Column(self.tr("Datum"), "occurred_on"), Column(self.tr("Tid"), "occurred_time"),
            Column(self.tr("Kategori"), "category"), Column(self.tr("Område/plats"), "area"),
            Column(self.tr("Antal"), "count", align_right=True),
            Column(self.tr("Beskrivning"), "description", tooltip=lambda r: r["description"])])
        self.incident_table = make_table(self.incident_model, stretch_column=5)
        self.incident_table.setObjectName("problem_incidents")
        self.incident_table.setSortingEnabled(False)  # newest first, as the query gives them
        self.incident_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unlink_button = QPushButton(self.tr("Ta bort koppling"))
        self.unlink_button.setToolTip(self.tr("De markerade händelserna hör inte längre till problemet"))
        self.unlink_button.clicked.connect(self.unlink_selected)
        head = QHBoxLayout()
        head.addWidget(self.incident_label, 1)
        head.addWidget(self.unlink_button)
        layout.addLayout(head)
        layout.addWidget(self.incident_table, 1)
        self.layout().insertWidget(1, box, 1)
        self.load_incidents()
        return box

    def load_incidents(self) -> None:
        rows = problem_work.problem_incidents(self.ctx.store, self.problem_uuid)
        self.incident_model.set_rows(rows)
        resize_to_contents(self.incident_table, 200)
        total = sum(r["count"] for r in rows)
        self.incident_label.setText(self.tr("<b>Kopplade händelser</b> – {n} registreringar, {total} händelser")
                                    .format(n=len(rows), total=total) if rows else
                                    self.tr("<b>Kopplade händelser</b> – inga ännu: markera händelser i veckans "
                                            "tabell och välj ”Koppla till problem…”."))
        self.unlink_button.setEnabled(bool(rows))

    def unlink_selected(self) -> None:
        uuids = [i.data(UUID_ROLE) for i in self.incident_table.selectionModel().selectedRows()]
        if uuids and self.ctx.perform(lambda s: problem_work.unlink_incidents(s, uuids), parent=self) is not None:
            self.load_incidents()

    def _effect_changed(self, *_args) -> None:
        kind = self.effect_kind.currentData()
        self.indicator.setEnabled(kind == problem_work.EFFECT_KINDS[1])
        for edit in (self.baseline, self.target):
            edit.setEnabled(bool(kind))

    def operation(self):
        values = {"description": self.description.toPlainText(), "area_uuid": self.area.currentData(),
                  "raised": self._week(self.raised), "priority": self.priority.value(),
                  "status": self.status.currentData(), "cause_analysis": self.cause.toPlainText(),
                  "effect_kind": self.effect_kind.currentData() or "",
                  "effect_indicator_uuid": self.indicator.currentData() if self.effect_kind.currentData() ==
                  problem_work.EFFECT_KINDS[1] else None,
                  "effect_baseline": self.baseline.text(), "effect_target": self.target.text()}
        return (self._add_or_update(self.problem_uuid, est_ops.update_problem, est_ops.add_problem, values),
                (values["description"], values["cause_analysis"]))


def choose_problem(ctx, parent, *, kommun=None) -> str | None:
    """Ask which open problem (the kommun's, when one is chosen) incidents belong to; its uuid or None."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    problems = est.list_problems(ctx.store, ctx.agreement_uuid, kommun=kommun)
    if not problems:
        QMessageBox.information(parent, QCoreApplication.translate("ProblemDialog", "Koppla till problem"),
                                QCoreApplication.translate("ProblemDialog", "Det finns inga aktiva problem. Lägg "
                                                           "till ett med Nytt problem… (Ctrl+Shift+P)."))
        return None
    labels = [f"{p['priority']}. {_short(p['description'])}" + (f" – {p['area']}" if p["area"] else "")
              for p in problems]
    label, ok = QInputDialog.getItem(parent, QCoreApplication.translate("ProblemDialog", "Koppla till problem"),
                                     QCoreApplication.translate("ProblemDialog", "Problemet som händelserna hör till:"),
                                     labels, 0, False)
    return problems[labels.index(label)]["uuid"] if ok and label in labels else None
