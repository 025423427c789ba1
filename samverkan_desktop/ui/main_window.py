"""The main window: five tabs over one open workspace, menus, toolbar, status bar.

A tab is built when it is first shown (or asked for with :meth:`MainWindow.tab`), so opening a
workspace costs the shown tab's one query, not five tabs' worth. The workspace's backup is taken
on a thread once the window is up (core.store.backup.BackgroundBackup) and skipped when the file
has not changed since the last one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..core import filetypes, locations
from ..core.agreement import queries as agreements
from ..core.errors import NetworkShare, SamverkanError
from ..core.store import backup, site
from ..core.store.database import Store
from ..core.store.network import copy_locally
from . import accessibility, demo_menu, frozen_reports, print_menu, privacy_check, settings_dialog
from .context import AppContext
from .est import import_menu
from .exchange import menu as exchange_menu
from .follow_up import notice as follow_up_notice
from .icons import icon
from .lazy_tabs import LazyTabs
from .menus import build_menus, build_toolbar
from .settings import Settings
from .style import TAB_STYLE


@dataclass(frozen=True)
class TabEntry:
    """A tab of the window: its title (the tab class's ``title``, tests/test_main_window.py checks)
    and the function that imports its class, so a tab's modules load when it is first shown."""

    context: str  # the class name: the translation context of the title
    title: str
    load: Callable[[], type]


def _agreement_tab() -> type:
    from .agreement.tab import AgreementTab
    return AgreementTab


def _resources_tab() -> type:
    from .resources.tab import ResourcesTab
    return ResourcesTab


def _est_tab() -> type:
    from .est.tab import EstTab
    return EstTab


def _follow_up_tab() -> type:
    from .follow_up.tab import FollowUpTab
    return FollowUpTab


def _communication_tab() -> type:
    from .communication.tab import CommunicationTab
    return CommunicationTab


# The main window's tabs, in order.
TABS = (
    TabEntry("AgreementTab", QT_TRANSLATE_NOOP("AgreementTab", "Överenskommelse"), _agreement_tab),
    TabEntry("ResourcesTab", QT_TRANSLATE_NOOP("ResourcesTab", "Resurser"), _resources_tab),
    TabEntry("EstTab", QT_TRANSLATE_NOOP("EstTab", "EST-logg"), _est_tab),
    TabEntry("FollowUpTab", QT_TRANSLATE_NOOP("FollowUpTab", "Uppföljning"), _follow_up_tab),
    TabEntry("CommunicationTab", QT_TRANSLATE_NOOP("CommunicationTab", "Kommunikationsplan"), _communication_tab),
)
# Features that add menu entries: each module has ``install(window)``, which registers its actions
# with ``window.action_registry`` (ui/actions.py) and returns its controller (or None).
EXTENSIONS = (import_menu, follow_up_notice, exchange_menu, privacy_check, demo_menu, print_menu,
              frozen_reports, settings_dialog)


class MainWindow(QMainWindow):
    """One window, one workspace. ``ctx`` is None while no file is open.

    ``workspace_opened`` fires after a file is opened and its tabs exist (features listed in
    the modules in EXTENSIONS connect to it to follow the new context).
    """

    workspace_opened = Signal()

    def __init__(self, settings: Settings):
        super().__init__()
        self.settings = settings
        self.ctx: AppContext | None = None
        self.tabs: LazyTabs | None = None
        self._backup: backup.BackgroundBackup | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("app"))
        self.setStyleSheet(TAB_STYLE)
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        build_menus(self)
        build_toolbar(self)
        self.file_label = QLabel()
        self.user_label = QLabel()
        # File and user sit on the right; the left is the messages' own section, never covered.
        self.statusBar().addPermanentWidget(self.file_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self._show_welcome()
        # Each feature's controller (what its install() returned), by module.
        self.extensions = {extension: extension.install(self) for extension in EXTENSIONS}
        geometry = settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    # -- building ------------------------------------------------------------------------

    def _show_welcome(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch()
        title = QLabel(f"<h1>{APP_NAME}</h1><p>" + self.tr(
            "Samverkansöverenskommelsen mellan polis och kommun – EST-logg, uppföljning och kommunikationsplan "
            "i en fil.") + "</p>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        for text, slot in ((self.tr("Skapa en ny arbetsyta…"), self.new_workspace), (self.tr("Öppna en arbetsyta…"), self.open_dialog)):
            button = QPushButton(text)
            button.setMinimumWidth(260)
            button.clicked.connect(slot)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.setCentralWidget(page)
        self._update_state()

    # -- the open workspace ----------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        """Show ``store`` (closing the one open before)."""
        self.close_store()
        self.ctx = AppContext(store, self.settings, parent=self)
        self.ctx.undo_stack.indexChanged.connect(self._update_state)
        self.ctx.hub.changed.connect(self._on_changed)
        self.tabs = LazyTabs()
        self.tabs.setDocumentMode(True)
        self.tabs.blockSignals(True)  # build only the tab that is shown, once it is current
        for entry in TABS:
            self.tabs.add_lazy(lambda e=entry: e.load()(self.ctx), QCoreApplication.translate(entry.context, entry.title))
        self.tabs.setCurrentIndex(min(self.settings.get("window/tab"), self.tabs.count() - 1))
        self.tabs.blockSignals(False)
        self.tabs.build(self.tabs.currentIndex())
        self.tabs.currentChanged.connect(self._update_state)  # actions may depend on the tab shown
        # Controls without a name of their own get the one a sighted user reads next to them
        # (pages may build their widgets when first shown, hence also on every tab switch).
        self.tabs.currentChanged.connect(lambda _i: accessibility.ensure_names(self))
        self.setCentralWidget(self.tabs)
        accessibility.ensure_names(self)
        self._fill_agreements()
        self._update_state()
        self.ctx.hub.workspace_opened.emit()
        self.workspace_opened.emit()
        QTimer.singleShot(0, self._after_shown)  # once the window has painted

    def tab(self, tab_class: type) -> QWidget | None:
        """The open workspace's tab of ``tab_class`` (built now if it has not been shown yet)."""
        if self.tabs is None:
            return None
        return self.tabs.widget([e.context for e in TABS].index(tab_class.__name__))

    def _after_shown(self) -> None:
        """What opening a file does once the window is up: the recent-files list (a settings
        write) and the backup, on a thread (skipped when the file is unchanged since the last)."""
        if self.ctx is None:
            return
        self.settings.add_recent(str(self.ctx.store.path))
        if self._backup is None:
            self._backup = backup.BackgroundBackup(self.ctx.store.path).start()

    def close_store(self) -> None:
        if self.ctx is None:
            return
        if self.tabs is not None:
            for tab in self.tabs.built_tabs():
                tab.commit_edits()
        if self._backup is not None:
            self._backup.stop()  # a copy still running is dropped; the next open takes it again
            self._backup = None
        self.ctx.tasks.wait()
        self.ctx.undo_stack.indexChanged.disconnect(self._update_state)
        self.ctx.store.close()
        self.ctx = None

    def open_path(self, path: Path) -> bool:
        """Open a workspace file; a refusal is shown as one clear message."""
        try:
            # No backup here: set_store takes it on a thread once the window is shown.
            store = Store.open(path, user=self.settings.author, origin=site.site_id(), make_backup=False)
        except NetworkShare as exc:
            return self._offer_local_copy(path, str(exc))
        except SamverkanError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return False
        self.set_store(store)
        return True

    def _offer_local_copy(self, path: Path, message: str) -> bool:
        answer = QMessageBox.question(self, APP_NAME, message + "\n\n" + self.tr("Kopiera filen till datorn och öppna kopian?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        folder = QFileDialog.getExistingDirectory(self, self.tr("Välj en lokal mapp för kopian"), str(Path.home()))
        if not folder:
            return False
        try:
            return self.open_path(copy_locally(path, Path(folder)))
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("Filen kunde inte kopieras: %1").replace("%1", str(exc)))
            return False

    def _fill_agreements(self) -> None:
        rows = agreements.list_agreements(self.ctx.store) if self.ctx else []
        current = self.ctx.agreement_uuid if self.ctx else ""
        self.agreement_box.blockSignals(True)
        self.agreement_box.clear()
        for row in rows:
            self.agreement_box.addItem(f"{row['title']} ({row['period_from'][:4]}–{row['period_to'][:4]})",
                                       row["uuid"])
        index = max(self.agreement_box.findData(current), 0)
        self.agreement_box.setCurrentIndex(index)
        self.agreement_box.blockSignals(False)
        if self.ctx:
            self.ctx.select_agreement((self.agreement_box.itemData(index) or "") if rows else "")

    def _on_agreement_box(self, index: int) -> None:
        if self.ctx:
            self.ctx.select_agreement(self.agreement_box.itemData(index) or "")

    def _on_changed(self, changes) -> None:
        if changes.touches("agreement"):
            self._fill_agreements()
        self._update_state()

    def _update_state(self, *_args) -> None:
        ctx = self.ctx
        reg = self.action_registry
        reg.update()
        reg["edit.undo"].setText(self.tr("&Ångra %1").replace("%1", ctx.undo_stack.undoText()) if ctx and ctx.undo_stack.canUndo() else self.tr("&Ångra"))
        reg["edit.redo"].setText(self.tr("&Gör om %1").replace("%1", ctx.undo_stack.redoText()) if ctx and ctx.undo_stack.canRedo() else self.tr("&Gör om"))
        self.agreement_box.setEnabled(ctx is not None)
        if ctx:
            self.setWindowTitle(f"{ctx.store.path.name} – {APP_NAME}")
            self.file_label.setText(self.tr("Fil: %1").replace("%1", ctx.store.path.name))
            self.file_label.setToolTip(str(ctx.store.path))
        else:
            self.setWindowTitle(APP_NAME)
            self.file_label.setText(self.tr("Ingen fil öppen"))
        org = self.settings.get("user/organisation")
        self.user_label.setText(self.tr("Användare: %1").replace("%1", self.settings.get("user/name") or self.settings.author)
                                + (f" ({org})" if org else ""))

    # -- menu actions ------------------------------------------------------------------------

    def new_workspace(self) -> None:
        """The welcome flow from "your workspace" on: a template, a file or the demo."""
        from .first_start import FirstStartWizard
        wizard = FirstStartWizard(self.settings, first_start=False, origin=site.site_id(), parent=self)
        if wizard.exec():
            self.apply_outcome(wizard.outcome)

    def apply_outcome(self, outcome) -> None:
        """Show what the welcome flow ended with (a new store, a file to open, the demo)."""
        what, value = outcome or (None, None)
        if what == "store":
            self.set_store(value)
        elif what == "open":
            self.open_any(value)
        elif what == "demo":
            self.open_demo()

    def open_demo(self) -> None:
        """The demo workspace with its edits, created only when missing (Återställ demodata starts over)."""
        from ..core.demo import demo_path, open_or_create_demo
        self.set_store(open_or_create_demo(demo_path(), user=self.settings.author, origin=site.site_id()))

    def open_any(self, path: Path) -> bool:
        """Open a workspace, or offer the merge preview for a shared file (desktop, drop, command line)."""
        if filetypes.kind_of(path) == filetypes.SHARED:
            if self.ctx is None:
                QMessageBox.information(self, APP_NAME, self.tr(
                    "%1 är en delad fil från en samverkanspart. Öppna först den arbetsyta den ska slås ihop "
                    "med; sedan visas vad som är nytt, ändrat och i konflikt innan något sparas.")
                    .replace("%1", path.name))
                return False
            self.extensions[exchange_menu].import_dialog(path)
            return True
        return self.open_path(path)

    def open_dialog(self) -> None:
        patterns = filetypes.workspace_patterns()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Öppna arbetsyta"), str(self._start_folder()),
            self.tr("Samverkan-arbetsyta (%1);;Delad fil (%2);;Alla filer (*)")
            .replace("%1", patterns).replace("%2", filetypes.shared_patterns()))
        if path:
            self.open_any(Path(path))

    def _start_folder(self) -> Path:
        return self.ctx.store.path.parent if self.ctx else locations.default_workspace_dir()

    # -- drop a file on the window ------------------------------------------------------------

    def _dropped_files(self, event) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and filetypes.kind_of(u.toLocalFile()) is not None]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        files = self._dropped_files(event)
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_any(files[0])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.get("files/recent") if Path(p).exists()]
        if not recent:
            self.recent_menu.addAction(self.tr("(inga)")).setEnabled(False)
        for i, path in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{i} {Path(path).name}", lambda p=path: self.open_any(Path(p)))
            action.setToolTip(path)
            action.setStatusTip(path)
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Rensa listan"), lambda: self.settings.set("files/recent", []))

    def export_pdf(self) -> None:
        if self.ctx is None:
            return
        from .export_pdf import ExportPdfDialog
        ExportPdfDialog(self.ctx, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Om {app}").format(app=APP_NAME),
                          f"<h3>{APP_NAME} {__version__}</h3><p>" + self.tr(
                              "Samverkansöverenskommelsen mellan lokalpolisområde och kommun: överenskommelse, "
                              "resurser, EST-logg, uppföljning och kommunikationsplan i en lokal SQLite-fil.")
                          + "</p><p>" + self.tr("Typsnitt: DejaVu Sans.") + "</p>")

    def show_guide(self) -> None:
        from .guide import GuideWindow
        if getattr(self, "guide_window", None) is None:
            self.guide_window = GuideWindow(self)
        self.guide_window.show()
        self.guide_window.raise_()
        self.guide_window.activateWindow()

    def open_file_externally(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def closeEvent(self, event) -> None:
        problems = [line for tab in self.tabs.built_tabs() for line in tab.invalid_edits()] \
            if self.tabs is not None and self.ctx is not None else []
        if problems and QMessageBox.question(
                self, APP_NAME, self.tr("Det här kan inte sparas som det står:\n\n%1\n\nStäng ändå?")
                .replace("%1", "\n".join(problems)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            event.ignore()
            return
        self.settings.set("window/geometry", self.saveGeometry())
        if self.tabs is not None:
            self.settings.set("window/tab", self.tabs.currentIndex())
        self.close_store()
        super().closeEvent(event)

