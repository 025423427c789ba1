"""The import dialog: preview with column mapping, unknown values mapped, one undo step; the menu entry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from samverkan_desktop.core.est.importer import CREATE
from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.est.import_dialog import ImportDialog
from samverkan_desktop.ui.settings import Settings

from .est_analysis_fixtures import small_agreement
from .qt_helpers import choose
from .test_importer import write_csv, write_xlsx


@pytest.fixture
def dialog(qtbot, store):
    data = small_agreement(store)
    holder = QWidget()
    qtbot.addWidget(holder)
    ctx = AppContext(store, Settings(), parent=holder)
    ctx.agreement_uuid = data["agreement"]
    d = ImportDialog(ctx, holder)
    d.data = data
    yield d
    ctx.tasks.wait()


def load(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        dialog.load_file(path)
    return dialog.plan


@pytest.mark.parametrize("maker", [write_csv, write_xlsx])
def test_preview_mapping_and_import(qtbot, dialog, tmp_path, maker):
    path = maker(tmp_path / ("in.csv" if maker is write_csv else "in.xlsx"))
    plan = load(qtbot, dialog, path)
    assert dialog.column_boxes["date"].currentText() == "Datum"
    assert dialog.column_boxes["description"].currentText() == "Beskrivning"
    assert [r.line for r in plan.rows] == [2, 6, 7]
    assert dialog.valid.rowCount() == 3 and dialog.invalid.rowCount() == 3
    reasons = {dialog.invalid.rows[i]["line"]: dialog.invalid.rows[i]["reason"] for i in range(3)}
    assert "Graffiti" in reasons[4] and reasons[5] == "Tom rad." and "datum" in reasons[3]
    assert dialog.valid.rows[1]["area"].startswith("Vivalla centrum")
    assert "3 rader" in dialog.summary.text() and dialog.import_button.isEnabled()

    # Map the unknown category to an existing code: its row joins the preview.
    box = dialog.unknown_boxes[("category", "graffiti")]
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        box.setCurrentIndex(box.findData(dialog.data["cat"]["Klotter"]))
    assert [r.line for r in dialog.plan.rows] == [2, 4, 6, 7]
    assert dialog.valid.rows[1]["category"] == "Klotter"

    # Unmap the description column: the preview follows.
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        choose(dialog.column_boxes["description"], None)
    assert all(r.description == "" for r in dialog.plan.rows)

    store = dialog.ctx.store
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.run_import()
    assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == 4
    assert dialog.ctx.undo_stack.count() == 1
    dialog.ctx.undo_stack.undo()
    assert store.scalar("SELECT count(*) FROM incident WHERE deleted = 0") == 0


def test_create_new_code_and_required_columns(qtbot, dialog, tmp_path):
    load(qtbot, dialog, write_csv(tmp_path / "in.csv"))
    box = dialog.unknown_boxes[("category", "graffiti")]
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        box.setCurrentIndex(box.findData(CREATE))
    assert dialog.valid.rows[1]["category"] == "Graffiti (ny)"
    choose(dialog.column_boxes["date"], None)
    assert "Datum" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_unreadable_file_is_one_message(qtbot, dialog, tmp_path):
    bad = tmp_path / "trasig.xlsx"
    bad.write_bytes(b"inte en arbetsbok")
    task = dialog.load_file(bad)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: "kan inte användas" in dialog.summary.text())
    assert not dialog.import_button.isEnabled()


def test_menu_entry_in_main_window(qtbot, store):
    from samverkan_desktop.ui.main_window import MainWindow

    small_agreement(store)
    settings = Settings()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.action_registry.menu("file").actions().index(window.action_registry["est.import_incidents"]) < \
        window.action_registry.menu("file").actions().index(window.action_registry["file.export_pdf"])
    window.set_store(store)
    from samverkan_desktop.ui.est.import_menu import open_import

    dialog = open_import(window)
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    dialog.reject()
    window.close_store()
