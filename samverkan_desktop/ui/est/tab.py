"""EST-logg: the week navigator on top, the sub-views below ("Veckan", "Öppna åtgärder", …)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.est import codelists
from ...core.est import queries as est
from ...core.est.kommun import agreement_kommuner
from ...core.periods import IsoWeek
from ..lazy_tabs import LazyTabs
from ..tab_base import Tab
from .navigator import WeekNavigator
from .week_view import WeekView


class EstTab(Tab):
    title = QT_TRANSLATE_NOOP("EstTab", "EST-logg")
    object_name = "est_tab"
    tables = frozenset({"est_week", "est_area_status", "incident", "problem", "action", "code_item", "area", "actor",
                        "agreement_party", "party", "cooperation_form"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self._watching: QWidget | None = None
        self.navigator = WeekNavigator(shortcut_scope=self)
        self.codes_button = QPushButton(self.tr("Kodlistor…"))
        self.codes_button.setToolTip(self.tr("Kategorier, källor och områden (Ctrl+K)"))
        self.actors_button = QPushButton(self.tr("Aktörer…"))
        self.actors_button.setToolTip(self.tr("Bostadsbolag, räddningstjänst, skola … som rapporterar eller "
                                              "ansvarar för åtgärder, med kontaktpersoner"))
        self.problem_button = QPushButton(self.tr("Nytt problem…"))
        self.problem_button.setToolTip(self.tr("Nytt prioriterat problem (Ctrl+Shift+P)"))
        self.kommun_box = QComboBox()
        self.kommun_box.setObjectName("est_kommun")
        self.kommun_box.setToolTip(self.tr("Visa en kommuns områden, händelser, problem och åtgärder – "
                                           "eller alla kommuner i överenskommelsen"))
        self.kommun_label = QLabel(self.tr("Kommun:"))
        self.kommun_label.setBuddy(self.kommun_box)
        self._kommuner: dict[str, object] = {}
        # The week is shown first; the other sub-views (and their modules: the charts) are built
        # when first shown or asked for (``tab.open_actions``, ``tab.analysis``).
        self.views = LazyTabs()
        self.views.setObjectName("est_views")
        self.week_view = WeekView(ctx)
        self.add_view(self.week_view, self.tr("Veckan"))
        self.views.add_lazy(self._make_open_actions, self.tr("Öppna åtgärder"))
        self.views.add_lazy(self._make_analysis, self.tr("Analys"))
        self.views.add_lazy(self._make_log, self.tr("Sök i loggen"))

        top = QHBoxLayout()
        top.addWidget(self.navigator, 1)
        top.addWidget(self.kommun_label)
        top.addWidget(self.kommun_box)
        top.addWidget(self.problem_button)
        top.addWidget(self.actors_button)
        top.addWidget(self.codes_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)

        self.navigator.week_changed.connect(lambda _w: self._load_views())
        self.kommun_box.currentIndexChanged.connect(self._kommun_changed)
        self.views.currentChanged.connect(lambda _i: self._load_views())
        self.codes_button.clicked.connect(self.open_codelists)
        self.actors_button.clicked.connect(self.open_actors)
        self.problem_button.clicked.connect(lambda: self.edit_problem(None))
        self._connect_actions(self.week_view.actions)
        for keys, slot in (("Ctrl+K", self.open_codelists), ("Ctrl+Shift+A", lambda: self.edit_action(None)),
                           ("Ctrl+Shift+P", lambda: self.edit_problem(None))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _connect_actions(self, panel) -> None:
        panel.new_requested.connect(lambda: self.edit_action(None))
        panel.edit_requested.connect(self.edit_action)

    def _make_open_actions(self) -> QWidget:
        from .actions_view import OpenActionsView

        view = OpenActionsView(self.ctx)
        view.kommun = self.kommun
        self._connect_actions(view.actions)
        view.new_problem_requested.connect(lambda: self.edit_problem(None))
        view.edit_problem_requested.connect(self.edit_problem)
        return view

    def _make_analysis(self) -> QWidget:
        from .analysis import AnalysisView

        view = AnalysisView(self.ctx)
        if self.kommun is not None:
            view.set_kommun(self.kommun)
        return view

    def _make_log(self) -> QWidget:
        from .log_view import IncidentLogView

        view = IncidentLogView(self.ctx)
        view.kommun = self.kommun
        return view

    @property
    def open_actions(self) -> QWidget:
        """Öppna åtgärder (built now if it has not been shown)."""
        return self.views.widget(1)

    @property
    def analysis(self) -> QWidget:
        """Analys (built now if it has not been shown)."""
        return self.views.widget(2)

    @property
    def log(self) -> QWidget:
        """Sök i loggen: the whole log, filtered (built now if it has not been shown)."""
        return self.views.widget(3)

    def showEvent(self, event) -> None:
        # The window closes (and the store with it) without asking the tabs: save the lägesbild
        # still being typed when the window is about to close.
        window = self.window()
        if window is not self and self._watching is not window:
            window.installEventFilter(self)
            self._watching = window
        super().showEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Close and obj is self._watching:
            self.week_view.commit()
        return False

    @property
    def week(self) -> IsoWeek:
        return self.navigator.week

    def add_view(self, widget: QWidget, title: str) -> int:
        """Add a sub-view (e.g. the analysis) as an inner tab. A view with ``load(week)`` or
        ``load()`` is reloaded when it is shown and when the data changes."""
        return self.views.add_page(widget, title)

    def invalid_edits(self) -> list[str]:
        return self.week_view.meeting.invalid_edits()

    def selected_record(self) -> tuple[str, str] | None:
        """The incident selected in the week's table, else the week itself (if it has a row)."""
        uuids = self.week_view.incidents.selected_uuids()
        if self.views.currentWidget() is self.week_view and len(uuids) == 1:
            return ("incident", uuids[0])
        row = est.week_row(self.ctx.store, self.ctx.agreement_uuid, self.week) if self.ctx.agreement_uuid else None
        return ("est_week", row["uuid"]) if row else None

    @property
    def kommun(self):
        """The kommun chosen in the filter (a core.est.kommun.Kommun), or None for all."""
        return self._kommuner.get(self.kommun_box.currentData() or "")

    def set_kommun(self, name: str | None) -> None:
        """Choose a kommun by name or short name (None/"": all kommuner)."""
        for i in range(self.kommun_box.count()):
            k = self._kommuner.get(self.kommun_box.itemData(i) or "")
            if (not name and k is None) or (k is not None and name in (k.name, k.short_name, k.party_uuid)):
                self.kommun_box.setCurrentIndex(i)
                return

    def _fill_kommuner(self) -> None:
        """The agreement's kommuner in the filter (shown only when there are several)."""
        ag = self.ctx.agreement_uuid
        kommuner = agreement_kommuner(self.ctx.store, ag) if ag else []
        keys = [k.party_uuid for k in kommuner]
        if keys == [self.kommun_box.itemData(i) for i in range(1, self.kommun_box.count())]:
            self._kommuner = {k.party_uuid: k for k in kommuner}  # areas may have changed
            return
        current = self.kommun_box.currentData()
        self.kommun_box.blockSignals(True)
        self.kommun_box.clear()
        self.kommun_box.addItem(self.tr("Alla kommuner"), "")
        for k in kommuner:
            self.kommun_box.addItem(k.label, k.party_uuid)
        self._kommuner = {k.party_uuid: k for k in kommuner}
        self.kommun_box.setCurrentIndex(max(0, self.kommun_box.findData(current)))
        self.kommun_box.blockSignals(False)
        several = len(kommuner) > 1
        self.kommun_box.setVisible(several)
        self.kommun_label.setVisible(several)

    def _kommun_changed(self, *_args) -> None:
        self.week_view.commit()
        self._apply_kommun()
        self._load_views()

    def _apply_kommun(self) -> None:
        """Give the kommun to the week and to the sub-views built so far (the others take it when
        they are built)."""
        kommun = self.kommun
        self.week_view.set_kommun(kommun)
        if (open_actions := self.views.built(1)) is not None:
            open_actions.kommun = kommun
        if (analysis := self.views.built(2)) is not None and analysis.kommun != kommun:
            analysis.set_kommun(kommun)
        if (log := self.views.built(3)) is not None:
            log.kommun = kommun

    def refresh(self) -> None:
        self._fill_kommuner()
        self._apply_kommun()
        self._load_views()

    def _load_views(self) -> None:
        has_agreement = bool(self.ctx.agreement_uuid)
        for widget in (self.views, self.problem_button, self.codes_button, self.actors_button):
            widget.setEnabled(has_agreement)
        view = self.views.currentWidget()
        if view is self.week_view:
            self.week_view.load(self.week)
        elif self.views.currentIndex() == 1:  # Öppna åtgärder: not about one week
            self.week_view.commit()
            view.load()
        elif hasattr(view, "load"):  # Analys, Sök i loggen, and any view added with add_view()
            self.week_view.commit()
            view.load(self.week)

    def _dialog_parent(self) -> QWidget:
        return self.window() or self

    def open_codelists(self) -> None:
        """The Kodlistor dialog; on a workspace without codes it offers the defaults."""
        from .codelists_dialog import CodeListsDialog

        dialog = CodeListsDialog(self.ctx, self._dialog_parent())
        if not codelists.codes(self.ctx.store, codelists.INCIDENT_CATEGORY, include_inactive=True):
            dialog.defaults_button.setFocus()
        dialog.exec()

    def open_actors(self) -> None:
        """The register of EST actors and their contact persons."""
        from .actors_dialog import ActorsDialog

        if self.ctx.agreement_uuid:
            ActorsDialog(self.ctx, self._dialog_parent()).exec()

    def edit_action(self, uuid: str | None) -> None:
        from .action_dialog import ActionDialog

        if not self.ctx.agreement_uuid:
            return
        ActionDialog(self.ctx, self.week, action_uuid=uuid, parent=self._dialog_parent()).exec()

    def edit_problem(self, uuid: str | None) -> None:
        from .problem_dialog import ProblemDialog

        if not self.ctx.agreement_uuid:
            return
        ProblemDialog(self.ctx, self.week, problem_uuid=uuid, parent=self._dialog_parent()).exec()
