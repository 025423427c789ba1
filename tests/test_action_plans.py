"""Åtgärdsplan per kommun (Problem first, decision, validity, versions) and the EST actors."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from samverkan_desktop.core import reports
from samverkan_desktop.core.agreement.queries import resolve_agreement
from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import actors
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.est.kommun import resolve_kommun
from samverkan_desktop.core.follow_up import action_plan, plans
from samverkan_desktop.core.periods import IsoWeek

from .est_fixtures import est_setup


def _text(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_plan_is_decided_frozen_and_a_new_version_keeps_the_old(store):
    d = est_setup(store)
    ag, kommun = d["agreement"], d["kommun"]
    problem = est_ops.add_problem(store, ag, description="Klotter i gångtunneln", raised=IsoWeek(2026, 10)) \
        .created("problem")[0]
    plan = plans.create_plan(store, ag, kommun, valid_from="2026-01-01", valid_to="2026-12-31") \
        .created("action_plan")[0]
    action_plan.add_item(store, ag, kommun, 2026, plan_uuid=plan, problem="Klotter", cause="Ingen sanering",
                         measure="Sanera inom ett dygn", problem_uuid=problem, actor_uuid=kommun)
    rows = action_plan.plan_items(store, plan)
    assert rows[0]["problem_text"] == "Klotter" and rows[0]["owner_name"] == "Örebro kommun"
    with pytest.raises(ValidationError, match="Ange vilket organ"):
        plans.decide_plan(store, plan, body=" ", date="2026-02-01")
    plans.decide_plan(store, plan, body="Kommunstyrelsen", date="2026-02-01", paragraph="§ 12",
                      case_number="KS 2026/1")
    decided = store.get("action_plan", plan)
    assert plans.decision_line(decided) == ("Beslutad av Kommunstyrelsen, 2026-02-01, § 12, dnr KS 2026/1. "
                                            "Gäller 2026-01-01 – 2026-12-31. Version 1.")
    with pytest.raises(ValidationError, match="ny version"):
        action_plan.update_item(store, rows[0]["uuid"], measure="Annat")
    with pytest.raises(ValidationError):
        action_plan.add_item(store, ag, kommun, 2026, plan_uuid=plan, measure="Ny")
    action_plan.update_item(store, rows[0]["uuid"], status="gul")  # the follow-up is always open

    second = plans.new_version(store, plan).created("action_plan")[0]
    copy = action_plan.plan_items(store, second)
    assert [(r["problem"], r["problem_uuid"], r["status"]) for r in copy] == [("Klotter", problem, "gul")]
    action_plan.update_item(store, copy[0]["uuid"], measure="Sanera inom fyra timmar")
    plans.decide_plan(store, second, body="Kommunstyrelsen", date="2026-09-01", paragraph="80")
    assert store.get("action_plan", plan)["status"] == "ersatt"
    assert action_plan.plan_items(store, plan)[0]["measure"] == "Sanera inom ett dygn"  # the old stays readable
    assert plans.plan_for_year(store, ag, kommun, 2026)["uuid"] == second
    assert "Version 2 (ersätter version 1)" in plans.decision_line(store.get("action_plan", second))


def test_kumla_plan_from_the_demo_prints_problem_column_and_decision(demo_store, tmp_path):
    hallsberg = resolve_agreement(demo_store, "lokalpolisområde Hallsberg")["uuid"]
    kumla = resolve_kommun(demo_store, hallsberg, "Kumla")
    plan = plans.plan_for_year(demo_store, hallsberg, kumla.party_uuid, 2026)
    assert (plan["plan_version"], plan["status"]) == (2, "beslutad")
    rows = action_plan.plan_items(demo_store, plan["uuid"])
    assert rows and all(r["problem_uuid"] for r in rows)  # every row addresses an EST problem …
    areas = {demo_store.get("area", demo_store.get("problem", r["problem_uuid"])["area_uuid"])["name"] for r in rows}
    assert areas <= set(kumla.areas)  # … of Kumla
    assert {r["owner_name"] for r in rows} >= {"Kumla kommun", "Det kommunala bostadsbolaget i Kumla"}

    out = reports.build(demo_store, "action-plan", tmp_path / "kumla.pdf", agreement="Hallsberg", year=2026,
                        kommun="Kumla")
    text = _text(out)
    assert "Kumla kommun – Åtgärdsplan 2026 (version 2, beslutad)" in text
    assert "Beslutad av Kommunstyrelsen i Kumla, 2026-09-14, § 122, dnr KS 2026/87." in text
    assert "Version 2 (ersätter version 1)" in text
    assert "Grundas på lägesbilden T1 2026 (jan–apr) för Kumla kommun (fastställd)." in text
    assert "Problem Orsak Åtgärd Operativa mål När Vem Uppföljning" in text
    assert "Narkotikaförsäljning vid Kumla resecentrum kvällstid Mörk och skymd plats" in text
    for other in ("Askersunds kommun – ", "Hallsbergs kommun – ", "Laxå kommun – "):  # only Kumla's plan
        assert other not in text


def test_an_action_owned_by_a_bostadsbolag(store, tmp_path):
    d = est_setup(store)
    ag = d["agreement"]
    bolag = actors.add_actor(store, ag, name="Bostadsbolaget AB", kind="bostadsbolag").created("actor")[0]
    actors.add_contact(store, bolag, name="Kim Berg", title="Trygghetssamordnare", phone="019-00 00 00")
    assert [c["name"] for c in actors.list_contacts(store, bolag)] == ["Kim Berg"]
    owners = actors.owners(store, ag)
    assert [o["name"] for o in owners if o["is_party"]] == ["Örebro kommun", "Lokalpolisområde Örebro"]
    assert any(o["uuid"] == bolag and not o["is_party"] for o in owners)  # parties and actors in one list
    week = IsoWeek(2026, 47)
    est_ops.add_action(store, ag, description="Byta lås i soprummen", raised=week, actor_uuid=bolag,
                       responsible_function="Trygghetssamordnare", due_date="2026-12-15")
    row = next(r for r in est.actions_overview(store, ag) if r["description"] == "Byta lås i soprummen")
    assert row["actor_name"] == row["party_name"] == "Bostadsbolaget AB"
    assert actors.list_actors(store, ag)[0]["open_actions"] == 1
    text = _text(reports.build(store, "est-week", tmp_path / "v.pdf", agreement=ag, week="2026-W47"))
    assert "Byta lås i soprummen Bostadsbolaget AB – Trygg" in text  # the owner (hyphenated function)
    actors.delete_actor(store, bolag)
    assert store.get("action", row["uuid"])["actor_uuid"] is None
    with pytest.raises(ValidationError, match="namn"):
        actors.add_actor(store, ag, name="  ")


def test_plan_page_new_version_and_decision(qtbot, demo_store, monkeypatch):
    def fail(_parent, _title, text, *_a, **_k):
        raise AssertionError(text)

    monkeypatch.setattr("samverkan_desktop.ui.context.QMessageBox.warning", fail)
    from PySide6.QtWidgets import QWidget

    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.follow_up.action_plan import ActionPlanPage
    from samverkan_desktop.ui.settings import Settings

    host = QWidget()
    qtbot.addWidget(host)
    ctx = AppContext(demo_store, Settings(), parent=host)
    hallsberg = resolve_agreement(demo_store, "lokalpolisområde Hallsberg")["uuid"]
    ctx.select_agreement(hallsberg)
    page = ActionPlanPage(ctx, host)
    ctx.hub.changed.connect(lambda _c: page.refresh())
    page.year.setValue(2026)
    page.refresh()
    page.party.setCurrentIndex(page.party.findText("Kumla kommun"))
    assert page.plan.count() == 2 and page.plan_row["plan_version"] == 2  # both versions; the decided shown
    assert "2026-09-14" in page.decision.text() and not page.add_button.isEnabled()
    assert page.model.rows[0]["problem_text"].startswith("Narkotikaförsäljning")
    page.new_version()
    assert page.plan_row["plan_version"] == 3 and page.plan_row["status"] == "utkast"
    assert page.add_button.isEnabled() and page.model.rowCount() == 5
    page.body.setText("Kommunstyrelsen i Kumla")
    page.date.setText("2026-11-30")
    page.paragraph.setText("150")
    page.decide()
    assert page.plan_row["status"] == "beslutad"
    old = demo_store.get("action_plan", plans.list_plans(demo_store, hallsberg, page.party.currentData())[1]["uuid"])
    assert old["status"] == "ersatt"


def test_actors_dialog_lists_the_register_and_adds_a_contact(qtbot, demo_store):
    from PySide6.QtWidgets import QWidget

    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.est.actors_dialog import ActorsDialog
    from samverkan_desktop.ui.settings import Settings

    host = QWidget()
    qtbot.addWidget(host)
    ctx = AppContext(demo_store, Settings(), parent=host)
    ctx.select_agreement(resolve_agreement(demo_store, "lokalpolisområde Hallsberg")["uuid"])
    dialog = ActorsDialog(ctx, host)
    qtbot.addWidget(dialog)
    names = [r["name"] for r in dialog.model.rows]
    assert "Det kommunala bostadsbolaget i Kumla" in names and "Räddningstjänsten i Kumla" in names
    assert "Kumla kommun" in dialog.parties.text()  # parties are actors too
    dialog.table.setCurrentIndex(dialog.model.index(names.index("Det kommunala bostadsbolaget i Kumla"), 0))
    assert dialog.kind.currentData() == "bostadsbolag" and dialog.source.currentText() == "Bostadsbolag"
    dialog.contact_name.setText("Alex Ny")
    dialog.add_contact()
    assert "Alex Ny" in [c["name"] for c in dialog.contacts.rows]
