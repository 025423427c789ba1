"""Menu entries of the exchange feature: Dela…, Importera och slå ihop…, Visa fil…, Återställ …,
Redigera → Konflikter… and Historik för markerad post…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from ... import APP_NAME
from ...core.errors import SamverkanError
from ...core.exchange import conflicts, crypto, merge, receive
from ...core.exchange.preview import MergeResult
from ...core.store import restore, site
from ...core.store.database import Store

FILE_FILTER = QT_TRANSLATE_NOOP("ExchangeActions", "Samverkan-fil (*.samverkan-delning *.sqlite);;Alla filer (*)")


def install(window) -> ExchangeActions:
    """Register the actions in ``window``'s Arkiv and Redigera menus; returns their controller."""
    return ExchangeActions(window)


class ExchangeActions:
    def __init__(self, window):
        self.window = window
        reg = window.action_registry

        def add(name, text, slot, shortcut=None, *, menu="file", needs_store=True) -> QAction:
            return reg.add(name, text, slot, menu=menu, section="exchange", shortcut=shortcut,
                           needs_store=needs_store)

        self.share = add("exchange.share", QCoreApplication.translate("ExchangeActions", "&Dela…"),
                         self.share_dialog, "Ctrl+Shift+E")
        self.merge = add("exchange.merge", QCoreApplication.translate("ExchangeActions", "&Importera och slå ihop…"),
                         self.import_dialog, "Ctrl+Shift+I")
        self.view = add("exchange.view", QCoreApplication.translate("ExchangeActions", "&Visa fil…"),
                        self.view_dialog, needs_store=False)
        self.restore = add("exchange.restore",
                           QCoreApplication.translate("ExchangeActions", "Å&terställ från säkerhetskopia…"),
                           self.restore_dialog)
        self.conflicts = add("exchange.conflicts", QCoreApplication.translate("ExchangeActions", "&Konflikter…"),
                             self.conflicts_dialog, "Ctrl+Shift+K", menu="edit")
        self.history = add("exchange.history",
                           QCoreApplication.translate("ExchangeActions", "&Historik för markerad post…"),
                           self.history_dialog, "Ctrl+Shift+H", menu="edit")
        reg.menu("edit").aboutToShow.connect(self._update)

    def _update(self) -> None:
        if self.window.ctx is not None:
            n = conflicts.count_open(self.window.ctx.store)
            text = (QCoreApplication.translate("ExchangeActions", "&Konflikter (%1)…").replace("%1", str(n)) if n
                    else QCoreApplication.translate("ExchangeActions", "&Konflikter…"))
            self.conflicts.setText(text)

    # -- Arkiv ------------------------------------------------------------------------------

    def share_dialog(self) -> None:
        from .share import ShareDialog
        ShareDialog(self.window.ctx, self.window).open()

    def _ask_file(self, title: str) -> Path | None:
        start = str(self.window.ctx.store.path.parent) if self.window.ctx else str(Path.home())
        file_filter = QCoreApplication.translate("ExchangeActions", FILE_FILTER)
        path, _ = QFileDialog.getOpenFileName(self.window, title, start, file_filter)
        return Path(path) if path else None

    def import_dialog(self, path: Path | None = None):
        """Pick a received file, check it and compute the preview in the background, then show it."""
        path = path or self._ask_file(QCoreApplication.translate("ExchangeActions", "Importera och slå ihop"))
        if path is None:
            return None
        ctx = self.window.ctx
        if path.resolve() == ctx.store.path.resolve():
            QMessageBox.warning(self.window, APP_NAME, QCoreApplication.translate(
                "ExchangeActions", "Det är den öppna arbetsytan; välj filen du har fått."))
            return None
        passphrase = None
        if self._encrypted(path):
            passphrase, ok = QInputDialog.getText(
                self.window, QCoreApplication.translate("ExchangeActions", "Krypterad fil"),
                QCoreApplication.translate("ExchangeActions", "Filen är krypterad. Lösenord:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return None

        def work(progress):
            received = receive.read_received(path, passphrase)
            try:
                return received, merge.preview_merge(ctx.store, received, progress)
            except BaseException:
                received.close()
                raise

        return ctx.tasks.run(QCoreApplication.translate("ExchangeActions", "Kontrollerar filen …"), work,
                             on_success=self._show_preview)

    @staticmethod
    def _encrypted(path: Path) -> bool:
        try:
            with path.open("rb") as f:
                return crypto.is_encrypted(f.read(len(crypto.MAGIC)))
        except OSError:
            return False  # read_received says why, in one line

    def _show_preview(self, payload) -> None:
        from .preview import MergePreviewDialog
        received, preview = payload
        self.preview_dialog = MergePreviewDialog(self.window.ctx, received, preview, self.window,
                                                 on_merged=self._merged)
        self.preview_dialog.open()

    def _merged(self, result: MergeResult) -> None:
        text = QCoreApplication.translate("ExchangeActions", "%1.\n\nEn säkerhetskopia togs före sammanslagningen. "
                                          "Vill du ångra hela sammanslagningen väljer du Återställ.")
        title = QCoreApplication.translate("ExchangeActions", "Sammanslaget")
        box = QMessageBox(QMessageBox.Icon.Information, title, text.replace("%1", result.preview.summary()),
                          parent=self.window)
        box.addButton(QCoreApplication.translate("ExchangeActions", "OK"), QMessageBox.ButtonRole.AcceptRole)
        undo = (box.addButton(QCoreApplication.translate("ExchangeActions", "Återställ"),
                              QMessageBox.ButtonRole.DestructiveRole)
                if result.backup else None)
        show = (box.addButton(QCoreApplication.translate("ExchangeActions", "Visa konflikter"),
                              QMessageBox.ButtonRole.ActionRole)
                if result.preview.total("conflict") else None)
        self.result_box = box
        box.buttonClicked.connect(lambda b: self._after_merge(b, undo, show, result))
        box.open()

    def _after_merge(self, button, undo, show, result) -> None:
        if undo is not None and button is undo:
            self.restore_from(result.backup)
        elif show is not None and button is show:
            self.conflicts_dialog()

    def view_dialog(self, path: Path | None = None):
        from .browse import ReceivedFileDialog, read_info
        path = path or self._ask_file(QCoreApplication.translate("ExchangeActions", "Visa fil"))
        if path is None:
            return None

        def shown(info):
            self.view_window = ReceivedFileDialog(info, self.window)
            self.view_window.open()

        if self.window.ctx is None:  # no worker without a workspace: small files are read at once
            try:
                shown(read_info(path))
            except SamverkanError as exc:
                QMessageBox.warning(self.window, APP_NAME, str(exc))
            return None
        return self.window.ctx.tasks.run(QCoreApplication.translate("ExchangeActions", "Kontrollerar filen …"),
                                         lambda progress: read_info(path),
                                         on_success=shown)

    def restore_dialog(self) -> None:
        from .backups import RestoreDialog
        infos = restore.list_backup_infos(self.window.ctx.store.path)
        dialog = RestoreDialog(infos, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from(dialog.chosen.path)

    def restore_from(self, backup_path: Path) -> None:
        """Replace the open workspace with a backup (after backing up the current state) and reopen it."""
        window = self.window
        window.ctx.tasks.wait()
        path = restore.restore_backup(window.ctx.store, backup_path)
        store = Store.open(path, user=window.settings.author, origin=site.site_id(), make_backup=False)
        window.set_store(store)
        window.statusBar().showMessage(
            QCoreApplication.translate("ExchangeActions", "Säkerhetskopian är återställd."), 8000)

    # -- Redigera ---------------------------------------------------------------------------

    def conflicts_dialog(self) -> None:
        from .conflicts import ConflictsDialog
        self.conflicts_window = ConflictsDialog(self.window.ctx, self.window)
        self.conflicts_window.show()
        self.conflicts_window.raise_()

    def history_dialog(self) -> None:
        from .history import HistoryDialog
        window = self.window
        record = None
        tab = window.tabs.currentWidget() if window.tabs is not None else None
        if tab is not None and hasattr(tab, "selected_record"):
            record = tab.selected_record()
        if record is None and window.ctx.agreement_uuid:
            record = ("agreement", window.ctx.agreement_uuid)
        if record is None:
            QMessageBox.information(window, APP_NAME,
                                    QCoreApplication.translate("ExchangeActions", "Markera en post först."))
            return
        self.history_window = HistoryDialog(window.ctx, *record, parent=window)
        self.history_window.open()
