"""The communication plan in the core: plans per year, activities, moving, completing, copying."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop.core.communication import ops
from samverkan_desktop.core.communication import queries as comm
from samverkan_desktop.core.demo.orebro import find_agreement
from samverkan_desktop.core.errors import NotFound, ValidationError
from samverkan_desktop.core.store import replay

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("samverkan_desktop.core.communication.queries.today", lambda: TODAY)
    monkeypatch.setattr("samverkan_desktop.core.communication.ops.today", lambda: TODAY)


@pytest.fixture
def agreement(store):
    with store.write("Ny överenskommelse") as tx:
        kommun = tx.insert("party", {"name": "Örebro kommun", "kind": "kommun"})
        polis = tx.insert("party", {"name": "Lokalpolisområde Örebro", "kind": "polis"})
        a = tx.insert("agreement", {"title": "Samverkansöverenskommelse 2024-2026", "period_from": "2024-01-01",
                                    "period_to": "2026-12-31",
                                    "communication_clause": "En gemensam kommunikationsplan på årsbasis."})
        for i, p in enumerate((kommun, polis)):
            tx.insert("agreement_party", {"agreement_uuid": a, "party_uuid": p, "position": i})
    return {"uuid": a, "kommun": kommun, "polis": polis}


@pytest.fixture
def plan(store, agreement):
    ops.create_plan(store, agreement["uuid"], 2026)
    return comm.plan_uuid(agreement["uuid"], 2026)


def _add(store, plan, **values):
    changes = ops.add_activity(store, plan, {"title": "Pressmeddelande", **values})
    return changes.created("communication_activity")[0]


def test_plan_has_natural_uuid_and_starts_from_the_agreement_clause(store, agreement):
    changes = ops.create_plan(store, agreement["uuid"], 2026)
    uuid = comm.plan_uuid(agreement["uuid"], 2026)
    assert changes.created("communication_plan") == [uuid]
    plan = comm.get_plan(store, agreement["uuid"], 2026)
    assert plan["purpose"] == "En gemensam kommunikationsplan på årsbasis."
    assert plan["version"] == 1 and json.loads(plan["clock"])["v"]  # merge metadata kept
    with pytest.raises(ValidationError, match="redan"):
        ops.create_plan(store, agreement["uuid"], 2026)
    assert comm.plan_uuid(agreement["uuid"], 2027) != uuid


def test_deleted_plan_comes_back_with_the_same_uuid(store, agreement):
    changes = ops.create_plan(store, agreement["uuid"], 2026)
    replay.undo(store, changes)
    assert comm.get_plan(store, agreement["uuid"], 2026) is None
    ops.create_plan(store, agreement["uuid"], 2026)
    assert comm.get_plan(store, agreement["uuid"], 2026)["uuid"] == comm.plan_uuid(agreement["uuid"], 2026)


def test_header_update_is_one_step_and_undoable(store, plan):
    changes = ops.update_plan(store, plan, {"goals": "  Fler känner till arbetet.  "})
    assert changes.label == "Ändra kommunikationsmål"
    assert store.get("communication_plan", plan)["goals"] == "Fler känner till arbetet."
    replay.undo(store, changes)
    assert store.get("communication_plan", plan)["goals"] == ""
    with pytest.raises(ValidationError):
        ops.update_plan(store, plan, {"year": 2030})


def test_activity_validation(store, plan):
    with pytest.raises(ValidationError, match="rubrik") as err:
        ops.add_activity(store, plan, {"title": "  "})
    assert err.value.field == "title"
    with pytest.raises(ValidationError, match="planens år 2026"):
        _add(store, plan, planned_date="2027-01-10")
    with pytest.raises(ValidationError, match="Ogiltigt datum"):
        _add(store, plan, planned_date="12/3")
    assert ops.add_activity(store, plan, {"title": "v53", "planned_week": 53})  # 2026 has a week 53
    with pytest.raises(ValidationError, match="status"):
        _add(store, plan, status="klar")
    assert comm.count_activities(store, plan) == 1


def test_week_and_undated_activities_and_their_month(store, plan):
    week1 = _add(store, plan, title="Vecka 1", planned_week=1)  # Monday 2025-12-29: still January
    week53 = _add(store, plan, title="Vecka 53", planned_week=53)
    undated = _add(store, plan, title="Utan datum")
    rows = {r["uuid"]: r for r in comm.list_activities(store, plan)}
    assert rows[week1]["when"] == dt.date(2025, 12, 29) and rows[week1]["month"] == 1
    assert rows[week53]["when"] == dt.date(2026, 12, 28) and rows[week53]["month"] == 12
    assert rows[undated]["when"] is None and rows[undated]["month"] is None
    assert [g for g, _ in comm.by_month(rows.values())] == ["januari", "december", "Utan datum"]
    assert list(rows)[-1] == undated  # undated last


def test_status_done_date_and_complete(store, plan):
    uuid = _add(store, plan, planned_date="2026-03-01")
    ops.update_activity(store, uuid, {"status": "genomförd"})
    assert store.get("communication_activity", uuid)["done_date"] == "2026-11-23"
    ops.update_activity(store, uuid, {"status": "planerad"})
    assert store.get("communication_activity", uuid)["done_date"] is None
    changes = ops.complete_activity(store, uuid, on=dt.date(2026, 3, 2), outcome="Publicerat.")
    row = store.get("communication_activity", uuid)
    assert (row["status"], row["done_date"], row["outcome"]) == ("genomförd", "2026-03-02", "Publicerat.")
    replay.undo(store, changes)
    row = store.get("communication_activity", uuid)
    assert (row["status"], row["done_date"], row["outcome"]) == ("planerad", None, "")


def test_overdue_and_filters(store, plan, agreement):
    late = _add(store, plan, title="Sen", planned_date="2026-10-01", channel="press",
                responsible_party_uuid=agreement["polis"])
    _add(store, plan, title="Klar", planned_date="2026-10-01", status="genomförd", channel="webb")
    _add(store, plan, title="Inställd", planned_date="2026-10-01", status="inställd")
    _add(store, plan, title="Framtida", planned_date="2026-12-01", channel="press")
    assert [r["uuid"] for r in comm.list_activities(store, plan, status="försenad")] == [late]
    assert {r["title"] for r in comm.list_activities(store, plan, channel="press")} == {"Sen", "Framtida"}
    assert [r["title"] for r in comm.list_activities(store, plan, party=agreement["polis"])] == ["Sen"]
    assert [r["title"] for r in comm.list_activities(store, plan, status="inställd")] == ["Inställd"]
    assert comm.status_text(comm.get_activity(store, late)) == "planerad – försenad"


def test_move_keeps_the_day_and_the_kind_of_planning(store, plan):
    dated = _add(store, plan, title="Datum", planned_date="2026-01-31")
    weekly = _add(store, plan, title="Vecka", planned_week=10)  # Monday 2026-03-02
    undated = _add(store, plan, title="Odaterad")
    changes = ops.move_activity(store, dated, 2)
    assert store.get("communication_activity", dated)["planned_date"] == "2026-02-28"
    replay.undo(store, changes)
    assert store.get("communication_activity", dated)["planned_date"] == "2026-01-31"
    ops.move_activity(store, weekly, 6)
    row = store.get("communication_activity", weekly)
    assert row["planned_date"] is None and row["planned_week"] == 23  # 2026-06-02 is in week 23
    ops.move_activity(store, undated, 9)
    assert store.get("communication_activity", undated)["planned_date"] == "2026-09-15"
    ops.move_activity(store, weekly, 12)  # 2026-12-02 (week 49)
    assert comm.get_activity(store, weekly)["month"] == 12
    with pytest.raises(ValidationError):
        ops.move_activity(store, dated, 13)


def test_delete_is_a_tombstone(store, plan):
    uuid = _add(store, plan)
    changes = ops.delete_activity(store, uuid)
    assert store.get("communication_activity", uuid)["deleted"] == 1
    assert comm.count_activities(store, plan) == 0
    with pytest.raises(NotFound):
        ops.update_activity(store, uuid, {"title": "x"})
    replay.undo(store, changes)
    assert comm.count_activities(store, plan) == 1


def test_copy_to_next_year_carries_header_and_recurring_activities(store, plan, agreement):
    ops.update_plan(store, plan, {"key_messages": "Tillsammans för ett tryggare Örebro."})
    _add(store, plan, title="Valborg", planned_date="2026-04-27", recurring=1, status="genomförd",
         outcome="Bra genomslag.")
    _add(store, plan, title="Sommarlov", planned_week=53, recurring=1)
    _add(store, plan, title="Engångs", planned_date="2026-05-01")
    changes = ops.copy_to_next_year(store, plan)
    nxt = comm.get_plan(store, agreement["uuid"], 2027)
    assert nxt["uuid"] == comm.plan_uuid(agreement["uuid"], 2027)
    assert nxt["key_messages"] == "Tillsammans för ett tryggare Örebro."
    rows = {r["title"]: r for r in comm.list_activities(store, nxt["uuid"])}
    assert set(rows) == {"Valborg", "Sommarlov"}
    assert rows["Valborg"]["planned_date"] == "2027-04-27"
    assert (rows["Valborg"]["status"], rows["Valborg"]["done_date"], rows["Valborg"]["outcome"]) == ("planerad", None, "")
    assert rows["Sommarlov"]["planned_week"] == 52  # 2027 has no week 53
    with pytest.raises(ValidationError, match="redan 2 aktiviteter"):
        ops.copy_to_next_year(store, plan)
    replay.undo(store, changes)
    assert comm.get_plan(store, agreement["uuid"], 2027) is None


def test_copy_into_an_empty_existing_plan_keeps_what_it_has(store, plan, agreement):
    ops.update_plan(store, plan, {"goals": "Mål 2026", "channels": "Press"})
    ops.create_plan(store, agreement["uuid"], 2027, header={"goals": "Egna mål 2027"})
    ops.copy_to_next_year(store, plan)
    nxt = comm.get_plan(store, agreement["uuid"], 2027)
    assert nxt["goals"] == "Egna mål 2027" and nxt["channels"] == "Press"


def test_leap_day_moves_to_28_february():
    assert ops._next_year("2028-02-29") == "2029-02-28"


def test_demo_plans(demo_store):
    ag = find_agreement(demo_store)
    plans = {p["year"]: p for p in comm.list_plans(demo_store, ag)}
    assert set(plans) == {2025, 2026}
    rows = comm.list_activities(demo_store, plans[2026]["uuid"])
    assert len(rows) >= 14
    assert {r["status"] for r in rows} == set(comm.STATUSES)
    overdue = [r["title"] for r in rows if r["overdue"]]
    assert len(overdue) == 2
    assert sum(r["recurring"] for r in rows) >= 3
    assert len({r["month"] for r in rows if r["month"]}) >= 9  # spread over the year
    assert all("(påhittad demodata)" in r["message"] for r in rows)
    assert any(r["action_uuid"] for r in rows) and any(r["form_uuid"] for r in rows)
    assert "kommunikationsplan på årsbasis" in plans[2026]["purpose"]
    assert "Öppen narkotikahandel" in {r["form_name"] for r in rows}
    channels = comm.channel_choices(demo_store)
    assert channels[:3] == ["press", "webb", "sociala medier"]


def test_moving_a_week_lands_in_the_month(store, plan):
    """A week is shown in its Monday's month; every move must land where it was dropped."""
    for week in (1, 10, 27, 52, 53):
        uuid = _add(store, plan, title=f"Vecka {week}", planned_week=week)
        for month in range(1, 13):
            ops.move_activity(store, uuid, month)
            row = comm.get_activity(store, uuid)
            assert row["planned_date"] is None and row["month"] == month, (week, month)


def test_copy_undo_copy_again_converges_on_the_same_rows(store, plan, agreement):
    _add(store, plan, title="Valborg", planned_date="2026-04-27", recurring=1)
    first = ops.copy_to_next_year(store, plan)
    uuids = set(first.created("communication_activity"))
    replay.undo(store, first)
    assert comm.get_plan(store, agreement["uuid"], 2027) is None
    ops.copy_to_next_year(store, plan)  # tombstoned rows come back, no duplicates
    nxt = comm.plan_uuid(agreement["uuid"], 2027)
    assert {r["uuid"] for r in comm.list_activities(store, nxt)} == uuids
    assert store.scalar("SELECT count(*) FROM communication_activity WHERE plan_uuid = ?", (nxt,)) == 1
