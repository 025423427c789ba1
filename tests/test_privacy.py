"""Personnummer are found before export, wherever free text hides them."""

from __future__ import annotations

from samverkan_desktop.cli import main
from samverkan_desktop.core import privacy


def test_scan_finds_personnummer_in_any_free_text(demo_store):
    assert privacy.scan(demo_store) == [], "the demo holds no personal data"
    incident = demo_store.scalar("SELECT uuid FROM incident WHERE deleted = 0 LIMIT 1")
    action = demo_store.scalar("SELECT uuid FROM action WHERE deleted = 0 LIMIT 1")
    with demo_store.write("Fel") as tx:
        tx.update("incident", incident, {"description": "Gäller 811218-9876 vid skolan"})
        tx.update("action", action, {"feedback": "Kontakt med 19811218-9876"})
    found = privacy.scan(demo_store)
    assert {(f.table, f.field, f.match) for f in found} == {
        ("incident", "description", "811218-9876"), ("action", "feedback", "19811218-9876")}
    assert "Händelser (Beskrivning)" in privacy.warning_text(found)


def test_deleted_rows_and_case_numbers_are_not_findings(demo_store):
    incident = demo_store.scalar("SELECT uuid FROM incident WHERE deleted = 0 LIMIT 1")
    with demo_store.write("Fel") as tx:
        tx.update("incident", incident, {"description": "811218-9876, Ks 1118/2023"})
        tx.delete("incident", incident)
    assert privacy.scan(demo_store) == []


def test_cli_export_refuses(demo_path, tmp_path, capsys):
    from samverkan_desktop.core.store.database import Store

    from .conftest import SITE_A

    store = Store.open(demo_path, user="TS", origin=SITE_A, make_backup=False)
    problem = store.scalar("SELECT uuid FROM problem WHERE deleted = 0 LIMIT 1")
    with store.write("Fel") as tx:
        tx.update("problem", problem, {"description": "Ungdom 811218-9876 syns ofta"})
    store.close()
    assert main(["export", str(demo_path), str(tmp_path / "ut.sqlite")]) == 1
    assert "personnummer" in capsys.readouterr().err and not (tmp_path / "ut.sqlite").exists()


def test_gui_pdf_export_asks_first_and_stops_on_cancel(qtbot, demo_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from samverkan_desktop.ui.context import AppContext
    from samverkan_desktop.ui.export_pdf import export_report
    from samverkan_desktop.ui.settings import Settings

    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(demo_store, Settings(), parent=parent)
    incident = demo_store.scalar("SELECT uuid FROM incident WHERE deleted = 0 LIMIT 1")
    with demo_store.write("Fel") as tx:
        tx.update("incident", incident, {"description": "811218-9876"})
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    out = tmp_path / "avtal.pdf"
    agreement = demo_store.scalar("SELECT uuid FROM agreement WHERE title = 'Samverkansöverenskommelse 2024-2026'")
    assert export_report(ctx, parent, "agreement", out, {"agreement": agreement}) is None
    assert asked and "personnummer" in asked[0]
    assert not out.exists()
