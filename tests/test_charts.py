"""Charts readable in black and white: a dash pattern and marker per line, names where lines end,
preliminary values hollow and named."""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, String

from samverkan_desktop.core.follow_up.indicators import Series, period_x
from samverkan_desktop.core.reports.charts import indicator_chart
from samverkan_desktop.core.reports.est_common import line_chart


def _series(name: str, values: dict[str, float]) -> Series:
    return Series(None, name, [(period_x(p), v) for p, v in values.items()], list(values))


def test_indicator_lines_differ_without_colour_and_are_named_at_their_ends():
    areas = ["Vivalla", "Baronbackarna", "Varberga", "Oxhagen", "Brickebacken"]
    series = [_series(a, {"2022": 20 + i, "2023": 19 + i, "2024": 18 + i, "2025": 17 + i}) for i, a in enumerate(areas)]
    d = indicator_chart(series, as_of=dt.date(2026, 11, 29))
    plot = next(c for c in d.contents if isinstance(c, LinePlot))
    styles = {(tuple(plot.lines[i].strokeDashArray or ()), plot.lines[i].symbol.kind) for i in range(5)}
    assert len(styles) == 5  # five dash/marker pairs, so grey print tells them apart
    labels = [c for c in d.contents if isinstance(c, String)]
    for area in areas:
        label = next(s for s in labels if s.text == area)
        assert label.x > plot.x + plot.width * 0.9  # at the line's end (the last year), not in a legend
    ys = sorted(s.y for s in labels if s.text in areas)
    assert all(b - a >= 8 for a, b in zip(ys, ys[1:], strict=False))  # not on top of each other
    assert not any(isinstance(c, Circle) for c in d.contents)  # nothing preliminary


def test_a_running_period_is_hollow_and_preliminary():
    d = indicator_chart([_series("Hela kommunen", {"2025": 5, "2026": 3})], as_of=dt.date(2026, 11, 29))
    texts = [c.text for c in d.contents if isinstance(c, String)]
    assert "Hela kommunen (prel.)" in texts and any("preliminärt värde" in t for t in texts)
    assert sum(isinstance(c, Circle) for c in d.contents) == 1


def test_week_trend_names_each_year_and_leaves_gaps():
    d = line_chart([36, 37, 38], {2024: [None] * 3, 2025: [None, 4, 5], 2026: [None, 6, None]}, width=400, height=150,
                   note="Vecka 36 ligger bara delvis i perioden.")
    texts = [c.text for c in d.contents if isinstance(c, String)]
    assert "2025" in texts and "2026" in texts and "Vecka 36 ligger bara delvis i perioden." in texts
    assert "2024" not in texts  # a year without data has no line and no end label
