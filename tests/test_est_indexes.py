"""The EST queries search the incident indexes; none reads the whole incident table (EXPLAIN QUERY PLAN)."""

from __future__ import annotations

import pytest

from samverkan_desktop.core.est import analysis
from samverkan_desktop.core.est import pack as Q
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.est.kommun import area_clause

WEEK = {"agreement": "a", "year": 2026, "week": 53, "kommun_areas": None}
KOMMUN_WEEK = {**WEEK, "kommun_areas": '["x", "y"]'}
T2 = {"agreement": "a", "start": "2026-05-01", "end": "2026-08-31", "kommun_areas": None}
YEAR = {"agreement": "a", "start": "2026-01-01", "end": "2026-12-31", "kommun_areas": '["x"]'}

TAB_WEEK_QUERY = """SELECT i.*, c.label AS category, a.name AS area, s.label AS source
    FROM incident i LEFT JOIN code_item c ON c.uuid = i.category_uuid LEFT JOIN area a ON a.uuid = i.area_uuid
    LEFT JOIN code_item s ON s.uuid = i.source_uuid
    WHERE i.agreement_uuid = ? AND i.iso_year = ? AND i.iso_week = ? AND i.deleted = 0
    ORDER BY i.occurred_on, c.label COLLATE sv"""

TAB_WEEK_TOTALS = """SELECT w.*, (SELECT coalesce(sum(i.count), 0) FROM incident i
    WHERE i.agreement_uuid = w.agreement_uuid AND i.iso_year = w.iso_year AND i.iso_week = w.iso_week
      AND i.deleted = 0) AS incident_total
    FROM est_week w WHERE w.agreement_uuid = ? AND w.deleted = 0 ORDER BY w.iso_year DESC, w.iso_week DESC"""


def plan(store, sql, params) -> list[str]:
    return [r[3] for r in store.query("EXPLAIN QUERY PLAN " + sql, params)]


def incident_steps(steps: list[str]) -> list[str]:
    return [s for s in steps if " incident " in f" {s} " or s.startswith(("SCAN i ", "SEARCH i "))
            or s in ("SCAN i", "SCAN incident")]


@pytest.mark.parametrize("name, sql, params, index, columns", [
    ("week (tab)", TAB_WEEK_QUERY, ("a", 2026, 53), "incident_week", "iso_year=? AND iso_week=?"),
    ("week totals (tab's week list)", TAB_WEEK_TOTALS, ("a",), "COVERING INDEX incident_week",
     "iso_year=? AND iso_week=?"),
    ("week sums (pack)", Q._WEEK_SUMS.format(col="category_uuid", kommun=area_clause("area_uuid")), WEEK,
     "incident_week", "iso_year=? AND iso_week=?"),
    ("week sums of a kommun (pack)", Q._WEEK_SUMS.format(col="area_uuid", kommun=area_clause("area_uuid")),
     KOMMUN_WEEK, "incident_week", "iso_year=? AND iso_week=?"),
    ("analysis cube", analysis._CUBE, T2, "COVERING INDEX incident_date", "occurred_on>? AND occurred_on<?"),
    ("analysis weekly of a kommun", analysis._WEEKLY, YEAR, "COVERING INDEX incident_date",
     "occurred_on>? AND occurred_on<?"),
])
def test_incident_queries_search_an_index(store, name, sql, params, index, columns):
    steps = incident_steps(plan(store, sql, params))
    assert steps, name
    for step in steps:
        assert step.startswith("SEARCH"), (name, step)  # never "SCAN incident" (the whole table)
        assert index in step and columns in step, (name, step)


def traced(store, fn) -> list[str]:
    """The SQL statements (with their values) that ``fn()`` runs on the store's connection."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        store.conn.set_trace_callback(None)
    return [q for q in seen if "incident" in q and q.lstrip().upper().startswith(("SELECT", "WITH"))]


def test_the_tabs_own_week_functions_search_the_week_index(store):
    """Whatever SQL core/est.py runs for the week (it may change), it must not read every incident."""
    calls = {
        "incidents_in_week": lambda: est.incidents_in_week(store, "a", 2026, 53),
        "list_weeks": lambda: est.list_weeks(store, "a"),
    }
    for name, fn in calls.items():
        queries = traced(store, fn)
        assert queries, name
        for sql in queries:
            steps = incident_steps(plan(store, sql, ()))
            assert steps, (name, sql)
            for step in steps:
                assert step.startswith("SEARCH") and "incident_week" in step, (name, step)
