"""Arkiv → Återställ demodata…: start the demo workspace over, after a backup of the old one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME
from ..core.demo import demo_path, reset_demo_workspace
from ..core.store import site


def install(window) -> QAction:
    """Register the command (always enabled: it also creates the demo workspace when missing)."""
    return window.action_registry.add(
        "file.reset_demo", QCoreApplication.translate("DemoMenu", "Återställ &demodata…"),
        lambda: reset_demo(window), menu="file", section="workspace", needs_store=False,
        tip=QCoreApplication.translate("DemoMenu", "Börja om med demoarbetsytan; den gamla sparas först som "
                                                   "säkerhetskopia"))


def reset_demo(window, *, ask: bool = True) -> bool:
    """Replace the demo workspace with fresh demo data (a backup first) and show it."""
    path = demo_path()
    if ask and QMessageBox.question(
            window, APP_NAME, QCoreApplication.translate(
                "DemoMenu", "Börja om med nya demodata i {path}?\n\nDet som finns där nu sparas först som en "
                            "säkerhetskopia.").format(path=path)) != QMessageBox.StandardButton.Yes:
        return False
    if window.ctx is not None and window.ctx.store.path.resolve() == path.resolve():
        window.close_store()
    store, saved = reset_demo_workspace(path, user=window.settings.author, origin=site.site_id())
    window.set_store(store)
    if saved is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "DemoMenu", "Demodata återställda; den gamla demoarbetsytan sparades som {backup}").format(
                backup=saved.name), 10000)
    return True
