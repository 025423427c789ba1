"""The EST "Analys" sub-view: a tertial or a year against the two years before, charts, conclusions.

The EST tab adds it as an inner tab (``tab.add_view(AnalysisView(ctx), "Analys")``) and calls
:meth:`AnalysisView.load` when it is shown or the data changes. Counting runs off the UI thread
(``ctx.tasks``); saving the conclusions goes through ``ctx.perform`` (one undo step).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.est.analysis import Analysis, CountRow, analyse, save_analysis, saved_analysis
from ...core.est.timeofday import WeekdayHours, weekday_hours
from ...core.periods import IsoWeek, Period, tertial_of
from ...core.store.records import OpChanges
from ...core.store.stamps import today
from ..export_pdf import export_report
from ..models import Column, RowsModel, SwedishSortProxy
from ..tab_base import ReloadsWhenShown
from ..widgets import fit_tabs, make_table, panel, resize_to_contents, split
from .charts import CategoryBarChart, WeeklyTrendChart
from .hours_table import WeekdayHoursView


def _pct(previous: int, current: int) -> str:
    if previous == 0:
        return "–" if current == 0 else QCoreApplication.translate("AnalysisView", "ny")
    return f"{100.0 * (current - previous) / previous:+.0f} %"


def count_columns(head: str, years: list[int]) -> list[Column]:
    """Name, one column per year, change and per cent against the year before (rows: :func:`count_dict`)."""
    prev, now = years[-2], years[-1]

    def n(r: dict, y: int) -> int:
        return r["counts"].get(y, 0)

    return [Column(head, "label"),
            *[Column(str(y), (lambda r, y=y: n(r, y)), align_right=True) for y in years],
            Column("± " + QCoreApplication.translate("AnalysisView", "mot %1").replace("%1", str(prev)),
                   lambda r: n(r, now) - n(r, prev), align_right=True),
            Column("%", lambda r: _pct(n(r, prev), n(r, now)), align_right=True)]


def count_dict(row: CountRow) -> dict:
    return {"uuid": row.key or None, "label": row.label, "counts": dict(row.counts)}


class _ChangeRowsModel(RowsModel):
    """Rows whose "±" columns show their sign (+12) but still sort as numbers."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and self.columns[index.column()].header.startswith("±"):
            number = self.columns[index.column()].value(self.rows[index.row()])
            return f"{number:+d}" if number else "±0"
        return value


class AnalysisView(ReloadsWhenShown, QWidget):
    """Period picker, three-year tables, QtCharts, largest changes, conclusions editor, PDF export."""

    computed = Signal(object)  # the Analysis shown (tests wait on it)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result: Analysis | None = None
        self._generation = 0
        self._shown_period: Period | None = None
        self.kommun = None  # a core.est.kommun.Kommun: only its areas
        self._shown_kommun = None
        now = today()
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Tertial"), "tertial")
        self.kind_box.addItem(self.tr("Helår"), "year")
        self.kind_box.setAccessibleName(self.tr("Tertial eller helår"))
        self.year_box = QSpinBox()
        self.year_box.setAccessibleName(self.tr("År"))
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(now.year)
        self.tertial_box = QComboBox()
        self.tertial_box.setAccessibleName(self.tr("Tertial"))
        for t, months in ((1, self.tr("jan–apr")), (2, self.tr("maj–aug")), (3, self.tr("sep–dec"))):
            self.tertial_box.addItem(self.tr("T%1 (%2)").replace("%1", str(t)).replace("%2", months), t)
        self.tertial_box.setCurrentIndex(tertial_of(now) - 1)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(self.tr("Exportera PDF…"))
        self.pdf_button.setToolTip(self.tr("Tertial- eller årsrapporten med tabeller och diagram"))
        for w in (self.kind_box, self.tertial_box):
            w.currentIndexChanged.connect(self._period_changed)
        self.year_box.valueChanged.connect(self._period_changed)
        self.pdf_button.clicked.connect(self.export_pdf)

        self.tables = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        self.views = {}
        for key, title in (("category", self.tr("Per kategori")), ("area", self.tr("Per område")),
                           ("source", self.tr("Per källa"))):
            model = _ChangeRowsModel([Column("", "label")])
            proxy = SwedishSortProxy(self)
            proxy.setSourceModel(model)
            view = make_table(proxy, stretch_column=0)
            self.models[key], self.views[key] = model, view
            self.tables.addTab(view, title)
        self.cross = RowsModel([Column(self.tr("Kategori"), "category")])
        self.cross_view = make_table(self.cross)
        self.tables.addTab(self.cross_view, self.tr("Kategori × område"))
        self.hours = WeekdayHoursView()
        self.tables.addTab(self.hours, self.tr("Veckodag × klockslag"))
        fit_tabs(self.tables)
        self.bar_chart = CategoryBarChart()
        self.trend_chart = WeeklyTrendChart()
        self.changes = _ChangeRowsModel([Column(self.tr("Område"), "label")])
        self.changes_view = make_table(self.changes, stretch_column=0)
        self.changes_view.setSortingEnabled(False)
        self.conclusions = QPlainTextEdit()
        self.conclusions.setPlaceholderText(self.tr("Slutsatser för perioden: vad har hänt, varför, vad gör vi?"))
        self.prioritized = QPlainTextEdit()
        self.prioritized.setPlaceholderText(self.tr("Prioriterade områden, t.ex. Vivalla (öppen narkotikahandel)"))
        self.prioritized.setMaximumHeight(60)
        self.conclusions.setMinimumHeight(48)
        self.save_button = QPushButton(self.tr("Spara slutsatser"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Spara slutsatser och prioriterade områden för perioden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        for editor in (self.conclusions, self.prioritized):
            editor.textChanged.connect(self._update_save)
        self._layout()
        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.agreement_selected.connect(lambda _uuid: self._mark_stale())
        ctx.hub.workspace_opened.connect(self._mark_stale)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for label, w in ((self.tr("&Period:"), self.kind_box), (None, self.year_box), (None, self.tertial_box)):
            if label:
                text = QLabel(label)
                text.setBuddy(w)
                bar.addWidget(text)
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.pdf_button)
        charts = split(self.bar_chart, self.trend_chart, vertical=True, sizes=(340, 260))
        top = split(self.tables, charts, sizes=(640, 680))  # the tables' five tabs and columns fit at 1366 px
        changes_box = panel(QLabel(self.tr("<b>Störst förändring mot året innan</b>")), self.changes_view)
        editor_box = QWidget()
        el = QVBoxLayout(editor_box)
        el.setContentsMargins(0, 0, 0, 0)
        el.addWidget(QLabel(self.tr("<b>Slutsatser</b>")))
        el.addWidget(self.conclusions, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Prioriterade områden</b>")))
        row.addStretch()
        row.addWidget(self.save_button)
        el.addLayout(row)
        el.addWidget(self.prioritized)
        bottom = split(changes_box, editor_box, sizes=(480, 840))
        body = split(top, bottom, vertical=True, stretch=(1, 0), sizes=(600, 170))  # a short screen: tables, charts
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        # A screen lower than the view's least height (a laptop's 768 px less the taskbar) scrolls
        # the view instead of pushing the window past the screen's bottom edge.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)
        self._update_save()

    # -- the period --------------------------------------------------------------------------

    @property
    def period(self) -> Period:
        """The period chosen in the picker."""
        if self.kind_box.currentData() == "year":
            return Period(self.year_box.value())
        return Period(self.year_box.value(), self.tertial_box.currentData())

    def set_period(self, period: Period) -> None:
        """Choose ``period`` in the picker (and compute it)."""
        for w in (self.kind_box, self.year_box, self.tertial_box):
            w.blockSignals(True)
        self.kind_box.setCurrentIndex(1 if period.tertial is None else 0)
        self.year_box.setValue(period.year)
        if period.tertial:
            self.tertial_box.setCurrentIndex(period.tertial - 1)
        for w in (self.kind_box, self.year_box, self.tertial_box):
            w.blockSignals(False)
        self._period_changed()

    def _period_changed(self, *_args) -> None:
        self.tertial_box.setEnabled(self.kind_box.currentData() == "tertial")
        if self._dirty() and self._shown_period and self._shown_period != self.period:
            answer = QMessageBox.question(
                self, self.tr("Osparade slutsatser"),
                self.tr("Slutsatserna för %1 är inte sparade. Spara dem nu?")
                .replace("%1", self._shown_period.label()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Save:
                self.save(period=self._shown_period)
        self.load()

    # -- computing ---------------------------------------------------------------------------

    def load(self, week: IsoWeek | None = None) -> None:
        """Recompute the chosen period in the background (the EST tab calls this)."""
        agreement, period, store, kommun = self.ctx.agreement_uuid, self.period, self.ctx.store, self.kommun
        self._stale = False
        self._generation += 1
        generation = self._generation
        if not agreement:
            self.summary.setText(self.tr("Ingen överenskommelse vald."))
            return
        self.summary.setText(self.tr("Räknar %1 …").replace("%1", period.label()))

        def done(results: tuple[Analysis, WeekdayHours]) -> None:
            if generation == self._generation:
                self.hours.set_table(results[1])
                self._show(results[0])

        def work(progress) -> tuple[Analysis, WeekdayHours]:
            return (analyse(store, agreement, period, progress=progress, kommun=kommun),
                    weekday_hours(store, agreement, period, kommun=kommun))

        self.ctx.tasks.run(self.tr("Analys %1").replace("%1", period.label()), work, on_success=done)

    def set_kommun(self, kommun) -> None:
        """Analyse only ``kommun``'s areas (None: the whole agreement); unsaved conclusions of the
        kommun on screen are saved first (they belong to it)."""
        if self._dirty() and self._shown_period:
            self.save()
        self.kommun = kommun

    def _show(self, result: Analysis) -> None:
        new_period = result.period != self._shown_period or result.kommun != self._shown_kommun
        self.result = result
        years = result.years
        for key, rows in (("category", result.by_category), ("area", result.by_area), ("source", result.by_source)):
            head = {"category": self.tr("Kategori"), "area": self.tr("Område"), "source": self.tr("Källa")}[key]
            model = self.models[key]
            model.columns = count_columns(head, years)
            model.set_rows([count_dict(r) for r in rows])
            view = self.views[key]
            resize_to_contents(view, 240)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            if view.horizontalHeader().sortIndicatorSection() in (-1, 0) or new_period:
                view.sortByColumn(len(years), Qt.SortOrder.DescendingOrder)  # this year, largest first
        self._fill_cross(result)
        changes = result.largest_changes(8)
        self.changes.columns = [Column(self.tr("Område"), "label"),
                                Column(str(years[-2]), "previous", align_right=True),
                                Column(str(years[-1]), "current", align_right=True),
                                Column("±", "delta", align_right=True),
                                Column("%", lambda c: _pct(c["previous"], c["current"]), align_right=True)]
        self.changes.set_rows([{"label": c.label, "previous": c.previous, "current": c.current,
                                "delta": c.delta} for c in changes])
        resize_to_contents(self.changes_view, 200)
        chart_rows = [r for r in result.by_category if any(r.counts.values())]
        self.bar_chart.set_data([r.label for r in chart_rows], {y: [r.count(y) for r in chart_rows] for y in years})
        self.trend_chart.set_data(*result.trend_series(until=today()))
        t = result.totals
        self.summary.setText(self.tr("<b>%1</b>: %2 händelser (%3: %4, %5: %6)")
                             .replace("%1", result.period.label()).replace("%2", str(t.get(years[-1], 0)))
                             .replace("%3", str(years[-2])).replace("%4", str(t.get(years[-2], 0)))
                             .replace("%5", str(years[0])).replace("%6", str(t.get(years[0], 0))))
        if new_period or not self._dirty():
            self._set_editors(result.conclusions, result.prioritized_areas)
        self._shown_period = result.period
        self._shown_kommun = result.kommun
        self.computed.emit(result)

    def _fill_cross(self, result: Analysis) -> None:
        areas = [r.label for r in result.by_area if r.count(result.year)]
        cats = [r.label for r in result.by_category if r.count(result.year)]
        self.cross.columns = [Column(self.tr("Kategori"), "category"),
                              *[Column(a, (lambda r, a=a: r.get(a) or ""), align_right=True) for a in areas]]
        self.cross.set_rows([{"category": c, **{a: result.category_area.get((c, a), 0) for a in areas}}
                             for c in cats])
        resize_to_contents(self.cross_view, 160)
        for column in range(1, len(areas) + 1):  # an area's column as wide as its count: the name elides
            if self.cross_view.columnWidth(column) > 96:
                self.cross_view.setColumnWidth(column, 96)

    # -- conclusions ---------------------------------------------------------------------------

    def _set_editors(self, conclusions: str, prioritized: str) -> None:
        self._saved_text = (conclusions, prioritized)
        for editor, text in ((self.conclusions, conclusions), (self.prioritized, prioritized)):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
        self._update_save()

    def _dirty(self) -> bool:
        saved = getattr(self, "_saved_text", ("", ""))
        return (self.conclusions.toPlainText().strip(), self.prioritized.toPlainText().strip()) != \
            tuple(s.strip() for s in saved)

    def _update_save(self) -> None:
        self.save_button.setEnabled(self._shown_period is not None and self._dirty())

    def save(self, *, period: Period | None = None) -> OpChanges | None:
        """Save the conclusions and prioritised areas of the period on screen (undoable)."""
        period = period or self._shown_period
        if period is None or not self.ctx.agreement_uuid:
            return None
        conclusions, prioritized = self.conclusions.toPlainText(), self.prioritized.toPlainText()
        if not self.ctx.confirm_free_text(conclusions, prioritized, parent=self):
            return None
        agreement, kommun = self.ctx.agreement_uuid, self._shown_kommun
        changes = self.ctx.perform(lambda store: save_analysis(
            store, agreement, period, conclusions=conclusions, prioritized_areas=prioritized, kommun=kommun),
            parent=self)
        if changes is not None:
            self._saved_text = (conclusions, prioritized)
            self._update_save()
        return changes

    def reload(self) -> None:
        # Shown on its own (not inside the EST tab, which reloads its views itself) the view
        # follows the data too (ReloadsWhenShown): now when visible, else at the next show.
        self.load()

    def _on_changed(self, changes: OpChanges) -> None:
        if changes.touches("incident", "code_item", "area"):
            self._mark_stale()
        # An undo/redo of a saved analysis: show what is saved now.
        if changes.touches("analysis") and self._shown_period and self.ctx.agreement_uuid:
            row = saved_analysis(self.ctx.store, self.ctx.agreement_uuid, self._shown_period,
                                 kommun=self._shown_kommun)
            self._set_editors(row["conclusions"] if row else "", row["prioritized_areas"] if row else "")

    # -- PDF ---------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        """Save the tertial or annual PDF of the chosen period (built off the UI thread)."""
        if not self.ctx.agreement_uuid:
            return
        if self._dirty():
            self.save()
        period = self.period
        kind = "tertial" if period.tertial else "annual"
        default = Path.home() / (self.tr("EST-analys {period}").format(period=period) + ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara PDF"), str(default), "PDF (*.pdf)")
        if path:
            export_report(self.ctx, self, kind, Path(path), {
                "agreement": self.ctx.agreement_uuid, "period": str(period),
                "kommun": self.kommun.party_uuid if self.kommun else None})
