"""Integritetskontroll: the same list as privacy-scan, the record opened to fix it, redaction."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop.core import privacy

from .qt_helpers import cell


def _dialog(qtbot, store):
    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.privacy_check import PrivacyCheckDialog
    from samverkan_desktop.ui.settings import Settings

    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(store, Settings(), parent=parent)
    dialog = PrivacyCheckDialog(ctx, parent)
    qtbot.addWidget(dialog)
    return ctx, dialog


def plant_two(store) -> tuple[str, str]:
    incident = store.scalar("SELECT uuid FROM incident WHERE deleted = 0 ORDER BY occurred_on DESC LIMIT 1")
    action = store.scalar("SELECT uuid FROM action WHERE deleted = 0 LIMIT 1")
    with store.write("Fel") as tx:
        tx.update("incident", incident, {"description": "Anmälan gäller 811218-9876 vid skolan"})
        tx.update("action", action, {"feedback": "Kontakt med vårdnadshavare till 19701063-2391"})
    return incident, action


def test_dialog_lists_opens_fixes_and_redacts(qtbot, demo_store, monkeypatch):
    incident, action = plant_two(demo_store)
    ctx, dialog = _dialog(qtbot, demo_store)
    assert dialog.model.rowCount() == 2 == len(privacy.scan_all(demo_store))
    shown = {cell(dialog.model, r, "Personnummer") for r in range(2)}
    assert shown == {"811218-****", "701063-****"}
    by_table = {f.table: i for i, f in enumerate(dialog.findings)}
    dialog.table.selectRow(by_table["incident"])
    assert "811218-9876" in dialog.text.toPlainText() and not dialog.text.isReadOnly()
    dialog.text.setPlainText("Anmälan gäller en elev vid skolan")
    dialog.save.click()
    assert demo_store.get("incident", incident)["description"] == "Anmälan gäller en elev vid skolan"
    assert ctx.undo_stack.count() == 1, "fixing the text is an ordinary, undoable edit"
    assert dialog.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.remove.click()  # in the background: a frozen report may be built again
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=30000)
    assert dialog.model.rowCount() == 0 and "Inga personnummer" in dialog.summary.text()
    assert demo_store.get("action", action)["feedback"] == "Kontakt med vårdnadshavare till 701063-****"


def test_menu_action_is_registered(qtbot, demo_path):
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    action = window.action_registry["privacy.check"]
    assert action.text().replace("&", "") == "Integritetskontroll…"


def test_merge_preview_lists_personnummer_in_the_received_file(qtbot, demo_store, tmp_path):
    from samverkan_desktop.core.exchange import export, merge, receive
    from samverkan_desktop.ui.exchange.preview import MergePreviewDialog

    plant_two(demo_store)
    out = export.export_workspace(demo_store, tmp_path / "ut.sqlite", exporter_name="TS")
    received = receive.read_received(out)
    try:
        ctx, _check = _dialog(qtbot, demo_store)
        preview = MergePreviewDialog(ctx, received, merge.preview_merge(demo_store, received))
        qtbot.addWidget(preview)
        assert not preview.personal.isHidden()
        assert "2 personnummer" in preview.personal.text() and "811218-****" in preview.personal.text()
        assert "9876" not in preview.personal.text()
    finally:
        received.close()


def test_redact_dialog_replaces_a_name_for_good(qtbot, demo_store, monkeypatch):
    from samverkan_desktop.ui.privacy_check import RedactDialog

    person = demo_store.scalar("SELECT uuid FROM contact_person WHERE deleted = 0 LIMIT 1")
    with demo_store.write("Fel") as tx:
        tx.update("contact_person", person, {"title": "Granne till Kalle Ankasson"})
    ctx, _check = _dialog(qtbot, demo_store)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog = RedactDialog(ctx, "contact_person", person)
    qtbot.addWidget(dialog)
    dialog.field.setCurrentIndex(dialog.field.findData("title"))
    assert dialog.text.toPlainText() == "(borttaget)"
    dialog.text.setPlainText("Samordnare")
    with qtbot.waitSignal(dialog.apply().finished, timeout=30000):
        pass
    assert demo_store.get("contact_person", person)["title"] == "Samordnare"
    assert ctx.undo_stack.count() == 0
