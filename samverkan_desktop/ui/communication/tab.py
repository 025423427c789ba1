"""Kommunikationsplan: the joint plan per agreement and year, its activities as a list and a timeline."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.agreement import queries as agreements
from ...core.communication import queries as communication
from ...core.i18n import N_
from ...core.store.stamps import today
from ..i18n import core_text, status_with_overdue, week_text
from ..models import SORT_ROLE, Column, RowsModel
from ..tab_base import Tab
from ..widgets import heading, push_button, refill_filter, resize_to_contents, sorted_table, split
from . import exports
from .actions import PlanActions
from .activity_form import ActivityForm
from .header import PlanHeader
from .timeline import OVERDUE, Timeline

STATUS_FILTERS = ((QT_TRANSLATE_NOOP("CommunicationTab", "Alla statusar"), None),
                  *((s, s) for s in communication.STATUSES),
                  (QT_TRANSLATE_NOOP("CommunicationTab", "försenade"), N_("försenad")))


class ActivityModel(RowsModel):
    """Activities; the first column shows "vecka 24" but sorts by the planned day."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE and index.isValid() and index.column() == 0:
            when = self.rows[index.row()]["when"]
            return when.isoformat() if when else "9999"
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row["overdue"]:
                return QColor("#8a1c1c")
            if row["status"] == "inställd":
                return QColor("#8a8a8a")
        return super().data(index, role)


class CommunicationTab(PlanActions, Tab):
    title = QT_TRANSLATE_NOOP("CommunicationTab", "Kommunikationsplan")
    object_name = "communication_tab"
    tables = frozenset({"communication_plan", "communication_activity", "party", "agreement_party",
                        "cooperation_form", "action", "follow_up", "code_item"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.plans: list[dict] = []
        self.plan: dict | None = None
        self.current: str | None = None  # the selected activity
        self._build_top()
        self._build_filters()
        self._build_activities()
        self.header = PlanHeader()
        self.header.field_edited.connect(self._save_header_field)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.activities_page, self.tr("Aktiviteter och tidslinje"))
        self.pages.addTab(self.header, self.tr("Planens innehåll"))
        self.filters = QWidget()
        self.filters.setLayout(self.filter_bar)
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        # The filters are about activities; the header page has none.
        self.pages.currentChanged.connect(lambda i: self.filters.setVisible(i == 0))
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)
        self._build_actions()
        self._flushing = False
        # Typed activity fields are saved when the cursor leaves the form (as the header's are),
        # so switching year, agreement or tab never drops them.
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    # -- building ------------------------------------------------------------------------

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = push_button(text, slot)
        if tip:
            button.setToolTip(tip)
        return button

    def _build_top(self) -> None:
        self.year = QComboBox()
        self.year.setObjectName("plan_year")
        self.year.setAccessibleName(self.tr("Planens år"))
        self.year.currentIndexChanged.connect(self._on_year)
        self.new_plan_button = self._button(self.tr("Ny plan…"), self.new_plan, self.tr("Starta kommunikationsplanen för ett år"))
        self.copy_button = self._button(self.tr("Kopiera till nästa år"), self.copy_to_next_year,
                                        self.tr("Planens innehåll och de återkommande aktiviteterna följer med"))
        self.new_button = self._button(self.tr("Ny aktivitet"), self.new_activity, self.tr("Ny aktivitet (Ctrl+N)"))
        self.ics_button = self._button(self.tr("Kalender (ICS)…"), lambda: exports.export_ics(self),
                                       self.tr("Aktiviteterna som kalenderfil för Outlook, Google eller Apple"))
        self.pdf_button = self._button(self.tr("PDF…"), lambda: exports.export_pdf(self), self.tr("Planen som PDF"))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #5b6b7c;")
        self.top = QHBoxLayout()
        self.top.addWidget(heading(self.tr("Kommunikationsplan")))
        self.top.addWidget(QLabel(self.tr("&År:"), buddy=self.year))
        self.top.addWidget(self.year)
        self.top.addWidget(self.new_plan_button)
        self.top.addWidget(self.summary, 1)
        for button in (self.new_button, self.copy_button, self.ics_button, self.pdf_button):
            self.top.addWidget(button)

    def _build_filters(self) -> None:
        self.party_filter = QComboBox()
        self.channel_filter = QComboBox()
        self.status_filter = QComboBox()
        for label, value in STATUS_FILTERS:
            self.status_filter.addItem(core_text(label) if value in communication.STATUSES else self.tr(label), value)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(QLabel(self.tr("Visa:")))
        for box, name in ((self.party_filter, "part"), (self.channel_filter, "kanal"), (self.status_filter, "status")):
            box.setAccessibleName(f"Filter: {name}")
            box.currentIndexChanged.connect(self._show_activities)
            self.filter_bar.addWidget(box)
        self.legend = QLabel(self.tr(
            "<span style='color:#1f4e79'>■</span> planerad &nbsp; <span style='color:#b38600'>■</span> pågår "
            "&nbsp; <span style='color:#2e7d32'>■</span> genomförd &nbsp; <span style='color:#8a8a8a'>■</span> "
            "inställd &nbsp; <span style='color:#c62828'>■</span> försenad &nbsp;·&nbsp; dra en aktivitet till en "
            "annan månad för att flytta den (eller Alt+←/→)"))
        self.legend.setStyleSheet("color: #5b6b7c;")
        self.filter_bar.addStretch()
        self.filter_bar.addWidget(self.legend)

    def _build_activities(self) -> None:
        self.timeline = Timeline()
        self.timeline.activity_selected.connect(self._select_activity)
        self.timeline.activity_activated.connect(lambda uuid: (self._select_activity(uuid), self.form.title.setFocus()))
        self.timeline.move_requested.connect(self.move_activity)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setMinimumHeight(190)
        self.model = ActivityModel([
            Column(self.tr("När"), lambda r: r["planned_date"] or (week_text(r["planned_week"])
                                                                   if r.get("planned_week") else "")),
            Column(self.tr("Aktivitet"), "title", tooltip=lambda r: r["message"]),
            Column(self.tr("Status"), lambda r: status_with_overdue(r["status"], bool(r.get("overdue")))),
            Column(self.tr("Kanal"), "channel"),
            Column(self.tr("Målgrupp"), "target_group"),
            Column(self.tr("Ansvarig"), lambda r: ", ".join(p for p in (r["party_short"] or r["party_name"] or "",
                                                                r["responsible_function"]) if p)),
        ], background=lambda r: OVERDUE[0] if r["overdue"] else None)
        self.proxy, self.table = sorted_table(self.model, "activity_table")
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row)
        self.table.doubleClicked.connect(lambda _i: self.form.title.setFocus())
        self.form = ActivityForm()
        self.form.save_requested.connect(self.save_activity)
        self.form.complete_requested.connect(self.complete_activity)
        self.form.delete_requested.connect(self.delete_activity)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(380)
        lower = split(self.table, form_scroll, stretch=(3, 2), sizes=(780, 560))
        body = split(self.timeline_scroll, lower, vertical=True, stretch=(2, 3), sizes=(180, 470))
        self.activities_page = QWidget()
        page = QVBoxLayout(self.activities_page)
        page.setContentsMargins(0, 4, 0, 0)
        page.addWidget(body)

    def _build_actions(self) -> None:
        def action(text, shortcut, slot, *widgets, context=Qt.ShortcutContext.WidgetWithChildrenShortcut):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            for w in widgets:
                w.addAction(act)
            return act
        self.new_action = action(self.tr("Ny aktivitet"), "Ctrl+N", self.new_activity, self)
        # Delete only where it cannot mean "delete the character": the list and the timeline.
        self.delete_action = action(self.tr("Ta bort aktivitet"), QKeySequence.StandardKey.Delete, self.delete_activity,
                                    self.table, self.timeline, context=Qt.ShortcutContext.WidgetShortcut)
        self.earlier_action = action(self.tr("Flytta en månad tidigare"), "Alt+Left", lambda: self.shift_activity(-1),
                                     self.table, self.timeline, context=Qt.ShortcutContext.WidgetShortcut)
        self.later_action = action(self.tr("Flytta en månad senare"), "Alt+Right", lambda: self.shift_activity(1),
                                   self.table, self.timeline, context=Qt.ShortcutContext.WidgetShortcut)

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        store, uuid = self.ctx.store, self.ctx.agreement_uuid
        wanted = self.plan["year"] if self.plan else None
        self.plans = communication.list_plans(store, uuid) if uuid else []
        self.year.blockSignals(True)
        self.year.clear()
        for plan in sorted(self.plans, key=lambda p: p["year"]):
            self.year.addItem(str(plan["year"]), plan["year"])
        index = self.year.findData(wanted) if wanted is not None else -1
        if index < 0:  # default: this year's plan, else the newest
            index = self.year.findData(today().year)
        self.year.setCurrentIndex(index if index >= 0 else self.year.count() - 1)
        self.year.blockSignals(False)
        parties = agreements.agreement_parties(store, uuid) if uuid else []
        refill_filter(self.party_filter, self.tr("Alla parter"), [(p.name, p.party_uuid) for p in parties])
        self.form.set_choices(
            parties=[(p.party_uuid, p.name) for p in parties],
            channels=communication.channel_choices(store),
            targets=communication.target_group_choices(store, uuid) if uuid else [],
            links=communication.link_choices(store, uuid) if uuid else {})
        self._on_year()

    def _on_year(self, *_args) -> None:
        year = self.year.currentData()
        self.plan = next((p for p in self.plans if p["year"] == year), None)
        has_plan = self.plan is not None
        for w in (self.copy_button, self.new_button, self.ics_button, self.pdf_button, self.form):
            w.setEnabled(has_plan)
        self.new_action.setEnabled(has_plan)
        self.new_plan_button.setEnabled(bool(self.ctx.agreement_uuid))
        self.header.set_plan(self.plan)
        channels = communication.channel_choices(self.ctx.store, self.plan["uuid"]) if has_plan else []
        refill_filter(self.channel_filter, self.tr("Alla kanaler"), [(c, c) for c in channels])
        self._show_activities()

    def _show_activities(self, *_args) -> None:
        if self.plan is None:
            rows = []
            self.summary.setText(self.tr("Ingen plan för den valda överenskommelsen. Välj Ny plan… för att börja.")
                                 if self.ctx.agreement_uuid else self.tr("Ingen överenskommelse vald."))
        else:
            rows = communication.list_activities(
                self.ctx.store, self.plan["uuid"], party=self.party_filter.currentData(),
                channel=self.channel_filter.currentData(), status=self.status_filter.currentData())
            total = self.plan["activity_count"]
            shown = f"{len(rows)} av {total}" if len(rows) != total else str(total)
            overdue = sum(r["overdue"] for r in rows)
            text = (self.tr("{n} aktivitet") if total == 1 else self.tr("{n} aktiviteter")).format(n=shown)
            if overdue:
                text += (self.tr(", {n} försenad") if overdue == 1 else self.tr(", {n} försenade")).format(n=overdue)
            self.summary.setText(text)
        self.model.set_rows(rows)
        self.timeline.set_activities(self.plan["year"] if self.plan else today().year, rows, today())
        resize_to_contents(self.table, 170)
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 250) if rows else 250)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 300))
        if self.current and any(r["uuid"] == self.current for r in rows):
            self._select_activity(self.current)
        elif self.form.uuid is not None or self.plan is None:
            self.current = None
            self.form.load(None)
            self.timeline.select(None)

    def _on_focus_changed(self, old, new) -> None:
        if self._flushing or old is None or new is None or not _inside(old, self.form) or _inside(new, self.form):
            return
        if self.form.is_dirty() and self.plan is not None:
            self._flushing = True
            try:
                self.save_activity()
            finally:
                self._flushing = False

    # -- selection ------------------------------------------------------------------------

    def _on_table_row(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.row_at(self.proxy.mapToSource(current))
            if row["uuid"] != self.form.uuid:
                self._select_activity(row["uuid"])

    def _select_activity(self, uuid: str) -> None:
        """Show ``uuid`` in the form, the list and the timeline (unsaved edits are saved first)."""
        if self.form.uuid != uuid and self.form.uuid is not None and self.form.is_dirty():
            if not self.save_activity():
                self._select_in_views(self.form.uuid)
                return
        row = next((r for r in self.model.rows if r["uuid"] == uuid), None)
        if row is None:
            return
        self.current = uuid
        if self.form.uuid != uuid or not self.form.is_dirty():
            self.form.load(row)
        self._select_in_views(uuid)

    def _select_in_views(self, uuid: str | None) -> None:
        self.timeline.select(uuid)
        for i, row in enumerate(self.model.rows):
            if row["uuid"] == uuid:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                if self.table.currentIndex().row() != index.row():
                    self.table.blockSignals(True)
                    self.table.selectionModel().blockSignals(True)
                    self.table.setCurrentIndex(index)
                    self.table.selectionModel().blockSignals(False)
                    self.table.blockSignals(False)
                    self.table.viewport().update()
                    self.table.scrollTo(index)
                return

    def selected_record(self) -> tuple[str, str] | None:
        row = self.selected_activity()
        return ("communication_activity", row["uuid"]) if row else None

    def selected_activity(self) -> dict | None:
        return next((r for r in self.model.rows if r["uuid"] == self.current), None)


def _inside(widget, container) -> bool:
    """True when ``widget`` is ``container`` or below it, popups (a combo box's list) included."""
    try:
        while widget is not None:
            if widget is container:
                return True
            widget = widget.parentWidget()
    except RuntimeError:  # a widget already deleted on the C++ side
        return False
    return False
