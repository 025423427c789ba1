"""Arkiv → Importera händelser…: the EST incident import (ui/est/import_dialog.py) in the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox


def install(window) -> QAction:
    """Register Arkiv → Importera händelser… (enabled only while a workspace is open)."""
    return window.action_registry.add(
        "est.import_incidents", QCoreApplication.translate("ImportMenu", "&Importera händelser…"),
        lambda: open_import(window), menu="file", section="import", shortcut="Ctrl+I",
        tip=QCoreApplication.translate("ImportMenu", "Importera EST-händelser från en CSV- eller Excelfil"))


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
