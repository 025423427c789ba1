"""Every incident list and filter the program offers searches an index, and opening a workspace
reads no table in full: each statement actually run is caught on the connection and explained
(EXPLAIN QUERY PLAN). No timing anywhere: a plan that reads a growing table whole fails here."""

from __future__ import annotations

import itertools
import re
import sqlite3
from pathlib import Path

import pytest

from samverkan_desktop.core.demo.orebro import find_agreement, find_areas
from samverkan_desktop.core.est import analysis, pack
from samverkan_desktop.core.est import filter as log
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.est.codelists import INCIDENT_CATEGORY, SOURCE, codes
from samverkan_desktop.core.est.kommun import agreement_kommuner
from samverkan_desktop.core.periods import IsoWeek, Period
from samverkan_desktop.core.store import database
from samverkan_desktop.core.store.database import Store

from .conftest import SITE_A

# Tables whose size grows with the years of history a coordinator keeps.
GROWING = ("incident", "audit", "est_week", "est_area_status", "action", "problem", "merge_conflict",
           "indicator_value", "communication_activity")
_STEP = re.compile(r"^(SCAN|SEARCH) (\w+)(?: AS (\w+))?(.*)$")


def explain(conn: sqlite3.Connection, sql: str, params=()) -> list[str]:
    return [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", re.IGNORECASE)
_NOT_ALIAS = {"where", "left", "join", "on", "indexed", "inner", "cross", "group", "order", "limit", "using",
              "natural", "union", "as", "not"}


def tables_of(sql: str) -> dict[str, str]:
    """{name or alias in a plan step: table} for the tables ``sql`` names after FROM/JOIN."""
    out = {}
    for table, alias in _TABLE.findall(sql):
        out[table] = table
        if alias and alias.lower() not in _NOT_ALIAS:
            out[alias] = table
    return out


def steps_on(conn: sqlite3.Connection, sql: str, table: str) -> list[str]:
    """The plan steps of ``sql`` that read ``table`` (by name or alias)."""
    names = tables_of(sql)
    return [s for s in explain(conn, sql) if (m := _STEP.match(s)) and names.get(m.group(2), m.group(2)) == table]


def full_reads(conn: sqlite3.Connection, sql: str) -> list[str]:
    """The plan steps of ``sql`` (as traced, values inlined) that read a growing table whole."""
    names = tables_of(sql)
    bad = []
    for step in explain(conn, sql):
        m = _STEP.match(step)
        if m and m.group(1) == "SCAN" and names.get(m.group(2), m.group(2)) in GROWING:
            bad.append(step)
    return bad


class Tracer:
    """Collects the statements run on a connection (SELECTs and WITHs), with values inlined."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.seen: list[str] = []
        conn.set_trace_callback(self.seen.append)

    def reads(self) -> list[str]:
        return [s for s in dict.fromkeys(self.seen) if s.lstrip().upper().startswith(("SELECT", "WITH"))]

    def stop(self) -> None:
        self.conn.set_trace_callback(None)


def assert_indexed(conn: sqlite3.Connection, statements: list[str]) -> None:
    problems = {s: full_reads(conn, s) for s in statements}
    problems = {s: p for s, p in problems.items() if p}
    assert not problems, "\n\n".join(f"{s}\n  → {p}" for s, p in problems.items())


def test_the_incident_lists_and_filters_search_incident_date(demo_store):
    """The week, the week list, the pack, the analysis and every filter and sort of Sök i loggen."""
    store = demo_store
    ag = find_agreement(store)
    areas = find_areas(store)
    category = codes(store, INCIDENT_CATEGORY)[0]["uuid"]
    source = codes(store, SOURCE)[0]["uuid"]
    tracer = Tracer(store.conn)
    try:
        week = IsoWeek(2026, 10)
        for kommun in (None, *agreement_kommuner(store, ag)):  # the whole agreement, and each kommun
            est.incidents_in_week(store, ag, week.year, week.week, kommun=kommun)
            pack.category_counts(store, ag, week, kommun=kommun)
            pack.area_counts(store, ag, week, kommun=kommun)
            analysis.analyse(store, ag, Period(2026, 2), kommun=kommun)
        est.list_weeks(store, ag)
        choices = {"categories": ((), (category,)), "areas": ((), (next(iter(areas.values())),)),
                   "sources": ((), (source,)), "dates": ((None, None), ("2025-03-01", None), (None, "2026-01-01")),
                   "text": ("", "skol")}
        for n, (cats, ars, srcs, (start, end), text) in enumerate(itertools.product(*choices.values())):
            f = log.IncidentFilter(ag, categories=cats, areas=ars, sources=srcs, date_from=start, date_to=end,
                                   text=text)
            log.totals(store, f)
            for sort in log.SORTS if n in (0, 47) else ("date",):  # every sort with no and every filter
                log.rows_by_id(store, log.incident_ids(store, f, sort, descending=sort != "date")[:50])
    finally:
        tracer.stop()
    incident_reads = [s for s in tracer.reads() if "incident" in tables_of(s).values()]
    assert len(incident_reads) > 20
    assert_indexed(store.conn, incident_reads)
    for sql in incident_reads:  # and the index they search is incident_date (or the rowid)
        steps = steps_on(store.conn, sql, "incident")
        assert steps and all("incident_date" in s or "rowid" in s.lower() or "PRIMARY KEY" in s
                             or "sqlite_autoindex_incident" in s for s in steps), (sql, steps)


def test_a_full_read_is_caught(demo_store):
    """The check above can fail: a query on an unindexed column is reported."""
    assert full_reads(demo_store.conn, "SELECT * FROM incident WHERE description = 'x'") == ["SCAN incident"]
    assert full_reads(demo_store.conn, "SELECT i.uuid FROM incident i WHERE i.count = 2") == ["SCAN i"]


@pytest.fixture
def traced_connections(monkeypatch):
    """Every connection the store opens traces its statements into the returned list."""
    seen: list[tuple[sqlite3.Connection, str]] = []
    original = database.connect

    def connect(path, *, read_only=False):
        conn = original(path, read_only=read_only)
        conn.set_trace_callback(lambda sql: seen.append((conn, sql)))
        return conn

    monkeypatch.setattr(database, "connect", connect)
    return seen


def _reads(seen) -> list[tuple[sqlite3.Connection, str]]:
    out = []
    for conn, sql in seen:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and (conn, sql) not in out:
            out.append((conn, sql))
    return out


def test_opening_a_workspace_reads_no_table_in_full(demo_path: Path, traced_connections, qtbot):
    """Store.open, and the window showing it on its EST tab, read no growing table whole; and no
    backup is taken at open (the window takes it on a thread, after it is shown)."""
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    settings = Settings()
    settings.set("window/tab", 2)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_path(demo_path)
    window.show()
    qtbot.waitExposed(window)
    reads = _reads(traced_connections)
    assert reads and any("incident" in sql for _c, sql in reads)
    store_conn = window.ctx.store.conn
    for _conn, sql in reads:
        assert not full_reads(store_conn, sql), (sql, full_reads(store_conn, sql))
    assert not any("quick_check" in sql for _c, sql in traced_connections)
    assert [type(t).__name__ for t in window.tabs.built_tabs()] == ["EstTab"]
    window.close_store()


def test_store_open_alone_reads_nothing_that_grows(demo_path, traced_connections):
    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    try:
        for _conn, sql in _reads(traced_connections):
            assert not full_reads(store.conn, sql), sql
    finally:
        store.close()
