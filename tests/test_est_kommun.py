"""Kommun as a dimension of EST: the Hallsberg agreement's four kommuner, per kommun and for all."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader

from samverkan_desktop.cli import main
from samverkan_desktop.core import reports, workspace
from samverkan_desktop.core.agreement.queries import resolve_agreement
from samverkan_desktop.core.errors import NotFound
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.est.analysis import analyse
from samverkan_desktop.core.est.kommun import agreement_kommuner, resolve_kommun
from samverkan_desktop.core.periods import IsoWeek, Period

from .qt_helpers import est_tab_alone

KOMMUNER = ("Askersund", "Hallsberg", "Kumla", "Laxå")


@pytest.fixture
def hallsberg(demo_store):
    return resolve_agreement(demo_store, "lokalpolisområde Hallsberg")["uuid"]


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_info_lists_each_agreements_kommuner_with_their_areas(demo_store, hallsberg):
    info = workspace.summary(demo_store)
    by_uuid = {a["uuid"]: a for a in info["agreements"]}
    kommuner = by_uuid[hallsberg]["kommuner"]
    assert [k["short_name"] for k in kommuner] == list(KOMMUNER)
    assert next(k for k in kommuner if k["short_name"] == "Kumla")["areas"] == ["Kumla centrum", "Kumla resecentrum"]
    orebro = next(a for a in info["agreements"] if a["uuid"] != hallsberg)
    assert [k["name"] for k in orebro["kommuner"]] == ["Örebro kommun"] and "Vivalla" in orebro["kommuner"][0]["areas"]


def test_resolve_kommun_by_name_short_name_or_uuid(demo_store, hallsberg):
    kumla = resolve_kommun(demo_store, hallsberg, "kumla")
    assert kumla.name == "Kumla kommun"
    assert resolve_kommun(demo_store, hallsberg, "Kumla kommun") == kumla
    assert resolve_kommun(demo_store, hallsberg, kumla.party_uuid) == kumla
    assert resolve_kommun(demo_store, hallsberg, "") is None
    with pytest.raises(NotFound, match="Askersund, Hallsberg, Kumla, Laxå"):
        resolve_kommun(demo_store, hallsberg, "Örebro")


def test_per_kommun_analysis_sums_to_the_whole(demo_store, hallsberg):
    period = Period.parse("2026-T2")
    whole = analyse(demo_store, hallsberg, period)
    parts = [analyse(demo_store, hallsberg, period, kommun=k) for k in agreement_kommuner(demo_store, hallsberg)]
    assert whole.totals[2026] > 0
    for year in whole.years:
        assert sum(p.totals[year] for p in parts) == whole.totals[year]
    kumla = next(p for p in parts if p.kommun.short_name == "Kumla")
    assert {r.label for r in kumla.by_area} == {"Kumla centrum", "Kumla resecentrum"}
    assert sum(n for _w, n in kumla.weekly[2026]) == kumla.totals[2026]


def test_week_views_per_kommun(demo_store, hallsberg):
    kumla = resolve_kommun(demo_store, hallsberg, "Kumla")
    week = IsoWeek(2026, 47)
    assert [a["name"] for a in est.districts(demo_store, hallsberg, kommun=kumla)] == [
        "Kumla centrum", "Kumla resecentrum"]
    every = est.incidents_in_week(demo_store, hallsberg, 2026, 47)
    mine = est.incidents_in_week(demo_store, hallsberg, 2026, 47, kommun=kumla)
    assert mine and len(mine) < len(every) and {r["area"] for r in mine} <= set(kumla.areas)
    problems = est.list_problems(demo_store, hallsberg, kommun=kumla, include_closed=True)
    assert problems and all(p["area"] in kumla.areas for p in problems)
    actions = est.open_actions_in_week(demo_store, hallsberg, week, kommun=kumla)
    assert actions and all(a["area"] in kumla.areas for a in actions)


def _total(path) -> int:
    match = re.search(r"Registrerade händelser\s+(\d+)\s+(\d+)\s+(\d+)", _text(path))
    return int(match.group(3))


def test_est_pdfs_with_kommun_hold_only_its_areas_and_its_share(demo_path, tmp_path):
    totals = {}
    for kommun in (*KOMMUNER, None):
        out = tmp_path / f"tertial-{kommun}.pdf"
        args = ["pdf", str(demo_path), "tertial", "--agreement", "Hallsberg", "--period", "2026-T2", "-o", str(out)]
        assert main([*args, *(["--kommun", kommun] if kommun else [])]) == 0
        totals[kommun] = _total(out)
    assert sum(totals[k] for k in KOMMUNER) == totals[None] > 0
    kumla = _text(tmp_path / "tertial-Kumla.pdf")
    assert "Kumla kommun" in kumla and "Kumla centrum" in kumla and "Kumla resecentrum" in kumla
    for other in ("Askersund centrum", "Samzonen", "Laxå station", "Hallsberg centrum"):
        assert other not in kumla

    week = tmp_path / "week.pdf"
    assert main(["pdf", str(demo_path), "est-week", "--agreement", "Hallsberg", "--week", "2026-W47",
                 "--kommun", "Kumla", "-o", str(week)]) == 0
    text = _text(week)
    assert "EST-möte vecka 47, 2026 – Kumla kommun" in text and "Kumla resecentrum" in text
    assert "Laxå station" not in text and "Samzonen" not in text


def test_unknown_kommun_is_one_clear_line(demo_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(["pdf", str(demo_path), "annual", "--agreement", "Hallsberg", "--period", "2026",
                 "--kommun", "Örebro", "-o", str(out)])
    assert code == 1 and not out.exists()
    assert "ingen kommun 'Örebro'" in capsys.readouterr().err
    assert "--kommun" in {o.flag for o in reports.all_reports()["est-week"].options}


def test_est_tab_kommun_filter(qtbot, demo_store, hallsberg, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.core.store.stamps.today", lambda: dt.date(2026, 11, 29))
    _ctx, tab = est_tab_alone(qtbot, demo_store, hallsberg)
    tab.navigator.go_to("2026-W47")
    assert tab.kommun_box.isVisibleTo(tab) and tab.kommun_box.count() == 5
    every = len(tab.week_view.incidents.model.rows)
    tab.set_kommun("Kumla")
    assert tab.kommun.short_name == "Kumla"
    rows = tab.week_view.incidents.model.rows
    assert rows and len(rows) < every and {r["area"] for r in rows} <= {"Kumla centrum", "Kumla resecentrum"}
    assert set(tab.week_view.meeting._status_rows) == set(resolve_kommun(demo_store, hallsberg, "Kumla").area_uuids[1:])
    tab.views.setCurrentWidget(tab.open_actions)
    assert all(r["area"] in ("Kumla centrum", "Kumla resecentrum") for r in tab.open_actions.problems.rows)
    tab.set_kommun(None)
    tab.views.setCurrentWidget(tab.week_view)
    assert len(tab.week_view.incidents.model.rows) == every
