"""Problem work (issue 17): incidents linked to a problem, its orsaksanalys and effect measure —
through the core operations, the problem editor and the week's incident table; the link travels by
exchange; an imported time of day shows in the Analys view's weekday × hour table."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QWidget

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est import problem_work
from samverkan_desktop.core.est.codelists import ensure_default_codes
from samverkan_desktop.core.est.import_table import guess_mapping, read_table
from samverkan_desktop.core.est.importer import apply_import, plan_import
from samverkan_desktop.core.follow_up import indicators
from samverkan_desktop.core.periods import IsoWeek, Period
from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.settings import Settings

from .est_analysis_fixtures import add_incident, small_agreement
from .exchange_util import copies, send


def _problem(store, data, text="Samling av ungdomar vid torget kvällstid", area="Centrum", week=(2026, 10)):
    return est_ops.add_problem(store, data["agreement"], description=text, raised=IsoWeek(*week),
                               area_uuid=data["areas"][area]).created("problem")[0]


def test_incidents_link_to_a_problem_and_count_for_its_effect(store):
    data = small_agreement(store)
    problem = _problem(store, data)
    spring = [add_incident(store, data, day, "Ordningsstörning", "Centrum", n)
              for day, n in (("2026-03-06", 2), ("2026-04-10", 3))]
    autumn = add_incident(store, data, "2026-09-11", "Ordningsstörning", "Centrum", 4)
    changes = problem_work.link_incidents(store, problem, [*spring, autumn])
    assert changes.label == "Koppla 3 händelser till problem"
    assert [r["uuid"] for r in problem_work.problem_incidents(store, problem)] == [autumn, *reversed(spring)]
    assert problem_work.link_incidents(store, problem, spring).edits == []  # already linked: nothing written

    est_ops.update_problem(store, problem, cause_analysis="Fritidsgården stänger kl. 21.", effect_kind="händelser",
                           effect_baseline="5", effect_target="2,5")
    row = store.get("problem", problem)
    assert (row["cause_analysis"], row["effect_baseline"], row["effect_target"]) == (
        "Fritidsgården stänger kl. 21.", 5.0, 2.5)
    spring_effect = problem_work.problem_effect(store, row, dt.date(2026, 4, 30))  # T1's last day: still running
    assert (spring_effect.current, spring_effect.current_period, spring_effect.reached, spring_effect.verdict) == (
        5.0, "T1 2026 (jan–apr)", None, "Pågår – preliminärt")
    autumn_effect = problem_work.problem_effect(store, row, dt.date(2026, 10, 1))
    assert (autumn_effect.current, autumn_effect.current_period) == (4.0, "T3 2026 (sep–dec), t.o.m. 2026-10-01")

    problem_work.unlink_incidents(store, [autumn])
    assert problem_work.problem_effect(store, row, dt.date(2026, 10, 1)).current == 0


def test_an_indicator_measures_the_problem_in_its_area_as_of_a_day(store):
    data = small_agreement(store)
    problem = _problem(store, data, area="Vivalla")
    ind = indicators.add_indicator(store, data["agreement"], name="Sett narkotikahandel", unit="%",
                                   higher_is_better=False).created("indicator")[0]
    for area, period, value in ((data["areas"]["Vivalla"], "2024", 26), (data["areas"]["Vivalla"], "2025", 21),
                                (None, "2025", 15)):
        indicators.set_value(store, ind, area, period, value)
    est_ops.update_problem(store, problem, effect_kind="indikator", effect_indicator_uuid=ind,
                           effect_baseline=26, effect_target=20)
    row = store.get("problem", problem)
    then = problem_work.problem_effect(store, row, dt.date(2024, 11, 30))
    assert (then.measure, then.current, then.current_period, then.reached, then.verdict) == (
        "Sett narkotikahandel (%)", 26.0, "helår 2024", None, "Pågår – preliminärt")  # 2024 not over yet
    now = problem_work.problem_effect(store, row, dt.date(2026, 1, 15))
    assert (now.current, now.reached, now.verdict) == (21.0, False, "Ej nått")  # Vivalla's own 2025, not the kommun's 15
    indicators.set_value(store, ind, data["areas"]["Vivalla"], "2025", 19)
    assert problem_work.problem_effect(store, row, dt.date(2026, 1, 15)).verdict == "Målet nått"
    with pytest.raises(ValidationError, match="indikator"):
        est_ops.update_problem(store, problem, effect_kind="indikator", effect_indicator_uuid=None)
    with pytest.raises(ValidationError, match="inget tal"):
        est_ops.update_problem(store, problem, effect_baseline="många")
    with pytest.raises(ValidationError, match="effektmått"):
        est_ops.update_problem(store, problem, effect_kind="känsla")


def test_an_incident_of_another_agreement_is_refused(store):
    data = small_agreement(store)
    other = small_agreement(store, title="Annan överenskommelse")
    problem = _problem(store, data)
    stranger = add_incident(store, other, "2026-03-06", "Klotter", "Centrum")
    with pytest.raises(ValidationError, match="annan överenskommelse"):
        problem_work.link_incidents(store, problem, [stranger])
    assert store.get("incident", stranger)["problem_uuid"] is None


def test_the_link_and_the_effect_measure_travel_by_exchange(tmp_path):
    stores, ids = copies(tmp_path)
    a, b = stores["A"], stores["B"]
    with a.write("Koder") as tx:
        cat = ensure_default_codes(tx)["incident_category"]["Klotter"]
    incident = est_ops.add_incident(a, ids["agreement"], occurred_on="2026-03-06",
                                    category_uuid=cat).created("incident")[0]
    problem = est_ops.add_problem(a, ids["agreement"], description="Klotter i tunneln", raised=IsoWeek(2026, 10),
                                  cause_analysis="Mörk tunnel", effect_kind="händelser", effect_baseline=3,
                                  effect_target=1).created("problem")[0]
    problem_work.link_incidents(a, problem, [incident])
    send(a, b, tmp_path)
    row = b.get("problem", problem)
    assert (row["cause_analysis"], row["effect_kind"], row["effect_baseline"]) == ("Mörk tunnel", "händelser", 3.0)
    assert b.get("incident", incident)["problem_uuid"] == problem


@pytest.fixture
def ctx(qtbot, store, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.core.store.stamps.today", lambda: dt.date(2026, 3, 12))
    data = small_agreement(store)
    holder = QWidget()
    qtbot.addWidget(holder)
    context = AppContext(store, Settings(), parent=holder)
    context.select_agreement(data["agreement"])
    context.data = data
    yield context
    context.tasks.wait()


def test_koppla_till_problem_from_the_week_and_the_problem_editor_lists_them(qtbot, ctx, monkeypatch):
    from samverkan_desktop.ui.est.problem_dialog import ProblemDialog
    from samverkan_desktop.ui.est.tab import EstTab

    data = ctx.data
    problem = _problem(ctx.store, data)
    first = add_incident(ctx.store, data, "2026-03-09", "Ordningsstörning", "Centrum", 2, text="Bråk vid torget")
    add_incident(ctx.store, data, "2026-03-10", "Klotter", "Vivalla", 1, text="Tag på skolan")
    tab = EstTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    tab.navigator.go_to("2026-v11")
    tab.reload()
    panel = tab.week_view.incidents
    panel.table.selectRow(next(i for i, r in enumerate(panel.model.rows) if r["uuid"] == first))
    asked = []

    def pick(parent, title, label, items, current, editable):
        asked.append(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    panel.link_button.click()
    assert asked and "Samling av ungdomar vid torget kvällstid – Centrum" in asked[0][0]
    assert ctx.store.get("incident", first)["problem_uuid"] == problem
    shown = {r["uuid"]: r["problem"] for r in panel.model.rows}
    assert shown[first] == "Samling av ungdomar vid torget kvällstid"  # the table's Problem column

    dialog = ProblemDialog(ctx, IsoWeek(2026, 11), problem_uuid=problem, parent=tab)
    assert [r["description"] for r in dialog.incident_model.rows] == ["Bråk vid torget"]
    assert "1 registreringar, 2 händelser" in dialog.incident_label.text()
    dialog.cause.setPlainText("Fritidsgården stänger tidigt.")
    dialog.effect_kind.setCurrentIndex(dialog.effect_kind.findData("händelser"))
    assert not dialog.indicator.isEnabled() and dialog.baseline.isEnabled()
    dialog.baseline.setText("6")
    dialog.target.setText("3")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    row = ctx.store.get("problem", problem)
    assert (row["cause_analysis"], row["effect_kind"], row["effect_baseline"], row["effect_target"]) == (
        "Fritidsgården stänger tidigt.", "händelser", 6.0, 3.0)

    again = ProblemDialog(ctx, IsoWeek(2026, 11), problem_uuid=problem, parent=tab)
    assert (again.baseline.text(), again.target.text()) == ("6", "3")
    again.incident_table.selectRow(0)
    again.unlink_button.click()
    assert ctx.store.get("incident", first)["problem_uuid"] is None and again.incident_model.rows == []
    ctx.undo_stack.undo()
    assert ctx.store.get("incident", first)["problem_uuid"] == problem


def test_an_imported_time_shows_in_the_weekday_hour_table(qtbot, ctx, tmp_path):
    from samverkan_desktop.ui.est.analysis import AnalysisView

    data = ctx.data
    path = tmp_path / "händelser.csv"
    path.write_text("Datum;Tid;Kategori;Område;Antal\n"
                    "2026-05-08;21:40;Klotter;Vivalla;2\n"   # Friday 21–22
                    "2026-05-09;;Klotter;Centrum;1\n", encoding="utf-8")
    table = read_table(path)
    apply_import(ctx.store, plan_import(ctx.store, data["agreement"], table, guess_mapping(table.headers)))
    view = AnalysisView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.set_period(Period.parse("2026-T2"))
    model = view.hours.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Fre"
    assert model.index(21, 4).data() == "2" and model.index(21, 7).data() == "2"
    assert sum(int(model.index(r, 7).data() or 0) for r in range(24)) == 2
    assert "1 händelser utan klockslag" in view.hours.note.text()
    # the week's table shows the time too
    from samverkan_desktop.ui.est.tab import EstTab

    tab = EstTab(ctx)
    qtbot.addWidget(tab)
    tab.navigator.go_to("2026-v19")
    tab.reload()
    assert [r["occurred_time"] for r in tab.week_view.incidents.model.rows] == ["21:40", None]
    assert tab.week_view.incidents.model.headerData(1, Qt.Orientation.Horizontal) == "Tid"


def test_plan_rows_link_only_to_live_rows_of_their_agreement(store):
    """The version-9 link columns have no foreign keys (ALTER TABLE cannot add them): the operation checks."""
    from samverkan_desktop.core.errors import NotFound
    from samverkan_desktop.core.follow_up import action_plan

    data = small_agreement(store)
    other = small_agreement(store, title="Annan överenskommelse")
    mine, theirs = _problem(store, data), _problem(store, other)
    row = action_plan.add_item(store, data["agreement"], data["kommun"], 2026, measure="Belysning",
                               problem_uuid=mine, actor_uuid=data["kommun"]).created("action_plan_item")[0]
    for bad in ({"problem_uuid": theirs}, {"actor_uuid": "00000000-0000-4000-8000-000000000000"}):
        with pytest.raises(NotFound):
            action_plan.update_item(store, row, **bad)
        with pytest.raises(NotFound):
            action_plan.add_item(store, data["agreement"], data["kommun"], 2026, measure="X", **bad)
    with pytest.raises(NotFound, match="Åtgärdsplanen"):
        action_plan.add_item(store, data["agreement"], data["kommun"], 2026, measure="X", plan_uuid=theirs)
    assert store.get("action_plan_item", row)["problem_uuid"] == mine
