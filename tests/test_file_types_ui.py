"""Our own file types in the window: a dropped or command-line shared file offers the merge
preview; a workspace opens; other files are not taken; recent files in Arkiv."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from samverkan_desktop.core.exchange import export
from samverkan_desktop.core.store.database import Store
from samverkan_desktop.ui.exchange import menu as exchange_menu

from .qt_helpers import open_window

SITE = "00000000-0000-4000-8000-00000000000d"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, user="Bo Berg")
    yield w
    w.close_store()


def _mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _drop(window, path: Path) -> None:
    mime = _mime(path)
    window.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def test_dropped_shared_file_offers_the_merge_preview(qtbot, window, demo_path, tmp_path):
    other = Store.open(demo_path, user="AA", origin=SITE, make_backup=False)
    shared = tmp_path / "från-anna.samverkan-delning"
    try:
        export.export_workspace(other, shared, exporter_name="Anna Andersson", organisation="Örebro kommun")
    finally:
        other.close()
    mine = tmp_path / "min.samverkan"
    Store.create(mine, user="BB", origin="00000000-0000-4000-8000-00000000000e").close()
    _drop(window, mine)
    assert window.ctx is not None and window.ctx.store.path == mine
    _drop(window, shared)
    controller = window.extensions[exchange_menu]
    qtbot.waitUntil(lambda: getattr(controller, "preview_dialog", None) is not None
                    and controller.preview_dialog.isVisible(), timeout=30000)
    assert window.ctx.store.path == mine  # nothing merged before the user says so
    controller.preview_dialog.reject()


def test_shared_file_without_a_workspace_says_what_to_do(window, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    assert window.open_any(tmp_path / "från-kumla.samverkan-delning") is False
    assert "Öppna först den arbetsyta" in said[0]


def test_only_our_files_are_taken_when_dragged(window, tmp_path):
    for name, accepted in (("a.samverkan", True), ("b.samverkan-delning", True), ("c.sqlite", True),
                           ("rapport.pdf", False)):
        mime = _mime(tmp_path / name)  # kept alive: the event does not own it
        event = QDragEnterEvent(QPointF(5, 5).toPoint(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.setAccepted(False)
        window.dragEnterEvent(event)
        assert event.isAccepted() is accepted, name


def test_recent_files_in_arkiv_by_name(qtbot, window, tmp_path):
    paths = []
    for name in ("Örebro.samverkan", "Hallsberg.samverkan"):
        path = tmp_path / name
        Store.create(path, user="BB", origin=SITE).close()
        window.open_path(path)
        paths.append(path)
        # the list is written after the window has painted
        qtbot.waitUntil(lambda p=path: window.settings.get("files/recent")[:1] == [str(p)], timeout=10000)
    paths[0].rename(tmp_path / "flyttad.samverkan")  # a moved file is not offered
    window._fill_recent()
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert texts[0] == "&1 Hallsberg.samverkan" and not any("Örebro" in t for t in texts)
