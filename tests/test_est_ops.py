"""EST core operations: incidents follow their date's ISO week, weeks appear when used, actions
carry over from week to week until closed, and every write is one undoable transaction."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import codes as est_codes
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.periods import IsoWeek
from samverkan_desktop.core.store import replay
from samverkan_desktop.core.store.stamps import natural_uuid

from .est_fixtures import est_setup


@pytest.fixture
def setup(store):
    return est_setup(store)


def test_incident_week_follows_its_date(store, setup):
    ag = setup["agreement"]
    est_ops.add_incident(store, ag, occurred_on="2027-01-02", category_uuid=setup["cat"]["Brand"],
                         area_uuid=setup["areas"]["Vivalla"], source_uuid=setup["src"]["Polis"], count=2,
                         description="Containerbrand")
    est_ops.add_incident(store, ag, occurred_on="2024-12-30", category_uuid=setup["cat"]["Klotter"])
    w53 = est.incidents_in_week(store, ag, 2026, 53)
    assert [(r["category"], r["area"], r["source"], r["count"]) for r in w53] == [("Brand", "Vivalla", "Polis", 2)]
    assert [r["occurred_on"] for r in est.incidents_in_week(store, ag, 2025, 1)] == ["2024-12-30"]
    # The week row exists with its natural uuid once something is entered.
    assert est.week_row(store, ag, IsoWeek(2026, 53))["uuid"] == natural_uuid("est_week", ag, 2026, 53)
    # A changed date moves the incident to that week.
    uuid = w53[0]["uuid"]
    est_ops.update_incident(store, uuid, occurred_on="2027-01-04")
    assert store.get("incident", uuid)["iso_year"] == 2027 and store.get("incident", uuid)["iso_week"] == 1


@pytest.mark.parametrize("bad, message", [
    ({"count": 0}, "minst 1"), ({"occurred_on": "2026-13-01"}, "ogiltigt datum"),
    ({"category_uuid": None}, "Kategori saknas"), ({"count": "två"}, "heltal")])
def test_incident_validation(store, setup, bad, message):
    values = {"occurred_on": "2026-11-18", "category_uuid": setup["cat"]["Brand"], "count": 1, **bad}
    with pytest.raises(ValidationError, match=message):
        est_ops.add_incident(store, setup["agreement"], **values)
    assert store.scalar("SELECT count(*) FROM incident") == 0
    assert store.scalar("SELECT count(*) FROM est_week") == 0


def test_add_and_undo_incident(store, setup):
    ag = setup["agreement"]
    changes = est_ops.add_incident(store, ag, occurred_on="2026-11-18", category_uuid=setup["cat"]["Brand"])
    assert changes.created("incident") and changes.touches("est_week")
    replay.undo(store, changes)
    assert est.incidents_in_week(store, ag, 2026, 47) == []
    assert est.week_row(store, ag, IsoWeek(2026, 47)) is None
    one = est_ops.add_incident(store, ag, occurred_on="2026-11-18", category_uuid=setup["cat"]["Brand"])
    est_ops.delete_incident(store, one.created("incident")[0])
    assert est.incidents_in_week(store, ag, 2026, 47) == []


def test_empty_week_gets_no_row_and_meeting_creates_it(store, setup):
    ag, week = setup["agreement"], IsoWeek(2026, 53)
    assert not est_ops.save_week_meeting(store, ag, week, situation_report="", participants="")
    assert est.week_row(store, ag, week) is None
    changes = est_ops.save_week_meeting(store, ag, week, situation_report="Lugnt i alla områden.")
    assert changes.label == "Ändra lägesbild"
    row = est.week_row(store, ag, week)
    assert row["situation_report"] == "Lugnt i alla områden." and row["uuid"] == est_ops.week_uuid(ag, week)
    assert not est_ops.save_week_meeting(store, ag, week, situation_report="Lugnt i alla områden.")
    est_ops.save_week_meeting(store, ag, week, meeting_date="2026-12-29", participants="Kommunpolis")
    assert est.week_row(store, ag, week)["meeting_date"] == "2026-12-29"
    est_ops.save_week_meeting(store, ag, IsoWeek(2027, 1), participants="Kommunpolis")
    est_ops.save_week_meeting(store, ag, IsoWeek(2027, 2), participants="Kommunpolis, fältassistenter")
    assert est.recent_participants(store, ag) == ["Kommunpolis, fältassistenter", "Kommunpolis"]
    with pytest.raises(ValidationError, match="Mötesdatum"):
        est_ops.save_week_meeting(store, ag, week, meeting_date="29/12")


def test_area_status_per_week(store, setup):
    ag, week = setup["agreement"], IsoWeek(2026, 47)
    assert [a["name"] for a in est.districts(store, ag)] == ["Vivalla", "Varberga", "Oxhagen"]
    assert [p["label"] for p in est.entry_places(store, ag)][:2] == ["Vivalla", "Vivalla › Vivalla centrum"]
    est_ops.set_area_status(store, ag, week, setup["areas"]["Vivalla"], "röd", "Öppen narkotikahandel")
    wuuid = est_ops.week_uuid(ag, week)
    statuses = est.area_statuses(store, wuuid)
    row = statuses[setup["areas"]["Vivalla"]]
    assert (row["status"], row["motivation"]) == ("röd", "Öppen narkotikahandel")
    assert row["uuid"] == natural_uuid("est_area_status", wuuid, setup["areas"]["Vivalla"])
    with pytest.raises(ValidationError):
        est_ops.set_area_status(store, ag, week, setup["areas"]["Vivalla"], "blå")
    # The next week (across a gap) takes over last statuses, keeping its own.
    later = IsoWeek(2026, 49)
    est_ops.set_area_status(store, ag, later, setup["areas"]["Oxhagen"], "gul", "Egen")
    changes = est_ops.copy_area_statuses(store, ag, later)
    copied = est.area_statuses(store, est_ops.week_uuid(ag, later))
    assert copied[setup["areas"]["Vivalla"]]["status"] == "röd" and copied[setup["areas"]["Oxhagen"]]["status"] == "gul"
    replay.undo(store, changes)
    assert set(est.area_statuses(store, est_ops.week_uuid(ag, later))) == {setup["areas"]["Oxhagen"]}
    assert not est_ops.copy_area_statuses(store, ag, IsoWeek(2026, 1))
    est_ops.clear_area_status(store, ag, week, setup["areas"]["Vivalla"])
    assert est.area_statuses(store, wuuid) == {}


def _action(store, setup, week, **kw):
    changes = est_ops.add_action(store, setup["agreement"], description="Riktad närvaro vid torget",
                                 raised=week, responsible_party_uuid=setup["polis"], **kw)
    return changes.created("action")[0]


def test_action_left_open_in_week_10_follows_until_closed(store, setup, monkeypatch):
    ag = setup["agreement"]
    uuid = _action(store, setup, IsoWeek(2026, 10), due_date="2026-03-20")

    def shown(week):
        return [r["uuid"] for r in est.open_actions_in_week(store, ag, IsoWeek(2026, week))]

    assert shown(9) == []
    assert all(shown(w) == [uuid] for w in range(10, 20))
    # Closed on a day in week 13: shown in week 13 (closed that week), gone from week 14.
    monkeypatch.setattr("samverkan_desktop.core.store.stamps.today", lambda: dt.date(2026, 3, 26))
    changes = est_ops.set_action_status(store, uuid, "klar")
    assert store.get("action", uuid)["closed_on"] == "2026-03-26"
    assert shown(12) == [uuid] and shown(13) == [uuid] and shown(14) == []
    # Reopening clears the closing day, and the action follows the weeks again.
    replay.undo(store, changes)
    assert store.get("action", uuid)["closed_on"] is None and shown(30) == [uuid]
    est_ops.set_action_status(store, uuid, "inställd")
    est_ops.set_action_status(store, uuid, "pågår")
    assert store.get("action", uuid)["closed_on"] is None


def test_open_actions_cross_the_year_and_mark_overdue(store, setup):
    ag = setup["agreement"]
    uuid = _action(store, setup, IsoWeek(2026, 53), due_date="2027-01-08")
    rows = est.open_actions_in_week(store, ag, IsoWeek(2027, 2), today=dt.date(2027, 1, 11))
    assert [r["uuid"] for r in rows] == [uuid] and rows[0]["overdue"] == 1
    assert est.open_actions_in_week(store, ag, IsoWeek(2026, 52)) == []
    assert [r["uuid"] for r in est.overdue_actions(store, ag, today=dt.date(2027, 1, 9))] == [uuid]
    assert est.overdue_actions(store, ag, today=dt.date(2027, 1, 8)) == []


def test_action_validation_and_update(store, setup):
    with pytest.raises(ValidationError, match="Klart senast"):
        _action(store, setup, IsoWeek(2026, 10), due_date="nästa vecka")
    with pytest.raises(ValidationError, match="status"):
        _action(store, setup, IsoWeek(2026, 10), status="klart")
    uuid = _action(store, setup, IsoWeek(2026, 10))
    est_ops.update_action(store, uuid, feedback="Genomfört, färre störningar.", status="klar")
    row = store.get("action", uuid)
    assert row["feedback"].startswith("Genomfört") and row["closed_on"]


def test_problems(store, setup):
    ag = setup["agreement"]
    changes = est_ops.add_problem(store, ag, description="Öppen narkotikahandel vid centrum",
                                  raised=IsoWeek(2026, 36), area_uuid=setup["areas"]["Vivalla"], priority=1)
    uuid = changes.created("problem")[0]
    _action(store, setup, IsoWeek(2026, 36), problem_uuid=uuid)
    rows = est.list_problems(store, ag)
    assert rows[0]["area"] == "Vivalla" and rows[0]["open_actions"] == 1
    est_ops.update_problem(store, uuid, status="avslutat")
    assert est.list_problems(store, ag) == []
    with pytest.raises(ValidationError, match="Prioritet"):
        est_ops.update_problem(store, uuid, priority=4)


def test_code_rename_keeps_history(store, setup):
    ag, brand = setup["agreement"], setup["cat"]["Brand"]
    est_ops.add_incident(store, ag, occurred_on="2026-11-18", category_uuid=brand)
    est_codes.rename_code(store, brand, "Brand/anlagd brand")
    rows = est.incidents_in_week(store, ag, 2026, 47)
    assert rows[0]["category_uuid"] == brand and rows[0]["category"] == "Brand/anlagd brand"
    audit = store.query("SELECT action, changes FROM audit WHERE row_uuid = ? ORDER BY id", (brand,))
    assert audit[-1]["action"] == "update"
    assert audit[-1]["changes"] == "label", "which field changed, not its old text"
    with pytest.raises(ValidationError, match="redan"):
        est_codes.rename_code(store, setup["cat"]["Klotter"], "brand/ANLAGD brand")


def test_code_list_add_move_deactivate(store, setup):
    from samverkan_desktop.core.est.codelists import codes

    est_codes.add_code(store, "source", "Skolkurator")
    labels = [c["label"] for c in codes(store, "source")]
    assert labels[-1] == "Skolkurator"
    new = codes(store, "source")[-1]["uuid"]
    est_codes.move_code(store, new, -1)
    assert [c["label"] for c in codes(store, "source")][-2:] == ["Skolkurator", "Allmänheten"]
    est_codes.set_code_active(store, new, False)
    assert "Skolkurator" not in [c["label"] for c in codes(store, "source")]
    assert "Skolkurator" in [c["label"] for c in codes(store, "source", include_inactive=True)]
    with pytest.raises(ValidationError):
        est_codes.add_code(store, "source", "  ")


def test_area_ops(store, setup):
    ag = setup["agreement"]
    est_codes.add_area(store, "Brickebacken", parent_uuid=setup["root"])
    assert [a["name"] for a in est.districts(store, ag)][-1] == "Brickebacken"
    est_codes.rename_area(store, setup["areas"]["Oxhagen"], "Oxhagen/Almby")
    est_codes.move_area(store, setup["areas"]["Oxhagen"], -2)
    assert [a["name"] for a in est.districts(store, ag)][0] == "Oxhagen/Almby"
    with pytest.raises(ValidationError):
        est_codes.add_area(store, "Torget", parent_uuid=setup["root"], level="plats")
    with pytest.raises(ValidationError, match="under sig"):
        est_codes.remove_area(store, setup["areas"]["Vivalla"])
    est_ops.add_incident(store, ag, occurred_on="2026-11-18", category_uuid=setup["cat"]["Brand"],
                         area_uuid=setup["areas"]["Vivalla centrum"])
    est_codes.remove_area(store, setup["areas"]["Vivalla centrum"])
    assert "Vivalla centrum" not in [p["name"] for p in est.entry_places(store, ag)]
    assert est.incidents_in_week(store, ag, 2026, 47)[0]["area"] == "Vivalla centrum"  # history keeps it
    tree = est_codes.area_tree(store, ag)
    assert tree[0]["depth"] == 0 and {r["depth"] for r in tree} == {0, 1}


def test_queries_use_the_indexes(store, setup):
    # The statement incidents_in_week really runs, caught on the connection and explained.
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        est.incidents_in_week(store, "x", 2026, 47)
    finally:
        store.conn.set_trace_callback(None)
    sql = next(s for s in statements if "FROM incident i" in s)
    plan = " ".join(r["detail"] for r in store.query("EXPLAIN QUERY PLAN " + sql))
    assert "SEARCH" in plan and "incident_date" in plan  # a date range of the one incident index
    plan = " ".join(r["detail"] for r in store.query(
        "EXPLAIN QUERY PLAN " + est._ACTION_SELECT + " WHERE x.agreement_uuid = 'x' AND x.deleted = 0",
        {"today": "2026-11-23"}))
    assert "action_agreement" in plan


def test_demo_actions_follow_the_weeks(demo_store):
    from samverkan_desktop.core.demo.orebro import find_agreement

    ag = find_agreement(demo_store)
    uuid = demo_store.scalar("SELECT uuid FROM action WHERE agreement_uuid = ? AND status = 'pågår' "
                             "AND raised_week = 36", (ag,))
    for week in range(36, 49):
        assert uuid in [r["uuid"] for r in est.open_actions_in_week(demo_store, ag, IsoWeek(2026, week))], week
    assert uuid not in [r["uuid"] for r in est.open_actions_in_week(demo_store, ag, IsoWeek(2026, 35))]
    # The action closed on 2026-10-13 (week 42) shows up to week 42 and not after.
    closed = demo_store.scalar("SELECT uuid FROM action WHERE closed_on = '2026-10-13'")
    assert closed in [r["uuid"] for r in est.open_actions_in_week(demo_store, ag, IsoWeek(2026, 42))]
    assert closed not in [r["uuid"] for r in est.open_actions_in_week(demo_store, ag, IsoWeek(2026, 43))]
    assert len(est.districts(demo_store, ag)) == 6
