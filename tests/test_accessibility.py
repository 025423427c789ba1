"""Accessibility: every control has a name a screen reader can say; the welcome flow works by
keyboard alone; the palette follows the system's light or dark scheme; the guide opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from samverkan_desktop.core.agreement.queries import agreement_parties, list_agreements
from samverkan_desktop.ui import accessibility, theme
from samverkan_desktop.ui.first_start import PAGE_NEW, FirstStartWizard
from samverkan_desktop.ui.settings import Settings

from .qt_helpers import open_window


@pytest.fixture
def window(qtbot, demo_path):
    return open_window(qtbot, path=demo_path, user="Tess")


def test_every_control_of_the_main_window_has_a_name(window, qapp):
    for i in range(window.tabs.count()):  # every tab and every page of it, as a user would open them
        window.tabs.setCurrentIndex(i)
        qapp.processEvents()
    missing = [accessibility.describe(w) for w in accessibility.unnamed(window)]
    assert missing == []
    assert window.agreement_box.accessibleName() == "Överenskommelse"


def test_the_check_finds_a_silent_control(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    silent = QLineEdit(root)
    assert accessibility.unnamed(root) == [silent]
    silent.setPlaceholderText("Sök")
    assert accessibility.ensure_names(root) == 1 and silent.accessibleName() == "Sök"


def test_every_toolbar_action_has_a_tooltip(window):
    for action in window.action_registry.toolbar.actions():
        if not action.isSeparator() and action.text():
            assert action.toolTip() and action.toolTip() != action.text().replace("&", ""), action.objectName()


def test_welcome_flow_by_keyboard_alone(qtbot, tmp_path):
    wizard = FirstStartWizard(Settings(), first_start=True, origin="00000000-0000-4000-8000-00000000000c")
    qtbot.addWidget(wizard)
    wizard.confirm_cancel = lambda: True
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    wizard.user_page.name.setFocus()
    QTest.keyClicks(wizard.user_page.name, "Kim Berg")
    QTest.keyClick(wizard.user_page.name, Qt.Key.Key_Return)  # Nästa
    start = wizard.start_page
    assert start.buttons["hallsberg"].focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab/arrows
    QTest.keyClick(start.buttons["hallsberg"], Qt.Key.Key_Space)  # and chosen with the space bar
    assert start.choice() == "hallsberg"
    QTest.keyClick(start.buttons["hallsberg"], Qt.Key.Key_Return)
    assert wizard.currentId() == PAGE_NEW
    folder = wizard.new_page.folder
    folder.selectAll()
    QTest.keyClicks(folder, str(tmp_path))
    QTest.keyClick(folder, Qt.Key.Key_Return)  # Klar
    what, store = wizard.outcome
    try:
        [agreement] = list_agreements(store)
        assert len(agreement_parties(store, agreement["uuid"])) == 5
    finally:
        store.close()


def test_dark_scheme_gives_a_dark_palette(qapp, monkeypatch):
    before = qapp.palette()
    try:
        monkeypatch.setenv(theme.ENV, "dark")
        assert theme.apply(qapp) == Qt.ColorScheme.Dark
        assert theme.is_dark()
        text = qapp.palette().color(QPalette.ColorRole.Text)
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert text.lightness() - base.lightness() > 150  # light text on a dark base
        monkeypatch.setenv(theme.ENV, "light")
        theme.apply(qapp)
        assert not theme.is_dark()
    finally:
        qapp.setPalette(before)


def test_help_opens_the_swedish_guide(window, qapp):
    window.action_registry["help.guide"].trigger()
    guide = window.guide_window
    assert guide.isVisible()
    assert "Kom igång" in guide.browser.toPlainText()
    guide.show_page("dela-filer.md")
    assert "konflikt" in guide.browser.toPlainText().lower()
    guide.browser.backward()
    assert "Personuppgifter" in guide.browser.toPlainText()
    assert window.action_registry["help.guide"].shortcut().toString() == "F1"
