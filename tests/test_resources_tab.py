"""The Resurser tab driven through its widgets: link resources to forms, filter, contacts, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.core.agreement import queries as agreements
from samverkan_desktop.core.agreement import resources
from samverkan_desktop.core.demo.orebro import find_agreement
from samverkan_desktop.ui.models import UUID_ROLE

from .agreement_helpers import small_agreement
from .qt_helpers import cell, choose, column, open_window
from .qt_helpers import tab as tab_named


def _window(qtbot, store, monkeypatch):
    warnings = []
    monkeypatch.setattr("samverkan_desktop.ui.context.QMessageBox.warning",
                        lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Cancel)
    w = open_window(qtbot, store)
    tab_named(w, "resources_tab")
    w.warnings = warnings
    return w


@pytest.fixture
def window(qtbot, store, monkeypatch):
    ids = small_agreement(store)
    w = _window(qtbot, store, monkeypatch)
    w.ids = ids
    yield w
    w.close_store()


@pytest.fixture
def demo_window(qtbot, demo_store, monkeypatch):
    w = _window(qtbot, demo_store, monkeypatch)
    index = w.agreement_box.findData(find_agreement(demo_store))
    w.agreement_box.setCurrentIndex(index)
    yield w
    w.close_store()


def _select(tab, uuid):
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, 0).data(UUID_ROLE) == uuid:
            tab.table.selectRow(r)
            return
    raise AssertionError("row not shown")


def test_link_resource_to_form_then_undo(window, qtbot):
    tab, store, ids = tab_named(window, "resources_tab"), window.ctx.store, window.ids
    tab.reload()
    _select(tab, ids["resource"])
    assert tab.editor.widgets["forms"].checked() == [ids["est"]]
    tab.editor.widgets["forms"].set_checked(ids["sspf"])
    assert set(resources.resource_form_uuids(store, ids["resource"])) == {ids["est"], ids["sspf"]}
    assert "SSPF" in cell(tab.proxy, 0, "Samverkansformer")
    cover = {f["abbreviation"]: f["uncovered"] for f in resources.form_coverage(store, ids["agreement"])}
    assert cover == {"EST": False, "SSPF": False}
    window.action_registry["edit.undo"].trigger()
    assert resources.resource_form_uuids(store, ids["resource"]) == [ids["est"]]
    assert tab.editor.widgets["forms"].checked() == [ids["est"]]
    assert not window.warnings


def test_edit_fields_new_and_delete(window, qtbot, monkeypatch):
    tab, store, ids = tab_named(window, "resources_tab"), window.ctx.store, window.ids
    tab.reload()
    tab.new_resource()
    new = [r for r in resources.list_resources(store, ids["agreement"]) if r["uuid"] != ids["resource"]][0]
    assert new["party_uuid"] == ids["kommun"]  # first party in the agreement
    assert tab.editor.uuid == new["uuid"]
    tab.editor.widgets["status"].setCurrentIndex(tab.editor.widgets["status"].findData("vakant"))
    tab.editor.widgets["extent_fte"].setFocus()
    qtbot.keyClicks(tab.editor.widgets["extent_fte"], "0,5")
    qtbot.keyClick(tab.editor.widgets["extent_fte"], Qt.Key.Key_Return)
    row = store.get("guaranteed_resource", new["uuid"])
    assert (row["status"], row["extent_fte"]) == ("vakant", 0.5)
    tab.editor.widgets["extent_fte"].setFocus()
    tab.editor.widgets["extent_fte"].selectAll()
    qtbot.keyClicks(tab.editor.widgets["extent_fte"], "mycket")
    qtbot.keyClick(tab.editor.widgets["extent_fte"], Qt.Key.Key_Return)
    assert "inget tal" in tab.editor.error.text() and not tab.editor.error.isHidden()
    assert store.get("guaranteed_resource", new["uuid"])["extent_fte"] == 0.5
    assert "VAKANT" in [cell(tab.proxy, r, "Status") for r in range(tab.proxy.rowCount())]

    monkeypatch.setattr("samverkan_desktop.ui.editors.QMessageBox.question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(tab, new["uuid"])
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [r["uuid"] for r in resources.list_resources(store, ids["agreement"])] == [ids["resource"]]
    window.action_registry["edit.undo"].trigger()
    assert len(resources.list_resources(store, ids["agreement"])) == 2


def test_contact_register_and_link(window, qtbot):
    tab, store, ids = tab_named(window, "resources_tab"), window.ctx.store, window.ids
    tab.reload()
    page = tab.contacts
    page.add()
    page.edits["name"].setFocus()
    page.edits["name"].selectAll()
    qtbot.keyClicks(page.edits["name"], "Åsa Öberg")
    qtbot.keyClick(page.edits["name"], Qt.Key.Key_Return)
    page.edits["party_uuid"].setCurrentIndex(page.edits["party_uuid"].findData(ids["polis"]))
    contact = store.query("SELECT * FROM contact_person WHERE deleted = 0")[0]
    assert (contact["name"], contact["party_uuid"]) == ("Åsa Öberg", ids["polis"])
    _select(tab, ids["resource"])
    tab.editor.widgets["contact_uuid"].setCurrentIndex(tab.editor.widgets["contact_uuid"].findData(contact["uuid"]))
    assert resources.list_resources(store, ids["agreement"])[0]["contact_name"] == "Åsa Öberg"


def test_demo_filters_summary_and_vacancies(demo_window, qtbot):
    tab = tab_named(demo_window, "resources_tab")
    tab.reload()
    assert tab.proxy.rowCount() == 18
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("vakant"))
    assert tab.proxy.rowCount() == 1
    index = tab.proxy.index(0, column(tab.proxy, "Status"))
    assert index.data() == "VAKANT"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d0d0"
    choose(tab.status_filter, None)
    est = next(f for f in agreements.list_forms(demo_window.ctx.store, demo_window.ctx.agreement_uuid)
               if f["abbreviation"] == "EST")
    tab.form_filter.setCurrentIndex(tab.form_filter.findData(est["uuid"]))
    assert tab.proxy.rowCount() == 7
    choose(tab.form_filter, None)
    polis = agreements.agreement_parties(demo_window.ctx.store, demo_window.ctx.agreement_uuid)[1]
    tab.party_filter.setCurrentIndex(tab.party_filter.findData(polis.party_uuid))
    assert tab.proxy.rowCount() == 7
    choose(tab.party_filter, None)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.text_filter.hasFocus()
    uncovered = [r for r in tab.summary.forms.rows if r["uncovered"]]
    assert [r["name"] for r in uncovered] == ["Brott i nära relationer"]
    assert "Utan garanterad resurs: Brott i nära relationer" in tab.summary_line.text()
    summary = {r["party_name"]: r for r in tab.summary.parties.rows}
    assert (summary["Örebro kommun"]["guaranteed"], summary["Örebro kommun"]["vacant"]) == (11, 1)


def test_print_button_saves_pdf(demo_window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "resurser.pdf"
    monkeypatch.setattr("samverkan_desktop.ui.dialogs.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), "PDF (*.pdf)"))
    shown = []
    monkeypatch.setattr("samverkan_desktop.ui.export_pdf.QMessageBox.information",
                        lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Close)
    for index, name in ((1, "resurser.pdf"), (0, "avtal.pdf")):
        out = tmp_path / name
        demo_window.tabs.setCurrentIndex(index)
        demo_window.tabs.widget(index).print_pdf()
        qtbot.waitUntil(lambda o=out, n=2 - index: o.exists() and len(shown) >= n, timeout=30000)
        demo_window.ctx.tasks.wait()
    from pypdf import PdfReader
    assert "KS 1382/2023" in PdfReader(tmp_path / "avtal.pdf").pages[0].extract_text()
    assert "Per samverkansform" in " ".join(p.extract_text() for p in PdfReader(tmp_path / "resurser.pdf").pages)


def test_ctrl_n_adds_a_resource_for_the_filtered_party_and_form(demo_window, qtbot):
    tab = tab_named(demo_window, "resources_tab")
    tab.reload()
    store, uuid = demo_window.ctx.store, demo_window.ctx.agreement_uuid
    polis = agreements.agreement_parties(store, uuid)[1]
    uncovered = next(f for f in resources.form_coverage(store, uuid) if f["uncovered"])
    tab.party_filter.setCurrentIndex(tab.party_filter.findData(polis.party_uuid))
    tab.form_filter.setCurrentIndex(tab.form_filter.findData(uncovered["uuid"]))
    assert tab.proxy.rowCount() == 0
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.proxy.rowCount() == 1
    rows = resources.list_resources(store, uuid)
    new = next(r for r in rows if r["uuid"] == tab.editor.uuid)
    assert new["party_uuid"] == polis.party_uuid and new["form_uuids"] == [uncovered["uuid"]]
    assert not [f for f in resources.form_coverage(store, uuid) if f["uncovered"]]
    assert [r["uncovered"] for r in tab.summary.forms.rows].count(True) == 0


def test_export_dialog_lists_both_reports(demo_window):
    from samverkan_desktop.ui.export_pdf import ExportPdfDialog
    dialog = ExportPdfDialog(demo_window.ctx, demo_window)
    kinds = [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())]
    assert "agreement" in kinds and "resources" in kinds
    assert dialog.fields["agreement"].currentData() == demo_window.ctx.agreement_uuid  # picked by title


def test_a_field_commit_does_not_reload_the_editor_or_reset_the_table(window, qtbot):
    """The write path carries its initiator: the editor that saved is left as the user has it."""
    tab, store, ids = tab_named(window, "resources_tab"), window.ctx.store, window.ids
    tab.reload()
    _select(tab, ids["resource"])
    resets, loads = [], []
    tab.model.modelReset.connect(lambda: resets.append(1))
    original_load = tab.editor.load
    tab.editor.load = lambda *a: (loads.append(a), original_load(*a))
    tab.editor.widgets["holder"].setFocus()
    tab.editor.widgets["holder"].selectAll()
    qtbot.keyClicks(tab.editor.widgets["holder"], "Kim Andersson")
    qtbot.keyClick(tab.editor.widgets["holder"], Qt.Key.Key_Return)
    assert store.get("guaranteed_resource", ids["resource"])["holder"] == "Kim Andersson"
    assert cell(tab.proxy, 0, "Innehavare") == "Kim Andersson"  # the table shows it
    assert (resets, loads) == ([], [])  # before the write path had an initiator: 1 reset, 2 loads
    assert tab.editor.widgets["holder"].hasFocus()
    window.action_registry["edit.undo"].trigger()  # an undo is no one's edit: the editor follows it
    assert loads and tab.editor.widgets["holder"].text() != "Kim Andersson"
