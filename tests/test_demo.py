"""The demo workspace: both seed agreements as the seeds have them, and invented EST data."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from samverkan_desktop.core.agreement.queries import agreement_parties, resolve_agreement
from samverkan_desktop.core.demo import create_demo_workspace
from samverkan_desktop.core.demo.est import DEMO_MARK
from samverkan_desktop.core.text import find_personal_numbers

from .conftest import SITE_A


@pytest.fixture
def orebro(demo_store):
    return resolve_agreement(demo_store, "Samverkansöverenskommelse 2024-2026")


@pytest.fixture
def hallsberg(demo_store):
    return resolve_agreement(demo_store, "lokalpolisområde Hallsberg")


def _rows(store, sql, params=()):
    return [dict(r) for r in store.query(sql, params)]


# -- Örebro -------------------------------------------------------------------------------------

def test_orebro_parties_and_signing(demo_store, orebro):
    parties = agreement_parties(demo_store, orebro["uuid"])
    assert [(p.name, p.kind, p.case_number) for p in parties] == [
        ("Örebro kommun", "kommun", "KS 1382/2023"),
        ("Lokalpolisområde Örebro", "polis", "A713.561/2023")]
    assert [p.signatory_name for p in parties] == ["Anders Åhrlin", "Roberto Eid Forrest"]
    assert orebro["signed_date"] == "2023-12-11" and orebro["signed_place"] == "Örebro"
    assert (orebro["period_from"], orebro["period_to"]) == ("2024-01-01", "2026-12-31")
    assert orebro["status"] == "gällande"
    assert "Lag (2023:196)" in orebro["legal_basis"]
    purposes = _rows(demo_store, "SELECT text FROM agreement_purpose WHERE agreement_uuid = ? "
                     "AND deleted = 0 ORDER BY position", (orebro["uuid"],))
    assert len(purposes) == 3 and purposes[0]["text"].startswith("Tydlig samverkan")
    for clause in ("communication_clause", "economy_clause", "responsibility_clause", "follow_up_clause"):
        assert orebro[clause]


def test_orebro_resources_per_party(demo_store, orebro):
    rows = _rows(demo_store, """SELECT p.kind, r.text, r.status FROM guaranteed_resource r
                                JOIN party p ON p.uuid = r.party_uuid
                                WHERE r.agreement_uuid = ? AND r.deleted = 0
                                ORDER BY p.kind, r.position""", (orebro["uuid"],))
    kinds = Counter(r["kind"] for r in rows)
    assert len(rows) == 18 and kinds == {"polis": 7, "kommun": 11}
    assert rows[0]["text"].startswith("Utpekade tjänster")  # kommun's first
    assert {"vakant", "under rekrytering"} <= {r["status"] for r in rows}


def test_orebro_forms_in_agreement_order(demo_store, orebro):
    forms = _rows(demo_store, "SELECT * FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0 "
                  "ORDER BY position", (orebro["uuid"],))
    assert len(forms) == 15
    assert forms[0]["abbreviation"] == "ÖreBRÅ" and forms[-1]["name"] == "Arbete mot välfärdsbrottslighet"
    abbrs = [f["abbreviation"] for f in forms if f["abbreviation"]]
    assert abbrs == ["ÖreBRÅ", "KOMPASS", "SSPF", "SIG", "GVI", "EST"]
    assert all(f["kind"] == "samverkansform" and f["description"] and f["follow_up_text"] for f in forms)
    kommun = demo_store.scalar("SELECT uuid FROM party WHERE name = 'Örebro kommun'")
    assert forms[0]["lead_party_uuid"] == kommun  # "Kommunstyrelsen är huvudman"


def test_every_orebro_resource_serves_a_form(demo_store, orebro):
    unlinked = demo_store.scalar(
        """SELECT count(*) FROM guaranteed_resource r WHERE r.agreement_uuid = ? AND r.deleted = 0
           AND NOT EXISTS (SELECT 1 FROM resource_form rf WHERE rf.resource_uuid = r.uuid
                           AND rf.deleted = 0)""", (orebro["uuid"],))
    assert unlinked == 0


def test_orebro_areas_follow_ups_and_contacts(demo_store, orebro):
    areas = [r["name"] for r in demo_store.query(
        "SELECT name FROM area WHERE area_type = 'partnerskapsområde' AND deleted = 0 ORDER BY position")]
    assert areas == ["Vivalla", "Baronbackarna", "Varberga", "Oxhagen", "Brickebacken"]
    root = _rows(demo_store, "SELECT a.level FROM area a JOIN party p ON p.uuid = a.party_uuid "
                 "WHERE p.name = 'Örebro kommun'")
    assert root == [{"level": "kommun"}]
    follow = _rows(demo_store, "SELECT kind, due_date FROM follow_up WHERE agreement_uuid = ? "
                   "AND kind <> 'årlig rapport' ORDER BY due_date", (orebro["uuid"],))
    assert follow == [{"kind": "deluppföljning", "due_date": "2024-11-30"},
                      {"kind": "slutuppföljning", "due_date": "2025-12-31"}]
    linked = {r["name"] for r in demo_store.query(
        "SELECT c.name FROM guaranteed_resource r JOIN contact_person c ON c.uuid = r.contact_uuid "
        "WHERE r.agreement_uuid = ?", (orebro["uuid"],))}
    assert linked == {"Johanna Sollerman", "Johanna Johansson"}


# -- Hallsberg ----------------------------------------------------------------------------------

def test_hallsberg_parties_and_forms(demo_store, hallsberg):
    parties = agreement_parties(demo_store, hallsberg["uuid"])
    assert [p.name for p in parties] == ["Lokalpolisområde Hallsberg", "Askersunds kommun",
                                         "Hallsbergs kommun", "Kumla kommun", "Laxå kommun"]
    assert all(p.signatory_name and p.signatory_title for p in parties)
    assert all(p.case_number == "" for p in parties)
    assert hallsberg["signed_date"] == "2024-09-11" and hallsberg["signed_place"] == "Hallsberg"
    kinds = Counter(r["kind"] for r in demo_store.query(
        "SELECT kind FROM cooperation_form WHERE agreement_uuid = ? AND deleted = 0", (hallsberg["uuid"],)))
    assert kinds == {"fokusområde": 3, "forum": 4}


def test_hallsberg_andts_includes_lekeberg(demo_store, hallsberg):
    members = {r["name"] for r in demo_store.query(
        """SELECT p.name FROM cooperation_form f JOIN cooperation_form_party fp ON fp.form_uuid = f.uuid
           JOIN party p ON p.uuid = fp.party_uuid
           WHERE f.agreement_uuid = ? AND f.abbreviation = 'ANDTS' AND fp.deleted = 0""",
        (hallsberg["uuid"],))}
    assert "Lekebergs kommun" in members and len(members) == 6
    areas = demo_store.scalar("SELECT count(*) FROM area WHERE level = 'kommun' AND party_uuid IN "
                              "(SELECT party_uuid FROM agreement_party WHERE agreement_uuid = ?)",
                              (hallsberg["uuid"],))
    assert areas == 4


# -- EST ----------------------------------------------------------------------------------------

def test_est_weeks_of_2026(demo_store, orebro):
    weeks = _rows(demo_store, "SELECT * FROM est_week WHERE agreement_uuid = ? AND iso_year = 2026 "
                  "ORDER BY iso_week", (orebro["uuid"],))
    assert [w["iso_week"] for w in weeks] == list(range(1, 49))  # to the current week (today 2026-11-29)
    for w in weeks:
        assert DEMO_MARK in w["situation_report"]
        assert dt.date.fromisoformat(w["meeting_date"]).isocalendar()[1:] == (w["iso_week"], 2)
    statuses = demo_store.scalar("SELECT count(*) FROM est_area_status s JOIN est_week w ON w.uuid = s.est_week_uuid "
                                 "WHERE w.agreement_uuid = ?", (orebro["uuid"],))
    assert statuses == 48 * 6
    motivations = [r[0] for r in demo_store.query("SELECT motivation FROM est_area_status")]
    assert all(DEMO_MARK in m for m in motivations) and not any("mest inga" in m for m in motivations)


def test_est_incidents_span_three_years_with_matching_weeks(demo_store, orebro):
    rows = _rows(demo_store, "SELECT occurred_on, iso_year, iso_week, description, count "
                 "FROM incident WHERE agreement_uuid = ?", (orebro["uuid"],))
    assert {r["iso_year"] for r in rows} == {2024, 2025, 2026}
    assert 3000 <= len(rows) <= 5500
    # every week of the earlier years (December charts do not fall to zero) and up to this week
    weeks = {(r["iso_year"], r["iso_week"]) for r in rows}
    assert {(y, w) for y in (2024, 2025) for w in range(1, 53)} <= weeks
    assert (2026, 48) in weeks and max(r["occurred_on"] for r in rows) <= "2026-11-29"
    for r in rows:
        year, week, _ = dt.date.fromisoformat(r["occurred_on"]).isocalendar()
        assert (year, week) == (r["iso_year"], r["iso_week"])
        assert 1 <= r["count"] <= 5
        assert DEMO_MARK in r["description"]


def test_no_personal_numbers_in_free_text(demo_store):
    texts = {
        "incident": "description", "est_week": "situation_report", "est_area_status": "motivation",
        "problem": "description", "action": "description", "analysis": "conclusions",
        "cooperation_form": "description", "guaranteed_resource": "text", "agreement": "preamble",
    }
    for table, column in texts.items():
        for r in demo_store.query(f"SELECT {column} FROM {table}"):
            assert find_personal_numbers(r[0]) == [], (table, r[0])


def test_actions_problems_and_analysis(demo_store, orebro):
    actions = _rows(demo_store, "SELECT * FROM action WHERE agreement_uuid = ?", (orebro["uuid"],))
    assert len(actions) >= 20
    assert {a["status"] for a in actions} == {"planerad", "pågår", "klar", "inställd"}
    overdue = [a for a in actions if a["status"] in ("planerad", "pågår") and a["due_date"] < "2026-11-23"]
    assert len(overdue) >= 3
    for a in actions:
        closed = a["status"] in ("klar", "inställd")
        assert bool(a["closed_on"]) == closed and bool(a["feedback"]) == closed
    assert any(a["form_uuid"] for a in actions)
    assert demo_store.scalar("SELECT count(*) FROM problem WHERE agreement_uuid = ?", (orebro["uuid"],)) == 8
    analysis = _rows(demo_store, "SELECT * FROM analysis WHERE agreement_uuid = ?", (orebro["uuid"],))
    assert [a["period"] for a in analysis] == ["2026-T2"] and DEMO_MARK in analysis[0]["conclusions"]


def _category_counts(path):
    store = create_demo_workspace(path, user="Demo", origin=SITE_A)
    try:
        return {(r[0], r[1]): r[2] for r in store.query(
            "SELECT c.label, i.iso_year, sum(i.count) FROM incident i "
            "JOIN code_item c ON c.uuid = i.category_uuid GROUP BY 1, 2")}
    finally:
        store.close()


def test_demo_build_is_deterministic(demo_store, tmp_path):
    again = _category_counts(tmp_path / "igen.sqlite")
    master = {(r[0], r[1]): r[2] for r in demo_store.query(
        "SELECT c.label, i.iso_year, sum(i.count) FROM incident i "
        "JOIN code_item c ON c.uuid = i.category_uuid GROUP BY 1, 2")}
    assert again == master


def test_invented_statuses_and_local_councils_are_named_as_such(demo_store, hallsberg):
    for r in demo_store.query("SELECT status, holder FROM guaranteed_resource WHERE deleted = 0"):
        assert r["status"] == "tillsatt" or r["holder"] == f"Status {r['status']}: påhittad demodata"
    council = demo_store.query("SELECT abbreviation, description FROM cooperation_form WHERE agreement_uuid = ? "
                               "AND name = 'Brottsförebyggande råd i samtliga kommuner'", (hallsberg["uuid"],))[0]
    assert council["abbreviation"] == "" and "lokalt brottsförebyggande råd" in council["description"]
