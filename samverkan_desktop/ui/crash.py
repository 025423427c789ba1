"""Crash safety: uncaught exceptions are logged to a file and shown in a dialog, never lost."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.store.site import data_dir

log = logging.getLogger("samverkan_desktop")


def log_path():
    return data_dir() / "samverkan-desktop.log"


def setup_logging() -> None:
    handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class _Bridge(QObject):
    show = Signal(str)


_bridge: _Bridge | None = None


def _show(summary: str) -> None:
    if QApplication.instance() is None:
        return
    text = QCoreApplication.translate(
        "Crash", "Ett oväntat fel inträffade. Inget har sparats till hälften: en ändring som inte hann bli klar "
        "har ångrats.\n\n{summary}\n\nDetaljer finns i loggfilen:\n{log}").format(summary=summary, log=log_path())
    box = QMessageBox(QMessageBox.Icon.Critical, "Samverkan Desktop", text)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()


def _handle(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        QTimer.singleShot(0, QApplication.quit)
        return
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if _bridge is not None:
        _bridge.show.emit(f"{exc_type.__name__}: {exc}")


def install() -> None:
    """Route uncaught exceptions (any thread) to the log file and a dialog on the UI thread."""
    global _bridge
    _bridge = _Bridge()
    _bridge.show.connect(_show, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _handle
    threading.excepthook = lambda args: _handle(args.exc_type, args.exc_value, args.exc_traceback)
