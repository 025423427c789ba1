"""``samverkan-desktop``: start the GUI (settings, crash handling, the store, the window)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import APP_NAME
from .core.i18n import N_, _


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The arguments, after choosing the language (``--lang``, else the saved setting) for --help
    and errors; the window installs the same language again with Qt's translators."""
    from .argparse_sv import Parser, add_language_option, choose_language

    argv = choose_language(argv)
    parser = Parser(prog="samverkan-desktop", description=APP_NAME)
    parser.add_argument("file", nargs="?", metavar=_("FIL"), help=_("arbetsytan som ska öppnas"))
    parser.add_argument("--demo", action="store_true",
                        help=_("öppna demoarbetsytan (skapas första gången; Arkiv → Återställ demodata börjar om)"))
    parser.add_argument("--screenshots", metavar="DIR", help=_("spara en bild av varje flik i DIR och avsluta"))
    add_language_option(parser)
    return parser.parse_args(argv)


def no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a hint about xcb; say it ourselves."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = N_("samverkan-desktop: ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt); "
                 "starta med xvfb-run -a samverkan-desktop, eller QT_QPA_PLATFORM=offscreen för --screenshots")


def take_screenshots(window, folder: Path) -> list[Path]:
    """Render every tab to ``folder/<tab>.png`` (works offscreen)."""
    from PySide6.QtWidgets import QApplication

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        for _round in range(3):
            QApplication.processEvents()
        name = window.tabs.widget(i).objectName().removesuffix("_tab")
        target = folder / f"{name}.png"
        window.grab().save(str(target))
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if no_display():
        print(_(NO_DISPLAY), file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .core import filetypes
    from .core.store import site
    from .ui import crash, theme
    from .ui.first_start import FirstStartWizard
    from .ui.i18n import install_language
    from .ui.icons import icon
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    if QApplication.instance() is None:
        theme.prepare_high_dpi()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.follow_system(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Samverkan")
    app.setWindowIcon(icon("app"))
    crash.setup_logging()
    crash.install()
    settings = Settings()
    if args.screenshots:  # rendering pictures must leave the user's settings as they were
        settings = settings.scratch_copy()
    install_language(app, args.lang or settings.get("ui/language"))

    window = MainWindow(settings)
    # First start: who is working, and the first workspace (unless rendering screenshots unattended).
    if not settings.has_user() and not args.screenshots:
        wizard = FirstStartWizard(settings, first_start=True, origin=site.site_id())
        if wizard.exec() != FirstStartWizard.DialogCode.Accepted:
            return 0
        window.apply_outcome(wizard.outcome)

    if args.demo:
        window.open_demo()
    elif args.file and filetypes.kind_of(args.file) == filetypes.SHARED:
        # A shared file double-clicked on the desktop: merge it into the workspace last used.
        last = settings.get("files/last")
        if window.ctx is None and last and Path(last).exists():
            window.open_path(Path(last))
        window.show()
        window.open_any(Path(args.file))
    elif args.file:
        window.open_path(Path(args.file))
    elif window.ctx is None and settings.get("files/last") and Path(settings.get("files/last")).exists():
        window.open_path(Path(settings.get("files/last")))

    if args.screenshots:
        if window.ctx is None:
            print(_("samverkan-desktop: --screenshots kräver --demo eller en fil"), file=sys.stderr)
            return 2
        window.resize(1366, 860)
        window.show()
        for f in take_screenshots(window, Path(args.screenshots)):
            print(f)
        window.close()
        return 0

    window.show()
    try:
        return app.exec()
    except Exception as exc:  # the excepthook has logged it; never a raw traceback
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1


if __name__ == "__main__":
    sys.exit(main())
