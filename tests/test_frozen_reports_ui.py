"""Fastställ rapport… from the Uppföljning tab and Exportera PDF, and Arkiv → Fastställda rapporter…:
listed, printed again (preview of the stored bytes), saved as PDF byte for byte, deleted (issue 13)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop.core.follow_up import queries as fu
from samverkan_desktop.core.reports import frozen
from samverkan_desktop.ui.context import AppContext
from samverkan_desktop.ui.export_pdf import ExportPdfDialog
from samverkan_desktop.ui.follow_up.tab import FollowUpTab
from samverkan_desktop.ui.frozen_reports import FrozenReportsDialog
from samverkan_desktop.ui.print_menu import PrintRequest
from samverkan_desktop.ui.settings import Settings


def _ctx(qtbot, store) -> AppContext:
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(store, Settings(), parent=parent)
    ctx.select_agreement(fu.resolve_follow_up(store, "2024-11-30")["agreement_uuid"])
    return ctx


def test_freeze_from_the_follow_up_tab_then_list_save_print_and_delete(qtbot, demo_store, monkeypatch, tmp_path):
    ctx = _ctx(qtbot, demo_store)
    tab = FollowUpTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    occasion = fu.resolve_follow_up(demo_store, "2024-11-30")["uuid"]
    tab.occasions.select(occasion)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # the "fastställd" message
    assert tab.occasions.freeze_button.isEnabled()
    task = tab.occasions.freeze_report()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1, timeout=30000)  # one undoable step
    assert task is not None and "byte för byte" in asked[0]
    [report] = frozen.list_frozen(demo_store)
    assert report.title == "Deluppföljning november 2024"

    dialog = FrozenReportsDialog(ctx, tab)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "2024-11-27"
    assert dialog.print_button.isEnabled() and not dialog.empty.isVisible()
    saved = dialog.save_as(str(tmp_path / "kopia"))
    assert saved.name == "kopia.pdf" and saved.read_bytes() == frozen.pdf_bytes(demo_store, report.uuid)
    preview = dialog.print_again()
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 3
    dialog.delete(confirm=False)
    assert dialog.model.rowCount() == 0 and not dialog.print_button.isEnabled()
    assert demo_store.get("frozen_report", report.uuid)["pdf"] is None


def test_export_pdf_in_freeze_mode_freezes_instead_of_saving(qtbot, demo_store, monkeypatch):
    ctx = _ctx(qtbot, demo_store)
    dialog = ExportPdfDialog(ctx, ctx.parent, freeze=True,
                             initial=PrintRequest("est-week", {"agreement": ctx.agreement_uuid, "week": "2026-v44"}))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Fastställ rapport"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr("samverkan_desktop.ui.export_pdf.QFileDialog.getSaveFileName",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("no file dialog when freezing")))
    dialog._save()
    qtbot.waitUntil(lambda: ctx.undo_stack.count() == 1, timeout=30000)
    [report] = frozen.list_frozen(demo_store)
    assert report.kind == "est-week" and report.report_date == "2026-11-01"
    assert report.title.endswith("vecka 44 2026")


def test_a_text_is_removed_from_a_frozen_report_and_the_list_says_so(qtbot, store, monkeypatch, tmp_path):
    from samverkan_desktop.core.store import stamps
    from samverkan_desktop.ui.privacy_check import PrivacyCheckDialog

    from .est_analysis_fixtures import add_incident, small_agreement
    from .test_frozen_redaction import pdf_text

    d = small_agreement(store)
    incident = add_incident(store, d, "2026-03-04", "Klotter", "Vivalla", text="Kalle Ankasson 811218-9876 vid kiosken")
    uuid = frozen.freeze_report(store, "est-week", week="2026-W10", agreement=d["agreement"]).created("frozen_report")[0]
    parent = QWidget()
    qtbot.addWidget(parent)
    ctx = AppContext(store, Settings(), parent=parent)
    check = PrivacyCheckDialog(ctx, parent)
    qtbot.addWidget(check)
    def statuses() -> set[str]:
        return {check.model.index(r, 4).data() for r in range(check.model.rowCount())}

    assert statuses() == {"aktuell"} and "Söker i fastställda rapporter" in check.summary.text()
    qtbot.waitUntil(lambda: statuses() == {"aktuell", "i fastställd rapport"}, timeout=30000)  # in the background
    assert check.summary.text() == "2 personnummer hittades."
    with store.write("Ta bort") as tx:  # an ordinary delete leaves the report as the committee got it
        tx.delete("incident", incident)
    assert "Ankasson" in pdf_text(frozen.pdf_bytes(store, uuid))

    dialog = FrozenReportsDialog(ctx, parent)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 5).data() == "" and dialog.mask_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.mask("Kalle Ankasson")
    day = stamps.today().isoformat()
    qtbot.waitUntil(lambda: dialog.model.index(0, 5).data() == f"Maskad {day}: text borttagen efter fastställandet",
                    timeout=30000)
    assert "Ankasson" not in pdf_text(frozen.pdf_bytes(store, uuid)) and ctx.undo_stack.count() == 0
    dialog.grab().save(str(tmp_path / "fastställda.png"))
