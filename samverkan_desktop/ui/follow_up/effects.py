"""Effekt: the prioritised problems' effect measures — baseline, target and the value today.

A problem's measure is an indicator or the count of its linked incidents per tertial
(core/est/problem_work.py). The list shows every problem that has a measure or an orsaksanalys;
a value of a period still running today is "Pågår – preliminärt", never "Målet nått";
double-click (or "Öppna problemet…") opens the problem editor, where the measure, the orsaksanalys
and the linked incidents are edited. The follow-up PDF prints the same table as of its day.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.est.problem_work import effect_rows, number_text
from ...core.periods import IsoWeek
from ...core.store.stamps import today
from ..i18n import core_text
from ..models import UUID_ROLE, Column, RowsModel
from ..widgets import heading, make_table, resize_to_contents, select_uuid

REACHED = {True: QColor("#e3f1e4"), False: QColor("#fbf0d6"), "running": QColor("#eef2f6")}


def _effect(r: dict, attr: str):
    return getattr(r["effect"], attr) if r["effect"] is not None else None


class EffectsPage(QWidget):
    """The problems with their effect measure as of today."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Prio"), "priority", align_right=True),
            Column(self.tr("Problem"), "description", tooltip=lambda r: r["cause_analysis"]),
            Column(self.tr("Område"), "area"),
            Column(self.tr("Effektmått"), lambda r: _effect(r, "measure") or self.tr("(inget)")),
            Column(self.tr("Utgångsvärde"), lambda r: number_text(_effect(r, "baseline")), align_right=True),
            Column(self.tr("Mål"), lambda r: number_text(_effect(r, "target")), align_right=True),
            Column(self.tr("Nuläge"), lambda r: number_text(_effect(r, "current")), align_right=True),
            Column(self.tr("Period"), lambda r: _effect(r, "current_period") or ""),
            Column(self.tr("Läge"), lambda r: core_text(_effect(r, "verdict")),
                   tooltip=lambda r: self.tr("Perioden pågår: värdet är preliminärt och inget slutligt besked "
                                             "om målet.") if _effect(r, "running") else ""),
            Column(self.tr("Kopplade händelser"), "incident_count", align_right=True),
        ], background=lambda r: REACHED.get("running" if _effect(r, "running") else _effect(r, "reached")))
        self.table = make_table(self.model, stretch_column=1)
        self.table.setObjectName("effects_table")
        self.table.doubleClicked.connect(lambda _i: self.open_problem())
        self.open_button = QPushButton(self.tr("Öppna problemet…"))
        self.open_button.setToolTip(self.tr("Orsaksanalys, effektmått och kopplade händelser"))
        self.open_button.clicked.connect(self.open_problem)
        self.note = QLabel(self.tr("Problem med orsaksanalys eller effektmått. Nuläget är indikatorns senaste "
                                   "värde i problemets område, eller problemets kopplade händelser under "
                                   "innevarande tertial. Effektmått sätts i problemet (EST-logg → Öppna åtgärder)."))
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Effekt av prioriterade problem")), 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        ag = self.ctx.agreement_uuid
        current = self.selected_uuid()
        self.model.set_rows(effect_rows(self.ctx.store, ag, today()) if ag else [])
        resize_to_contents(self.table, 320)
        select_uuid(self.table, current)
        self.open_button.setEnabled(bool(self.model.rows))

    def selected_uuid(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def open_problem(self) -> None:
        from ..est.problem_dialog import ProblemDialog

        uuid = self.selected_uuid()
        if uuid:
            ProblemDialog(self.ctx, IsoWeek.of(today()), problem_uuid=uuid, parent=self.window()).exec()
