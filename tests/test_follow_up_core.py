"""Follow-up core: occasions, assessments (natural uuids, undo), indicators and their series, meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.core.demo import minutes
from samverkan_desktop.core.errors import Ambiguous, NotFound, ValidationError
from samverkan_desktop.core.follow_up import (
    action_plan,
    indicators,
    meetings,
)
from samverkan_desktop.core.follow_up import (
    ops as follow_up_ops,
)
from samverkan_desktop.core.follow_up import (
    queries as follow_up,
)
from samverkan_desktop.core.store import replay

AREAS = ["Vivalla", "Baronbackarna", "Varberga", "Oxhagen", "Brickebacken"]


def make_agreement(store):
    """A small agreement: two parties, two forms, one resource, five areas under the kommun."""
    with store.write("Testdata") as tx:
        kommun = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
        polis = tx.insert("party", {"name": "Lokalpolisområde Örebro", "kind": "polis"})
        ag = tx.insert("agreement", {"title": "Testavtal 2024-2026", "period_from": "2024-01-01",
                                     "period_to": "2026-12-31"})
        tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": kommun, "position": 0})
        tx.insert("agreement_party", {"agreement_uuid": ag, "party_uuid": polis, "position": 1})
        forms = [tx.insert("cooperation_form", {"agreement_uuid": ag, "name": n, "position": i,
                                                "abbreviation": a})
                 for i, (n, a) in enumerate((("Effektiv samordning för trygghet", "EST"),
                                             ("Brott i nära relationer", "")))]
        res = tx.insert("guaranteed_resource", {"agreement_uuid": ag, "party_uuid": polis, "text": "Kommunpolis"})
        root = tx.insert("area", {"party_uuid": kommun, "level": "kommun", "name": "Örebro kommun"})
        areas = [tx.insert("area", {"parent_uuid": root, "level": "område", "area_type": "partnerskapsområde",
                                    "name": n, "position": i}) for i, n in enumerate(AREAS)]
    return {"agreement": ag, "kommun": kommun, "forms": forms, "resource": res, "areas": areas}


def test_occasions_due_overview_and_next_due(store):
    d = make_agreement(store)
    follow_up_ops.add_follow_up(store, d["agreement"], kind="deluppföljning", due_date="2024-11-30")
    follow_up_ops.add_follow_up(store, d["agreement"], kind="slutuppföljning", due_date="2025-12-31")
    rows = follow_up.due_overview(store, d["agreement"], on=dt.date(2025, 1, 15))
    assert [r["state"] for r in rows] == ["försenad", "kommande"]
    nxt = follow_up.next_due(store, on=dt.date(2025, 1, 15))
    assert nxt["due_date"] == "2024-11-30" and nxt["state"] == "försenad"
    follow_up_ops.update_follow_up(store, rows[0]["uuid"], done_date="2024-12-02")
    assert follow_up.next_due(store)["due_date"] == "2025-12-31"
    with pytest.raises(ValidationError):
        follow_up_ops.update_follow_up(store, rows[0]["uuid"], due_date="30/11")


def test_create_from_agreement_offers_missing_years_once(store):
    d = make_agreement(store)
    follow_up_ops.add_follow_up(store, d["agreement"], due_date="2024-11-30")
    assert [s["due_date"] for s in follow_up_ops.suggested_occasions(store, d["agreement"])] == [
        "2025-12-31", "2026-12-31"]
    follow_up_ops.create_from_agreement(store, d["agreement"])
    assert follow_up_ops.suggested_occasions(store, d["agreement"]) == []
    assert not follow_up_ops.create_from_agreement(store, d["agreement"])  # nothing more to do


def test_resolve_follow_up_by_date_or_uuid(store):
    d = make_agreement(store)
    uuid = follow_up_ops.add_follow_up(store, d["agreement"], due_date="2024-11-30").created("follow_up")[0]
    assert follow_up.resolve_follow_up(store, "2024-11-30")["uuid"] == uuid
    assert follow_up.resolve_follow_up(store, uuid)["uuid"] == uuid
    with pytest.raises(NotFound):
        follow_up.resolve_follow_up(store, "2030-01-01")
    follow_up_ops.add_follow_up(store, d["agreement"], due_date="2024-11-30", title="Till")
    with pytest.raises(Ambiguous):
        follow_up.resolve_follow_up(store, "2024-11-30")


def test_assessment_natural_uuid_undo_and_matrix(store):
    d = make_agreement(store)
    occ = follow_up_ops.add_follow_up(store, d["agreement"], due_date="2024-11-30").created("follow_up")[0]
    rows = follow_up.assessment_rows(store, occ)
    assert [r["target_kind"] for r in rows] == ["form", "form", "resource"]
    assert {r["status"] for r in rows} == {"ej bedömd"}
    changes = follow_up_ops.set_assessment(store, occ, "form", d["forms"][1], status="röd",
                                           comment="Strukturer ej på plats")
    expected = follow_up_ops.assessment_uuid(occ, "form", d["forms"][1])
    assert changes.created("assessment") == [expected]
    follow_up_ops.set_assessment(store, occ, "form", d["forms"][1], comment="Ändrad")
    assert store.get("assessment", expected)["status"] == "röd"  # status kept, only comment changed
    occasions, matrix = follow_up.status_matrix(store, d["agreement"])
    assert [r["statuses"] for r in matrix] == [["ej bedömd"], ["röd"]]
    replay.undo(store, changes)
    assert store.get("assessment", expected)["deleted"] == 1
    with pytest.raises(ValidationError):
        follow_up_ops.set_assessment(store, occ, "form", d["forms"][0], status="lila")


def test_evidence_links(demo_store):
    occ = follow_up.resolve_follow_up(demo_store, "2024-11-30")
    row = next(r for r in follow_up.assessment_rows(demo_store, occ["uuid"]) if r["target_kind"] == "form")
    action = follow_up.agreement_actions(demo_store, occ["agreement_uuid"])[0]
    follow_up_ops.link_evidence(demo_store, occ["uuid"], "form", row["target_uuid"], "action", action["uuid"])
    follow_up_ops.link_evidence(demo_store, occ["uuid"], "form", row["target_uuid"], "action", action["uuid"])
    links = follow_up.evidence_links(demo_store, row["assessment_uuid"])
    assert len(links) == 1 and action["description"] in links[0]["label"]


def test_indicator_series_three_years_five_areas(store):
    d = make_agreement(store)
    ind = indicators.add_indicator(store, d["agreement"], name="Andel som sett narkotikahandel", unit="%",
                                   source="trygghetsmätning", higher_is_better=False).created("indicator")[0]
    for i, area in enumerate(d["areas"]):
        for year in (2024, 2022, 2023):  # entered out of order
            indicators.set_value(store, ind, area, str(year), 20 + i + (2024 - year))
    series = indicators.series(store, ind)
    assert [s.area_name for s in series] == AREAS
    for i, s in enumerate(series):
        assert s.points == [(2022.0, 22 + i), (2023.0, 21 + i), (2024.0, 20 + i)]
    # the same key again replaces the value; None removes it
    indicators.set_value(store, ind, d["areas"][0], "2024", 19.5)
    indicators.set_value(store, ind, d["areas"][1], "2024", None)
    series = indicators.series(store, ind)
    assert series[0].points[-1] == (2024.0, 19.5) and len(series[1].points) == 2
    with pytest.raises(ValidationError):
        indicators.set_value(store, ind, None, "ett år", 3)


def test_action_plan_rows(store):
    d = make_agreement(store)
    assert action_plan.municipalities(store, d["agreement"]) == [{"uuid": d["kommun"], "name": "Örebro kommun"}]
    action_plan.add_item(store, d["agreement"], d["kommun"], 2026, cause="Orsak", measure="Åtgärd",
                         form_uuid=d["forms"][0], status="gul")
    action_plan.add_item(store, d["agreement"], d["kommun"], 2026, measure="Andra")
    rows = action_plan.list_items(store, d["agreement"], d["kommun"], 2026)
    assert [(r["position"], r["measure"], r["form_short"]) for r in rows] == [(0, "Åtgärd", "EST"),
                                                                            (1, "Andra", None)]
    action_plan.update_item(store, rows[1]["uuid"], status="röd")
    assert action_plan.list_items(store, d["agreement"], d["kommun"], 2026)[1]["status"] == "röd"


def enter_seed_minutes(store) -> str:
    """The 2023-10-11 meeting and its §§ 22–26, entered through the core operations as a user would."""
    m = meetings.add_meeting(store, **minutes.MEETING).created("meeting")[0]
    for p in minutes.PARAGRAPHS:
        values = dict(p)
        number = values.pop("number")
        if number == 22:
            assert meetings.next_number(store, m) == 1  # nothing earlier this year in this register
        else:
            assert meetings.next_number(store, m) == number  # the suggestion runs on
        meetings.add_paragraph(store, m, number=number, **values)
    return m


def test_seed_minutes_enterable_as_they_stand(store):
    m = enter_seed_minutes(store)
    paras = meetings.list_paragraphs(store, m)
    assert [(p["number"], p["case_number"], p["officer"]) for p in paras] == [
        (22, "Ks 1118/2023", "Anders Edlund"), (23, "Ks 930/2023", "Johanna Sollerman"),
        (24, "Ks 488/2023", "Erika Pettersson"), (25, "Ks 214/2023", "Johanna Sollerman"),
        (26, "Ks 1113/2021", "Johanna Sollerman")]
    assert meetings.paragraph_range(paras) == "Paragraf 22–26"
    assert meetings.resolve_meeting(store, "2023-10-11")["uuid"] == m
    with pytest.raises(ValidationError):
        meetings.add_paragraph(store, m, number=24, title="Dubblett")
    assert meetings.add_paragraph(store, m, title="Nästa").edits[0].after["number"] == 27


def test_version_2_file_gains_assessment_evidence_on_open(tmp_path):
    """A workspace made before assessment_evidence existed is upgraded to the same table as a new one."""
    import sqlite3

    from samverkan_desktop.core.store import migrate
    from samverkan_desktop.core.store.database import Store

    from .conftest import SITE_A
    from .schema_util import undo_steps_above

    new = Store.create(tmp_path / "ny.sqlite", user="TS", origin=SITE_A)
    expected = [tuple(r) for r in new.query("PRAGMA table_info(assessment_evidence)")]
    new.close()
    old_path = tmp_path / "gammal.sqlite"
    Store.create(old_path, user="TS", origin=SITE_A).close()
    conn = sqlite3.connect(old_path)
    undo_steps_above(conn, 2)  # assessment_evidence came with step 3
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'assessment_evidence'").fetchall()
    conn.commit()
    conn.close()
    store = Store.open(old_path, user="TS", origin=SITE_A, make_backup=False,
                       backup_dir=tmp_path / "backup")
    try:
        assert store.schema_version() == migrate.schema_version() >= 3
        assert [tuple(r) for r in store.query("PRAGMA table_info(assessment_evidence)")] == expected
        assert "assessment_evidence" in store.merge_tables
    finally:
        store.close()
