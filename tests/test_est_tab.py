"""The EST tab driven like a user: the week navigator, the quick entry, the meeting, actions and
the Kodlistor dialog — through real widgets over a real workspace."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.periods import IsoWeek
from samverkan_desktop.ui.est.actions_view import status_text
from samverkan_desktop.ui.est.codelists_dialog import CodeListsDialog

from .est_fixtures import est_setup
from .qt_helpers import cell, est_tab_alone

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def env(qtbot, store, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.core.store.stamps.today", lambda: TODAY)
    data = est_setup(store)
    ctx, tab = est_tab_alone(qtbot, store, data["agreement"])
    return ctx, tab, data


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def test_navigator_steps_across_week_53(env, qtbot):
    ctx, tab, _ = env
    nav = tab.navigator
    assert nav.week == IsoWeek(2026, 48)  # this week
    assert nav.go_to("2026-W52")
    nav.next_button.click()
    assert nav.week == IsoWeek(2026, 53)
    assert nav.week_label.text() == "Vecka 53, 2026"
    assert nav.range_label.text().startswith("2026-12-28 – 2027-01-03")
    nav.next_button.click()
    assert nav.week == IsoWeek(2027, 1)
    nav.prev_button.click()
    assert nav.week == IsoWeek(2026, 53)
    # "Gå till vecka" with a bare number means that week of the shown year.
    nav.goto.setText("2025-W01")
    _key(qtbot, nav.goto, Qt.Key.Key_Return)
    assert nav.week == IsoWeek(2025, 1) and nav.range_label.text().startswith("2024-12-30 – 2025-01-05")
    nav.goto.setText("53")
    _key(qtbot, nav.goto, Qt.Key.Key_Return)
    assert nav.week == IsoWeek(2025, 1) and "ingen vecka 53" in nav.message.text()
    nav.this_week_button.click()
    assert nav.week == IsoWeek(2026, 48) and nav.message.text() == ""
    # Nothing was written by looking at weeks.
    assert ctx.store.scalar("SELECT count(*) FROM est_week") == 0


def test_navigator_keyboard_shortcuts(env, qtbot):
    _ctx, tab, _ = env
    tab.window().activateWindow()
    qtbot.waitUntil(lambda: tab.window().isActiveWindow())
    tab.navigator.go_to("2026-W53")
    table = tab.week_view.incidents.table
    _key(qtbot, table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.navigator.week == IsoWeek(2027, 1)
    _key(qtbot, table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tab.navigator.week == IsoWeek(2026, 53)
    _key(qtbot, table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert tab.navigator.week == IsoWeek(2026, 48)


def test_quick_entry_adds_incident_and_undo_removes_it(env, qtbot):
    ctx, tab, data = env
    tab.navigator.go_to("2026-W47")
    entry = tab.week_view.incidents.entry
    assert entry.entry_date() == dt.date(2026, 11, 16)  # a day in the shown week
    qtbot.keyClicks(entry.category.lineEdit(), "brand")
    qtbot.keyClicks(entry.area.lineEdit(), "Viv")
    qtbot.keyClicks(entry.source.lineEdit(), "poli")
    entry.count.lineEdit().selectAll()
    qtbot.keyClicks(entry.count.lineEdit(), "3")
    qtbot.keyClicks(entry.text, "Containerbrand vid skolan")
    _key(qtbot, entry.text, Qt.Key.Key_Return)
    rows = est.incidents_in_week(ctx.store, data["agreement"], 2026, 47)
    assert [(r["category"], r["area"], r["source"], r["count"], r["description"], r["occurred_on"])
            for r in rows] == [("Brand", "Vivalla", "Polis", 3, "Containerbrand vid skolan", "2026-11-16")]
    assert entry.text.text() == "" and entry.count.value() == 1  # cleared for the next one
    assert entry.category.currentText() == "Brand"  # kept (as the code it was taken as), ready to overtype
    assert entry.area.currentText() == "Vivalla"
    assert tab.week_view.incidents.model.rowCount() == 1
    # A second one straight away, with a date in the next week: it lands in week 48.
    entry.date.setDate(entry.date.date().addDays(7))
    qtbot.keyClicks(entry.text, "Brand i papperskorg")
    _key(qtbot, entry.text, Qt.Key.Key_Return)
    assert len(est.incidents_in_week(ctx.store, data["agreement"], 2026, 48)) == 1
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert est.incidents_in_week(ctx.store, data["agreement"], 2026, 47) == []
    assert tab.week_view.incidents.model.rowCount() == 0


def test_quick_entry_refuses_unknown_category(env, qtbot, monkeypatch):
    ctx, tab, _ = env
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    entry = tab.week_view.incidents.entry
    qtbot.keyClicks(entry.category.lineEdit(), "Bilstold")
    _key(qtbot, entry.text, Qt.Key.Key_Return)
    assert shown and "Okänd kategori" in shown[0]
    assert ctx.store.scalar("SELECT count(*) FROM incident") == 0


def test_delete_incident_with_confirmation(env, qtbot, monkeypatch):
    ctx, tab, data = env
    ctx.perform(lambda s: est_ops.add_incident(s, data["agreement"], occurred_on="2026-11-24",
                                               category_uuid=data["cat"]["Klotter"]))
    panel = tab.week_view.incidents
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _key(qtbot, panel.table, Qt.Key.Key_Delete)
    assert panel.model.rowCount() == 0
    ctx.undo_stack.undo()
    assert panel.model.rowCount() == 1


def test_situation_report_saved_as_one_step_when_leaving_the_week(env, qtbot):
    ctx, tab, data = env
    tab.navigator.go_to("2026-W47")
    report = tab.week_view.meeting.report
    qtbot.keyClicks(report, "Lugn vecka i alla områden.")
    tab.navigator.step(1)
    assert report.toPlainText() == ""  # week 48 has no lägesbild
    row = est.week_row(ctx.store, data["agreement"], IsoWeek(2026, 47))
    assert row["situation_report"] == "Lugn vecka i alla områden."
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Ändra lägesbild"
    assert est.week_row(ctx.store, data["agreement"], IsoWeek(2026, 48)) is None


def test_area_status_combo(env):
    ctx, tab, data = env
    tab.navigator.go_to("2026-W47")
    combo, motivation = tab.week_view.meeting._status_rows[data["areas"]["Vivalla"]]
    combo.setCurrentText("röd")
    combo.activated.emit(combo.currentIndex())
    row = est.area_statuses(ctx.store, est_ops.week_uuid(data["agreement"], IsoWeek(2026, 47)))
    assert row[data["areas"]["Vivalla"]]["status"] == "röd"
    assert "#f8d0d0" in combo.styleSheet()


def test_action_status_change_and_carry_over(env):
    ctx, tab, data = env
    ctx.perform(lambda s: est_ops.add_action(s, data["agreement"], description="Riktad närvaro vid torget",
                                             raised=IsoWeek(2026, 10), responsible_party_uuid=data["polis"],
                                             due_date="2026-03-20"))
    uuid = ctx.store.scalar("SELECT uuid FROM action")
    panel = tab.week_view.actions
    for week in (10, 11, 12, 30):
        tab.navigator.go_to(f"2026-W{week}")
        assert [r["uuid"] for r in panel.model.rows] == [uuid], week
    tab.navigator.go_to("2026-W9")
    assert panel.model.rows == []
    tab.navigator.go_to("2026-W12")
    assert cell(panel.model, 0, "Status") == "planerad – försenad"
    panel.table.selectRow(0)
    assert panel.status.isEnabled()
    panel.status.setCurrentText("klar")
    panel.status.activated.emit(panel.status.currentIndex())
    row = ctx.store.get("action", uuid)
    assert row["status"] == "klar" and row["closed_on"] == TODAY.isoformat()
    assert cell(panel.model, 0, "Status") == "klar"  # no longer overdue
    # Closed in week 48: it still shows there, and no more in week 49.
    tab.navigator.go_to("2026-W49")
    assert panel.model.rows == []
    ctx.undo_stack.undo()
    row = ctx.store.get("action", uuid)
    assert row["status"] == "planerad" and row["closed_on"] is None
    assert [r["uuid"] for r in panel.model.rows] == [uuid]


def test_open_actions_view_marks_overdue(env, qtbot):
    ctx, tab, data = env
    for text, due in (("Försenad åtgärd", "2026-11-01"), ("Kommande åtgärd", "2026-12-15")):
        ctx.perform(lambda s, t=text, d=due: est_ops.add_action(
            s, data["agreement"], description=t, raised=IsoWeek(2026, 40), due_date=d))
    tab.views.setCurrentWidget(tab.open_actions)
    panel = tab.open_actions.actions
    texts = [cell(panel.model, i, "Status") for i in range(panel.model.rowCount())]
    assert texts == ["planerad – försenad", "planerad"]
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 försenade" in panel.summary.text()
    panel.table.selectRow(0)
    _key(qtbot, panel.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: pågår
    assert ctx.store.scalar("SELECT status FROM action WHERE description = 'Försenad åtgärd'") == "pågår"
    _key(qtbot, panel.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Ctrl+3: klar
    row = ctx.store.query("SELECT status, closed_on FROM action WHERE description = 'Försenad åtgärd'")[0]
    assert (row["status"], row["closed_on"]) == ("klar", TODAY.isoformat())
    assert [r["description"] for r in panel.model.rows] == ["Kommande åtgärd"]  # only open ones
    tab.open_actions.show_closed.setChecked(True)
    assert [status_text(r) for r in panel.model.rows] == ["klar", "planerad"]


def test_add_view_for_later_sub_views(env):
    _ctx, tab, _ = env
    loaded = []

    class View(QWidget):
        def load(self, week):
            loaded.append(week)

    view = View()
    tab.add_view(view, "Karta")
    assert [tab.views.tabText(i) for i in range(tab.views.count())] == ["Veckan", "Öppna åtgärder", "Analys",
                                                                         "Sök i loggen", "Karta"]
    tab.views.setCurrentWidget(view)
    assert loaded == [tab.navigator.week]


def test_codelists_dialog_rename_keeps_history(env, qtbot):
    ctx, tab, data = env
    brand = data["cat"]["Brand"]
    ctx.perform(lambda s: est_ops.add_incident(s, data["agreement"], occurred_on="2026-11-24", category_uuid=brand))
    dialog = CodeListsDialog(ctx, tab)
    qtbot.addWidget(dialog)
    page = dialog.categories
    page.select(brand)
    assert page.name.text() == "" and "Brand" in page.name.placeholderText()  # never prefilled
    page.rename_button.click()  # first press: the current name to edit
    assert page.name.text() == "Brand"
    page.name.setText("Brand/anlagd brand")
    page.rename_button.click()
    rows = est.incidents_in_week(ctx.store, data["agreement"], 2026, 48)
    assert rows[0]["category_uuid"] == brand and rows[0]["category"] == "Brand/anlagd brand"
    assert tab.week_view.incidents.model.rows[0]["category"] == "Brand/anlagd brand"
    audit = ctx.store.query("SELECT action FROM audit WHERE row_uuid = ? ORDER BY id", (brand,))
    assert [a["action"] for a in audit] == ["insert", "update"]
    # Deactivate: hidden from entry, kept in the list and in history.
    page.toggle_button.click()
    entry = tab.week_view.incidents.entry
    assert entry.category.findText("Brand/anlagd brand") == -1
    assert "Brand/anlagd brand" in [r["label"] for r in page.model.rows]
    # A new area under the kommun appears in the status grid.
    dialog.areas.reload()
    dialog.areas.name.setText("Brickebacken")
    dialog.areas.add_area_button.click()
    assert "Brickebacken" in [a["name"] for a in est.districts(ctx.store, data["agreement"])]


def test_edit_incident_through_the_entry_row(env, qtbot):
    ctx, tab, data = env
    ctx.perform(lambda s: est_ops.add_incident(s, data["agreement"], occurred_on="2026-11-24",
                                               category_uuid=data["cat"]["Klotter"],
                                               area_uuid=data["areas"]["Vivalla centrum"], count=2))
    uuid = ctx.store.scalar("SELECT uuid FROM incident")
    panel = tab.week_view.incidents
    panel.table.selectRow(0)
    _key(qtbot, panel.table, Qt.Key.Key_Return)
    entry = panel.entry
    assert entry.editing and entry.area.currentText() == "Vivalla › Vivalla centrum"
    entry.count.setValue(5)
    entry.date.setDate(entry.date.date().addDays(7))  # into week 49
    _key(qtbot, entry.text, Qt.Key.Key_Return)
    row = ctx.store.get("incident", uuid)
    assert (row["count"], row["iso_week"], row["area_uuid"]) == (5, 49, data["areas"]["Vivalla centrum"])
    assert ctx.store.scalar("SELECT count(*) FROM incident") == 1  # changed, not added
    assert panel.model.rowCount() == 0  # moved out of the shown week
    assert "vecka 49" in entry.note.text() and not entry.editing
    ctx.undo_stack.undo()
    assert panel.model.rowCount() == 1 and ctx.store.get("incident", uuid)["count"] == 2


def test_unsaved_report_is_saved_when_the_window_closes(env, qtbot):
    ctx, tab, data = env
    tab.navigator.go_to("2026-W47")
    qtbot.keyClicks(tab.week_view.meeting.report, "Skrivet precis innan vi stanger.")
    tab.window().close()
    row = est.week_row(ctx.store, data["agreement"], IsoWeek(2026, 47))
    assert row["situation_report"] == "Skrivet precis innan vi stanger."


def test_entry_resolves_typed_names(env):
    from samverkan_desktop.core.errors import ValidationError
    from samverkan_desktop.ui.est.incident_entry import resolve_combo

    _ctx, tab, data = env
    entry = tab.week_view.incidents.entry
    cases = {"Viv": data["areas"]["Vivalla"], "vivalla c": data["areas"]["Vivalla centrum"],
             "centrum": data["areas"]["Vivalla centrum"], "oxhagen": data["areas"]["Oxhagen"]}
    for text, uuid in cases.items():
        entry.area.setEditText(text)
        assert resolve_combo(entry.area, "område", required=False) == uuid, text
    entry.source.setEditText("raddn")  # no dots typed
    assert resolve_combo(entry.source, "källa", required=False) == data["src"]["Räddningstjänst"]
    entry.category.setEditText("s")  # Skadegörelse, Samling av ungdomar: ambiguous
    with pytest.raises(ValidationError, match="flera"):
        resolve_combo(entry.category, "kategori", required=True)
    entry.area.setEditText("")
    assert resolve_combo(entry.area, "område", required=False) is None


def test_action_and_problem_dialogs(env, monkeypatch):
    from samverkan_desktop.ui.est.action_dialog import ActionDialog
    from samverkan_desktop.ui.est.problem_dialog import ProblemDialog

    ctx, tab, data = env
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    problem = ProblemDialog(ctx, IsoWeek(2026, 47), parent=tab)
    problem.description.setPlainText("Buskörning på gång- och cykelvägar")
    problem.area.setCurrentIndex(problem.area.findData(data["areas"]["Varberga"]))
    problem.priority.setValue(1)
    problem.save()
    assert problem.result() == problem.DialogCode.Accepted
    puuid = ctx.store.scalar("SELECT uuid FROM problem")
    assert ctx.store.get("problem", puuid)["raised_week"] == 47

    dialog = ActionDialog(ctx, IsoWeek(2026, 47), problem_uuid=puuid, parent=tab)
    dialog.description.setPlainText("Kontroller och fysiska hinder")
    dialog.party.setCurrentIndex(dialog.party.findData(data["kommun"]))
    dialog.function.setText("Gata/park")
    dialog.due.setText("snart")
    dialog.save()
    assert shown and "Klart senast" in shown[-1] and dialog.result() != dialog.DialogCode.Accepted
    assert ctx.store.scalar("SELECT count(*) FROM action") == 0
    dialog.due.setText("2026-12-04")
    dialog.save()
    row = dict(ctx.store.query("SELECT * FROM action")[0])
    assert (row["problem_uuid"], row["responsible_party_uuid"], row["raised_week"], row["due_date"]) == (
        puuid, data["kommun"], 47, "2026-12-04")
    assert [r["uuid"] for r in tab.week_view.actions.model.rows] == [row["uuid"]]
    edit = ActionDialog(ctx, IsoWeek(2026, 50), action_uuid=row["uuid"], parent=tab)
    assert edit.raised.text() == "2026-v47" and edit.due.text() == "2026-12-04"
    edit.status.setCurrentIndex(edit.status.findData("klar"))
    edit.feedback.setPlainText("Hinder på plats vecka 49.")
    edit.save()
    row = ctx.store.get("action", row["uuid"])
    assert (row["status"], row["closed_on"], row["feedback"]) == ("klar", TODAY.isoformat(), "Hinder på plats vecka 49.")
