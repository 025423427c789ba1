"""Charts and markers shared by the follow-up reports (reportlab.graphics, DejaVu Sans)."""

from __future__ import annotations

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from ..follow_up.indicators import Series
from ..pdf.text import FONT, MUTED, STATUS_COLOURS, clean

PALETTE = [colors.HexColor(c) for c in ("#1f4e79", "#c0504d", "#2e7d32", "#f29100", "#7b3fa0", "#00838f",
                                        "#6d4c41", "#5b6b7c")]


def status_marker(status: str, size: float = 9, *, colours: dict | None = None) -> Drawing:
    """A filled circle in the status colour, to stand next to the status text.

    ``colours`` maps status to colour; by default grön/gul/röd/ej bedömd.
    """
    d = Drawing(size + 2, size + 2)
    d.add(Circle(size / 2 + 1, size / 2 + 1, size / 2, fillColor=(colours or STATUS_COLOURS).get(status, MUTED),
                 strokeColor=colors.white, strokeWidth=0.5))
    return d


def indicator_chart(series: list[Series], *, unit: str = "", width: float = 470, height: float = 190) -> Drawing:
    """A line chart over years, one line per area (legend on the right)."""
    d = Drawing(width, height)
    lines = [s for s in series if s.points]
    if not lines:
        d.add(String(10, height / 2, "Inga mätvärden.", fontName=FONT, fontSize=9, fillColor=MUTED))
        return d
    xs = [x for s in lines for x, _ in s.points]
    ys = [y for s in lines for _, y in s.points]
    plot = LinePlot()
    plot.x, plot.y = 42, 28
    plot.width, plot.height = width - 190, height - 46
    plot.data = [list(s.points) for s in lines]
    for i, _ in enumerate(lines):
        colour = PALETTE[i % len(PALETTE)]
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.6
        plot.lines[i].symbol = makeMarker("FilledCircle", size=3.5, fillColor=colour, strokeColor=colour)
    lo, hi = int(min(xs)), int(max(xs) + 0.999)
    plot.xValueAxis.valueMin = lo - 0.25
    plot.xValueAxis.valueMax = hi + 0.25
    plot.xValueAxis.valueSteps = list(range(lo, hi + 1))
    plot.xValueAxis.labelTextFormat = "%d"
    top = max(ys) * 1.15 if max(ys) > 0 else 1
    plot.yValueAxis.valueMin = min(0, min(ys))
    plot.yValueAxis.valueMax = top
    plot.yValueAxis.labelTextFormat = lambda v: f"{v:g}".replace(".", ",")
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 7.5
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    plot.yValueAxis.visibleGrid = True
    d.add(plot)
    if unit:
        d.add(String(4, height - 12, " ".join(clean(unit[:100]).split())[:40], fontName=FONT, fontSize=7.5, fillColor=MUTED))
    legend = Legend()
    legend.x, legend.y = width - 138, height - 20
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.columnMaximum = 10
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], " ".join(clean(s.area_name[:100]).split())[:24])
                             for i, s in enumerate(lines)]
    d.add(legend)
    return d
