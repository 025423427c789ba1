"""Veckan: the week's meeting and area statuses, its incidents, the prioritised problems (the pack
puts them first) and the actions open in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.est import queries as est
from ...core.periods import IsoWeek
from ..i18n import core_text
from ..models import Column, RowsModel
from ..widgets import panel, resize_to_contents, sorted_table, split
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
        _proxy, self.problem_table = sorted_table(self.problems, "week_problem_table", stretch_column=1,
                                                  order_by=None)
        problems = panel(QLabel(self.tr("<b>Prioriterade problem</b>")), self.problem_table)
        right = split(self.incidents, problems, self.actions, vertical=True, sizes=(400, 130, 200))
        splitter = split(self.meeting, right, stretch=(0, 1), sizes=(430, 900))
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
