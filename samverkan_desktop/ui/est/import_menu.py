"""Arkiv → Importera händelser…: the EST incident import (ui/est_import.py) in the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox


def install(window) -> QAction:
    """Add the menu entry; it is enabled only while a workspace is open."""
    action = QAction(QCoreApplication.translate("ImportMenu", "&Importera händelser…"), window)
    action.setObjectName("import_incidents_action")
    action.setStatusTip(QCoreApplication.translate("ImportMenu",
                                                   "Importera EST-händelser från en CSV- eller Excelfil"))
    action.setShortcut("Ctrl+Shift+I")
    action.triggered.connect(lambda: open_import(window))
    window.file_menu.insertAction(window.export_pdf_action, action)
    window.file_menu.aboutToShow.connect(lambda: action.setEnabled(window.ctx is not None))
    action.setEnabled(window.ctx is not None)
    window.import_incidents_action = action
    return action


def open_import(window):
    """Open the import dialog (ImportDialog, imported here: the import's modules load at first use)
    for the agreement chosen in the toolbar."""
    from .import_dialog import ImportDialog

    ctx = window.ctx
    if ctx is None:
        return None
    if not ctx.agreement_uuid:
        QMessageBox.information(window, QCoreApplication.translate("ImportMenu", "Importera händelser"),
                                QCoreApplication.translate("ImportMenu",
                                                           "Välj först en överenskommelse i verktygsfältet."))
        return None
    dialog = ImportDialog(ctx, window)
    done = QCoreApplication.translate("ImportMenu", "%1. Ångra med Ctrl+Z.")
    dialog.imported.connect(lambda changes: window.statusBar().showMessage(done.replace("%1", changes.label), 8000))
    dialog.open()
    return dialog
