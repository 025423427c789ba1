"""Sök i loggen: the whole-log filter in core (core/est/filter.py) and the lazy view over it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from samverkan_desktop.core.est import filter as log
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est.bulk import insert_incidents
from samverkan_desktop.ui.est import log_model
from samverkan_desktop.ui.models import UUID_ROLE

from .est_fixtures import est_setup
from .qt_helpers import cell, column, est_tab_alone

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def log_data(store):
    data = est_setup(store)
    ag, cat, src, areas = data["agreement"], data["cat"], data["src"], data["areas"]
    rows = [  # (date, category, area, source, count, text)
        ("2026-04-02", "Skadegörelse", "Vivalla", "Polis", 2, "Krossad ruta på Vivallaskolan"),
        ("2026-05-10", "Skadegörelse", "Vivalla centrum", "Kommun", 1, "Klotter vid skolans entré"),
        ("2026-02-01", "Skadegörelse", "Vivalla", "Polis", 1, "Krossad ruta i skolan, i vintras"),
        ("2026-06-01", "Skadegörelse", "Varberga", "Polis", 1, "Skolgården, fel område"),
        ("2026-06-02", "Klotter", "Vivalla", "Polis", 1, "Skolvägg, annan kategori"),
        ("2026-07-03", "Skadegörelse", "Vivalla", "Polis", 1, "Busskur vid torget"),
    ]
    with store.write("Testhändelser") as tx:
        uuids = insert_incidents(tx, [{
            "agreement_uuid": ag, "occurred_on": day, "iso_year": dt.date.fromisoformat(day).isocalendar()[0],
            "iso_week": dt.date.fromisoformat(day).isocalendar()[1], "category_uuid": cat[c],
            "area_uuid": areas[a], "source_uuid": src["Polis"] if s == "Polis" else src["Skola"],
            "count": n, "description": text} for day, c, a, s, n, text in rows])
    est_ops.delete_incident(store, uuids[0])  # deleted: never found
    est_ops.add_incident(store, ag, occurred_on="2026-04-20", category_uuid=cat["Skadegörelse"],
                         area_uuid=areas["Vivalla"], description="Sten genom skolfönster")
    data["uuids"] = uuids
    return data


def test_skadegorelse_mot_skolor_i_vivalla_sedan_i_varas(store, log_data):
    d = log_data
    f = log.IncidentFilter(d["agreement"], categories=(d["cat"]["Skadegörelse"],), areas=(d["areas"]["Vivalla"],),
                           date_from="2026-03-01", text="skol")
    found = log.find_incidents(store, f)
    # Vivalla includes its plats Vivalla centrum; the deleted one, the winter one, Varberga, the
    # other category and the text without "skol" stay out. Oldest first for a report.
    assert [r["description"] for r in found] == ["Sten genom skolfönster", "Klotter vid skolans entré"]
    assert found[1]["area"] == "Vivalla centrum" and found[0]["category"] == "Skadegörelse"
    assert log.totals(store, f) == (2, 2)
    newest_first = log.rows_by_id(store, log.incident_ids(store, f, "date", descending=True))
    assert [r["occurred_on"] for r in newest_first] == ["2026-05-10", "2026-04-20"]
    by_area = log.rows_by_id(store, log.incident_ids(store, f, "area", descending=False))
    assert [r["area"] for r in by_area] == ["Vivalla", "Vivalla centrum"]


def test_text_is_matched_literally(store, log_data):
    d = log_data
    assert log.totals(store, log.IncidentFilter(d["agreement"], text="%")) == (0, 0)
    assert log.totals(store, log.IncidentFilter(d["agreement"], text="_")) == (0, 0)
    assert log.totals(store, log.IncidentFilter(d["agreement"]))[0] == 6


@pytest.fixture
def view(qtbot, store, log_data, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.ui.est.log_view.today", lambda: TODAY)
    _ctx, tab = est_tab_alone(qtbot, store, log_data["agreement"])
    tab.views.setCurrentWidget(tab.log)
    return tab.log, log_data


def test_the_tab_filters_the_whole_log(view, monkeypatch):
    v, d = view
    assert v.isVisible() and v.date_from.text() == "2025-11-23"
    assert v.summary.text() == "6 registreringar, 6 händelser"
    v.category.setCurrentIndex(v.category.findText("Skadegörelse"))
    v.area.setCurrentIndex(v.area.findData(d["areas"]["Vivalla"]))
    v.date_from.setText("2026-03-01")
    v.text.setText("skol")
    v.apply()  # what the typing timer does
    model = v.model
    assert model.rowCount() == 2 and v.summary.text() == "2 registreringar, 2 händelser"
    assert [cell(model, r, "Datum") for r in range(2)] == ["2026-05-10", "2026-04-20"]  # newest first
    assert cell(model, 0, "Område") == "Vivalla centrum"
    v.table.sortByColumn(column(model, "Datum"), Qt.SortOrder.AscendingOrder)  # sorted in SQL
    assert [cell(model, r, "Datum") for r in range(2)] == ["2026-04-20", "2026-05-10"]
    v.table.selectRow(0)
    assert v.selected_uuids() == [model.index(0, 0).data(UUID_ROLE)]
    v.date_to.setText("2026-13-01")
    v.apply()
    assert "ÅÅÅÅ-MM-DD" in v.summary.text() and model.rowCount() == 2  # the bad date is not used


def test_the_model_reads_rows_a_page_at_a_time(view, monkeypatch):
    v, d = view
    monkeypatch.setattr(log_model, "PAGE", 2)
    v.date_from.setText("")
    v.apply()
    model = v.model
    assert model.rowCount() == 6 and len(model.ids) == 6
    calls = []
    original = log.rows_by_id
    monkeypatch.setattr(log_model.log, "rows_by_id", lambda store, ids: calls.append(list(ids)) or original(store, ids))
    model._pages.clear()
    assert cell(model, 5, "Datum") == "2026-02-01"  # oldest, last
    assert calls == [list(model.ids[4:6])]
