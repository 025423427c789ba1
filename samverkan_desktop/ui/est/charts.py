"""The EST analysis charts in the app (QtCharts): bars per category for three years, the weekly trend."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

# The same colours as the PDFs (core/reports/est_common.py): this year darkest.
YEAR_COLOURS = ["#b7c9dc", "#6f93b8", "#1f4e79"]


def _colours(n: int) -> list[QColor]:
    return [QColor(c) for c in YEAR_COLOURS[-n:]] if n else []


class _Chart(QChartView):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.setMinimumHeight(130)  # two charts stacked must leave the Analys view room on a 768 px screen

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_ticks()

    def _fit_ticks(self) -> None:
        """A vertical count axis labelled only as often as the height has room for, in steps of
        1, 2 or 5 × 10ⁿ: a short chart (a 768 px screen) keeps its numbers instead of "…"."""
        axis = getattr(self, "y_axis", None)
        if not isinstance(axis, QValueAxis):
            return
        step = nice_step(axis.max(), max(1, int(self.chart().plotArea().height() // 22)))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _axes(self, chart: QChart, categories: list[str], series_list: list, top: int, *,
              categories_left: bool = False) -> None:
        """A category axis (along the bottom, or on the left with full names) and a count axis up to
        ``top``, attached to every series."""
        names = QBarCategoryAxis()
        names.append(categories or [""])
        values = QValueAxis()
        values.setRange(0, max(1, top) * 1.1)
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        if categories_left:
            names.setTruncateLabels(False)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if categories_left else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if categories_left else Qt.AlignmentFlag.AlignLeft)
        for s in series_list:
            s.attachAxis(names)
            s.attachAxis(values)
        self.x_axis, self.y_axis = (values, names) if categories_left else (names, values)
        self._fit_ticks()


class CategoryBarChart(_Chart):
    """Horizontal grouped bars: a row per category (its full name on the left), a bar per year."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("CategoryBarChart", "Händelser per kategori"), parent)

    def set_data(self, labels: list[str], series: dict[int, list[int]]) -> None:
        chart = self._reset()
        bars = QHorizontalBarSeries()
        # Qt draws the first category at the bottom: reverse, so the order matches the table.
        colour_of = dict(zip(sorted(series), _colours(len(series)), strict=True))
        for year in sorted(series):  # Qt stacks a group's bars bottom-up: this year's lands on top
            colour = colour_of[year]
            bar_set = QBarSet(str(year))
            bar_set.append([float(v) for v in reversed(series[year])])
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            bars.append(bar_set)
        bars.setBarWidth(0.85)
        chart.addSeries(bars)
        top = max((max(v) for v in series.values() if v), default=0)
        self._axes(chart, [_short(label, 26) for label in reversed(labels)], [bars], top, categories_left=True)


class WeeklyTrendChart(_Chart):
    """One line per year over the ISO weeks of the period."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("WeeklyTrendChart", "Veckotrend (antal per ISO-vecka)"), parent)

    def set_data(self, weeks: list[int], series: dict[int, list[int]]) -> None:
        chart = self._reset()
        lines = []
        years = sorted(series)
        for i, (colour, year) in enumerate(zip(_colours(len(years)), years, strict=True)):
            line = QLineSeries()
            line.setName(str(year))
            for x, v in enumerate(series[year]):
                if v is not None:  # None: a week still to come
                    line.append(float(x), float(v))
            line.setPen(QPen(colour, 3 if i == len(years) - 1 else 1.5))
            chart.addSeries(line)
            lines.append(line)
        top = max((max((x for x in v if x is not None), default=0) for v in series.values()), default=0)
        self._axes(chart, [str(w) for w in weeks], lines, top)


def nice_step(top: float, room: int) -> int:
    """The smallest step of 1, 2 or 5 × 10ⁿ that labels 0 … ``top`` at most ``room`` times."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * magnitude) <= room:
                return factor * magnitude
        magnitude *= 10


def _short(text: str, limit: int = 15) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
