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
