"""Arkiv → Exportera PDF…: pickers over the report registry, prefilled from the view, checked
before the save dialog opens, with a Swedish default file name."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop.core.periods import IsoWeek
from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.export_pdf import ExportPdfDialog
from samverkan_desktop.ui.print_menu import PrintRequest
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
    assert dialog.fields["agreement"].currentData() == ctx.agreement_uuid
    assert "Samverkans" in dialog.fields["agreement"].currentText()  # by title, not a uuid
    dialog.kind_box.setCurrentIndex(kinds.index("paragraph"))
    dialog.fields["paragraph"].setText("tjugo")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr("samverkan_desktop.ui.export_pdf.QFileDialog.getSaveFileName",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no file dialog on bad input")))
    dialog._save()
    assert shown and "Ogiltigt värde" in shown[0]


def test_the_open_week_is_prefilled_and_named_in_the_file(qtbot, demo_store, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(demo_store, Settings(), parent=parent)
    ctx.agreement_uuid = demo_store.scalar("SELECT uuid FROM agreement ORDER BY title LIMIT 1")
    dialog = ExportPdfDialog(ctx, parent, initial=PrintRequest("est-week", {"agreement": ctx.agreement_uuid,
                                                                            "week": "2026-v48"}))
    qtbot.addWidget(dialog)
    assert dialog.kind_box.currentData() == "est-week"
    assert dialog.fields["week"].week == IsoWeek(2026, 48)
    offered = []
    monkeypatch.setattr("samverkan_desktop.ui.export_pdf.QFileDialog.getSaveFileName",
                        lambda *a, **k: (offered.append(a[2]), ("", ""))[1])
    dialog._save()
    assert offered and offered[0].endswith("EST-vecka-2026-v48.pdf")
