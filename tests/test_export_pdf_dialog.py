"""Arkiv → Exportera PDF…: the generic form over the report registry."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.export_pdf import ExportPdfDialog
from samverkan_desktop.ui.settings import Settings


def test_every_report_is_offered_and_a_bad_number_is_a_message(qtbot, demo_store, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(demo_store, Settings(), parent=parent)
    ctx.agreement_uuid = demo_store.scalar("SELECT uuid FROM agreement ORDER BY title LIMIT 1")
    dialog = ExportPdfDialog(ctx, parent)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())]
    assert {"agreement", "resources", "est-week", "tertial", "annual", "follow-up", "action-plan",
            "paragraph", "communication-plan"} <= set(kinds)
    dialog.kind_box.setCurrentIndex(kinds.index("action-plan"))
    assert dialog.fields["agreement"].text() == ctx.agreement_uuid
    dialog.fields["year"].setText("tjugo")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr("samverkan_desktop.ui.export_pdf.QFileDialog.getSaveFileName",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no file dialog on bad input")))
    dialog._save()
    assert shown and "Ogiltigt värde" in shown[0]
