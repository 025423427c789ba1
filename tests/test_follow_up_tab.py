"""The Uppföljning tab through its widgets: statuses set with the combos, the matrix shows them,
undo; indicator values typed into the grid chart as one line per area; the status-bar notice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from samverkan_desktop.core.follow_up import ops as follow_up_ops
from samverkan_desktop.core.follow_up import queries as follow_up
from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.follow_up.tab import FollowUpTab
from samverkan_desktop.ui.settings import Settings

from .test_follow_up_core import AREAS, make_agreement


@pytest.fixture
def setup(qtbot, store):
    d = make_agreement(store)
    d["occasion"] = follow_up_ops.add_follow_up(store, d["agreement"], kind="deluppföljning",
                                                due_date="2024-11-30").created("follow_up")[0]
    follow_up_ops.add_follow_up(store, d["agreement"], kind="slutuppföljning", due_date="2025-12-31")
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(store, Settings(), parent=parent)
    ctx.select_agreement(d["agreement"])
    tab = FollowUpTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    tab.reload()
    return tab, ctx, d


def _status_combo(page, row: int) -> QComboBox:
    combo = page.table.indexWidget(page.model.index(row, page.model.column_of("status")))
    assert isinstance(combo, QComboBox)
    return combo


def test_statuses_set_through_combos_show_in_matrix_and_undo(setup):
    tab, ctx, d = setup
    tab.pages.setCurrentWidget(tab.assessments)
    page = tab.assessments
    page.select_occasion(d["occasion"])
    names = [r["name"] for r in page.model.rows]
    assert names == ["Effektiv samordning för trygghet", "Brott i nära relationer", "Kommunpolis"]
    for row, status in ((0, "grön"), (1, "röd"), (2, "gul")):
        combo = _status_combo(page, row)
        combo.setCurrentIndex(combo.findData(status))
    # the comment column is an ordinary edit
    comment = page.model.index(1, page.model.column_of("comment"))
    assert page.model.setData(comment, "Strukturer ej på plats")
    stored = {r["target_uuid"]: (r["status"], r["comment"])
              for r in follow_up.assessment_rows(ctx.store, d["occasion"])}
    assert stored[d["forms"][1]] == ("röd", "Strukturer ej på plats")
    assert stored[d["forms"][0]][0] == "grön" and stored[d["resource"]][0] == "gul"
    assert ctx.undo_stack.count() == 4  # one undo step per change
    assert _status_combo(page, 1).currentData() == "röd"

    tab.pages.setCurrentWidget(tab.matrix)
    m = tab.matrix.model
    assert m.columnCount() == 2 and m.rowCount() == 2
    first, later = m.column_of(d["occasion"]), 1 - m.column_of(d["occasion"])
    assert [m.index(r, first).data() for r in range(2)] == ["grön", "röd"]
    assert [m.index(r, later).data() for r in range(2)] == ["ej bedömd", "ej bedömd"]
    assert m.index(1, first).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d0d0"  # red tint
    assert m.index(1, first).data(Qt.ItemDataRole.ToolTipRole) == "Strukturer ej på plats"  # the comment

    ctx.undo_stack.undo()  # the comment
    ctx.undo_stack.undo()  # the resource's gul
    assert [m.index(r, first).data() for r in range(2)] == ["grön", "röd"]
    tab.pages.setCurrentWidget(tab.assessments)
    assert _status_combo(page, 2).currentData() == "ej bedömd"
    assert page.model.rows[1]["comment"] == ""
    ctx.undo_stack.undo()  # röd
    tab.pages.setCurrentWidget(tab.matrix)
    assert m.index(1, first).data() == "ej bedömd"
    ctx.undo_stack.redo()
    assert m.index(1, first).data() == "röd"


def test_indicator_values_typed_in_the_grid_chart_per_area(setup, monkeypatch):
    tab, ctx, d = setup
    tab.pages.setCurrentWidget(tab.indicators)
    page = tab.indicators
    page.add()
    page.name.setText("Andel som sett narkotikahandel i sitt bostadsområde")
    page.unit.setText("%")
    page.higher.setChecked(False)
    page.save()
    for year in ("2022", "2023", "2024"):
        page.add_period(year)
    grid = page.grid
    assert [grid.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == ["2022", "2023", "2024"]
    rows = [grid.headerData(i, Qt.Orientation.Vertical) for i in range(grid.rowCount())]
    assert rows[:5] == AREAS and rows[-1] == "Hela kommunen"
    expected = {}
    for r, area in enumerate(AREAS):
        row = rows.index(area)
        for c, year in enumerate((2022, 2023, 2024)):
            value = 25 - 2 * c - r
            assert grid.setData(grid.index(row, c), f"{value},5")
            expected.setdefault(area, []).append((float(year), value + 0.5))
    chart = page.chart
    series = {s.name(): [(p.x(), p.y()) for p in s.points()] for s in chart.series()}
    assert series == expected
    # and the core function behind it says the same
    from samverkan_desktop.core.follow_up import indicators
    core = {s.area_name: s.points for s in indicators.series(ctx.store, page.selected_uuid())}
    assert core == expected
    warned = []
    monkeypatch.setattr(page, "warn", warned.append)
    assert not grid.setData(grid.index(rows.index("Vivalla"), 0), "mycket")
    assert warned and "tal" in warned[0]


def test_action_plan_and_paragraph_widgets(setup):
    tab, ctx, d = setup
    tab.pages.setCurrentWidget(tab.action_plan)
    page = tab.action_plan
    page.year.setValue(2026)
    page.new_plan()
    assert page.plan_row["status"] == "utkast"
    page.add()
    assert page.model.rowCount() == 1
    assert page.model.setData(page.model.index(0, page.model.column_of("problem")), "Öppen narkotikahandel")
    assert page.model.setData(page.model.index(0, page.model.column_of("cause")), "Få vuxna ute kvällstid")
    combo = page.table.indexWidget(page.model.index(0, page.status_column))
    combo.setCurrentIndex(combo.findData("röd"))
    row = page.model.rows[0]
    assert (row["status"], row["problem"], row["cause"]) == ("röd", "Öppen narkotikahandel", "Få vuxna ute kvällstid")

    tab.pages.setCurrentWidget(tab.meetings)
    meetings_page = tab.meetings
    meetings_page.add(body="Kommunstyrelsens trygghetsutskott", date="2023-10-11")
    panel = meetings_page.paragraphs
    first = panel.add(number=22, title="Svar på remiss", case_number="Ks 1118/2023", officer="Anders Edlund")
    assert first
    panel.add(title="Narkotikateam")  # numbered next in the year
    assert [r["number"] for r in panel.model.rows] == [22, 23]
    panel.select(first)
    panel.link.setCurrentIndex(panel.link.findData(f"follow_up:{d['occasion']}"))
    panel.save()
    assert ctx.store.get("paragraph", first)["follow_up_uuid"] == d["occasion"]


def test_follow_up_pdf_from_the_gui_is_written_off_the_ui_thread(setup, qtbot, tmp_path, monkeypatch):
    tab, ctx, d = setup
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr("samverkan_desktop.ui.dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), "PDF (*.pdf)"))
    shown = []
    monkeypatch.setattr("samverkan_desktop.ui.export_pdf.QMessageBox.information",
                        lambda *a, **k: shown.append(a[2]))
    tab.occasions.select(d["occasion"])
    tab.occasions.export_pdf()
    with qtbot.waitSignal(tab.occasions.last_export.finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))


def test_next_due_follow_up_in_status_bar(qtbot, demo_store):
    from samverkan_desktop.ui.follow_up.notice import notice_text
    from samverkan_desktop.ui.main_window import MainWindow

    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert w.findChild(QLabel, "follow_up_notice").isHidden()
    w.set_store(demo_store)
    text = w.findChild(QLabel, "follow_up_notice").text()
    assert text == notice_text(demo_store)
    assert "Årlig avrapportering SSPF och narkotikahandel 2026" in text and "2026-12-09" in text
    # marking it done clears the notice (no other occasion is owed in the demo)
    uuid = follow_up.next_due(demo_store)["uuid"]
    w.ctx.perform(lambda s: follow_up_ops.update_follow_up(s, uuid, done_date="2026-12-01"))
    assert w.findChild(QLabel, "follow_up_notice").text() == ""
    w.ctx.undo_stack.undo()
    assert "2026-12-09" in w.findChild(QLabel, "follow_up_notice").text()
    w.close_store()


def test_occasion_form_create_from_agreement_and_undo(setup):
    tab, ctx, d = setup
    page = tab.occasions
    assert [r["due_date"] for r in page.model.rows] == ["2024-11-30", "2025-12-31"]
    page.create_from_agreement(confirm=False)
    assert [r["due_date"] for r in page.model.rows] == ["2024-11-30", "2025-12-31", "2026-12-31"]
    assert page.model.rows[2]["kind"] == "årlig rapport"
    page.select(d["occasion"])
    page.done.setText("2024-12-02")
    page.summary.setPlainText("Deluppföljningen visar att strukturerna för brott i nära relationer saknas.")
    page.save()
    row = ctx.store.get("follow_up", d["occasion"])
    assert row["done_date"] == "2024-12-02" and row["summary"].startswith("Deluppföljningen")
    assert page.model.rows[0]["state"] == "genomförd"
    ctx.undo_stack.undo()
    assert ctx.store.get("follow_up", d["occasion"])["done_date"] is None
    assert page.done.text() == ""
    ctx.undo_stack.undo()  # the created annual report
    assert len(page.model.rows) == 2


def test_evidence_linked_through_the_pick_dialog(setup, monkeypatch):
    from samverkan_desktop.core.follow_up import indicators
    from samverkan_desktop.ui.follow_up import assessments

    tab, ctx, d = setup
    ind = indicators.add_indicator(ctx.store, d["agreement"], name="Andel otrygga", unit="%").created("indicator")[0]
    indicators.set_value(ctx.store, ind, d["areas"][0], "2024", 31)

    def pick_first(dialog):
        dialog.table.selectRow(0)
        return assessments.QDialog.DialogCode.Accepted

    monkeypatch.setattr(assessments.PickDialog, "exec", pick_first)
    tab.pages.setCurrentWidget(tab.assessments)
    page = tab.assessments
    page.select_occasion(d["occasion"])
    page.table.selectRow(1)
    page.evidence.setPlainText("Genomgång med socialtjänsten")
    page.save_evidence()
    page.pick_value()
    row = page.model.rows[1]
    assert row["evidence"] == "Genomgång med socialtjänsten" and row["evidence_count"] == 1
    assert page.links_model.rows[0]["label"] == "Andel otrygga, Vivalla 2024: 31 %"
    page.links.selectRow(0)
    page.unlink()
    assert page.model.rows[1]["evidence_count"] == 0 and page.links_model.rowCount() == 0
