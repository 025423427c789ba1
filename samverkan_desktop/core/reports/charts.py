"""Charts and markers shared by the reports (reportlab.graphics, DejaVu Sans), readable in black
and white: every line has its own dash pattern and marker shape besides its colour, and its name
stands where it ends (no legend to match by colour). A value of a period that is still running
is drawn hollow and named "preliminärt".
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from ..errors import ValidationError
from ..follow_up.indicators import Series
from ..pdf.text import FONT, MUTED, STATUS_COLOURS, clean
from ..periods import Period
from ..store import stamps

PALETTE = [colors.HexColor(c) for c in ("#1f4e79", "#c0504d", "#2e7d32", "#f29100", "#7b3fa0", "#00838f",
                                        "#6d4c41", "#5b6b7c")]
# (dash pattern or None for solid, marker) per line: told apart without colour.
LINE_STYLES = [(None, "FilledCircle"), ((6, 3), "FilledSquare"), ((1.5, 2.5), "FilledTriangle"),
               ((6, 2, 1.5, 2), "Diamond"), ((10, 3), "Cross"), ((3, 3), "Circle"), ((1, 1.5), "Square"),
               ((8, 2, 2, 2, 2, 2), "FilledDiamond")]
LABEL_SIZE = 7
LABEL_GAP = 8.5  # the least vertical distance between two end labels


def style_line(line, index: int, colour, *, width: float = 1.4) -> None:
    """Colour, dash pattern and marker of line ``index`` (LinePlot or HorizontalLineChart line)."""
    dash, marker = LINE_STYLES[index % len(LINE_STYLES)]
    line.strokeColor = colour
    line.strokeWidth = width
    line.strokeDashArray = dash
    line.symbol = makeMarker(marker, size=4.5, fillColor=colour, strokeColor=colour, strokeWidth=0.8)


def end_labels(drawing: Drawing, ends: list[tuple[float, float, str]], *, colour_of=None) -> None:
    """Write each (x, y, text) just right of a line's last point, moved apart so none overlap."""
    placed: list[float] = []
    for i, (x, y, text) in sorted(enumerate(ends), key=lambda e: -e[1][1]):
        ty = y - 2.5
        for other in placed:
            if abs(other - ty) < LABEL_GAP:
                ty = other - LABEL_GAP
        placed.append(ty)
        drawing.add(String(x + 6, ty, text, fontName=FONT, fontSize=LABEL_SIZE,
                           fillColor=colour_of(i) if colour_of else MUTED))


def label(text: str, limit: int = 24) -> str:
    """A name on one line, cut with "…" (chart labels)."""
    text = " ".join(clean(text[:limit * 4]).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def status_marker(status: str, size: float = 9, *, colours: dict | None = None) -> Drawing:
    """A filled circle in the status colour, to stand next to the status text.

    ``colours`` maps status to colour; by default grön/gul/röd/ej bedömd.
    """
    d = Drawing(size + 2, size + 2)
    d.add(Circle(size / 2 + 1, size / 2 + 1, size / 2, fillColor=(colours or STATUS_COLOURS).get(status, MUTED),
                 strokeColor=colors.white, strokeWidth=0.5))
    return d


def _preliminary(period: str, as_of: dt.date) -> bool:
    try:
        return Period.parse(period).running_on(as_of)
    except ValidationError:  # a period text the parser does not know: not marked
        return False


def indicator_chart(series: list[Series], *, unit: str = "", width: float = 470, height: float = 190,
                    as_of: dt.date | None = None) -> Drawing:
    """A line chart over years, one line per area, each named where it ends.

    A value of a period not over on ``as_of`` (default today) is drawn hollow, and its line's
    name says "prel.".
    """
    as_of = as_of or stamps.today()
    d = Drawing(width, height)
    lines = [s for s in series if s.points]
    if not lines:
        d.add(String(10, height / 2, "Inga mätvärden.", fontName=FONT, fontSize=9, fillColor=MUTED))
        return d
    xs = [x for s in lines for x, _ in s.points]
    ys = [y for s in lines for _, y in s.points]
    plot = LinePlot()
    plot.x, plot.y = 42, 28
    plot.width, plot.height = width - 170, height - 46
    plot.data = [list(s.points) for s in lines]
    for i, _ in enumerate(lines):
        style_line(plot.lines[i], i, PALETTE[i % len(PALETTE)])
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
    plot.draw()  # lays the axes out, so the points' positions are known
    ends, any_preliminary = [], False
    for i, s in enumerate(lines):
        colour = PALETTE[i % len(PALETTE)]
        positions = plot._positions[i]
        prelim = [_preliminary(p, as_of) for p in s.periods]
        for (px, py), hollow in zip(positions, prelim, strict=True):
            if hollow:
                d.add(Circle(px, py, 3.2, fillColor=colors.white, strokeColor=colour, strokeWidth=1.2))
        any_preliminary |= any(prelim)
        x, y = positions[-1]
        ends.append((x, y, label(s.area_name) + (" (prel.)" if prelim[-1] else "")))
    end_labels(d, ends, colour_of=lambda i: PALETTE[i % len(PALETTE)])
    if unit:
        d.add(String(4, height - 12, " ".join(clean(unit[:100]).split())[:40], fontName=FONT, fontSize=7.5,
                     fillColor=MUTED))
    if any_preliminary:
        d.add(String(plot.x, 4, f"Ofylld punkt: preliminärt värde (perioden pågår per {as_of.isoformat()}).",
                     fontName=FONT, fontSize=6.5, fillColor=MUTED))
    return d
