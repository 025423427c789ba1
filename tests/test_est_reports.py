"""The EST PDFs: the week pack follows open actions from week to week; the tertial PDF compares years."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from samverkan_desktop.core import reports
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import pack as Q
from samverkan_desktop.core.periods import IsoWeek

from .est_analysis_fixtures import add_incident, small_agreement
from .pdf_layout import orphan_headings

ACTION = "Belysning vid Vivalla centrum ses över"


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def week_data(store):
    d = small_agreement(store)
    with store.write("Vecka 10") as tx:
        week = tx.insert("est_week", {"agreement_uuid": d["agreement"], "iso_year": 2026, "iso_week": 10,
                                      "meeting_date": "2026-03-03", "situation_report": "Lugnt <men> & oroligt"})
        tx.insert("est_area_status", {"est_week_uuid": week, "area_uuid": d["areas"]["Vivalla"], "status": "röd",
                                      "motivation": "Narkotikahandel"})
        problem = tx.insert("problem", {"agreement_uuid": d["agreement"], "area_uuid": d["areas"]["Vivalla"],
                                        "description": "Öppen narkotikahandel", "raised_year": 2026,
                                        "raised_week": 10, "priority": 1})
        d["action"] = tx.insert("action", {
            "agreement_uuid": d["agreement"], "problem_uuid": problem, "raised_year": 2026, "raised_week": 10,
            "description": ACTION, "responsible_party_uuid": d["kommun"], "responsible_function": "Gata/park",
            "due_date": "2026-03-06", "status": "pågår"})
    add_incident(store, d, "2026-03-04", "Klotter", "Vivalla", 2)
    add_incident(store, d, "2026-03-10", "Klotter", "Vivalla centrum", 5)
    return d


def week_pdf(store, tmp_path, week: str) -> str:
    out = reports.build(store, "est-week", tmp_path / f"{week}.pdf", week=week)
    return pdf_text(out)


def test_open_action_follows_weeks_until_closed(store, week_data, tmp_path):
    ag = week_data["agreement"]
    assert ACTION not in week_pdf(store, tmp_path, "2026-W09")
    for week in ("2026-W10", "2026-W11", "2026-W12"):
        text = week_pdf(store, tmp_path, week)
        assert ACTION in text, week
        assert "Örebro kommun – Gata/park" in text and "2026-03-06" in text
    assert "FÖRSENAD" in week_pdf(store, tmp_path, "2026-W11")
    with store.write("Klar") as tx:
        tx.update("action", week_data["action"], {"status": "klar", "closed_on": "2026-03-25",
                                                  "feedback": "Ny belysning uppsatt."})
    w13 = week_pdf(store, tmp_path, "2026-W13")
    assert "Ny belysning uppsatt." in w13  # återkoppling in the week it closed
    assert [r["description"] for r in Q.actions_closed_in_week(store, ag, IsoWeek(2026, 13))] == [ACTION]
    assert not Q.actions_open_in_week(store, ag, IsoWeek(2026, 14))
    assert ACTION not in week_pdf(store, tmp_path, "2026-W14")
    assert [r["description"] for r in Q.actions_open_in_week(store, ag, IsoWeek(2026, 12))] == [ACTION]


def test_week_pack_content(store, week_data, tmp_path):
    text = week_pdf(store, tmp_path, "2026-W10")
    for expected in ("EST-möte vecka 10, 2026", "Dagordning", "Lugnt <men> & oroligt", "Narkotikahandel",
                     "Öppen narkotikahandel", "KS 1382/2023", "v. 9", "v. 10"):
        assert expected in text, expected
    counts = Q.area_counts(store, week_data["agreement"], IsoWeek(2026, 11))
    assert [(c.label, c.previous, c.current, c.delta) for c in counts] == [("Vivalla", 2, 5, 3)]
    assert re.search(r"Klotter\s+2\s+5\s+\+3", week_pdf(store, tmp_path, "2026-W11"))


def test_week_53_and_agreement_errors(store, week_data, tmp_path):
    assert "vecka 53, 2026" in week_pdf(store, tmp_path, "2026-W53")
    with pytest.raises(ValidationError):
        reports.build(store, "est-week", tmp_path / "x.pdf", week="2025-W53")
    small_agreement(store, title="Hallsberg 2024-2026")
    with pytest.raises(ValidationError, match="--agreement"):
        reports.build(store, "est-week", tmp_path / "x.pdf", week="2026-W10")
    assert not (tmp_path / "x.pdf").exists()
    assert "vecka 10" in pdf_text(reports.build(store, "est-week", tmp_path / "y.pdf", week="2026-W10",
                                                agreement="Samverkansöverenskommelse"))


LIGHT_BAR = b".717647 .788235 .862745 rg"  # YEAR_COLOURS[0]: used only by the charts


def test_tertial_pdf_of_demo_has_previous_years_and_charts(demo_store, tmp_path):
    out = reports.build(demo_store, "tertial", tmp_path / "t2.pdf", period="2026-T2",
                        agreement="Samverkansöverenskommelse 2024-2026")
    reader = PdfReader(out)
    text = pdf_text(out)
    assert "Tertialanalys T2 2026 (maj–aug)" in text
    assert re.search(r"Kategori\s+2024\s+2025\s+2026\s+Förändring mot 2025", text)
    assert "T2 2024 (maj–aug)" in text and "T2 2025 (maj–aug)" in text
    assert "Slutsatser" in text and "påhittad" in text  # the demo's saved conclusions
    chart_pages = [p for p in reader.pages if LIGHT_BAR in p.get_contents().get_data()]
    assert chart_pages, "no chart drawn"
    data = chart_pages[0].get_contents().get_data()
    assert data.count(b" re") > 30  # the bars


def test_annual_pdf_and_period_checks(demo_store, tmp_path):
    ag = "Samverkansöverenskommelse 2024-2026"
    text = pdf_text(reports.build(demo_store, "annual", tmp_path / "y.pdf", period="2026", agreement=ag))
    assert "Årsanalys helår 2026" in text and "helår 2024" in text
    with pytest.raises(ValidationError, match="tertial"):
        reports.build(demo_store, "tertial", tmp_path / "z.pdf", period="2026", agreement=ag)
    with pytest.raises(ValidationError, match="helt år"):
        reports.build(demo_store, "annual", tmp_path / "z.pdf", period="2026-T1", agreement=ag)


def test_week_pack_lists_the_weeks_incidents(demo_store, tmp_path, monkeypatch):
    """ "Händelser under veckan": date, category, area, source, antal, description, sorted, after the
    counts; an appendix at the end when the list is long."""
    from samverkan_desktop.core.est import queries as est_queries
    from samverkan_desktop.core.reports import est_incidents

    ag = demo_store.scalar("SELECT uuid FROM agreement WHERE title = 'Samverkansöverenskommelse 2024-2026'")
    rows = est_queries.incidents_in_week(demo_store, ag, 2026, 44)
    assert 1 < len(rows) <= est_incidents.INLINE_MAX

    def text_of(name):
        out = reports.build(demo_store, "est-week", tmp_path / name, agreement=ag, week="2026-W44")
        assert orphan_headings(out) == []  # no heading alone at a page bottom
        return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())

    text = text_of("inline.pdf")
    counts, rest = text.split("Händelser under veckan", 1)
    assert "Per område" in counts and "4. Prioriterade problem" in rest
    listed, _after = rest.split("4. Prioriterade problem", 1)
    first = sorted(rows, key=lambda r: (r["occurred_on"], r["occurred_time"] or ""))[0]
    assert "Datum Kategori Område Källa Antal Beskrivning" in listed
    assert f"{len(rows)} registreringar, {sum(r['count'] for r in rows)} händelser (antal)" in listed
    assert first["occurred_on"] in listed and first["description"].split(" (")[0] in listed
    dates = re.findall(r"\b2026-1\d-\d\d\b", re.sub(r"Utskriven \S+", "", listed))  # not the page footer
    assert dates == sorted(dates) and len(dates) == len(rows)
    monkeypatch.setattr(est_incidents, "INLINE_MAX", 5)
    text = text_of("appendix.pdf")
    assert "listan står i bilagan sist i underlaget" in text
    assert text.index("Bilaga: Händelser under veckan") > text.index("7. Övriga frågor")
