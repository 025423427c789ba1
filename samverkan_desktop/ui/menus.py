"""The main window's own menus and toolbar: Arkiv, Redigera and Hjälp with the window's actions
(new, open, recent, export, quit, undo, redo, guide, about), and the toolbar with the agreement chooser.

Declared here, registered in the window's :class:`ActionRegistry` (ui/actions.py); features listed in
``main_window.EXTENSIONS`` add theirs to the same registry. Texts keep the "MainWindow" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel

from .actions import ActionRegistry


def build_menus(window) -> None:
    """The window's own menus and actions (``window.action_registry``); features add theirs to the same
    registry."""
    reg = window.action_registry = ActionRegistry(window)
    reg.add_menu("file", QCoreApplication.translate("MainWindow", "&Arkiv"))
    reg.add_menu("edit", QCoreApplication.translate("MainWindow", "&Redigera"))
    reg.add_menu("help", QCoreApplication.translate("MainWindow", "&Hjälp"))
    undo_stack = lambda: window.ctx.undo_stack  # noqa: E731
    reg.add("file.new", QCoreApplication.translate("MainWindow", "&Ny arbetsyta…"), window.new_workspace,
            menu="file", section="workspace", shortcut="Ctrl+Shift+N", icon="new", needs_store=False)
    reg.add("file.open", QCoreApplication.translate("MainWindow", "&Öppna…"), window.open_dialog,
            menu="file", section="workspace", shortcut=QKeySequence.StandardKey.Open, icon="open",
            needs_store=False)
    window.recent_menu = reg.add_submenu("file", "recent", QCoreApplication.translate("MainWindow", "&Senaste"))
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    reg.add("file.export_pdf", QCoreApplication.translate("MainWindow", "&Exportera PDF…"), window.export_pdf,
            menu="file", section="export", shortcut="Ctrl+E", icon="pdf", toolbar=True, toolbar_section="export",
            tip=QCoreApplication.translate(
                "MainWindow", "Exportera överenskommelsen, resurserna, EST-loggen eller uppföljningen som PDF"))
    reg.add("file.quit", QCoreApplication.translate("MainWindow", "&Avsluta"), window.close, menu="file",
            section="quit", shortcut=QKeySequence.StandardKey.Quit, needs_store=False)
    reg.add("edit.undo", QCoreApplication.translate("MainWindow", "&Ångra"), lambda: undo_stack().undo(),
            menu="edit", section="undo", shortcut=QKeySequence.StandardKey.Undo, icon="undo", toolbar=True,
            toolbar_section="undo", tip=QCoreApplication.translate("MainWindow", "Ångra den senaste ändringen"),
            enabled=lambda w: w.ctx.undo_stack.canUndo())
    reg.add("edit.redo", QCoreApplication.translate("MainWindow", "&Gör om"), lambda: undo_stack().redo(),
            menu="edit", section="undo", shortcut=(QKeySequence.StandardKey.Redo, "Ctrl+Y", "Ctrl+Shift+Z"),
            icon="redo", toolbar=True, toolbar_section="undo",
            tip=QCoreApplication.translate("MainWindow", "Gör om det som ångrades"),
            enabled=lambda w: w.ctx.undo_stack.canRedo())
    reg.add("help.guide", QCoreApplication.translate("MainWindow", "&Användarguide"), window.show_guide,
            menu="help", section="help", shortcut="F1", needs_store=False,
            tip=QCoreApplication.translate("MainWindow", "Guiden: kom igång, EST-mötet, uppföljning, dela filer"))
    reg.add("help.about", QCoreApplication.translate("MainWindow", "&Om Samverkan Desktop"), window.about,
            menu="help", section="about", needs_store=False)


def build_toolbar(window) -> None:
    """The toolbar: the agreement chooser (``window.agreement_box``), then the registry's toolbar actions."""
    bar = window.toolbar = window.action_registry.toolbar
    window.addToolBar(bar)
    # The toolbar keeps short labels while the menu says what would be undone: no jumping buttons.
    window.action_registry["edit.undo"].setIconText(QCoreApplication.translate("MainWindow", "Ångra"))
    window.action_registry["edit.redo"].setIconText(QCoreApplication.translate("MainWindow", "Gör om"))
    first = bar.actions()[0]
    bar.insertWidget(first, QLabel(QCoreApplication.translate("MainWindow", " Överenskommelse: ")))
    box = window.agreement_box = QComboBox()
    box.setObjectName("agreement_box")
    box.setAccessibleName(QCoreApplication.translate("MainWindow", "Överenskommelse"))
    box.setToolTip(QCoreApplication.translate("MainWindow", "Överenskommelsen som flikarna visar"))
    box.setMinimumContentsLength(40)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.currentIndexChanged.connect(window._on_agreement_box)
    bar.insertWidget(first, box)
