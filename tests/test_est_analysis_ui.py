"""The Analys sub-view: period change recomputes three years; conclusions save with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from samverkan_desktop.core.est.analysis import saved_analysis
from samverkan_desktop.core.periods import Period
from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.est.analysis import AnalysisView
from samverkan_desktop.ui.settings import Settings

from .est_analysis_fixtures import add_incident, small_agreement


@pytest.fixture
def view(qtbot, store):
    data = small_agreement(store)
    add_incident(store, data, "2026-05-04", "Klotter", "Vivalla", 3)
    add_incident(store, data, "2025-05-05", "Klotter", "Vivalla centrum", 2)
    add_incident(store, data, "2024-06-01", "Brand", "Centrum", 4)
    add_incident(store, data, "2024-02-01", "Inbrott", "Centrum", 7)
    holder = QWidget()
    qtbot.addWidget(holder)
    ctx = AppContext(store, Settings(), parent=holder)
    ctx.agreement_uuid = data["agreement"]
    v = AnalysisView(ctx, holder)
    v.resize(1366, 860)
    v.data = data
    yield v
    ctx.tasks.wait()


def compute(qtbot, view, period: Period):
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.set_period(period)
    return view.result


def table_rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_period_change_shows_three_years(qtbot, view):
    result = compute(qtbot, view, Period.parse("2026-T2"))
    assert result.period == Period.parse("2026-T2")
    model = view.models["category"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert headers[:4] == ["Kategori", "2024", "2025", "2026"]
    rows = {r[0]: r[1:4] for r in table_rows(model)}
    assert rows["Klotter"] == ["0", "2", "3"] and rows["Brand"] == ["4", "0", "0"]
    assert "Inbrott" not in rows  # February is T1
    areas = {r[0]: r[1:4] for r in table_rows(view.models["area"])}
    assert areas["Vivalla"] == ["0", "2", "3"]

    result = compute(qtbot, view, Period.parse("2025"))
    headers = [view.models["category"].headerData(c, Qt.Orientation.Horizontal)
               for c in range(4)]
    assert headers == ["Kategori", "2023", "2024", "2025"]
    rows = {r[0]: r[1:4] for r in table_rows(view.models["category"])}
    assert rows["Inbrott"] == ["0", "7", "0"]
    assert "helår 2025" in view.summary.text()
    assert view.bar_chart.chart().series() and view.trend_chart.chart().series()
    assert len(view.trend_chart.chart().series()) == 3


def test_conclusions_saved_and_undone(qtbot, view):
    compute(qtbot, view, Period.parse("2026-T2"))
    assert not view.save_button.isEnabled()
    view.conclusions.setPlainText("Klotter ökar i Vivalla.")
    view.prioritized.setPlainText("Vivalla")
    assert view.save_button.isEnabled()
    view.save_button.click()
    ag = view.ctx.agreement_uuid
    assert saved_analysis(view.ctx.store, ag, Period.parse("2026-T2"))["conclusions"] == "Klotter ökar i Vivalla."
    assert not view.save_button.isEnabled()
    view.ctx.undo_stack.undo()
    assert saved_analysis(view.ctx.store, ag, Period.parse("2026-T2")) is None
    assert view.conclusions.toPlainText() == ""
    view.ctx.undo_stack.redo()
    assert view.conclusions.toPlainText() == "Klotter ökar i Vivalla."


def test_export_pdf_of_the_chosen_period(qtbot, view, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "analys.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)")))
    compute(qtbot, view, Period.parse("2025"))
    done = []
    monkeypatch.setattr("samverkan_desktop.ui.est.analysis.export_report",
                        _wrap_export(done))
    view.pdf_button.click()
    qtbot.waitUntil(lambda: done and done[0].finished_flag, timeout=20000)
    text = PdfReader(out).pages[0].extract_text()
    assert "Årsanalys helår 2025" in text and "helår 2023" in text


def _wrap_export(done):
    """export_report as the view calls it, but finishing without the "PDF klar" message box."""
    from samverkan_desktop.ui import export_pdf

    def wrapper(ctx, parent, kind, out, options):
        holder = type("Done", (), {"finished_flag": False})()
        done.append(holder)
        return export_pdf.export_report(ctx, parent, kind, out, options,
                                        on_done=lambda _path: setattr(holder, "finished_flag", True))
    return wrapper


def test_follows_new_incidents(qtbot, view):
    compute(qtbot, view, Period.parse("2026-T2"))
    view.window().show()
    assert view.isVisible()
    qtbot.waitUntil(lambda: not view.ctx.tasks.active, timeout=10000)
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.ctx.perform(lambda store: _one_incident(store, view.data))
    rows = {r[0]: r[1:4] for r in table_rows(view.models["category"])}
    assert rows["Klotter"] == ["0", "2", "13"]


def _one_incident(store, data):
    with store.write("Ny händelse") as tx:
        tx.insert("incident", {"agreement_uuid": data["agreement"], "occurred_on": "2026-06-01", "iso_year": 2026,
                               "iso_week": 23, "category_uuid": data["cat"]["Klotter"], "count": 10})
    return tx.changes


def test_the_data_tabs_fit_a_1366_by_768_window(qtbot, demo_store):
    """A kommun's laptop: every data tab is in view (none starts scrolled off), the view does not
    push the window past 768 px, and each table shows all its columns or has a horizontal scroll
    bar to reach them; an elided header has its whole text as a tooltip."""
    from PySide6.QtWidgets import QTableView

    from .qt_helpers import open_window, tab

    window = open_window(qtbot, demo_store)
    window.resize(1366, 768)
    est = tab(window, "est_tab")
    view = est.views.widget(2)
    with qtbot.waitSignal(view.computed, timeout=20000):
        est.views.setCurrentWidget(view)
    qtbot.wait(50)
    assert window.size().toTuple() == (1366, 768)
    assert view.mapTo(window, view.rect().bottomRight()).y() < 768
    bar = view.tables.tabBar()
    assert all(bar.tabRect(i).right() <= bar.width() and bar.tabRect(i).left() >= 0
               for i in range(bar.count()))
    assert bar.tabToolTip(4) == "Veckodag × klockslag"
    scrolled = []
    for i in range(view.tables.count()):
        view.tables.setCurrentIndex(i)
        page = view.tables.currentWidget()
        table = page if isinstance(page, QTableView) else page.findChild(QTableView)
        qtbot.waitUntil(lambda table=table: table.isVisible())
        header = table.horizontalHeader()
        if header.length() > table.viewport().width():
            assert table.horizontalScrollBar().isVisible() and table.horizontalScrollBar().maximum() > 0, \
                view.tables.tabText(i)
            scrolled.append(view.tables.tabText(i))
        assert all(table.model().headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                   for c in range(header.count()) if table.model() is not view.hours.model)
    assert scrolled in ([], ["Kategori × område"])  # only the wide cross table may need its scroll bar
    # maximised on that screen, under a taskbar: the window keeps its height (the view scrolls if it must);
    # a taller page on another tab (Uppföljning → Sammanträden) does not set it either
    follow_up = tab(window, "follow_up_tab")
    follow_up.pages.setCurrentWidget(follow_up.meetings)
    assert tab(window, "est_tab") is est
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    qtbot.wait(50)
    assert window.height() == 700 and view.mapTo(window, view.rect().bottomRight()).y() < 700
