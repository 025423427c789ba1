"""What the screenshot scripts share: a throw-away data folder (settings and logs never touch the real
home), Qt offscreen, and the main window over a workspace as a named user."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def start():
    """A fresh work folder and the QApplication; call before importing the app's Qt modules."""
    work = tempfile.mkdtemp()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SAMVERKAN_DATA_DIR"] = work
    os.environ["XDG_CONFIG_HOME"] = work + "/config"
    from PySide6.QtWidgets import QApplication

    return Path(work), QApplication([])


def show_window(store, user: str, size: tuple[int, int] | None = None):
    """The main window over ``store`` with ``user`` as the name in the settings, shown."""
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    settings = Settings()
    settings.set("user/name", user)
    window = MainWindow(settings)
    window.set_store(store)
    if size:
        window.resize(*size)
    window.show()
    return window


ROOT = Path(__file__).resolve().parent.parent.parent
SHOTS, PAGES = ROOT / "docs" / "screenshots", ROOT / "docs" / "pdf-pages"


def settle(app, rounds: int = 8) -> None:
    """Let queued paints and deferred loads run before a grab."""
    for _ in range(rounds):
        app.processEvents()


def demo_store(work: Path):
    """The demo workspace in ``work``, written as "Demo" from a fixed site."""
    from samverkan_desktop.core.demo import create_demo_workspace

    return create_demo_workspace(work / "demo.sqlite", user="Demo", origin="00000000-0000-4000-8000-0000000000ff")
