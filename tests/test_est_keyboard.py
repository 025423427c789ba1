"""The weekly meeting by keyboard: one Tab per field of the incident row (the time of day too), the
description saved;
a motivation without a status stays without one; the date field takes what people type."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_desktop.core.errors import ValidationError
from samverkan_desktop.core.est import ops as est_ops
from samverkan_desktop.core.est import queries as est
from samverkan_desktop.core.periods import IsoWeek, parse_day

from .test_est_tab import TODAY, env  # noqa: F401 - the fixture


def test_tab_walks_the_incident_row_and_enter_saves_the_description(env, qtbot):  # noqa: F811
    ctx, tab, data = env
    tab.navigator.go_to("2026-v48")
    entry = tab.week_view.incidents.entry
    entry.category.setFocus()
    # What Tab is expected to reach next, and what the user types there (Tab selects the old text).
    steps = [(entry.category, "brand"), (entry.area, "Viv"), (entry.source, "poli"), (entry.count, "2"),
             (entry.date.edit, "24/11"), (entry.time, "2130"), (entry.text, "Brand i container vid skolan")]
    for i, (widget, text) in enumerate(steps):
        assert QApplication.focusWidget() is widget, (i, QApplication.focusWidget())
        qtbot.keyClicks(QApplication.focusWidget(), text)
        if i < len(steps) - 1:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(entry.text, Qt.Key.Key_Return)
    rows = est.incidents_in_week(ctx.store, data["agreement"], 2026, 48)
    assert [(r["occurred_on"], r["occurred_time"], r["category"], r["count"], r["description"]) for r in rows] == [
        ("2026-11-24", "21:30", "Brand", 2, "Brand i container vid skolan")]
    assert entry.time.text() == ""  # cleared for the next incident


def test_a_bad_date_is_refused_with_one_line_and_nothing_saved(env, qtbot, monkeypatch):  # noqa: F811
    ctx, tab, data = env
    tab.navigator.go_to("2026-v48")
    entry = tab.week_view.incidents.entry
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    entry.category.setEditText("Brand")
    entry.date.edit.setText("2026-02-30")
    entry.text.setText("Finns inte")
    assert not entry.submit()
    assert len(shown) == 1 and "2026-02-30" in shown[0] and "\n" not in shown[0]
    assert est.incidents_in_week(ctx.store, data["agreement"], 2026, 48) == []


def test_typed_days():
    today = dt.date(2026, 11, 23)
    assert parse_day("2026-11-17", today=today) == dt.date(2026, 11, 17)
    assert parse_day("17/11", today=today) == dt.date(2026, 11, 17)
    assert parse_day("idag", today=today) == today
    assert parse_day("igår", today=today) == dt.date(2026, 11, 22)
    assert parse_day("30/12", today=dt.date(2027, 1, 2)) == dt.date(2026, 12, 30)  # nearest, not next year
    with pytest.raises(ValidationError):
        parse_day("31/11", today=today)


def test_week_notation():
    assert str(IsoWeek(2026, 48)) == "2026-v48"
    assert IsoWeek(2026, 48).prose() == "vecka 48, 2026"
    for text in ("2026-v48", "2026-W48", "v48", "48", "vecka 48"):
        assert IsoWeek.parse(text, default_year=2026) == IsoWeek(2026, 48), text


def test_motivation_without_status_stays_without_status(env, qtbot):  # noqa: F811
    ctx, tab, data = env
    tab.navigator.go_to("2026-v47")
    meeting = tab.week_view.meeting
    combo, motivation = meeting._status_rows[data["areas"]["Vivalla"]]
    assert combo.currentData() is None
    motivation.setFocus()
    qtbot.keyClicks(motivation, "Oro kring skolan, bevakas")
    qtbot.keyClick(motivation, Qt.Key.Key_Return)
    tab.week_view.incidents.entry.text.setFocus()  # leave the field
    QApplication.processEvents()
    week = est_ops.week_uuid(data["agreement"], IsoWeek(2026, 47))
    row = est.area_statuses(ctx.store, week)[data["areas"]["Vivalla"]]
    assert (row["status"], row["motivation"]) == ("ej bedömd", "Oro kring skolan, bevakas")
    tab.reload()
    combo, motivation = meeting._status_rows[data["areas"]["Vivalla"]]
    assert combo.currentData() is None and motivation.text() == "Oro kring skolan, bevakas"


def test_ctrl_c_copies_selected_rows_with_headers_as_tab_separated_text(env, qtbot):  # noqa: F811
    ctx, tab, data = env
    for day, text in ((dt.date(2026, 11, 24), "Första"), (dt.date(2026, 11, 25), "Andra\tmed tabb")):
        est_ops.add_incident(ctx.store, data["agreement"], occurred_on=day, category_uuid=data["cat"]["Brand"],
                             area_uuid=None, source_uuid=None, count=1, description=text)
    tab.navigator.go_to("2026-v48")
    tab.reload()
    table = tab.week_view.incidents.table
    table.selectAll()
    table.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Datum", "Tid", "Kategori", "Område/plats", "Källa", "Antal", "Beskrivning",
                                    "Problem"]
    assert lines[1].split("\t") == ["2026-11-24", "", "Brand", "", "", "1", "Första", ""]
    assert lines[2].split("\t")[6] == "Andra med tabb" and len(lines) == 3


def test_action_and_problem_tables_sort_by_header(env):  # noqa: F811
    ctx, tab, data = env
    view = tab.open_actions
    tables = [tab.week_view.actions.table]
    if view is not None:
        tables.append(view.problem_table)
    for table in tables:
        assert table.isSortingEnabled()


def test_an_invalid_meeting_date_asks_before_the_window_closes(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    from .est_fixtures import est_setup

    est_setup(store)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.set_store(store)
    est = next(window.tabs.widget(i) for i in range(window.tabs.count())
               if window.tabs.widget(i).objectName() == "est_tab")
    window.tabs.setCurrentWidget(est)
    window.show()
    est.reload()
    est.week_view.meeting.meeting_date.setText("2026-02-30")
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)  # never a modal box in a test
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.No)[1])
    window.close()
    assert asked and "2026-02-30" in asked[0] and window.ctx is not None  # still open, nothing lost
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()
    assert window.ctx is None
