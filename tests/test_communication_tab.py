"""The Kommunikationsplan tab through its widgets: add, edit, move, complete, delete — and undo each."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.core.communication import queries as comm
from samverkan_desktop.core.demo.orebro import find_agreement
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.settings import Settings

from .qt_helpers import choose
from .qt_helpers import tab as tab_named

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def window(qtbot, demo_store, monkeypatch):
    for module in ("core.communication.queries", "core.communication.ops", "ui.communication.tab",
                   "ui.communication.exports"):
        monkeypatch.setattr(f"samverkan_desktop.{module}.today", lambda: TODAY)
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.set_store(demo_store)
    w.resize(1366, 860)
    w.show()
    index = w.agreement_box.findData(find_agreement(demo_store))
    w.agreement_box.setCurrentIndex(index)
    tab_named(w, "communication_tab")
    yield w
    w.close_store()


@pytest.fixture
def tab(window):
    t = window.tabs.currentWidget()
    assert t.objectName() == "communication_tab"
    assert t.year.currentText() == "2026"
    return t


def _row(tab, title):
    return next(r for r in tab.model.rows if r["title"] == title)


def _stored(tab, uuid):
    return tab.ctx.store.get("communication_activity", uuid)


def _select(qtbot, tab, title):
    uuid = _row(tab, title)["uuid"]
    rect = tab.timeline.chip_rect(uuid)
    tab.pages.setCurrentWidget(tab.activities_page)
    qtbot.mouseClick(tab.timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.form.uuid == uuid and tab.current == uuid
    return uuid


def test_shows_the_demo_plan_in_list_and_timeline(tab):
    assert tab.year.count() == 2 and tab.summary.text() == "17 aktiviteter, 2 försenade"
    assert len(tab.model.rows) == 17 and len(tab.timeline.rows) == 17
    row = _row(tab, "Medborgardialog i Baronbackarna")
    assert row["overdue"] and tab.timeline.month_of(row["uuid"]) == 9
    assert tab.timeline.month_of(_row(tab, "Film om GVI för sociala medier")["uuid"]) == 13  # Utan datum
    assert tab.header.edits["purpose"].toPlainText().startswith("Lokalpolisområde Örebro och Örebro kommun")


def test_add_activity_with_ctrl_n_and_undo(qtbot, window, tab):
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.uuid is None and tab.form.caption.text() == "Ny aktivitet"
    qtbot.keyClicks(tab.form.title, "Insandare")  # QTest cannot type å ä ö
    tab.form.title.setText("Insändare om trygghetsvandringen")
    tab.form.channel.setCurrentText("press")
    tab.form.planned_date.setText("2026-05-20")
    tab.form.party.setCurrentIndex(tab.form.party.findText("Örebro kommun"))
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    row = _row(tab, "Insändare om trygghetsvandringen")
    assert (row["planned_date"], row["channel"], row["party_name"], row["status"]) == (
        "2026-05-20", "press", "Örebro kommun", "planerad")
    assert tab.timeline.month_of(row["uuid"]) == 5 and tab.form.uuid == row["uuid"]
    assert window.action_registry["edit.undo"].text() == "&Ångra Ny kommunikationsaktivitet"
    window.action_registry["edit.undo"].trigger()
    assert not any(r["title"] == "Insändare om trygghetsvandringen" for r in tab.model.rows)
    assert tab.timeline.month_of(row["uuid"]) is None
    window.action_registry["edit.redo"].trigger()
    assert tab.timeline.month_of(row["uuid"]) == 5


def test_invalid_input_is_refused_with_the_cursor_on_the_field(qtbot, tab, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    tab.new_activity()
    tab.form.title.setText("Fel datum")
    tab.form.planned_date.setText("2027-02-01")
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    assert shown and "planens år 2026" in shown[0]
    assert tab.form.planned_date.hasFocus() and tab.form.title.text() == "Fel datum"
    assert len(tab.model.rows) == 17


def test_edit_activity_and_undo(qtbot, window, tab):
    uuid = _select(qtbot, tab, "Trygghetsmätningens resultat")
    tab.form.title.setText("Trygghetsmätningens resultat presenteras")
    tab.form.target_group.setCurrentText("Boende i partnerskapsområdena")
    tab.form.recurring.setChecked(True)
    qtbot.mouseClick(tab.form.save_button, Qt.MouseButton.LeftButton)
    stored = _stored(tab, uuid)
    assert (stored["title"], stored["target_group"], stored["recurring"]) == (
        "Trygghetsmätningens resultat presenteras", "Boende i partnerskapsområdena", 1)
    assert tab.form.title.text() == "Trygghetsmätningens resultat presenteras" and not tab.form.is_dirty()
    window.action_registry["edit.undo"].trigger()
    stored = _stored(tab, uuid)
    assert (stored["title"], stored["target_group"], stored["recurring"]) == (
        "Trygghetsmätningens resultat", "Media och allmänhet", 0)
    assert tab.form.title.text() == "Trygghetsmätningens resultat"


def test_unsaved_edits_are_saved_when_another_activity_is_chosen(qtbot, tab):
    uuid = _select(qtbot, tab, "Nyhetsbrev tertial 1")
    tab.form.outcome.setPlainText("Öppnat av 60 procent.")
    _select(qtbot, tab, "Nyhetsbrev tertial 2")
    assert _stored(tab, uuid)["outcome"] == "Öppnat av 60 procent."


def test_drag_in_timeline_moves_to_another_month_and_undo(qtbot, window, tab):
    uuid = _row(tab, "Medborgardialog i Baronbackarna")["uuid"]
    start = tab.timeline.chip_rect(uuid).center()
    target = tab.timeline.column_rect(11).center()
    qtbot.mousePress(tab.timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tab.timeline, start + QPoint(30, 5))
    qtbot.mouseMove(tab.timeline, target)
    qtbot.mouseRelease(tab.timeline, Qt.MouseButton.LeftButton, pos=target)
    assert _stored(tab, uuid)["planned_date"] == "2026-11-30"
    row = _row(tab, "Medborgardialog i Baronbackarna")
    assert tab.timeline.month_of(uuid) == 11 and not row["overdue"]
    assert tab.summary.text() == "17 aktiviteter, 1 försenad"
    window.action_registry["edit.undo"].trigger()
    assert _stored(tab, uuid)["planned_date"] == "2026-09-30" and tab.timeline.month_of(uuid) == 9


def test_a_click_without_drag_moves_nothing(qtbot, tab):
    uuid = _select(qtbot, tab, "Nyhetsbrev tertial 2")
    assert _stored(tab, uuid)["planned_date"] == "2026-09-15" and not tab.ctx.undo_stack.canUndo()


def test_keyboard_moves_a_week_planned_activity(qtbot, window, tab):
    uuid = _select(qtbot, tab, "Sociala medier inför sommarlovet")  # week 24, June
    tab.timeline.setFocus()
    qtbot.keyClick(tab.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    stored = _stored(tab, uuid)
    assert stored["planned_date"] is None and tab.timeline.month_of(uuid) == 7
    window.action_registry["edit.undo"].trigger()
    assert _stored(tab, uuid)["planned_week"] == 24


def test_move_by_editing_the_date(qtbot, window, tab):
    uuid = _select(qtbot, tab, "Sociala medier inför nyår")
    tab.form.planned_date.setText("2026-12-30")
    tab.form.save_requested.emit()
    assert tab.timeline.month_of(uuid) == 12 and _stored(tab, uuid)["planned_date"] == "2026-12-30"


def test_complete_activity_and_undo(qtbot, window, tab):
    uuid = _select(qtbot, tab, "Kommunikationssatsning om narkotikaläget")
    assert tab.form.complete_button.isEnabled()
    qtbot.mouseClick(tab.form.complete_button, Qt.MouseButton.LeftButton)
    stored = _stored(tab, uuid)
    assert (stored["status"], stored["done_date"]) == ("genomförd", "2026-11-23")
    assert tab.form.status.currentText() == "genomförd" and tab.form.done_date.text() == "2026-11-23"
    assert not _row(tab, "Kommunikationssatsning om narkotikaläget")["overdue"]
    assert not tab.form.complete_button.isEnabled()
    window.action_registry["edit.undo"].trigger()
    stored = _stored(tab, uuid)
    assert (stored["status"], stored["done_date"]) == ("pågår", None)
    assert _row(tab, "Kommunikationssatsning om narkotikaläget")["overdue"]


def test_delete_key_asks_and_undo_brings_it_back(qtbot, window, tab, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)
    monkeypatch.setattr(QMessageBox, "question", question)
    uuid = _select(qtbot, tab, "Film om GVI för sociala medier")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert asked and "Film om GVI" in asked[0] and len(tab.model.rows) == 17
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(tab.model.rows) == 16 and _stored(tab, uuid)["deleted"] == 1
    window.action_registry["edit.undo"].trigger()
    assert len(tab.model.rows) == 17


def test_header_field_saved_on_focus_out_and_undone(qtbot, window, tab):
    tab.pages.setCurrentWidget(tab.header)
    edit = tab.header.edits["goals"]
    edit.setFocus()
    edit.setPlainText("Alla i Vivalla vet vart de vänder sig.")
    tab.header.edits["channels"].setFocus()  # leaving the field saves it
    plan = tab.ctx.store.get("communication_plan", tab.plan["uuid"])
    assert plan["goals"] == "Alla i Vivalla vet vart de vänder sig."
    assert window.action_registry["edit.undo"].text() == "&Ångra Ändra kommunikationsmål"
    tab.header.edits["goals"].setFocus()
    tab.header.edits["key_messages"].setFocus()  # unchanged: no new undo step
    assert window.action_registry["edit.undo"].text() == "&Ångra Ändra kommunikationsmål"
    window.action_registry["edit.undo"].trigger()
    assert tab.header.edits["goals"].toPlainText().startswith("Örebroarna känner till")


def test_filters_apply_to_list_and_timeline(tab):
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("försenad"))
    titles = {r["title"] for r in tab.model.rows}
    assert titles == {"Medborgardialog i Baronbackarna", "Kommunikationssatsning om narkotikaläget"}
    assert {r["title"] for r in tab.timeline.rows} == titles
    choose(tab.status_filter, None)
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("nyhetsbrev"))
    assert len(tab.model.rows) == len(tab.timeline.rows) == 3
    tab.party_filter.setCurrentIndex(tab.party_filter.findText("Lokalpolisområde Örebro"))
    assert tab.model.rows == [] and tab.timeline.rows == []
    choose(tab.channel_filter, None)
    assert {r["party_name"] for r in tab.model.rows} == {"Lokalpolisområde Örebro"}
    assert tab.summary.text() == "5 av 17 aktiviteter, 1 försenad"


def test_copy_to_next_year_and_refusal(qtbot, window, tab, monkeypatch):
    infos, warnings = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert tab.year.currentText() == "2027" and infos
    recurring = [r for r in comm.list_activities(tab.ctx.store, comm.plan_uuid(tab.ctx.agreement_uuid, 2026))
                 if r["recurring"]]
    assert len(tab.model.rows) == len(recurring) and {r["status"] for r in tab.model.rows} == {"planerad"}
    assert all(r["when"].year == 2027 for r in tab.model.rows if r["when"])
    tab.year.setCurrentIndex(tab.year.findText("2026"))
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert warnings and "redan" in warnings[0]
    window.action_registry["edit.undo"].trigger()
    assert tab.year.findText("2027") == -1


def test_new_plan_for_a_year(qtbot, tab, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.ui.communication.exports.QInputDialog.getInt",
                        lambda *a, **k: (2027, True))
    qtbot.mouseClick(tab.new_plan_button, Qt.MouseButton.LeftButton)
    assert tab.year.currentText() == "2027" and tab.model.rows == []
    assert "Inga aktiviteter" not in tab.summary.text()
    assert tab.header.edits["purpose"].toPlainText().startswith("Lokalpolisområde Örebro")


def test_ics_and_pdf_buttons_write_files(qtbot, tab, tmp_path, monkeypatch):
    ics_out, pdf_out = tmp_path / "plan.ics", tmp_path / "plan.pdf"
    paths = [str(ics_out), str(pdf_out)]
    monkeypatch.setattr("samverkan_desktop.ui.dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (paths.pop(0), ""))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    qtbot.mouseClick(tab.ics_button, Qt.MouseButton.LeftButton)
    assert len(Calendar.from_ical(ics_out.read_bytes()).walk("VEVENT")) == 16
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(infos) == 2, timeout=30000)
    assert pdf_out.read_bytes().startswith(b"%PDF")


def test_agreement_without_plan_offers_a_new_one(window, tab):
    hallsberg = next(i for i in range(window.agreement_box.count()) if "Hallsberg" in window.agreement_box.itemText(i))
    window.agreement_box.setCurrentIndex(hallsberg)
    assert tab.year.count() == 0 and tab.model.rows == [] and tab.timeline.rows == []
    assert "Ny plan" in tab.summary.text()
    assert tab.new_plan_button.isEnabled() and not tab.new_button.isEnabled() and not tab.copy_button.isEnabled()
    assert not tab.header.edits["purpose"].isEnabled()


def test_typed_fields_are_saved_when_the_cursor_leaves_the_form(qtbot, window, tab):
    uuid = _select(qtbot, tab, "Trygghetsvandring Vivalla")
    tab.form.function.setFocus()
    tab.form.function.setText("Kommunpolis och områdespolis")
    tab.form.channel.setFocus()  # within the form: nothing saved yet
    assert _stored(tab, uuid)["responsible_function"] == "Kommunpolis"
    tab.form.party.showPopup()  # the list pops up in a window of its own: still the form
    qtbot.waitUntil(lambda: tab.form.party.view().isVisible())
    tab.form.party.view().setFocus()
    tab.form.party.hidePopup()
    assert _stored(tab, uuid)["responsible_function"] == "Kommunpolis"
    tab.year.setFocus()  # e.g. about to switch year
    assert _stored(tab, uuid)["responsible_function"] == "Kommunpolis och områdespolis"
    tab.year.setCurrentIndex(tab.year.findText("2025"))
    assert len(tab.model.rows) == 4
    window.action_registry["edit.undo"].trigger()
    assert _stored(tab, uuid)["responsible_function"] == "Kommunpolis"
