"""Shared by the EST PDFs: table styling, the three-year bar chart, the weekly trend chart."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Table

from ..pdf import Plain, table
from ..pdf.text import ACCENT, FONT, FONT_BOLD, INK, MUTED, clean, para
from .charts import end_labels, style_line

# Oldest year lightest, this year darkest: the eye finds the current period first.
YEAR_COLOURS = [colors.HexColor("#b7c9dc"), colors.HexColor("#6f93b8"), ACCENT]
GRID = colors.HexColor("#c9d3de")
HEAD_BG = colors.HexColor("#e8eef5")


def fmt_delta(delta: int) -> str:
    return f"{delta:+d}" if delta else "±0"


def fmt_percent(previous: int, current: int) -> str:
    if previous == 0:
        return "–" if current == 0 else "ny"
    return f"{100.0 * (current - previous) / previous:+.0f} %"


def grid_table(data: list[list], col_widths: Sequence[float], *, numeric_from: int | None = 1,
               total_row: bool = False, repeat: int = 1, row_styles: dict | None = None) -> Table:
    """A table with a shaded header (``data[0]`` when ``repeat``), thin rules, numbers
    right-aligned from column ``numeric_from``.

    Strings are the report's own short text (drawn as they are); user text comes as
    :class:`~..pdf.Text` and is cut into pieces that flow over pages. ``row_styles`` as in
    :func:`~..pdf.table` (body rows from 0).
    """
    def own(cell):
        return Plain(cell) if isinstance(cell, str) and not isinstance(cell, Plain) else cell

    rows = [[own(c) for c in row] for row in data]
    header = rows[0] if repeat else None
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if repeat:
        style += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT)]
    if numeric_from is not None:
        style.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5), ("LINEABOVE", (0, -1), (-1, -1), 0.6, INK)]
    return table(rows[1:] if repeat else rows, col_widths, header=header, style=style,
                 row_styles=row_styles, rule=(0.25, GRID))


def empty_note(text: str):
    return para(text, "small")


def bar_chart(labels: list[str], series: dict[int, list[int]], *, width: float, height: float,
              title: str = "") -> Drawing:
    """Grouped vertical bars: one group per label, one bar per year (legend below)."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 58
    chart.width, chart.height = width - 50, height - 88
    years = sorted(series)
    chart.data = [series[y] for y in years] or [[0]]
    for i, _ in enumerate(years):
        chart.bars[i].fillColor = YEAR_COLOURS[-len(years):][i]
        chart.bars[i].strokeColor = None
    chart.groupSpacing = 6
    chart.barSpacing = 0.5
    chart.categoryAxis.categoryNames = [short(label) for label in labels] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.strokeColor = MUTED
    drawing.add(chart)
    _legend(drawing, years, width, height, title)
    return drawing


def line_chart(weeks: list[int], series: dict[int, list[int | None]], *, width: float, height: float,
               title: str = "", note: str = "") -> Drawing:
    """The weekly trend: x = ISO week number of the period, one line per year, each with its own
    dash pattern and marker and its year written where it ends. ``None`` leaves a gap (a week
    that is partly outside the period, still running or missing that year); ``note`` says why."""
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 36, 30
    chart.width, chart.height = width - 80, height - 62
    every = sorted(series)
    newest = len(every) - 1
    # A year with no value at all draws no line (reportlab cannot draw an empty one).
    years = [y for y in every if any(v is not None for v in series[y])]
    chart.data = [series[y] for y in years] if weeks and years else [[0]]
    for i, year in enumerate(years):
        # the newest year solid and strong; older years dashed, each with a marker of its own
        at = every.index(year)
        style_line(chart.lines[i], newest - at, YEAR_COLOURS[-len(every):][at], width=2.2 if at == newest else 1.2)
    step = max(1, len(weeks) // 26)
    chart.categoryAxis.categoryNames = [str(w) if i % step == 0 else "" for i, w in enumerate(weeks)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.strokeColor = MUTED
    drawing.add(chart)
    if weeks and years:
        chart.draw()  # lays the axes out, so the points' positions are known
        ends = []
        for i, year in enumerate(years):
            if chart._positions[i]:  # the drawn points only (None leaves no position)
                x, y = chart._positions[i][-1]
                ends.append((x, y, str(year)))
        end_labels(drawing, ends)
    drawing.add(String(chart.x + chart.width / 2, 8, "ISO-vecka", fontName=FONT, fontSize=7,
                       fillColor=MUTED, textAnchor="middle"))
    if note:
        drawing.add(String(36, height - 24, note, fontName=FONT, fontSize=6.5, fillColor=MUTED))
    if title:
        drawing.add(String(36, height - 12, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    return drawing


def _legend(drawing: Drawing, years: list[int], width: float, height: float, title: str) -> None:
    if title:
        drawing.add(String(36, height - 12, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    legend = Legend()
    legend.x, legend.y = width - 10 - 62 * len(years), height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.dxTextSpace = 4
    legend.deltax = 62
    legend.colorNamePairs = list(zip(YEAR_COLOURS[-len(years):], [str(y) for y in years], strict=True))
    drawing.add(legend)


def short(text: str, limit: int = 20) -> str:
    """``text`` on one line, cut with "…" after ``limit`` characters (chart labels)."""
    text = " ".join(clean(text[:limit * 4]).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
