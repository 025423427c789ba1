"""Veckan: the week's meeting and area statuses, its incidents and the actions open in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...core.est import queries as est
from ...core.periods import IsoWeek
from .actions_view import ActionsPanel
from .incident_entry import IncidentsPanel
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
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.incidents)
        right.addWidget(self.actions)
        right.setSizes([430, 250])
        splitter = QSplitter()
        splitter.addWidget(self.meeting)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)

    def set_kommun(self, kommun) -> None:
        """Show only ``kommun``'s areas, incidents and actions (None: the whole agreement)."""
        self.kommun = self.meeting.kommun = self.incidents.kommun = kommun

    def load(self, week: IsoWeek) -> None:
        self.week = week
        self.meeting.load(week)
        self.incidents.load(week)
        ag = self.ctx.agreement_uuid
        self.actions.set_rows(est.open_actions_in_week(self.ctx.store, ag, week, kommun=self.kommun) if ag else [])

    def commit(self) -> None:
        """Save edits in progress (the lägesbild) before the week or agreement changes."""
        self.meeting.commit()
