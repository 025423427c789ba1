"""Render the screenshots of the welcome flow (Swedish and English), the app in dark mode and the
pictures of the user guide, offscreen, from the real widgets.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Each language and colour scheme runs in a process of its own (translators and palettes are
global to a QApplication).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
GUIDE = ROOT / "docs" / "guide" / "bilder"


def guide_pictures(lang: str) -> Path:
    """The pictures of the user guide in ``lang``: docs/guide/bilder, docs/guide/en/bilder."""
    return GUIDE if lang == "sv" else ROOT / "docs" / "guide" / lang / "bilder"


def _app(lang: str, scheme: str):
    os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-shots-")
    os.environ["SAMVERKAN_COLOR_SCHEME"] = scheme
    from PySide6.QtWidgets import QApplication

    from samverkan_desktop.ui import theme
    from samverkan_desktop.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)
    install_language(app, lang)
    return app


def _settle(app, n: int = 5) -> None:
    for _ in range(n):
        app.processEvents()


def wizard(lang: str, scheme: str = "light") -> None:
    app = _app(lang, scheme)
    from samverkan_desktop.ui.first_start import FirstStartWizard
    from samverkan_desktop.ui.settings import Settings

    w = FirstStartWizard(Settings(), origin="00000000-0000-4000-8000-0000000000ee")
    w.confirm_cancel = lambda: True
    w.show()
    page = w.user_page
    page.name.setText("Johanna Johansson")
    page.initials.setText("JJ")
    page.organisation.setCurrentText("Kumla kommun")
    names = ["user", "start", "new"]
    for i, name in enumerate(names):
        _settle(app)
        image = w.grab()
        suffix = lang + ("-dark" if scheme == "dark" else "")
        image.save(str(SHOTS / f"first-start-{i + 1}-{name}-{suffix}.png"))
        if scheme == "light" and name in ("user", "start"):
            image.save(str(guide_pictures(lang) / {"user": "valkommen.png", "start": "start.png"}[name]))
        w.next()


def main_window(lang: str, scheme: str) -> None:
    app = _app(lang, scheme)
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.settings import Settings

    settings = Settings()
    settings.set("user/name", "Johanna Johansson")
    settings.set("user/organisation", "Örebro kommun")
    w = MainWindow(settings)
    w.open_demo()
    w.resize(1366, 860)
    w.show()
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        _settle(app)
        name = w.tabs.widget(i).objectName().removesuffix("_tab")
        image = w.grab()
        if scheme == "dark":
            image.save(str(SHOTS / f"dark-{name}.png"))
        else:
            target = {"agreement": "overenskommelse.png", "est": "est.png", "follow_up": "uppfoljning.png"}.get(name)
            if target:
                image.save(str(guide_pictures(lang) / target))
    if scheme == "dark":
        w.show_guide()
        _settle(app)
        w.guide_window.grab().save(str(SHOTS / "dark-guide.png"))
    w.close()


def main() -> int:
    if len(sys.argv) > 1:
        what, lang, scheme = sys.argv[1:4]
        {"wizard": wizard, "window": main_window}[what](lang, scheme)
        return 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    for lang in ("sv", "en"):
        guide_pictures(lang).mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for args in (("wizard", "sv", "light"), ("wizard", "en", "light"), ("wizard", "sv", "dark"),
                 ("window", "sv", "dark"), ("window", "sv", "light"), ("window", "en", "light")):
        subprocess.run([sys.executable, __file__, *args], check=True, env=env, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
