"""The main window over a real workspace: five tabs, undo/redo through the stack, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.settings import Settings

from .est_analysis_fixtures import insert_agreement
from .qt_helpers import open_window
from .qt_helpers import tab as tab_named


def _agreement(store, title="Samverkansöverenskommelse 2024-2026"):
    with store.write("Ny överenskommelse") as tx:
        a, kommun, _polis = insert_agreement(tx, title)
    return a, kommun


@pytest.fixture
def window(qtbot, store):
    _agreement(store)
    w = open_window(qtbot, store, user="Test Testsson")
    yield w
    w.close_store()


def test_five_tabs_in_order(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Överenskommelse", "Resurser", "EST-logg", "Uppföljning", "Kommunikationsplan"]


def test_tabs_are_built_when_first_shown_and_titled_like_their_class(window):
    from samverkan_desktop.ui.communication.tab import CommunicationTab
    from samverkan_desktop.ui.est.tab import EstTab
    from samverkan_desktop.ui.main_window import TABS

    assert [type(t).__name__ for t in window.tabs.built_tabs()] == ["AgreementTab"]  # the shown one
    for entry in TABS:
        assert entry.load().title == entry.title and entry.load().__name__ == entry.context
    tab = window.tab(CommunicationTab)
    assert isinstance(tab, CommunicationTab) and window.tabs.indexOf(tab) == 4
    window.tabs.setCurrentWidget(window.tab(EstTab))
    assert type(window.tabs.currentWidget()).__name__ == "EstTab" and window.tabs.currentWidget().isVisible()
    assert len(window.tabs.built_tabs()) == 3


def test_agreement_is_selected_and_shown(window):
    assert window.agreement_box.count() == 1
    assert window.ctx.agreement_uuid == window.agreement_box.currentData()
    tab = tab_named(window, "agreement_tab")
    html = tab.detail.toPlainText()
    assert "KS 1382/2023" in html and "A713.561/2023" in html


def test_perform_pushes_undo_and_refreshes(window, qtbot):
    ctx = window.ctx

    def rename(store):
        with store.write("Byt titel") as tx:
            tx.update("agreement", ctx.agreement_uuid, {"title": "Ny titel 2027–2029"})
        return tx.changes

    ctx.perform(rename)
    assert window.agreement_box.currentText().startswith("Ny titel")
    assert window.action_registry["edit.undo"].isEnabled() and "Byt titel" in window.action_registry["edit.undo"].text()
    window.action_registry["edit.undo"].trigger()
    assert ctx.store.get("agreement", ctx.agreement_uuid)["title"].startswith("Samverkans")
    assert window.agreement_box.currentText().startswith("Samverkans")
    window.action_registry["edit.redo"].trigger()
    assert ctx.store.get("agreement", ctx.agreement_uuid)["title"] == "Ny titel 2027–2029"


def test_failed_operation_shows_message_and_writes_nothing(window, monkeypatch):
    shown = []
    monkeypatch.setattr("samverkan_desktop.ui.context.QMessageBox.warning",
                        lambda *a, **k: shown.append(a[2]))

    def broken(store):
        with store.write("Trasig") as tx:
            tx.update("agreement", window.ctx.agreement_uuid, {"status": "okänd status"})
        return tx.changes

    assert window.ctx.perform(broken) is None
    assert shown and "kan inte sparas" in shown[0]
    assert not window.ctx.undo_stack.canUndo()
    assert window.ctx.store.get("agreement", window.ctx.agreement_uuid)["status"] == "utkast"


def test_status_bar_names_file_and_user(window):
    assert window.ctx.store.path.name in window.file_label.text()
    assert window.file_label.toolTip() == str(window.ctx.store.path)
    assert "Test Testsson" in window.user_label.text()


def test_english_menus_and_tabs_load(qapp, qtbot, store):
    from samverkan_desktop.ui.i18n import _translators, install_language

    assert install_language(qapp, "en")
    try:
        settings = Settings()
        w = MainWindow(settings)
        qtbot.addWidget(w)
        assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Edit", "&Help"]
        w.set_store(store)
        assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
            "Agreement", "Resources", "EST log", "Follow-up", "Communication plan"]
        w.close_store()
    finally:
        for t in _translators:
            qapp.removeTranslator(t)
        _translators.clear()
        install_language(qapp, "sv")


def _live_shortcuts(window):
    """Every shortcut reachable at once: the window's actions plus the shown tab's window-wide ones."""
    from PySide6.QtGui import QAction, QShortcut

    keys = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None:
            continue
        owner = action.parent()
        # a tab's own action counts only while its tab is shown
        if owner is not window and owner is not None and not (hasattr(owner, "isVisible") and owner.isVisible()):
            continue
        keys += [(k.toString(), action.objectName() or action.text()) for k in action.shortcuts()]
    for sc in window.findChildren(QShortcut):
        if sc.parent().isVisible() and sc.context() in (Qt.ShortcutContext.WindowShortcut,
                                                         Qt.ShortcutContext.ApplicationShortcut):
            keys.append((sc.key().toString(), sc.parent().objectName() or type(sc.parent()).__name__))
    return keys


def test_no_shortcut_is_taken_twice(window):
    """Walks every action (and window-wide shortcut) of the main window on each tab."""
    assert len(list(window.action_registry)) >= 14  # the window, import, exchange
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        keys = _live_shortcuts(window)
        seen: dict[str, str] = {}
        for key, owner in keys:
            assert key not in seen, f"{key} is both {seen[key]!r} and {owner!r} ({window.tabs.tabText(index)})"
            seen[key] = owner
        assert "Ctrl+I" in seen and "Ctrl+Shift+I" in seen  # incident import and merge: two keys


def test_toolbar_actions_have_tooltips_and_redo_has_standard_keys(window):
    from PySide6.QtGui import QKeySequence

    registry = window.action_registry
    on_toolbar = [a for a in registry.toolbar.actions() if a.objectName() in registry]
    assert {a.objectName() for a in on_toolbar} >= {"edit.undo", "edit.redo", "file.export_pdf"}
    for action in on_toolbar:
        assert action.toolTip() != action.text().replace("&", ""), action.objectName()  # a real tip
    redo = [k.toString() for k in window.action_registry["edit.redo"].shortcuts()]
    assert "Ctrl+Y" in redo and "Ctrl+Shift+Z" in redo
    assert window.action_registry["edit.undo"].shortcuts()[0].matches(
        QKeySequence(QKeySequence.StandardKey.Undo)) == QKeySequence.SequenceMatch.ExactMatch


def test_registry_refuses_a_taken_shortcut(window):
    with pytest.raises(ValueError, match="Ctrl\\+I"):
        window.action_registry.add("test.clash", "Krock", lambda: None, shortcut="Ctrl+I")
    with pytest.raises(ValueError, match="tooltip"):
        window.action_registry.add("test.notip", "Utan tips", lambda: None, toolbar=True)
