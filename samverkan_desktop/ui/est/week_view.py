"""Veckan: the week's meeting and area statuses, its incidents, the prioritised problems (the pack
puts them first) and the actions open in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.est import queries as est
from ...core.periods import IsoWeek
from ..i18n import core_text
from ..models import Column, RowsModel, SwedishSortProxy
from ..widgets import keep_model_order, make_table, resize_to_contents
from .actions_view import PRIORITY_ONE, ActionsPanel
from .incidents_panel import IncidentsPanel
from .meeting_panel import MeetingPanel


class WeekView(QWidget):
    """One ISO week of the selected agreement."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.week: IsoWeek | None = None
        self.kommun = None
        self.meeting = MeetingPanel(ctx)
        self.incidents = IncidentsPanel(ctx)
        self.actions = ActionsPanel(ctx, self.tr("Åtgärder öppna denna vecka"))
        self.problems = RowsModel([
            Column(self.tr("Prio"), "priority", align_right=True), Column(self.tr("Problem"), "description"),
            Column(self.tr("Område"), "area"), Column(self.tr("Status"), lambda r: core_text(r["status"])),
            Column(self.tr("Öppna åtgärder"), "open_actions", align_right=True),
        ], background=lambda r: PRIORITY_ONE if r["priority"] == 1 else None)
        proxy = SwedishSortProxy(self)
        proxy.setSourceModel(self.problems)
        self.problem_table = make_table(proxy, stretch_column=1)
        self.problem_table.setObjectName("week_problem_table")
        keep_model_order(self.problem_table)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(QLabel(self.tr("<b>Prioriterade problem</b>")))
        problems_layout.addWidget(self.problem_table)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.incidents)
        right.addWidget(problems)
        right.addWidget(self.actions)
        right.setSizes([400, 130, 200])
        splitter = QSplitter()
        splitter.addWidget(self.meeting)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_pressed)

    def save_pressed(self) -> None:
        """Ctrl+S out of habit: save what is being typed and say that saving is automatic."""
        self.commit()
        bar = getattr(self.window(), "statusBar", None)
        text = self.tr("Allt sparas automatiskt när du lämnar ett fält – du behöver inte spara.")
        if bar is not None:
            bar().showMessage(text, 6000)
        self.saved_message = text

    def set_kommun(self, kommun) -> None:
        """Show only ``kommun``'s areas, incidents and actions (None: the whole agreement)."""
        self.kommun = self.meeting.kommun = self.incidents.kommun = kommun

    def load(self, week: IsoWeek) -> None:
        self.week = week
        self.meeting.load(week)
        self.incidents.load(week)
        ag = self.ctx.agreement_uuid
        self.problems.set_rows(est.list_problems(self.ctx.store, ag, kommun=self.kommun) if ag else [])
        resize_to_contents(self.problem_table, 420)
        self.actions.set_rows(est.open_actions_in_week(self.ctx.store, ag, week, kommun=self.kommun) if ag else [])

    def commit(self) -> None:
        """Save edits in progress (the lägesbild) before the week or agreement changes."""
        self.meeting.commit()
