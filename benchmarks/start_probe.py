"""One GUI start, ended at its first paint: ``start_probe.py bare`` or ``start_probe.py app FILE``.

``bare`` shows an empty PySide6 QMainWindow (the baseline); ``app`` runs Samverkan Desktop's own
``app.main([FILE])``. When the first paint event reaches a widget of the main window the probe
prints its peak resident memory (``rss_kib=…``) and leaves with ``os._exit(0)``, so run.py's wall
time of the whole process is "start to first paint". The user settings must already name a user
(run.py writes them), or the first-start dialog would be the first paint.
"""

from __future__ import annotations

import os
import resource
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class _FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.seen = False

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and isinstance(obj.window(), QMainWindow)):
            self.seen = True
            QTimer.singleShot(0, _done)  # after this paint pass has finished
        return False


def _done() -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stdout.write(f"rss_kib={rss}\n")
    sys.stdout.flush()
    os._exit(0)


def main() -> None:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    watcher = _FirstPaint()
    app.installEventFilter(watcher)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1280, 820)
        window.show()
        app.exec()
    else:
        from samverkan_desktop.app import main as app_main
        app_main([sys.argv[2]])
    os._exit(1)  # the window closed without painting


if __name__ == "__main__":
    main()
