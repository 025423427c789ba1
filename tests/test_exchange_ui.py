"""The exchange in the window: menu entries, the merge preview, the conflict view, history, files."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from samverkan_desktop.core.exchange import conflicts, export, merge, receive
from samverkan_desktop.ui.exchange import menu as exchange_menu
from samverkan_desktop.ui.exchange.conflicts import ConflictsDialog
from samverkan_desktop.ui.exchange.history import HistoryDialog
from samverkan_desktop.ui.tab_base import Tab

from .exchange_util import edit, pair
from .qt_helpers import cell, open_window
from .qt_helpers import tab as tab_named


@pytest.fixture
def scene(qtbot, tmp_path):
    """B's window open; A edited the same field (a conflict), another field, and added a problem."""
    a, b, ids = pair(tmp_path)
    with a.write("Ändra") as tx:
        tx.update("agreement_party", ids["ap"], {"case_number": "KS 1382/2023"})
        tx.update("guaranteed_resource", ids["resource"], {"holder": "Kim"})
        tx.insert("problem", {"agreement_uuid": ids["agreement"], "description": "Klotter vid torget",
                              "raised_year": 2026, "raised_week": 14})
    edit(b, "agreement_party", ids["ap"], {"case_number": "KS 99/2024"})
    received = tmp_path / "från-anna.sqlite"
    export.export_workspace(a, received, exporter_name="Anna Andersson", organisation="Örebro kommun")
    a.close()
    window = open_window(qtbot, b, user="Bo Berg")
    yield window, received, ids
    window.close_store()


def _wait_task(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    qtbot.wait(50)  # on_success runs on the next turn of the event loop


def test_menus_hold_the_exchange_actions(scene):
    window, _received, _ids = scene
    file_items = [a.text() for a in window.action_registry.menu("file").actions()]
    for text in ("&Dela…", "&Importera och slå ihop…", "&Visa fil…", "Å&terställ från säkerhetskopia…"):
        assert text in file_items
    edit = {a.text(): a for a in window.action_registry.menu("edit").actions()}
    assert edit["&Konflikter…"].shortcut().toString() == "Ctrl+Shift+K"
    assert "&Historik för markerad post…" in edit


def test_preview_then_merge_then_take_theirs(qtbot, scene):
    window, received, ids = scene
    ex = window.extensions[exchange_menu]
    store = window.ctx.store
    _wait_task(qtbot, ex.import_dialog(received))
    dialog = ex.preview_dialog
    model = dialog.model
    rows = {model.item(r, 0).text(): [model.item(r, c).text() for c in range(1, 5)]
            for r in range(model.rowCount())}
    assert rows["Avtalsparter"] == ["", "", "", "1"]
    assert rows["Resurser"] == ["", "1", "", ""]
    assert rows["Prioriterade problem"] == ["1", "", "", ""]
    # Details one click away: the conflicting record and its field with both values.
    parties = next(model.item(r, 0) for r in range(model.rowCount()) if model.item(r, 0).text() == "Avtalsparter")
    record = parties.child(0, 0)
    assert record.text().startswith("Konflikt:")
    # Both values whole, mine and theirs on lines of their own that span the dialog.
    assert "KS 99/2024" in record.child(0, 0).text() and "KS 1382/2023" in record.child(1, 0).text()
    assert store.get("guaranteed_resource", ids["resource"])["holder"] == "", "nothing merged before Slå ihop"

    task = dialog.apply()
    _wait_task(qtbot, task)
    assert dialog.result is not None and store.get("guaranteed_resource", ids["resource"])["holder"] == "Kim"
    assert not window.ctx.undo_stack.canUndo(), "a merge is not an undo step (restore the backup instead)"
    assert dialog.result.backup is not None and dialog.result.backup.exists()
    ex.result_box.close()

    view = ConflictsDialog(window.ctx, window)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 1
    assert view.select_conflict("agreement_party", ids["ap"], "case_number")
    assert view.mine_box.toPlainText() == "KS 99/2024"
    assert view.theirs_box.toPlainText() == "KS 1382/2023"
    qtbot.mouseClick(view.theirs_button, Qt.MouseButton.LeftButton)
    assert store.get("agreement_party", ids["ap"])["case_number"] == "KS 1382/2023"
    assert conflicts.count_open(store) == 0
    assert view.empty_label.isVisibleTo(view) and view.model.rowCount() == 0
    assert window.ctx.undo_stack.canUndo(), "the decision is an ordinary edit"


def test_history_dialog_shows_whose_file(qtbot, scene):
    window, received, ids = scene
    ex = window.extensions[exchange_menu]
    _wait_task(qtbot, ex.import_dialog(received))
    _wait_task(qtbot, ex.preview_dialog.apply())
    ex.result_box.close()
    dialog = HistoryDialog(window.ctx, "guaranteed_resource", ids["resource"], window)
    qtbot.addWidget(dialog)
    first = dialog.model.rows[0]
    assert first.action == "merge" and "Anna Andersson (Örebro kommun)" in first.source
    assert cell(dialog.model, 0, "Ändringar") == "Innehavare", "which field, never its old text"


def test_view_file_shows_without_merging(qtbot, scene):
    window, received, _ids = scene
    ex = window.extensions[exchange_menu]
    before = window.ctx.store.scalar("SELECT count(*) FROM audit")
    _wait_task(qtbot, ex.view_dialog(received))
    dialog = ex.view_window
    assert dialog.agreements.rows[0]["title"] == "Samverkan 2024–2026"
    assert any(r["title"] == "Prioriterade problem" for r in dialog.counts.rows)
    assert window.ctx.store.scalar("SELECT count(*) FROM audit") == before


def test_a_hostile_file_gives_one_message_and_no_preview(qtbot, scene, monkeypatch, tmp_path):
    window, _received, _ids = scene
    shown = []
    monkeypatch.setattr("samverkan_desktop.ui.errors.QMessageBox.warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "brev.sqlite"
    bad.write_text("inte en databas")
    _wait_task(qtbot, window.extensions[exchange_menu].import_dialog(bad))
    assert shown and "brev.sqlite kan inte läsas in" in shown[0]
    assert not hasattr(window.extensions[exchange_menu], "preview_dialog")


def test_tabs_expose_no_selection_by_default(scene):
    window, _received, _ids = scene
    assert Tab.selected_record(window.tabs.currentWidget()) is None


def test_restore_after_merge_brings_back_the_file_as_before(qtbot, scene):
    window, received, ids = scene
    ex = window.extensions[exchange_menu]
    from .exchange_util import content
    before = content(window.ctx.store)
    _wait_task(qtbot, ex.import_dialog(received))
    _wait_task(qtbot, ex.preview_dialog.apply())
    result = ex.preview_dialog.result
    ex.result_box.close()
    assert content(window.ctx.store) != before
    old_ctx = window.ctx
    ex.restore_from(result.backup)
    assert window.ctx is not old_ctx, "the window reopened the restored file"
    assert content(window.ctx.store) == before
    assert conflicts.count_open(window.ctx.store) == 0


def test_history_menu_falls_back_to_the_selected_agreement(qtbot, scene):
    window, _received, ids = scene
    ex = window.extensions[exchange_menu]
    assert window.ctx.agreement_uuid == ids["agreement"]
    ex.history.trigger()
    dialog = ex.history_window
    assert dialog.windowTitle() == "Historik – Samverkan 2024–2026"
    assert [e.action for e in dialog.entries] == ["insert"]
    dialog.close()


def test_share_dialog_writes_the_file_in_the_background(qtbot, scene, monkeypatch, tmp_path):
    from samverkan_desktop.core.exchange import receive
    from samverkan_desktop.ui.exchange.share import ShareDialog

    window, _received, ids = scene
    told = []
    monkeypatch.setattr("samverkan_desktop.ui.exchange.share.QMessageBox.information", lambda *a: told.append(a[2]))
    dialog = ShareDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.scope.currentData() == ids["agreement"], "the selected agreement is the default"
    assert dialog.name.text() == "Bo Berg"
    dialog.organisation.setText("Polisen")
    out = tmp_path / "dela.sqlite"
    _wait_task(qtbot, dialog.start(out))
    assert told and str(out) in told[0]
    received = receive.read_received(out)
    assert received.manifest["exported_by"] == "Bo Berg" and received.manifest["organisation"] == "Polisen"
    assert received.manifest["agreement"] == ids["agreement"]
    received.close()


def test_restore_dialog_lists_backups_with_what_they_hold(qtbot, scene):
    from samverkan_desktop.core.store import backup, restore
    from samverkan_desktop.ui.exchange.backups import RestoreDialog

    window, _received, _ids = scene
    backup.rotate_backup(window.ctx.store)
    infos = restore.list_backup_infos(window.ctx.store.path)
    dialog = RestoreDialog(infos, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(infos) >= 1
    assert cell(dialog.model, 0, "Överenskommelser") == "Samverkan 2024–2026"
    assert "EST-veckor" in cell(dialog.model, 0, "Innehåll")
    assert dialog.selected() is infos[0]


def test_history_menu_follows_the_selected_resource(qtbot, scene):
    window, _received, ids = scene
    tab = tab_named(window, "resources_tab")
    tab.reload()
    for row in range(tab.proxy.rowCount()):
        tab.table.selectRow(row)
        if tab.selected_record() == ("guaranteed_resource", ids["resource"]):
            break
    assert tab.selected_record() == ("guaranteed_resource", ids["resource"])
    window.extensions[exchange_menu].history.trigger()
    dialog = window.extensions[exchange_menu].history_window
    assert dialog.windowTitle().startswith("Historik – ") and "Samverkan 2024–2026" not in dialog.windowTitle()
    dialog.close()


def test_a_delete_against_an_edit_says_who_did_which_and_settles_with_keep(qtbot, scene):
    window, received, ids = scene
    store = window.ctx.store
    with store.write("Ta bort") as tx:  # B deletes the resource A has edited (holder = Kim)
        tx.delete("guaranteed_resource", ids["resource"])
    got = receive.read_received(received)
    try:
        result = merge.apply_merge(store, got, make_backup=False)
    finally:
        got.close()
    assert result.preview.delete_conflicts == 1
    assert store.get("guaranteed_resource", ids["resource"])["deleted"] == 0, "the edit is not lost"
    view = ConflictsDialog(window.ctx, window)
    qtbot.addWidget(view)
    assert view.select_conflict("guaranteed_resource", ids["resource"], "deleted")
    heading = view.heading.text()
    assert "tog bort posten medan Anna Andersson ändrade" in heading, heading
    if os.environ.get("SAMVERKAN_SCREENSHOT"):
        view.show()
        qtbot.wait(100)
        view.grab().save(os.environ["SAMVERKAN_SCREENSHOT"])
