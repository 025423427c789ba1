"""The EST analysis of a period: three years side by side, areas rolled up, trend, saved conclusions."""

from __future__ import annotations

import pytest

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est.analysis import analyse, pick_agreement, save_analysis, saved_analysis
from samverkan_desktop.core.periods import IsoWeek, Period
from samverkan_desktop.core.store import replay

from .est_analysis_fixtures import add_incident, small_agreement


@pytest.fixture
def data(store):
    d = small_agreement(store)
    add_incident(store, d, "2026-05-01", "Klotter", "Vivalla", 3)          # first day of T2
    add_incident(store, d, "2026-04-30", "Klotter", "Vivalla", 50)         # T1: not counted
    add_incident(store, d, "2026-06-10", "Klotter", "Vivalla centrum", 2)  # plats → Vivalla
    add_incident(store, d, "2026-08-31", "Brand", "Centrum", 1, source="Räddningstjänst")
    add_incident(store, d, "2025-06-10", "Klotter", "Centrum", 4)
    add_incident(store, d, "2024-07-01", "Brand", None, 5, source=None)
    gone = add_incident(store, d, "2026-06-11", "Brand", "Centrum", 9)
    with store.write("Ta bort") as tx:
        tx.delete("incident", gone)
    return d


def test_three_years_side_by_side(store, data):
    a = analyse(store, data["agreement"], Period.parse("2026-T2"))
    assert a.years == [2024, 2025, 2026]
    assert a.totals == {2024: 5, 2025: 4, 2026: 6}
    cats = {r.label: r.counts for r in a.by_category}
    assert cats["Klotter"] == {2025: 4, 2026: 5}
    assert cats["Brand"] == {2024: 5, 2026: 1}
    areas = {r.label: r.counts for r in a.by_area}
    assert areas["Vivalla"] == {2026: 5}  # the plats counts under its område
    assert areas["(inget område)"] == {2024: 5}
    sources = {r.label: r.counts for r in a.by_source}
    assert sources["Räddningstjänst"] == {2026: 1} and sources["(ingen källa)"] == {2024: 5}
    assert a.category_area[("Klotter", "Vivalla")] == 5
    assert a.by_category[0].label == "Klotter"  # largest this period first


def test_largest_changes_and_trend(store, data):
    a = analyse(store, data["agreement"], Period.parse("2026-T2"))
    top = a.largest_changes(2)
    assert top[0].label == "Vivalla" and top[0].delta == 5 and top[0].percent is None
    centrum = next(c for c in a.changes if c.label == "Centrum")
    assert (centrum.previous, centrum.current, centrum.percent) == (4, 1, -75.0)
    weeks, series = a.trend_series()
    assert weeks[0] == IsoWeek.of(Period.parse("2026-T2").start).week == 18
    assert weeks[-1] == 36 and set(series) == {2024, 2025, 2026}
    # Week 18 (1–3 May) and week 36 (31 Aug) lie only partly in T2: gaps, not drops ("partial weeks").
    assert series[2026][0] is None and series[2026][-1] is None and a.partial_weeks() == [18, 36]
    assert sum(n for n in series[2026] if n is not None) == 6 - 3 - 1  # 3 in week 18, 1 on 31 Aug
    # A week a year does not have is a gap too (2026 has week 53, 2025 not).
    add_incident(store, data, "2025-10-01", "Klotter", "Centrum", 1)  # so T3 2025 has data
    t3 = analyse(store, data["agreement"], Period.parse("2026-T3"))
    weeks, series = t3.trend_series()
    assert weeks[-1] == 53 and series[2025][-1] is None and series[2025][-2] is not None
    assert t3.partial_weeks() == [36, 53]
    # A year without a single registration is no line at all, not a line of zeros.
    later = analyse(store, data["agreement"], Period.parse("2028-T2"))
    _weeks, series = later.trend_series()
    assert all(n is None for n in series[2028]) and all(n is None for n in series[2027])


def test_conclusions_saved_per_period_and_undoable(store, data):
    period = Period.parse("2026-T2")
    changes = save_analysis(store, data["agreement"], period, conclusions="Klotter ökar.",
                            prioritized_areas="Vivalla")
    assert changes.touches("analysis")
    a = analyse(store, data["agreement"], period)
    assert (a.conclusions, a.prioritized_areas, a.saved) == ("Klotter ökar.", "Vivalla", True)
    assert not analyse(store, data["agreement"], Period.parse("2026-T3")).saved
    second = save_analysis(store, data["agreement"], period, conclusions="Klotter minskar.", prioritized_areas="")
    replay.undo(store, second)
    assert saved_analysis(store, data["agreement"], period)["conclusions"] == "Klotter ökar."
    replay.undo(store, changes)
    assert saved_analysis(store, data["agreement"], period) is None


def test_pick_agreement(store, data):
    assert pick_agreement(store, None)["uuid"] == data["agreement"]
    small_agreement(store, title="Hallsberg 2024-2026")
    with pytest.raises(ValidationError, match="2 överenskommelser"):
        pick_agreement(store, None)
    assert pick_agreement(store, "hallsberg")["title"] == "Hallsberg 2024-2026"


def test_demo_tertial_compares_three_years(demo_store):
    from samverkan_desktop.core.demo.orebro import find_agreement

    a = analyse(demo_store, find_agreement(demo_store), Period.parse("2026-T2"))
    assert all(a.totals[y] > 0 for y in (2024, 2025, 2026))
    assert a.saved and a.conclusions
    assert sum(r.count(2026) for r in a.by_area) == a.totals[2026]
