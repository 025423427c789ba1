"""Uppföljning: occasions and the committee's duties, assessments and their matrix, indicators, the
problems' effect, lägesbild, action plan, committee meetings.

Each inner tab is a page in ``ui/follow_up/``; this tab only holds them and refreshes the one shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from ..tab_base import Tab
from ..widgets import size_by_current_page
from .action_plan import ActionPlanPage
from .assessments import AssessmentsPage
from .effects import EffectsPage
from .indicators import IndicatorsPage
from .lagesbild import LagesbildPage
from .matrix import MatrixPage
from .meetings import MeetingsPage
from .occasions import OccasionsPage


class FollowUpTab(Tab):
    title = QT_TRANSLATE_NOOP("FollowUpTab", "Uppföljning")  # translated where the tab is added
    object_name = "follow_up_tab"
    tables = frozenset({"follow_up", "assessment", "assessment_evidence", "indicator", "indicator_value",
                        "action_plan_item", "meeting", "paragraph", "cooperation_form", "guaranteed_resource",
                        "action", "analysis", "area", "agreement_party", "party", "action_plan", "actor",
                        "problem", "lagesbild", "lagesbild_problem", "committee_duty", "incident"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.occasions = OccasionsPage(ctx)
        self.assessments = AssessmentsPage(ctx)
        self.matrix = MatrixPage(ctx)
        self.indicators = IndicatorsPage(ctx)
        self.effects = EffectsPage(ctx)
        self.lagesbild = LagesbildPage(ctx)
        self.action_plan = ActionPlanPage(ctx)
        self.meetings = MeetingsPage(ctx)
        self.pages = QTabWidget()
        self.pages.setObjectName("follow_up_pages")
        for page, title in ((self.occasions, self.tr("&Tillfällen")),
                            (self.assessments, self.tr("&Bedömningar")),
                            (self.matrix, self.tr("&Matris")),
                            (self.indicators, self.tr("&Indikatorer")),
                            (self.effects, self.tr("&Effekt")),
                            (self.lagesbild, self.tr("&Lägesbild")),
                            (self.action_plan, self.tr("Å&tgärdsplan")),
                            (self.meetings, self.tr("&Sammanträden"))):
            self.pages.addTab(page, title)
        size_by_current_page(self.pages)
        self._fresh: set[int] = set()
        self.pages.currentChanged.connect(self._on_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)

    def refresh(self) -> None:
        # Only the page on show reloads now; the others when they are shown.
        self._fresh.clear()
        self._on_page(self.pages.currentIndex())

    def _on_page(self, index: int) -> None:
        if index >= 0 and index not in self._fresh:
            self._fresh.add(index)
            self.pages.widget(index).refresh()
