"""Time of day: imported and typed times kept, weekday × hour tables, the heat table, months."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from samverkan_desktop.core import reports
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est.import_table import guess_mapping, read_table
from samverkan_desktop.core.est.importer import apply_import, parse_time, plan_import
from samverkan_desktop.core.est.timeofday import weekday_hours
from samverkan_desktop.core.periods import Period

from .est_analysis_fixtures import small_agreement


def test_an_imported_time_of_day_lands_in_the_weekday_hour_table(store, tmp_path):
    data = small_agreement(store)
    path = tmp_path / "händelser.csv"
    path.write_text("Datum;Tid;Kategori;Område;Antal\n"
                    "2026-05-08;21:40;Klotter;Vivalla;2\n"       # a Friday evening
                    "2026-05-09;;Klotter;Centrum;1\n"            # no time: counted apart
                    "2026-05-10 03:15;;Brand;Centrum;1\n"        # the time inside the date cell
                    "2026-05-11;25:00;Klotter;Centrum;1\n", encoding="utf-8")  # no such time: refused
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping.get("time") == 1
    plan = plan_import(store, data["agreement"], table, mapping)
    assert [r.occurred_time for r in plan.rows] == ["21:40", None, "03:15"]
    assert "Ogiltigt klockslag '25:00'" in plan.invalid[0].reason
    apply_import(store, plan)
    hours = weekday_hours(store, data["agreement"], Period.parse("2026-05"))
    assert hours.count(4, 21) == 2 and hours.count(6, 3) == 1  # fredag 21–22, söndag 03–04
    assert (hours.with_time, hours.without_time) == (3, 1)
    assert hours.by_weekday[5] == 1  # the Saturday without a time still counts for the day


def test_typed_times_are_checked(store):
    data = small_agreement(store)
    est_ops.add_incident(store, data["agreement"], occurred_on="2026-05-08", category_uuid=data["cat"]["Klotter"],
                         occurred_time="2130")
    row = store.query("SELECT occurred_time FROM incident")[0]
    assert row[0] == "21:30"
    with pytest.raises(ValidationError, match="klockslag"):
        est_ops.add_incident(store, data["agreement"], occurred_on="2026-05-08",
                             category_uuid=data["cat"]["Klotter"], occurred_time="kväll")
    assert [parse_time(v) for v in ("7", "07.05", "23:59:10", "24:00", "")] == ["07:00", "07:05", "23:59", None, None]


def test_months_are_periods():
    may = Period.parse("2026-05")
    assert (may.start.isoformat(), may.end.isoformat(), str(may), may.label()) == (
        "2026-05-01", "2026-05-31", "2026-05", "maj 2026")
    assert Period.parse("2024-M02").end.isoformat() == "2024-02-29"
    assert may.shifted_years(-1) == Period.parse("2025-05")
    with pytest.raises(ValidationError):
        Period.parse("2026-13")


def test_tertial_pdf_has_the_heat_table(demo_store, tmp_path):
    out = reports.build(demo_store, "tertial", tmp_path / "t3.pdf", agreement="Hallsberg", period="2026-T3",
                        kommun="Kumla")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Veckodag × klockslag, T3 2026 (sep–dec)" in text and "mån" in text and "Totalt" in text
    assert "utan klockslag räknas inte i tabellen" in text
