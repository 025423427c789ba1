"""Skriv ut… (Ctrl+P) prints the shown tab's document for what is on screen, with a preview that
prints or saves as PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from samverkan_desktop.ui import print_menu

from .est_fixtures import est_setup
from .qt_helpers import open_window


@pytest.fixture
def window(qtbot, store, monkeypatch):
    monkeypatch.setattr("samverkan_desktop.core.store.stamps.today", lambda: dt.date(2026, 11, 23))
    est_setup(store)
    w = open_window(qtbot, store)
    yield w
    w.close_store()


def test_ctrl_p_in_the_est_tab_previews_the_open_week(window, qtbot, tmp_path):
    est = next(window.tabs.widget(i) for i in range(window.tabs.count())
               if window.tabs.widget(i).objectName() == "est_tab")
    window.tabs.setCurrentWidget(est)
    est.navigator.go_to("2026-v47")
    request = print_menu.request_for(window)
    assert (request.kind, request.options["week"], request.file_name) == (
        "est-week", "2026-v47", "EST-vecka-2026-v47.pdf")
    previews = []
    monkey_open = print_menu.PrintPreview.open
    print_menu.PrintPreview.open = lambda self: previews.append(self)
    try:
        window.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(previews), timeout=20000)
    finally:
        print_menu.PrintPreview.open = monkey_open
    preview = previews[0]
    assert preview.document.pageCount() >= 1 and "EST-vecka-2026-v47.pdf" in preview.windowTitle()
    saved = preview.save_as(str(tmp_path / "veckan"))
    assert saved.name == "veckan.pdf"
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "vecka 47, 2026" in text
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    preview.print_to(printer)
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == preview.document.pageCount()
    preview.close()


def test_every_tab_has_a_document(window):
    kinds = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        request = print_menu.request_for(window)
        kinds.append(request.kind if request else None)
    assert kinds[:3] == ["agreement", "resources", "est-week"]
