"""Indikatorer: define an indicator, enter values per area and year, see the chart over years."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QLineEdit, QTableView, QWidget

from ...core.agreement import queries as agreements
from ...core.follow_up import indicators
from ..dialogs import form_rows, stacked
from ..models import Column, FlatTableModel, RowsModel
from ..widgets import control_row, heading, make_table, panel, push_button, resize_to_contents, split
from .common import ListSelection, list_panel


class ValueGrid(FlatTableModel):
    """Rows = areas (and "Hela kommunen"), columns = periods; a cell edit enters one value."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.areas: list[dict] = []
        self.periods: list[str] = []
        self.values: dict[tuple[str | None, str], float] = {}

    def load(self, areas: list[dict], periods: list[str], values: list[dict]) -> None:
        def update() -> None:
            self.areas, self.periods = areas, periods
            self.values = {(v["area_uuid"], v["period"]): v["value"] for v in values}

        self.replace(update)

    def shape(self) -> tuple[int, int]:
        return len(self.areas), len(self.periods)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.periods[section] if orientation == Qt.Orientation.Horizontal else self.areas[section]["name"]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.values.get((self.areas[index.row()]["uuid"], self.periods[index.column()]))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else f"{value:g}".replace(".", ",")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip().replace(",", ".").replace(" ", "").rstrip("%")
        try:
            number = float(text) if text else None
        except ValueError:
            self.page.warn(self.tr("Skriv ett tal, t.ex. 24,5 (inte %1).").replace("%1", repr(value)))
            return False
        area, period = self.areas[index.row()]["uuid"], self.periods[index.column()]
        if number == self.values.get((area, period)):
            return False
        return self.page.set_value(area, period, number)


class IndicatorsPage(ListSelection, QWidget):
    """Indicator list, its definition, the value grid and the chart (one line per area)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.extra_periods: list[str] = []
        self.list_model = RowsModel([Column(self.tr("Indikator"), "name"), Column(self.tr("Enhet"), "unit"),
                                     Column(self.tr("Källa"), "source"), Column(self.tr("Form"), "form_name"),
                                     Column(self.tr("Värden"), "value_count", align_right=True)])
        self.list = make_table(self.list_model, stretch_column=0)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.new_button = push_button(self.tr("Ny indikator"), self.add)
        self.delete_button = push_button(self.tr("Ta bort"), self.delete)

        self.name = QLineEdit()
        self.unit = QLineEdit(placeholderText=self.tr("%, antal …"))
        self.source = QLineEdit(placeholderText=self.tr("trygghetsmätning, SSPF-samordnare …"))
        self.higher = QCheckBox(self.tr("Högre värde är bättre"))
        self.form = QComboBox()
        self.description = QLineEdit()
        self.save_button = push_button(self.tr("Spara indikatorn"), self.save, "Ctrl+S")
        form = form_rows([(self.tr("&Namn:"), self.name), (self.tr("&Enhet:"), self.unit),
                          (self.tr("&Källa:"), self.source), ("", self.higher),
                          (self.tr("Samverkans&form:"), self.form),
                          (self.tr("&Beskrivning:"), self.description)])

        self.grid = ValueGrid(self)
        self.grid_view = QTableView()
        self.grid_view.setAccessibleName(self.tr("Värden per period"))
        self.grid_view.setModel(self.grid)
        self.add_year_button = push_button(self.tr("Lägg till år/period…"), self.add_period)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)

        left = list_panel(self.tr("Indikatorer"), self.list, [self.new_button, self.delete_button], form,
                          self.save_button, self.save)
        right = panel(control_row(heading(self.tr("Mätvärden per område och period")), None, self.add_year_button),
                      (self.grid_view, 2), (self.chart_view, 3))
        stacked(self, split(left, right, stretch=(2, 3)))

    def warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.warning(self, self.tr("Indikator"), text)

    # -- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ag = self.ctx.agreement_uuid
        current = self.selected_uuid()
        rows = indicators.list_indicators(self.ctx.store, ag) if ag else []
        self.list_model.set_rows(rows)
        resize_to_contents(self.list, 260)
        self.form.clear()
        self.form.addItem(self.tr("(ingen)"), None)
        for f in agreements.list_forms(self.ctx.store, ag) if ag else []:
            self.form.addItem(f["abbreviation"] or f["name"], f["uuid"])
        self.new_button.setEnabled(bool(ag))
        self.select(current or (rows[0]["uuid"] if rows else None))

    def _selection_view(self):
        return self.list

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        row = next((r for r in self.list_model.rows if r["uuid"] == uuid), None)
        for w in (self.name, self.unit, self.source, self.higher, self.form, self.description, self.save_button,
                  self.delete_button, self.grid_view, self.add_year_button):
            w.setEnabled(row is not None)
        row = row or {}
        self.name.setText(row.get("name", ""))
        self.unit.setText(row.get("unit", ""))
        self.source.setText(row.get("source", ""))
        self.higher.setChecked(bool(row.get("higher_is_better", 1)))
        self.form.setCurrentIndex(max(self.form.findData(row.get("form_uuid")), 0))
        self.description.setText(row.get("description", ""))
        self._load_values(uuid, row.get("unit", ""))

    def _load_values(self, uuid: str | None, unit: str) -> None:
        store = self.ctx.store
        if not uuid:
            self.grid.load([], [], [])
            self.show_chart([], "")
            return
        values = indicators.list_values(store, uuid)
        # The areas, then the whole municipality (program statistics have no area); a stable
        # order, so rows never move under the cursor while values are typed in.
        areas = indicators.indicator_areas(store, self.ctx.agreement_uuid) + [{"uuid": None, "name": indicators.WHOLE}]
        periods = sorted(set(indicators.periods_of(store, uuid)) | set(self.extra_periods), key=indicators.period_x)
        self.grid.load(areas, periods, values)
        self.grid_view.resizeColumnsToContents()
        self.show_chart(indicators.series(store, uuid), unit)

    def show_chart(self, series: list, unit: str) -> None:
        """Draw one QLineSeries per area (x = year)."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(self.name.text())
        if not series:
            return
        x_axis, y_axis = QValueAxis(), QValueAxis()
        xs = [x for s in series for x, _ in s.points]
        ys = [y for s in series for _, y in s.points]
        lo, hi = int(min(xs)), int(max(xs) + 0.999)
        x_axis.setRange(lo - 0.25, hi + 0.25)
        x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        x_axis.setTickAnchor(lo)
        x_axis.setTickInterval(1)
        x_axis.setLabelFormat("%d")
        y_axis.setRange(min(0.0, min(ys)), max(ys) * 1.15 if max(ys) > 0 else 1.0)
        y_axis.applyNiceNumbers()
        y_axis.setTitleText(unit)
        y_axis.setLabelFormat("%g")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            line = QLineSeries()
            line.setName(s.area_name)
            line.setPointsVisible(True)
            for x, y in s.points:
                line.append(x, y)
            self.chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)

    # -- writing -----------------------------------------------------------------------------

    def add(self) -> None:
        ag = self.ctx.agreement_uuid
        changes = self.ctx.perform(lambda s: indicators.add_indicator(s, ag, name="Ny indikator"), parent=self)
        if changes:
            self.select(changes.created("indicator")[0])
            self.name.setFocus()
            self.name.selectAll()

    def save(self) -> None:
        self.save_form(indicators.update_indicator,
                       {"name": self.name, "unit": self.unit, "source": self.source, "higher_is_better": self.higher,
                        "form_uuid": self.form, "description": self.description}, "name", "description")

    def delete(self) -> None:
        self.delete_selected(indicators.delete_indicator)

    def set_value(self, area_uuid: str | None, period: str, value: float | None) -> bool:
        uuid = self.selected_uuid()
        return self.ctx.perform(lambda s: indicators.set_value(s, uuid, area_uuid, period, value),
                                parent=self) is not None

    def add_period(self, text: str | None = None) -> None:
        if text is None:
            text, ok = QInputDialog.getText(self, self.tr("Lägg till period"),
                                             self.tr("År (ÅÅÅÅ) eller tertial (ÅÅÅÅ-T1):"))
            if not ok:
                return
        try:
            period = indicators.normalise_period(text)
        except Exception as exc:  # a ValidationError with a Swedish message
            self.warn(str(exc))
            return
        if period not in self.extra_periods:
            self.extra_periods.append(period)
        self._show_selected()
